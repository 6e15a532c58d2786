#include "log/followupbanner.h"

#include "directory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pcc {

FollowUpBanner::FollowUpBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    auto *replied = new QPushButton(tr("It &replied…"), this);
    auto *notYet = new QPushButton(tr("&Not yet"), this);
    auto *button = new QPushButton(tr("Write &follow-ups…"), this);
    replied->setObjectName(u"repliedButton"_s);
    notYet->setObjectName(u"notYetButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(replied);
    layout->addWidget(notYet);
    layout->addWidget(button);
    // A palette, not a style sheet: the buttons keep the platform's look, and a style sheet
    // would cost the window's start more than its menu bar does.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfe, 0xf3, 0xc7));
    colours.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(colours);
    setAutoFillBackground(true);
    connect(button, &QPushButton::clicked, this, &FollowUpBanner::writeRequested);
    connect(replied, &QPushButton::clicked, this, [this] { emit replyRequested(m_asking); });
    connect(notYet, &QPushButton::clicked, this, [this] { emit notYetRequested(m_asking); });
    hide();
}

void FollowUpBanner::setDue(const QList<ContactRecord> &due, const Directory &directory)
{
    setVisible(!due.isEmpty());
    m_asking.clear();
    if (due.isEmpty())
        return;
    QStringList areas;
    for (const ContactRecord &r : due)
        areas << (directory.force(r.forceId) ? directory.force(r.forceId)->areaName() : r.forceId);
    // The question is about the oldest letter; the next one is asked once it is answered.
    const ContactRecord *oldest = &due.first();
    for (const ContactRecord &r : due) {
        if (r.date < oldest->date)
            oldest = &r;
    }
    m_asking = oldest->uuid;
    const ForceRecord *asked = directory.force(oldest->forceId);
    m_text->setText(tr("No reply yet from %1 (letters sent more than two weeks ago). A short follow-up helps. "
                       "Did %2 reply to your letter of %3?")
                        .arg(areas.join(u", "_s), asked ? asked->areaName() : oldest->forceId,
                             QLocale().toString(oldest->date, QLocale::LongFormat)));
}

} // namespace pcc
