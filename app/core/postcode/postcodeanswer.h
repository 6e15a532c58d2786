#pragma once

#include "postcode.h"
#include "postcodedistricts.h"

#include <QStringList>

namespace pcc {

// What the offline table says about a postcode, as the window and the command line both tell
// it: one rule for when the app names a force, when it asks, and when it says it is unsure.
struct PostcodeAnswer
{
    enum class Kind {
        Invalid,      // not a postcode
        Unknown,      // a district the table does not know, in an area it does not know either
        NoPccArea,    // Scotland, Northern Ireland, a Crown Dependency
        Sure,         // one force, and both postcode lists agree
        Likely,       // one force, but only one list places the district (or they disagree)
        Crosses,      // the district crosses a boundary: the candidates, most likely first
        AreaFallback, // a district the table does not know: its postcode area's forces
    };

    Kind kind = Kind::Invalid;
    QString outcode;
    QString area;
    QStringList forceIds; // best first; one for Sure, Likely and NoPccArea
    bool certain = false; // both postcode lists agree on the district

    static PostcodeAnswer of(const Postcode &postcode, const PostcodeDistricts::Match &match);
    // The app asks the volunteer to choose on the map: it never picks one of several.
    bool asksToChoose() const { return kind == Kind::Crosses || kind == Kind::AreaFallback; }
};

} // namespace pcc
