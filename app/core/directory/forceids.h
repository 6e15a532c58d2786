#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// The 43 territorial police force areas of England and Wales (data.police.uk slugs), and the
// places with a UK postcode but no police and crime commissioner: Scotland, Northern Ireland
// and the Crown Dependencies (Guernsey, Jersey, the Isle of Man).
namespace ForceIds {

const QStringList &all();          // the 43 force ids, sorted
bool isForce(const QString &id);   // one of the 43
bool isNoPccArea(const QString &id); // scotland, northern-ireland, guernsey, jersey, isle-of-man
QString noPccAreaName(const QString &id);
QString noPccAreaBody(const QString &id);
QString noPccAreaDisplayName(const QString &id); // in the interface's language (noPccAreaName: as the data names it)
QString noPccAreaSentence(const QString &id); // for a reader: why no letter goes there

inline const QString Scotland = QStringLiteral("scotland");
inline const QString NorthernIreland = QStringLiteral("northern-ireland");
inline const QString Guernsey = QStringLiteral("guernsey");
inline const QString Jersey = QStringLiteral("jersey");
inline const QString IsleOfMan = QStringLiteral("isle-of-man");

} // namespace ForceIds
} // namespace pcc
