#pragma once

#include "contactrecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QCheckBox;

namespace pcc {

// Record (or edit) one contact with a policing body: channel, date, status, reply.
class RecordContactDialog : public QDialog
{
    Q_OBJECT
public:
    RecordContactDialog(const ContactRecord &record, const QString &areaName, QWidget *parent = nullptr);
    ContactRecord record() const;

private:
    ContactRecord m_record;
    QComboBox *m_channel;
    QDateEdit *m_date;
    QComboBox *m_status;
    QCheckBox *m_hasReply;
    QDateEdit *m_replyDate;
    QComboBox *m_outcome;
    QPlainTextEdit *m_notes;
};

} // namespace pcc
