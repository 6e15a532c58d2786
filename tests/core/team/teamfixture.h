#pragma once

// A real team server for the team tests, as the coordinator sets it up, and the records they sync.

#include "catchcompat.h"
#include "pgtestserver.h"

#include "contactrecord.h"
#include "teamadmin.h"
#include "teamconnection.h"
#include "teamschema.h"
#include "teamserveraddress.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pcctest {

using namespace Qt::StringLiterals;
using pcc::ContactRecord;
using pcc::ContactStatus;
namespace TeamAdmin = pcc::TeamAdmin;
using pcc::TeamConnection;
using pcc::TeamServerAddress;

// A started server with the campaign's tables, as the coordinator sets it up.
struct TeamServer
{
    PgTestServer server;

    TeamServer()
    {
        INFO(server.error().toStdString());
        REQUIRE(server.start());
        TeamConnection admin = connectAs(PgTestServer::adminRole(), PgTestServer::adminPassword());
        TeamAdmin::InitResult result;
        const bool initialised = TeamAdmin::init(admin, &result);
        INFO(admin.lastError().toStdString());
        REQUIRE(initialised);
    }

    TeamServerAddress address(const QString &role) const { return TeamServerAddress::parse(server.url(role)); }

    TeamConnection connectAs(const QString &role, const QString &password) const
    {
        TeamConnection c(address(role));
        INFO(c.lastError().toStdString());
        REQUIRE(c.open(password));
        return c;
    }

    TeamConnection coordinator() const { return connectAs(PgTestServer::adminRole(), PgTestServer::adminPassword()); }

    // A volunteer added by the coordinator, connected with the password the app made for them.
    TeamConnection newVolunteer(const QString &role) const { return connectAs(role, addVolunteer(role)); }

    QString addVolunteer(const QString &role, TeamAdmin::Kind kind = TeamAdmin::Kind::Volunteer) const
    {
        TeamConnection admin = coordinator();
        QString password;
        const bool added = TeamAdmin::addMember(admin, role, kind, &password);
        INFO(admin.lastError().toStdString());
        REQUIRE(added);
        return password;
    }
};

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline ContactRecord record(const QString &profileUuid, const QString &profileName, const QString &force, ContactStatus status,
                     const QString &notes = {})
{
    ContactRecord r;
    r.uuid = newUuid();
    r.profileUuid = profileUuid;
    r.profileName = profileName;
    r.forceId = force;
    r.bodyName = u"Office of the Police and Crime Commissioner"_s;
    r.date = QDate(2026, 11, 20);
    r.status = status;
    r.notes = notes;
    r.letterText = u"Dear Commissioner, from "_s + profileName + u" of 1 Private Road"_s;
    r.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 123), Qt::UTC);
    return r;
}

inline QStringList column(TeamConnection &c, const QString &sql)
{
    QSqlQuery q = c.query();
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// The contacts the server holds, as the coordinator counts them.
inline QString rowCount(TeamConnection &c)
{
    return column(c, u"SELECT count(*) FROM pcc.contacts"_s).value(0);
}

// One contact, sent by hand, with `field` set to `value` (and the reply outcome given).
inline QString withField(const QString &field, const QString &value, const QString &outcome = {}, const QString &more = {})
{
    return u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\",\"contact_date\":\"2026-11-20\","
           "\"status\":\"replied\",\"reply_outcome\":\"%1\",\"reply_date\":\"2026-11-25\",\"%2\":\"%3\"%4,"
           "\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s.arg(outcome, field, value, more);
}

// One replied contact, sent by hand, with these dates.
inline QString dated(const QString &contactDate, const QString &replyDate, const QString &updatedAt)
{
    return u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\",\"contact_date\":\"%1\","
           "\"status\":\"replied\",\"reply_outcome\":\"substantive\",\"reply_date\":\"%2\",\"updated_at\":\"%3\"}]"_s
        .arg(contactDate, replyDate, updatedAt);
}

// `server` started, and the coordinator's connection to it (no tables yet).
inline TeamConnection startedAsCoordinator(PgTestServer &server)
{
    INFO(server.error().toStdString());
    REQUIRE(server.start());
    TeamConnection admin(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
    REQUIRE(admin.open(PgTestServer::adminPassword()));
    return admin;
}

// A server's tables brought from version `from` (0: none yet) only as far as `version`, as an app
// of that time left them.
inline void migrateTo(TeamConnection &admin, int version, int from = 0)
{
    for (const pcc::TeamSchema::Migration &m : pcc::TeamSchema::migrations()) {
        if (m.version <= from)
            continue;
        if (m.version > version)
            break;
        for (const QString &statement : m.statements) {
            const bool done = admin.exec(statement, u"migrate"_s);
            INFO(admin.lastError().toStdString());
            REQUIRE(done);
        }
    }
    REQUIRE(admin.exec(u"UPDATE pcc.schema_version SET version = %1"_s.arg(version), u"version"_s));
}

} // namespace pcctest
