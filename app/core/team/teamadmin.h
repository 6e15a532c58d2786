#pragma once

#include <QString>

namespace pcc {

class TeamConnection;

// What the coordinator does on the team server: create or upgrade the campaign's tables,
// and give each volunteer a login.
namespace TeamAdmin {

struct InitResult
{
    int fromVersion = 0;
    int toVersion = 0;
};
// Applies the migrations the server lacks, in one transaction, under an advisory lock so
// two coordinators cannot run it at once. Safe to run again: an up-to-date server is left
// as it is.
bool init(TeamConnection &connection, InitResult *result);

enum class Kind { Volunteer, Coordinator };
// A new login role in pcc_volunteer (or pcc_coordinator) with a fresh random password,
// which is returned and not kept anywhere.
bool addMember(TeamConnection &connection, const QString &role, Kind kind, QString *password);

QString roleNameProblem(const QString &role); // empty when the name can be a role

} // namespace TeamAdmin
} // namespace pcc
