#pragma once

#include "contactlog.h"
#include "contactrecorder.h"
#include "logexchange.h"
#include "profileservice.h"

#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace pcc {

class Directory;

// The window's side of the contact log: opens it (and tells the user, in words, when it is
// not a log, busy or damaged), and runs the dialogs that change it: profiles, contacts,
// export and import. Every rule is in the core services it calls.
class LogController : public QObject
{
    Q_OBJECT
public:
    LogController(const Directory &directory, ProfileService::DistrictsSource districts, QWidget *dialogParent);
    ~LogController() override;

    bool open();                      // false when there is no usable log (the user was told)
    ContactLog *log() const { return m_log.get(); }
    ContactRecorder *recorder() const { return m_recorder.get(); } // for windows that record contacts
    std::optional<Profile> currentProfile() const;
    QList<Profile> profiles() const;  // empty (and the user told once) when unreadable

    void chooseProfile(const QString &uuid);
    void newProfile();
    void editProfile();
    void deleteProfile();
    void recordContact(const QString &forceId);
    void editContact(const QString &uuid);
    void recordReply(const QString &uuid);
    void recordReplyFrom(const QString &forceId); // to the current profile's newest letter to the office
    void snoozeFollowUp(const QString &uuid);
    // The current volunteer's first follow-up that is due; nothing (and a message saying so)
    // when none is, or the log cannot be read.
    std::optional<ContactRecord> firstDueFollowUp();
    void exportLog(LogExchange::Privacy privacy);
    void importLog();

signals:
    void profilesChanged(); // and so everything shown for the current profile
    void contactsChanged();
    // A new profile, or a new postcode: show its commissioner (a force id), or the place with
    // none (a no-commissioner area's id); empty when the postcode did not settle it.
    void profileSaved(const QString &areaId);
    void statusMessage(const QString &message);    // a confirmation for the status bar

private:
    void verifyLater();
    void warn(const QString &title, const QString &message) const;
    std::optional<ContactRecord> contactOrWarn(const QString &uuid) const; // nothing, said, when it cannot be read
    bool ensureProfile();
    QString savedMessage(const Profile &p, const QString &area) const; // area: areaOf(p)
    QString areaOf(const Profile &p) const;

    const Directory &m_directory;
    ProfileService::DistrictsSource m_districts;
    QWidget *m_parent;
    std::unique_ptr<ContactLog> m_log;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<ContactRecorder> m_recorder;
};

} // namespace pcc
