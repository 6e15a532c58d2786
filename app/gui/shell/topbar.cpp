#include "shell/topbar.h"

#include "directory/postcodefinder.h"
#include "log/logcontroller.h"
#include "shell/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace pcc {

TopBar::TopBar(PostcodeFinder *finder, LogController *log, QWidget *parent)
    : QWidget(parent)
    , m_profiles(new QComboBox(this))
    , m_teamView(new QCheckBox(tr("&Team view"), this))
{
    setObjectName(u"topBar"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(finder, 1);
    auto *volunteer = new QLabel(tr("Vol&unteer:"), this);
    volunteer->setBuddy(m_profiles);
    row->addWidget(volunteer);
    m_profiles->setMinimumWidth(160);
    m_profiles->setAccessibleName(tr("Current volunteer profile"));
    row->addWidget(m_profiles);
    row->addWidget(m_teamView);
    m_teamView->setToolTip(tr("Colour the map by the whole team's letters: the team server's count as of the last sync "
                              "when you use one (Settings, Team), or else everyone's on this computer"));
    m_teamView->setChecked(Settings::teamView());
    connect(m_profiles, &QComboBox::activated, log, [this, log](int index) {
        const QString uuid = m_profiles->itemData(index).toString();
        if (uuid.isEmpty())
            log->newProfile(); // the last item, "New profile…"
        else
            log->chooseProfile(uuid);
    });
    connect(m_teamView, &QCheckBox::toggled, this, [this](bool on) {
        Settings::setTeamView(on);
        emit teamViewChanged(on);
    });
}

void TopBar::setProfiles(const QList<Profile> &profiles, const std::optional<Profile> &current, bool canCreate)
{
    m_profiles->clear();
    for (const Profile &p : profiles)
        m_profiles->addItem(p.name, p.uuid);
    if (canCreate)
        m_profiles->addItem(tr("New profile…"), QString());
    m_profiles->setCurrentIndex(std::max(0, current ? m_profiles->findData(current->uuid) : 0));
}

bool TopBar::teamView() const
{
    return m_teamView->isChecked();
}

} // namespace pcc
