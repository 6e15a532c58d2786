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
    // How sure the table is of a district: High (both postcode lists agree), Medium (one list
    // only, or they disagree), Low (a district neither list knows: its area's forces).
    enum class Certainty { Low, Medium, High };

    struct Match
    {
        bool found = false;
        QString outcode;
        QStringList forceIds; // best first; "scotland" / "northern-ireland" outside England and Wales
        bool straddles = false;  // more than one candidate: the app asks rather than guesses
        Certainty certainty = Certainty::Low;
        QString basis;           // both, authorities, centroid, disagree, crown-dependency, northern-ireland
        bool areaFallback = false; // a district neither basis knows: the postcode area's forces
    };

    // The user's copy if valid, else the bundled table; *warning says why a copy was not used.
    static PostcodeDistricts loadDefault(QString *warning = nullptr);
    static PostcodeDistricts fromCsv(const QByteArray &csv, DataIssues *issues);

    bool isEmpty() const { return m_rows.isEmpty(); }
    int size() const { return int(m_rows.size()); }
    Match find(const Postcode &postcode) const;
    // The force a postcode is in when the offline table is sure (one force, high
    // certainty); empty otherwise, so that nobody is told the wrong commissioner.
    QString homeForceOf(const QString &postcode) const;

private:
    void buildAreaFallbacks();

    QHash<QString, Match> m_rows;
    QHash<QString, QStringList> m_areaForces; // postcode area -> forces of its districts, most first
};

} // namespace pcc
