#pragma once

// A volunteer's profile added to a log, as the tests of the log need one.

#include "catchcompat.h"

#include "contactlog.h"

namespace pcctest {

inline pcc::Profile makeProfile(pcc::ContactLog &log, const QString &name)
{
    using namespace Qt::StringLiterals;
    pcc::Profile p;
    p.name = name;
    p.address = {u"1 Test Street"_s, u"Bristol"_s};
    p.postcode = u"BS1 1AA"_s;
    REQUIRE(log.addProfile(&p));
    return p;
}

} // namespace pcctest
