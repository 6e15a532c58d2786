#pragma once

#include "teamroster.h"

#include <QDialog>

namespace pcc {

// The coordinator's view of the team: each volunteer's role and counts, nothing else.
class TeamMembersDialog : public QDialog
{
    Q_OBJECT
public:
    TeamMembersDialog(const QList<TeamMember> &members, QWidget *parent = nullptr);
};

} // namespace pcc
