#include "teamserveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamServerAddress)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // Without Qt Network (the core never links it): 127.0.0.0/8 and ::1.
    static const QRegularExpression ipv4Loopback(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host == u"::1"_s || ipv4Loopback.match(host).hasMatch();
}

const QStringList kTlsModes = {u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

TeamServerAddress TeamServerAddress::parse(const QString &text)
{
    TeamServerAddress a;
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty()) {
        a.m_error = Tr::tr("No team server is set.");
        return a;
    }
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        a.m_error = Tr::tr("'%1' is not a team server address: it should look like postgresql://ROLE@HOST:PORT/DATABASE.").arg(trimmed);
        return a;
    }
    if (!url.password().isEmpty()) {
        a.m_error = Tr::tr("The server address must not contain a password. On the command line, set PGPASSWORD; "
                       "in the app, the password is kept in your system's keychain.");
        return a;
    }
    a.m_role = url.userName();
    a.m_host = url.host();
    a.m_port = url.port(5432);
    a.m_database = url.path().mid(1);
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"_s);
    if (a.m_role.isEmpty() || !name.match(a.m_role).hasMatch()) {
        a.m_error = Tr::tr("The server address needs your role name before the '@': postgresql://ROLE@HOST:PORT/DATABASE.");
        return a;
    }
    if (a.m_host.isEmpty()) {
        a.m_error = Tr::tr("The server address has no host: postgresql://ROLE@HOST:PORT/DATABASE.");
        return a;
    }
    if (a.m_database.isEmpty() || !name.match(a.m_database).hasMatch()) {
        a.m_error = Tr::tr("The server address needs a database name after the last '/'.");
        return a;
    }
    a.m_loopback = isLoopbackHost(a.m_host);
    const QString asked = QUrlQuery(url).queryItemValue(u"sslmode"_s);
    if (asked.isEmpty()) {
        a.m_sslMode = a.m_loopback ? u"prefer"_s : u"require"_s;
    } else if (kTlsModes.contains(asked) || (a.m_loopback && (asked == u"disable"_s || asked == u"allow"_s || asked == u"prefer"_s))) {
        a.m_sslMode = asked;
    } else {
        a.m_error = Tr::tr("The team server %1 is not on this computer, so the connection must be encrypted: "
                       "use sslmode=require, verify-ca or verify-full, not '%2'.").arg(a.m_host, asked);
        return a;
    }
    return a;
}

QString TeamServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_role);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u"/"_s + m_database);
    if (m_sslMode != (m_loopback ? u"prefer"_s : u"require"_s)) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, m_sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

QString TeamServerAddress::connectOptions() const
{
    return u"sslmode=%1;connect_timeout=10;application_name=pcc-campaigner"_s.arg(m_sslMode);
}

} // namespace pcc
