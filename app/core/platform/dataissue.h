#pragma once

#include <QList>
#include <QString>

namespace pcc {

// One problem found in a data file, with the JSON path of the field it concerns
// ("forces[12].address.postcode") or the line of a CSV file ("line 7").
struct DataIssue
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
};

using DataIssues = QList<DataIssue>;

} // namespace pcc
