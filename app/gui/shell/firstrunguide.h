#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace pcc {

// A new volunteer's first steps, one page each: create your profile, find your commissioner,
// read what the office funds, write and print your letter, record that you sent it. It sits
// in the main window above the map (it covers nothing), each page's button does its step,
// and a step done anywhere in the app is ticked and the guide moves on. Skippable; Help,
// First steps brings it back.
class FirstRunGuide : public QFrame
{
    Q_OBJECT
public:
    enum class Step { Profile, Find, Funding, Write, Record };
    // What the guide's buttons do, in the window it sits in.
    struct Actions
    {
        std::function<void()> createProfile;
        std::function<void()> focusFinder;
        std::function<void()> showFunding;
        std::function<void()> writeLetter;
        std::function<void()> recordContact;
        std::function<bool()> ensureArea;            // an area is selected (the volunteer's own if none was)
        std::function<void(const QString &)> status; // a short message for the status bar
    };

    explicit FirstRunGuide(Actions actions, QWidget *parent = nullptr);
    int pageCount() const;
    int currentPage() const;
    void goTo(int page);
    void stepDone(Step step); // ticked; when it is the page shown, the guide moves to the next step not done
    bool isDone(Step step) const;

private:
    void addPage(Step step, const QString &title, const QString &text, const QString &action);
    void doStep(Step step);
    void refresh();
    void finish();

    Actions m_actions;
    QStackedWidget *m_pages;
    QList<QLabel *> m_headings;
    QList<QPushButton *> m_buttons; // each page's action, in page order
    QStringList m_titles;
    QList<bool> m_done;
    QLabel *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace pcc
