#pragma once

#include "contactrecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace pcc {

// Record (or edit) one contact with a policing body: how, when, where it stands (one
// choice: see ContactStage), the reply's date and notes. It names the office it is about.
class RecordContactDialog : public QDialog
{
    Q_OBJECT
public:
    RecordContactDialog(const ContactRecord &record, const QString &officeName, QWidget *parent = nullptr);
    ContactRecord record() const;
    QString officeText() const; // what the dialog says it is about

private:
    ContactRecord m_record;
    QLabel *m_office;
    QComboBox *m_channel;
    QDateEdit *m_date;
    QComboBox *m_stage;
    QDateEdit *m_replyDate;
    QPlainTextEdit *m_notes;
};

} // namespace pcc
