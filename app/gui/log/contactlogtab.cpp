#include "log/contactlogtab.h"

#include "contactlog.h"
#include "contactlogmodel.h"
#include "directory.h"
#include "log/contactlogpanel.h"
#include "log/logcontroller.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace pcc {

ContactLogTab::ContactLogTab(LogController *log, const Directory &directory, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_directory(directory)
    , m_model(new ContactLogModel(this))
{
    new QVBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
}

bool ContactLogTab::isShown() const
{
    auto *stack = qobject_cast<QStackedWidget *>(parentWidget()); // a QTabWidget's pages
    return stack ? stack->currentWidget() == this : isVisible();
}

void ContactLogTab::setProfiles(const QList<Profile> &profiles)
{
    if (m_panel)
        m_panel->setProfiles(profiles);
}

void ContactLogTab::shown()
{
    if (!m_panel) {
        m_panel = new ContactLogPanel(m_model, this);
        layout()->addWidget(m_panel);
        connect(m_panel, &ContactLogPanel::editRequested, m_log, &LogController::editContact);
        connect(m_panel, &ContactLogPanel::replyRequested, m_log, &LogController::recordReply);
        connect(m_panel, &ContactLogPanel::exportRequested, m_log, &LogController::exportLog);
        connect(m_panel, &ContactLogPanel::importRequested, m_log, &LogController::importLog);
        m_panel->setProfiles(m_log->profiles());
    }
    if (m_stale)
        refresh();
}

void ContactLogTab::refresh()
{
    m_stale = !isShown();
    ContactLog *log = m_log->log();
    if (m_stale || !log)
        return;
    QHash<QString, QString> names;
    for (const ForceRecord &f : m_directory.forces())
        names.insert(f.id, f.areaName());
    if (const auto all = log->contacts())
        m_model->setRecords(*all, names);
    else
        emit readFailed(log->lastError());
}

} // namespace pcc
