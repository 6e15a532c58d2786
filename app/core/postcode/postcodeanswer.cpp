#include "postcodeanswer.h"

#include "forceids.h"

namespace pcc {

PostcodeAnswer PostcodeAnswer::of(const Postcode &postcode, const PostcodeDistricts::Match &match)
{
    PostcodeAnswer a;
    if (!postcode.isValid())
        return a;
    a.outcode = postcode.outward();
    a.area = postcode.area();
    a.forceIds = match.forceIds;
    a.certain = match.certainty == PostcodeDistricts::Certainty::High;
    if (!match.found || match.forceIds.isEmpty())
        a.kind = Kind::Unknown;
    else if (match.forceIds.size() == 1 && ForceIds::isNoPccArea(match.forceIds.first()))
        a.kind = Kind::NoPccArea; // only when it is the one candidate: TD (Berwick) asks
    else if (match.areaFallback)
        a.kind = Kind::AreaFallback;
    else if (match.forceIds.size() > 1)
        a.kind = Kind::Crosses;
    else if (a.certain)
        a.kind = Kind::Sure;
    else
        a.kind = Kind::Likely;
    return a;
}

} // namespace pcc
