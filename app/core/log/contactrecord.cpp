#include "contactrecord.h"

namespace pcc {

void ContactRecord::setRecipient(const ForceRecord &force)
{
    forceId = force.id;
    bodyName = force.officeName;
    holderName = force.holder.name;
}

void ContactRecord::setSender(const Profile &profile)
{
    profileUuid = profile.uuid;
    profileName = profile.name;
}

} // namespace pcc
