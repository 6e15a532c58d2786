#include "letters/letterrecordoffer.h"

#include "contactrecorder.h"
#include "log/recordcontactdialog.h"

#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pcc {

LetterRecordOffer::LetterRecordOffer(const Directory &directory, ContactRecorder *recorder, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_directory(directory)
    , m_recorder(recorder)
    , m_parent(dialogParent)
{
}

void LetterRecordOffer::remember(const QList<Letter> &letters, Channel channel)
{
    for (const Letter &l : letters) {
        // A PDF and an email draft for one office: most likely both went, so one contact by both.
        const auto earlier = m_notRecorded.constFind(l.forceId);
        const bool other = earlier != m_notRecorded.cend() && earlier->channel != channel;
        m_notRecorded.insert(l.forceId, {l, other ? Channel::Both : channel});
    }
}

void LetterRecordOffer::offerRemembered(const Profile &sender)
{
    if (m_notRecorded.isEmpty())
        return;
    // One offer per channel: the letters saved as PDFs, the email drafts, then those saved as both.
    QList<Letter> posted, emailed, both;
    for (const Saved &saved : std::as_const(m_notRecorded))
        (saved.channel == Channel::Email ? emailed : saved.channel == Channel::Both ? both : posted) << saved.letter;
    m_notRecorded.clear();
    offer(posted, Channel::Post, sender);
    offer(emailed, Channel::Email, sender);
    offer(both, Channel::Both, sender);
}

void LetterRecordOffer::offer(const QList<Letter> &letters, Channel channel, const Profile &sender)
{
    if (!m_recorder || letters.isEmpty() || sender.name.isEmpty())
        return;
    auto recordOne = [&](ContactRecord r, const Letter &l) {
        r.templateName = l.templateId;
        r.letterText = l.plainText();
        if (!m_recorder->record(&r)) {
            QMessageBox::warning(m_parent, tr("Not recorded"), m_recorder->lastError());
            return false;
        }
        m_notRecorded.remove(l.forceId);
        return true;
    };
    auto newRecord = [&](const ForceRecord &f) {
        ContactRecord r;
        r.setSender(sender);
        r.setRecipient(f);
        r.channel = channel;
        r.status = ContactStatus::Sent;
        r.date = QDate::currentDate();
        return r;
    };
    if (letters.size() == 1) {
        const ForceRecord *f = m_directory.force(letters.first().forceId);
        if (!f)
            return;
        RecordContactDialog dialog(newRecord(*f), f->officeName, m_parent);
        dialog.setWindowTitle(tr("Record this letter in your contact log?"));
        if (dialog.exec() != QDialog::Accepted || !recordOne(dialog.record(), letters.first()))
            return;
        emit recorded(tr("Recorded: your letter to %1 (%2).").arg(f->areaName(), channelLabel(dialog.record().channel)));
        return;
    }
    QStringList areas;
    for (const Letter &l : letters)
        areas << (m_directory.force(l.forceId) ? m_directory.force(l.forceId)->areaName() : l.forceId);
    if (QMessageBox::question(m_parent, tr("Record these letters?"),
                              tr("Record %n letter(s) as sent today in your contact log?", nullptr, int(letters.size()))
                                  + u"\n\n"_s + tr("To: %1").arg(areas.join(u", "_s)) + u"\n"_s
                                  + tr("How: %1").arg(channelLabel(channel)))
        != QMessageBox::Yes)
        return;
    int count = 0;
    for (const Letter &l : letters) {
        const ForceRecord *f = m_directory.force(l.forceId);
        if (!f)
            continue;
        if (!recordOne(newRecord(*f), l))
            break;
        ++count;
    }
    emit recorded(tr("Recorded %n letter(s) in your contact log.", nullptr, count));
}

} // namespace pcc
