#include "log/recordcontactdialog.h"

#include "contactrecorder.h"
#include "contactstage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace pcc {

RecordContactDialog::RecordContactDialog(const ContactRecord &record, const QString &officeName, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_office(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_date(new QDateEdit(record.date.isValid() ? record.date : QDate::currentDate(), this))
    , m_stage(new QComboBox(this))
    , m_replyDate(new QDateEdit(record.replyDate.isValid() ? record.replyDate : QDate::currentDate(), this))
    , m_notes(new QPlainTextEdit(record.notes, this))
{
    setWindowTitle(record.uuid.isEmpty() ? tr("Record a contact") : tr("Edit a contact"));
    m_office->setText(tr("To: %1").arg(officeName));
    m_office->setWordWrap(true);
    QFont bold = m_office->font();
    bold.setBold(true);
    m_office->setFont(bold);
    for (const Channel c : {Channel::Post, Channel::Email, Channel::Both, Channel::Phone, Channel::Meeting})
        m_channel->addItem(channelLabel(c), QVariant::fromValue(int(c)));
    m_channel->setCurrentIndex(m_channel->findData(int(record.channel)));

    QList<ContactStage> stages = ContactStage::all();
    const ContactStage current{record.status, record.replyOutcome};
    // A commitment comes with what was committed to: Record a reply… keeps it.
    stages.removeIf([&current](const ContactStage &s) { return s.outcome == ReplyOutcome::Commitment && !(s == current); });
    if (!stages.contains(current))
        stages << current; // an older or imported record keeps exactly what it says
    for (qsizetype i = 0; i < stages.size(); ++i) {
        m_stage->addItem(stages.at(i).label(), QVariant::fromValue(QPair<int, int>(int(stages.at(i).status), int(stages.at(i).outcome))));
        if (stages.at(i) == current)
            m_stage->setCurrentIndex(int(i));
    }
    for (QDateEdit *d : {m_date, m_replyDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"d MMMM yyyy"_s);
    }
    auto sync = [this] {
        const auto pair = m_stage->currentData().value<QPair<int, int>>();
        m_replyDate->setEnabled(ContactStage{ContactStatus(pair.first), ReplyOutcome(pair.second)}.hasReply());
    };
    connect(m_stage, &QComboBox::currentIndexChanged, this, sync);
    sync();

    auto *form = new QFormLayout(this);
    form->addRow(m_office);
    form->addRow(tr("&How:"), m_channel);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Where it stands:"), m_stage);
    form->addRow(tr("&Reply date:"), m_replyDate);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    // Dates that cannot be true are said here, with the dialog still open and nothing lost.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        ContactRecord r = this->record();
        ContactRecorder::normalise(&r);
        const QString problem = ContactRecorder::datesProblem(r, QDate::currentDate());
        if (problem.isEmpty())
            accept();
        else
            QMessageBox::warning(this, tr("Check the dates"), problem);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RecordContactDialog::officeText() const
{
    return m_office->text();
}

ContactRecord RecordContactDialog::record() const
{
    ContactRecord r = m_record;
    const auto pair = m_stage->currentData().value<QPair<int, int>>();
    const ContactStage stage{ContactStatus(pair.first), ReplyOutcome(pair.second)};
    r.channel = Channel(m_channel->currentData().toInt());
    r.date = m_date->date();
    r.status = stage.status;
    r.replyOutcome = stage.outcome;
    r.replyDate = stage.hasReply() ? m_replyDate->date() : QDate();
    r.notes = m_notes->toPlainText();
    if (r.uuid.isEmpty())
        r.followUpDue = {}; // ContactRecorder sets it from the date and status
    return r;
}

} // namespace pcc
