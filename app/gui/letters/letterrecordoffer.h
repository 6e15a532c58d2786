#pragma once

#include "contactenums.h"
#include "directory.h"
#include "letter.h"
#include "profile.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace pcc {

class ContactRecorder;

// Offers to record letters in the contact log: at once after printing or emailing (naming the
// office and the channel), and for letters saved as PDFs (not posted yet) when the editor
// closes. Never as a surprise after a save.
class LetterRecordOffer : public QObject
{
    Q_OBJECT
public:
    LetterRecordOffer(const Directory &directory, ContactRecorder *recorder, QWidget *dialogParent);

    void offer(const QList<Letter> &letters, Channel channel, const Profile &sender);
    void remember(const QList<Letter> &letters);     // saved as PDFs: offered by offerRemembered()
    void offerRemembered(const Profile &sender);

signals:
    void recorded(const QString &message); // for the status bar

private:
    const Directory &m_directory;
    ContactRecorder *m_recorder;
    QWidget *m_parent;
    QHash<QString, Letter> m_notRecorded; // by force id
};

} // namespace pcc
