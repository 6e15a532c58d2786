#pragma once

#include "dataissue.h"
#include "forcerecord.h"

#include <QJsonObject>

namespace pcc {

// Reads one force object of policing_bodies.json, recording every problem with its JSON path
// ("forces[3].email"): required fields, known kinds and statuses, dates, addresses, email and
// web addresses, provenance, and the research's letter sentences.
ForceRecord readForceRecord(const QJsonObject &object, const QString &path, DataIssues *issues);

} // namespace pcc
