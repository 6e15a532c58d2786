#pragma once

#include <QString>

namespace pcc {

// A directory's data_version ("2026-11-28", "2026-11-28.2"): compared number by number.
namespace DataVersion {
int compare(const QString &a, const QString &b); // <0, 0, >0
// A version newer than `base` for a file made on `today`: today's date, or base with the
// next ".N" when base is already today's.
QString next(const QString &base, const QString &today);
} // namespace DataVersion

} // namespace pcc
