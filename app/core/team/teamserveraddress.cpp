#include "teamserveraddress.h"

#include "loopbackhost.h"

#include <QCoreApplication>
#include <QFileInfo>
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

// The CA certificates libpq checks a server against when the address names none: the system's
// bundle where a Linux distribution keeps one (libpq before 16 knows no "system"), else
// "system" (libpq 16 and later: the platform's trust store).
QString systemCertificates()
{
    for (const char *bundle : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"}) {
        if (QFileInfo::exists(QString::fromLatin1(bundle)))
            return QString::fromLatin1(bundle);
    }
    return u"system"_s;
}

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
    static const QRegularExpression name(QRegularExpression::anchoredPattern(u"[A-Za-z_][A-Za-z0-9_.-]{0,62}"_s));
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
    const QUrlQuery query(url);
    const QString asked = query.queryItemValue(u"sslmode"_s);
    a.m_rootCert = query.queryItemValue(u"sslrootcert"_s);
    if (a.m_loopback) {
        // This computer: nothing crosses a network, so no certificate is needed.
        static const QStringList local{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (!asked.isEmpty() && !local.contains(asked)) {
            a.m_error = Tr::tr("'%1' is not an sslmode PostgreSQL knows.").arg(asked);
            return a;
        }
        a.m_sslMode = asked.isEmpty() ? u"prefer"_s : asked;
    } else if (asked.isEmpty() || asked == u"verify-full"_s) {
        // Anywhere else the server proves who it is (its certificate, for this host name, from a
        // trusted authority) and the password goes only by SCRAM bound to that TLS channel: an
        // impostor, or a server asking for a cleartext or MD5 password, never receives it.
        a.m_sslMode = u"verify-full"_s;
    } else {
        a.m_error = Tr::tr("The team server %1 is not on this computer, so it must prove who it is before it gets your "
                           "password: sslmode=%2 checks no certificate (or not the host name). Leave sslmode out, or use "
                           "verify-full; if the campaign uses its own certificate authority, add sslrootcert=FILE with the "
                           "file your coordinator gave you.")
                         .arg(a.m_host, asked);
        return a;
    }
    // hostaddr: the server's IP address, when the name (which the certificate must match) does
    // not resolve here; libpq connects to the address and checks the certificate for the name.
    a.m_hostAddress = query.queryItemValue(u"hostaddr"_s);
    static const QRegularExpression ip(QRegularExpression::anchoredPattern(u"(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]+)"_s));
    if (!a.m_hostAddress.isEmpty() && !ip.match(a.m_hostAddress).hasMatch()) {
        a.m_error = Tr::tr("hostaddr=%1 is not an IP address.").arg(a.m_hostAddress);
        return a;
    }
    if (!a.m_rootCert.isEmpty() && !QFileInfo(a.m_rootCert).isFile()) {
        a.m_error = Tr::tr("The certificate authority file %1 (sslrootcert) does not exist.").arg(a.m_rootCert);
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
    QUrlQuery query;
    if (m_sslMode != (m_loopback ? u"prefer"_s : u"verify-full"_s))
        query.addQueryItem(u"sslmode"_s, m_sslMode);
    if (!m_rootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, m_rootCert);
    if (!m_hostAddress.isEmpty())
        query.addQueryItem(u"hostaddr"_s, m_hostAddress);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

QString TeamServerAddress::connectOptions() const
{
    QString options = u"sslmode=%1;connect_timeout=10;application_name=pcc-campaigner"_s.arg(m_sslMode);
    if (!m_loopback)
        options += u";channel_binding=require;sslrootcert=%1"_s.arg(m_rootCert.isEmpty() ? systemCertificates() : m_rootCert);
    if (!m_hostAddress.isEmpty())
        options += u";hostaddr=%1"_s.arg(m_hostAddress);
    return options;
}

} // namespace pcc
