#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// A volunteer using this computer: the sender of their letters and the owner of their
// contacts. Identified by uuid everywhere (drafts, the current profile, imports); the name
// is only what is shown and printed, and may change.
struct Profile
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QStringList address;
    QString postcode;
    QString email;
    QString phone;
    QString homeForce;
};

} // namespace pcc
