#pragma once

#include "directory.h"
#include "mailingaddress.h"
#include "printqueue.h"
#include "profile.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace pcc {

// Envelopes and address labels for the offices of the ticked letters, from the letter window's
// Send… menu: the same pages as the command line's envelope and labels, shown in a preview
// from which the system's print dialog (or a PDF) takes them.
class PaperOutput : public QObject
{
    Q_OBJECT
public:
    PaperOutput(const Directory &directory, QWidget *dialogParent);

    // With the sender's address on the back when they have one and want it.
    void printEnvelopes(const QStringList &forceIds, const Profile &sender);
    void printLabels(const QStringList &forceIds);

    // The offices' addresses; empty, having said why, when there is nothing to print or the
    // volunteer stops at the "check before posting" question.
    QList<MailingAddress> confirmedAddresses(const QStringList &forceIds);

signals:
    void statusMessage(const QString &message);

private:
    bool preview(const PrintQueue::Job &job, const PrintQueue::Paint &paint);
    const Directory &m_directory;
    QWidget *m_parent;
};

} // namespace pcc
