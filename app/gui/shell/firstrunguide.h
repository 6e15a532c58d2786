#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace pcc {

// A new volunteer's first steps, one page each: create your profile, find your commissioner,
// read what the office funds, write and print your letter, record that you sent it. Each
// page has a button that does the step in the window behind it. Non-modal and skippable;
// Help, First steps brings it back.
class FirstRunGuide : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Profile, Find, Funding, Write, Record };
    explicit FirstRunGuide(QWidget *parent = nullptr);
    int pageCount() const;
    int currentPage() const;
    void goTo(int page);

signals:
    void stepRequested(FirstRunGuide::Step step);

private:
    void addPage(Step step, const QString &title, const QString &text, const QString &action);
    void refreshButtons();

    QStackedWidget *m_pages;
    QLabel *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace pcc
