#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// The 43 territorial police force areas of England and Wales (data.police.uk slugs),
// and the two UK areas without a police and crime commissioner.
namespace ForceIds {

const QStringList &all();          // the 43 force ids, sorted
bool isForce(const QString &id);   // one of the 43
bool isNoPccArea(const QString &id); // scotland, northern-ireland
QString noPccAreaName(const QString &id);
QString noPccAreaBody(const QString &id);

inline const QString Scotland = QStringLiteral("scotland");
inline const QString NorthernIreland = QStringLiteral("northern-ireland");

} // namespace ForceIds
} // namespace pcc
