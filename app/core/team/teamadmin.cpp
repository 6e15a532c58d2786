#include "teamadmin.h"

#include "teamconnection.h"
#include "teamschema.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamAdmin)
};

// Any constant works; it only has to be the same for every copy of the app.
constexpr qint64 kInitLock = 0x5043435465616dLL; // "PCCTeam"

QString newPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

} // namespace

QString TeamAdmin::roleNameProblem(const QString &role)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(u"[a-z_][a-z0-9_]{0,62}"_s));
    if (name.match(role).hasMatch() && !role.startsWith(u"pg_"_s) && !role.startsWith(u"pcc_"_s))
        return {};
    return Tr::tr("'%1' cannot be a volunteer's role: use up to 63 lower-case letters, digits and '_', "
                  "not starting with a digit, pg_ or pcc_.").arg(role);
}

bool TeamAdmin::init(TeamConnection &c, InitResult *result)
{
    return c.transaction([&] {
        QSqlQuery lock = c.query();
        lock.prepare(u"SELECT pg_catalog.pg_advisory_xact_lock(?::bigint)"_s);
        lock.addBindValue(kInitLock);
        if (!c.exec(lock, Tr::tr("take the setup lock")))
            return false;
        const int version = c.schemaVersion();
        if (version < 0)
            return false;
        if (version > TeamSchema::Version)
            return c.failTooNew(version);
        result->fromVersion = version;
        result->toVersion = version;
        for (const TeamSchema::Migration &m : TeamSchema::migrations()) {
            if (m.version <= version)
                continue;
            for (const QString &statement : m.statements) {
                if (!c.exec(statement, Tr::tr("set up its tables (version %1)").arg(m.version)))
                    return false;
            }
            if (!c.exec(u"UPDATE pcc.schema_version SET version = %1"_s.arg(m.version), Tr::tr("record its schema version")))
                return false;
            result->toVersion = m.version;
        }
        return true;
    });
}

bool TeamAdmin::addMember(TeamConnection &c, const QString &role, Kind kind, QString *password)
{
    if (const QString problem = roleNameProblem(role); !problem.isEmpty())
        return c.fail(TeamConnection::Problem::Failed, problem);
    if (!c.checkSchema())
        return false;
    const QString pass = newPassword();
    const char *group = kind == Kind::Coordinator ? TeamSchema::CoordinatorGroup : TeamSchema::VolunteerGroup;
    return c.transaction([&] {
        QSqlQuery exists = c.query();
        exists.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        exists.addBindValue(role);
        if (!c.exec(exists, Tr::tr("look up the role")))
            return false;
        if (exists.next())
            return c.fail(TeamConnection::Problem::Failed, Tr::tr("The role %1 already exists on the team server.").arg(role));
        // CREATE ROLE takes no bound parameters; the name was checked above, and what the server
        // gets is the SCRAM verifier computed here (as psql does for its \password command), never the password,
        // so no statement log on the server can hold it.
        QString verifier;
        if (!c.scramVerifier(role, pass, &verifier))
            return false;
        if (!verifier.startsWith(u"SCRAM-SHA-256$"_s) || verifier.contains(u'\''))
            return c.fail(TeamConnection::Problem::Failed, Tr::tr("The PostgreSQL client library made a password verifier this app does not recognise."));
        if (!c.exec(u"CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(role, verifier, QLatin1StringView(group)),
                    Tr::tr("create the role %1 (the coordinator needs CREATEROLE)").arg(role)))
            return false;
        QSqlQuery add = c.query();
        add.prepare(u"INSERT INTO pcc.volunteers (role) VALUES (?)"_s);
        add.addBindValue(role);
        if (!c.exec(add, Tr::tr("add %1 to the volunteers").arg(role)))
            return false;
        *password = pass;
        return true;
    });
}

} // namespace pcc
