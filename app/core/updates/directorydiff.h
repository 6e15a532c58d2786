#pragma once

#include "directory.h"

#include <QList>
#include <QString>

namespace pcc {

// What an update changes, force by force and field by field, for the user to read before
// installing it.
struct DirectoryChange
{
    QString forceId;
    QString areaName;
    QString field;    // a label: "Email", "Holder", "Kind of body"
    QString oldValue; // empty: there was none
    QString newValue; // empty: the update removes it
};

namespace DirectoryDiff {
QList<DirectoryChange> between(const Directory &before, const Directory &after);
QString describe(const QList<DirectoryChange> &changes); // plain text, one line per change
} // namespace DirectoryDiff

} // namespace pcc
