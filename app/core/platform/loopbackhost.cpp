#include "loopbackhost.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s)
        return true;
    static const QRegularExpression ipv4Loopback(QRegularExpression::anchoredPattern(u"127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}"_s)); // 127.0.0.0/8
    return ipv4Loopback.match(host).hasMatch();
}

} // namespace pcc
