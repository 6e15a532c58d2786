#pragma once

#include "logexchange.h"

#include "profile.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QLabel;

namespace pcc {

class ContactLogFilter;
class ContactLogModel;

// The log view: every recorded contact, sortable and filterable by volunteer, status,
// date and text. Double-click (or Enter) edits a contact.
class ContactLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactLogPanel(ContactLogModel *model, QWidget *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);
    QTableView *table() const { return m_table; }
    ContactLogFilter *filter() const { return m_filter; }

signals:
    void editRequested(const QString &uuid);
    void replyRequested(const QString &uuid);
    void exportRequested(LogExchange::Privacy privacy);
    void importRequested();

private:
    void applyFilters();

    ContactLogModel *m_model;
    ContactLogFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_profile;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_count;
};

} // namespace pcc
