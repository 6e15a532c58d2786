#pragma once

#include "profile.h"
#include "contactlog.h"

#include <QString>

#include <functional>

namespace pcc {

class ContactLog;
class PostcodeDistricts;

// Everything done to a volunteer's profile, for the window and the command line alike: the
// home force comes from the postcode table; deleting removes the profile's contacts and its
// drafts, then compacts the log, and says what went.
class ProfileService
{
public:
    // The postcode table is read only when a profile with a postcode is saved.
    using DistrictsSource = std::function<const PostcodeDistricts &()>;
    ProfileService(ContactLog &log, DistrictsSource districts);

    enum class Current { MakeThisOne, Keep }; // Keep: only the very first profile becomes current
    bool add(Profile *profile, Current current = Current::MakeThisOne);
    bool update(Profile *profile);     // by uuid: a rename keeps contacts and drafts
    bool makeCurrent(const QString &uuid);
    // The place with no police and crime commissioner (Scotland, Northern Ireland, a Crown
    // Dependency) a postcode is in, by id; empty for a postcode in England and Wales, or unknown.
    QString noPccAreaOf(const QString &postcode) const;

    struct Removal
    {
        QString name;
        int contacts = 0;
        int drafts = 0;
        QString summary; // for the user: what was removed, and what was kept
    };
    bool remove(const QString &uuid, Removal *removal, ContactLog::TeamCopy team = ContactLog::TeamCopy::Keep);

    QString lastError() const { return m_error; }

private:
    void fillHomeForce(Profile *profile);

    ContactLog &m_log;
    DistrictsSource m_districts;
    QString m_error;
};

} // namespace pcc
