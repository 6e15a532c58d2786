#pragma once

// The bundled directory, read once, and the volunteer who signs the letters of the letter tests.

#include "apppaths.h"
#include "directory.h"
#include "profile.h"

namespace pcctest {

inline const pcc::Directory &bundledDirectory()
{
    static const pcc::Directory dir = pcc::Directory::fromFile(pcc::AppPaths::bundledPolicingBodies(), nullptr);
    return dir;
}

inline pcc::Profile letterSender()
{
    using namespace Qt::StringLiterals;
    pcc::Profile p;
    p.name = u"Jane Volunteer"_s;
    p.address = {u"12 Example Road"_s, u"Cheltenham"_s};
    p.postcode = u"GL50 1AA"_s;
    p.email = u"jane@example.org"_s;
    return p;
}

} // namespace pcctest
