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

// Offers to record letters in the contact log: at once after printing or handing a letter to the
// email program (naming the office and the channel), and for letters saved as files (PDFs not
// posted yet, email drafts not sent yet) when the editor closes. Never as a surprise after a save.
class LetterRecordOffer : public QObject
{
    Q_OBJECT
public:
    LetterRecordOffer(const Directory &directory, ContactRecorder *recorder, QWidget *dialogParent);

    void offer(const QList<Letter> &letters, Channel channel, const Profile &sender);
    // Saved as PDFs (Post) or email drafts (Email), or one of each for an office (offered as
    // Both): offered by offerRemembered().
    void remember(const QList<Letter> &letters, Channel channel);
    void offerRemembered(const Profile &sender);

signals:
    void recorded(const QString &message); // for the status bar

private:
    const Directory &m_directory;
    ContactRecorder *m_recorder;
    QWidget *m_parent;
    struct Saved
    {
        Letter letter;
        Channel channel;
    };
    QHash<QString, Saved> m_notRecorded; // by force id: the latest letter saved for the office, and how
};

} // namespace pcc
