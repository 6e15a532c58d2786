#pragma once

#include <QString>

namespace pcc {

// Where the campaign's team server is: a libpq-style URL, postgresql://ROLE@HOST:PORT/DB.
// The URL never carries a password (that comes from PGPASSWORD or the system keychain).
// Any host other than a loopback address must be reached over TLS: sslmode defaults to
// "require" there, and a URL asking for less is refused.
class TeamServerAddress
{
public:
    // Nullopt-like: an address that failed to parse has isValid() false and error() set.
    static TeamServerAddress parse(const QString &url);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString role() const { return m_role; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString sslMode() const { return m_sslMode; } // anything but verify-full only on loopback
    QString rootCertificate() const { return m_rootCert; } // sslrootcert from the address, or empty
    bool isLoopback() const { return m_loopback; }

    QString toString() const;      // the URL again, normalised (no password)
    QString connectOptions() const; // for QSqlDatabase::setConnectOptions

private:
    QString m_role;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_rootCert;
    QString m_hostAddress;
    bool m_loopback = false;
    QString m_error;
};

} // namespace pcc
