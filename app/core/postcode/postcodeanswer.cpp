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
    if (!match.found || match.forceIds.isEmpty())
        a.kind = Kind::Unknown;
    else if (ForceIds::isNoPccArea(match.forceIds.first()))
        a.kind = Kind::NoPccArea;
    else if (match.areaFallback)
        a.kind = Kind::AreaFallback;
    else if (match.forceIds.size() > 1)
        a.kind = Kind::Crosses;
    else if (match.certainty == PostcodeDistricts::Certainty::High)
        a.kind = Kind::Sure;
    else
        a.kind = Kind::Likely;
    if (a.kind == Kind::NoPccArea)
        a.forceIds = a.forceIds.mid(0, 1);
    return a;
}

} // namespace pcc
