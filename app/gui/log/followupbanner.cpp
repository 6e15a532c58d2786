#include "log/followupbanner.h"

#include "directory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pcc {

FollowUpBanner::FollowUpBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    auto *button = new QPushButton(tr("Write &follow-ups…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(button);
    setStyleSheet(u"background-color: #fef3c7; color: #3b2f00;"_s);
    connect(button, &QPushButton::clicked, this, &FollowUpBanner::writeRequested);
    hide();
}

void FollowUpBanner::setDue(const QList<ContactRecord> &due, const Directory &directory)
{
    setVisible(!due.isEmpty());
    if (due.isEmpty())
        return;
    QStringList areas;
    for (const ContactRecord &r : due)
        areas << (directory.force(r.forceId) ? directory.force(r.forceId)->areaName() : r.forceId);
    m_text->setText(tr("No reply yet from %1 (letters sent more than two weeks ago). A short follow-up helps.").arg(areas.join(u", "_s)));
}

} // namespace pcc
