#pragma once

#include <QDateTime>
#include <QString>

namespace pcc {

// A deletion on this computer that is still to reach the team server: a contact, or a whole
// profile, named by its id only.
struct TeamRemoval
{
    enum class Kind { Contact, Profile };
    Kind kind = Kind::Contact;
    QString uuid;
    QDateTime removedAt;

    bool operator==(const TeamRemoval &) const = default;

    // The kind as the log file stores it: "contact" or "profile".
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};

} // namespace pcc
