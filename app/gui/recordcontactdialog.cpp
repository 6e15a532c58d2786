#include "recordcontactdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace pcc {

RecordContactDialog::RecordContactDialog(const ContactRecord &record, const QString &areaName, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_channel(new QComboBox(this))
    , m_date(new QDateEdit(record.date.isValid() ? record.date : QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_hasReply(new QCheckBox(tr("They replied"), this))
    , m_replyDate(new QDateEdit(record.replyDate.isValid() ? record.replyDate : QDate::currentDate(), this))
    , m_outcome(new QComboBox(this))
    , m_notes(new QPlainTextEdit(record.notes, this))
{
    setWindowTitle(record.uuid.isEmpty() ? tr("Record a contact with %1").arg(areaName) : tr("Contact with %1").arg(areaName));
    for (const Channel c : {Channel::Post, Channel::Email, Channel::Both, Channel::Phone, Channel::Meeting})
        m_channel->addItem(channelLabel(c), QVariant::fromValue(int(c)));
    m_channel->setCurrentIndex(m_channel->findData(int(record.channel)));
    for (const ContactStatus s : {ContactStatus::Drafted, ContactStatus::Sent, ContactStatus::Acknowledged, ContactStatus::Replied})
        m_status->addItem(statusLabel(s), QVariant::fromValue(int(s)));
    m_status->setCurrentIndex(m_status->findData(int(record.status)));
    for (const ReplyOutcome o : replyOutcomes())
        m_outcome->addItem(replyOutcomeLabel(o), QVariant::fromValue(int(o)));
    m_hasReply->setChecked(record.replyOutcome != ReplyOutcome::None);
    if (record.replyOutcome != ReplyOutcome::None)
        m_outcome->setCurrentIndex(m_outcome->findData(int(record.replyOutcome)));
    for (QDateEdit *d : {m_date, m_replyDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"d MMMM yyyy"_s);
    }
    auto sync = [this] {
        m_replyDate->setEnabled(m_hasReply->isChecked());
        m_outcome->setEnabled(m_hasReply->isChecked());
    };
    connect(m_hasReply, &QCheckBox::toggled, this, sync);
    sync();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&How:"), m_channel);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), m_hasReply);
    form->addRow(tr("&Reply date:"), m_replyDate);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ContactRecord RecordContactDialog::record() const
{
    ContactRecord r = m_record;
    r.channel = Channel(m_channel->currentData().toInt());
    r.date = m_date->date();
    r.status = ContactStatus(m_status->currentData().toInt());
    r.replyOutcome = m_hasReply->isChecked() ? ReplyOutcome(m_outcome->currentData().toInt()) : ReplyOutcome::None;
    r.replyDate = m_hasReply->isChecked() ? m_replyDate->date() : QDate();
    r.notes = m_notes->toPlainText();
    if (r.uuid.isEmpty())
        r.followUpDue = {}; // ContactRecorder sets it from the date and status
    return r;
}

} // namespace pcc
