#pragma once

#include "corrections.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace pcc {

// The coordinator's merge: many volunteers' corrections folded into a new directory file.
// Two corrections that disagree about one field are a conflict: listed, never resolved by
// picking one, and nothing is made until they are sorted out.
namespace DirectoryMerge {

struct Result
{
    Directory directory;   // with a data_version newer than the base's
    int applied = 0;       // corrections written into the directory
    int verified = 0;      // verifications that dated a field's check
    QStringList conflicts; // when not empty, `directory` is not to be used
};

Result merge(const Directory &base, const QList<Corrections> &sets, const QDate &today);

} // namespace DirectoryMerge
} // namespace pcc
