#pragma once

#include "dataissue.h"
#include "postcode.h"

#include <QHash>
#include <QStringList>

namespace pcc {

// Offline postcode district → force table (pcc_data/postcode_districts.csv).
class PostcodeDistricts
{
public:
    struct Match
    {
        bool found = false;
        QString outcode;
        QStringList forceIds; // best first; "scotland" / "northern-ireland" outside England and Wales
        bool straddles = false;
        QString certainty;    // high, medium (straddles a boundary), low (source rows known to be wrong)
    };

    static PostcodeDistricts loadDefault(); // the user's copy if valid, else the bundled table
    static PostcodeDistricts fromCsv(const QByteArray &csv, DataIssues *issues);

    bool isEmpty() const { return m_rows.isEmpty(); }
    int size() const { return int(m_rows.size()); }
    Match find(const Postcode &postcode) const;
    // The force a postcode is in when the offline table is sure (one force, high
    // certainty); empty otherwise, so that nobody is told the wrong commissioner.
    QString homeForceOf(const QString &postcode) const;

private:
    QHash<QString, Match> m_rows;
};

} // namespace pcc
