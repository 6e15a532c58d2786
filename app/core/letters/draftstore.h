#pragma once

#include "profile.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pcc {

// Per-recipient letter drafts, one file per (profile, force) in a folder named by the
// profile's uuid under AppPaths::draftsDir(), so renaming a profile keeps its drafts. Each
// save replaces the file atomically (QSaveFile): a crash or power cut leaves either the
// previous draft or the new one, never half of one. Files and folders are private to the user.
class DraftStore
{
public:
    struct Draft
    {
        QString templateId;
        QString html;
        QDateTime savedAt;
    };

    // False with *error when not saved; *warning (if given) when saved but not private.
    static bool save(const Profile &profile, const QString &forceId, const Draft &draft, QString *error,
                     QString *warning = nullptr);
    // No draft: nullopt. A draft file that cannot be read (damaged, or written by something else)
    // is kept aside in the same folder as "<force>.json.unreadable-<time>", never written over,
    // and *problem (when given) says where it is.
    static std::optional<Draft> load(const Profile &profile, const QString &forceId, QString *problem = nullptr);
    static bool remove(const Profile &profile, const QString &forceId);
    // Deletes every draft of the profile; returns how many there were (-1 when some remain).
    static int removeAll(const Profile &profile);
    static QString folderFor(const Profile &profile);
    static QString pathFor(const Profile &profile, const QString &forceId);

private:
    static void adoptFirstReleaseFolder(const Profile &profile);
};

} // namespace pcc
