#include "letters/paperoutput.h"

#include "enveloperenderer.h"
#include "labelrenderer.h"
#include "lettercomposer.h"
#include "letterlayout.h"

#include <QMessageBox>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pcc {

PaperOutput::PaperOutput(const Directory &directory, QWidget *dialogParent)
    : QObject(dialogParent), m_directory(directory), m_parent(dialogParent)
{
}

QList<MailingAddress> PaperOutput::confirmedAddresses(const QStringList &forceIds)
{
    if (forceIds.isEmpty()) {
        QMessageBox::information(m_parent, tr("No letters ticked"), tr("Tick the recipients in the list on the left first."));
        return {};
    }
    QList<MailingAddress> addresses;
    QStringList problems;
    QStringList unverified;
    for (const QString &id : forceIds) {
        const ForceRecord *force = m_directory.force(id);
        if (!force)
            continue;
        const MailingAddress a = LetterComposer::mailingAddress(*force);
        if (!a.problem.isEmpty())
            problems << a.problem;
        else
            addresses << a;
        if (!a.unverifiedNote.isEmpty())
            unverified << a.unverifiedNote;
    }
    if (addresses.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Nothing to print"), problems.join(u'\n'));
        return {};
    }
    if (problems.isEmpty() && unverified.isEmpty())
        return addresses;
    QStringList lines = problems.mid(0, 12);
    if (!unverified.isEmpty()) {
        if (!lines.isEmpty())
            lines << QString();
        lines << tr("Check before posting:") << unverified.mid(0, 12);
        if (unverified.size() > 12)
            lines << tr("…and %n more office(s).", nullptr, int(unverified.size() - 12));
    }
    const auto answer = QMessageBox::warning(m_parent, tr("Check before posting"), lines.join(u'\n') + u"\n\n"_s + tr("Print anyway?"),
                                             QMessageBox::Yes | QMessageBox::No);
    return answer == QMessageBox::Yes ? addresses : QList<MailingAddress>{};
}

bool PaperOutput::preview(const PrintQueue::Job &job, const PrintQueue::Paint &paint)
{
    QString error;
    const PrintQueue::Outcome outcome = PrintQueue::printFromWindow(m_parent, job, PrintQueue::Dialog::Preview, paint, &error);
    if (outcome == PrintQueue::Outcome::Failed)
        QMessageBox::warning(m_parent, tr("Not printed"), error);
    return outcome == PrintQueue::Outcome::Printed;
}

void PaperOutput::printEnvelopes(const QStringList &forceIds, const Profile &sender)
{
    const QList<MailingAddress> addresses = confirmedAddresses(forceIds);
    if (addresses.isEmpty())
        return;
    // A return address needs an address, not only a name (as the command line requires).
    QStringList returnAddress;
    if (!sender.address.isEmpty()) {
        returnAddress << sender.name << sender.address << sender.postcode;
        returnAddress.removeAll(QString());
        if (QMessageBox::question(m_parent, tr("Return address"), tr("Print your address for the back of each envelope too? "
                                                                      "The envelopes then go through the printer a second time, flap side up."))
            != QMessageBox::Yes)
            returnAddress.clear();
    }
    // The envelope that fits the page setup's window: DL unless the letter is laid out for C5.
    const EnvelopeLayout envelope = LetterLayout::saved().presetName() == u"C5"_s ? EnvelopeLayout::c5() : EnvelopeLayout::dl();
    const EnvelopeRenderer renderer(envelope, LetterLayout::saved().fontFamily);
    const PrintQueue::Job job{{}, tr("%n envelope(s)", nullptr, int(addresses.size())), envelope.pageLayout(), 1, false};
    if (preview(job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, addresses, returnAddress); }))
        emit statusMessage(tr("%n envelope(s) sent to the printer", nullptr, int(addresses.size())));
}

void PaperOutput::printLabels(const QStringList &forceIds)
{
    const QList<MailingAddress> addresses = confirmedAddresses(forceIds);
    if (addresses.isEmpty())
        return;
    const LabelRenderer renderer(LabelSheet::l7163(), LetterLayout::saved().fontFamily);
    const PrintQueue::Job job{{}, tr("%n address label(s)", nullptr, int(addresses.size())),
                              QPageLayout(QPageSize(renderer.sheet().page), QPageLayout::Portrait, QMarginsF()), 1, false};
    if (preview(job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, addresses); }))
        emit statusMessage(tr("%n address label(s) sent to the printer", nullptr, int(addresses.size())));
}

} // namespace pcc
