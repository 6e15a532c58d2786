#pragma once

#include "profile.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;

namespace pcc {

class LogController;
class PostcodeFinder;

// The row above the panes: "Find my commissioner", the volunteer whose letters are shown
// (with "New profile…" at the end) and the team view. A plain row, not QToolBars: a toolbar
// loads the image plugins for its overflow icon, a fifth of the time to the first paint.
class TopBar : public QWidget
{
    Q_OBJECT
public:
    TopBar(PostcodeFinder *finder, LogController *log, QWidget *parent);

    void setProfiles(const QList<Profile> &profiles, const std::optional<Profile> &current, bool canCreate);
    bool teamView() const;

signals:
    void teamViewChanged(bool on);

private:
    QComboBox *m_profiles;
    QCheckBox *m_teamView;
};

} // namespace pcc
