#include "teamremoval.h"

using namespace Qt::StringLiterals;

namespace pcc {

QString TeamRemoval::kindKey(Kind kind)
{
    return kind == Kind::Profile ? u"profile"_s : u"contact"_s;
}

TeamRemoval::Kind TeamRemoval::kindFromKey(const QString &key)
{
    return key == u"profile"_s ? Kind::Profile : Kind::Contact;
}

} // namespace pcc
