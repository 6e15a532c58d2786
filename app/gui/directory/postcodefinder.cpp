#include "directory/postcodefinder.h"

#include "directory.h"
#include "forceids.h"
#include "forcenamesearch.h"
#include "onlinepostcodelookup.h"
#include "postcode.h"
#include "postcodeanswer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace pcc {

PostcodeFinder::PostcodeFinder(const Directory &directory, DistrictsSource districts, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_districts(std::move(districts))
    , m_postcode(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_online(new QPushButton(tr("Look up online…"), this))
{
    m_postcode->setPlaceholderText(tr("Postcode or area name"));
    m_postcode->setAccessibleName(tr("Find my commissioner by postcode or area name"));
    m_postcode->setMinimumWidth(190);
    m_postcode->setMaximumWidth(240);
    m_postcode->setToolTip(tr("A postcode such as BS20 8JJ, or the name of your area such as Sussex (%1 from anywhere)")
                               .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    auto *findButton = new QPushButton(tr("Find"), this);
    auto *onlineButton = m_online;
    onlineButton->setToolTip(tr("Ask postcodes.io (sends your postcode over the internet)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr(" Find my commissioner: "), this);
    label->setBuddy(m_postcode);
    layout->addWidget(label);
    // The app's first step, from anywhere in the window: every letter of its name is taken.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &PostcodeFinder::focusField);
    layout->addWidget(m_postcode);
    layout->addWidget(findButton);
    layout->addWidget(onlineButton);
    layout->addStretch(1);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    // An answer belongs to the text it answered: it goes as soon as that text changes.
    connect(m_postcode, &QLineEdit::textChanged, this, [this] { say({}); });
    connect(m_postcode, &QLineEdit::returnPressed, this, [this] { find(m_postcode->text()); });
    connect(findButton, &QPushButton::clicked, this, [this] { find(m_postcode->text()); });
    connect(onlineButton, &QPushButton::clicked, this, &PostcodeFinder::lookUpOnline);
}

void PostcodeFinder::clearSearch()
{
    m_postcode->clear();
    say({});
}

void PostcodeFinder::focusField()
{
    m_postcode->setFocus(Qt::OtherFocusReason);
    m_postcode->selectAll();
}

void PostcodeFinder::setOnlineLookupAllowed(bool allowed)
{
    m_onlineAllowed = allowed;
    m_online->setVisible(allowed);
}

void PostcodeFinder::say(const QString &message)
{
    m_result->setText(message);
    m_result->setVisible(!message.isEmpty());
}

QString PostcodeFinder::message() const
{
    return m_result->text().trimmed();
}

QString PostcodeFinder::areaName(const QString &forceId) const
{
    if (ForceIds::isNoPccArea(forceId)) // Scotland beside Northumbria, for a Berwick postcode
        return ForceIds::noPccAreaDisplayName(forceId);
    const ForceRecord *f = m_directory.force(forceId);
    return f ? f->areaName() : forceId;
}

void PostcodeFinder::notFound(const QString &message)
{
    say(message);
    emit nothingFound(message);
}

bool PostcodeFinder::findByName(const QString &text)
{
    const QStringList ids = ForceNameSearch::find(m_directory, text);
    if (ids.isEmpty())
        return false;
    emit forceFound(ids.first());
    if (ids.size() == 1) {
        say(tr("Showing %1.").arg(areaName(ids.first())));
    } else {
        QStringList others;
        for (const QString &id : ids.mid(1, 3))
            others << areaName(id);
        say(tr("Showing %1. Did you mean %2? Pick it on the map or in the list.")
                .arg(areaName(ids.first()), others.join(tr(" or "))));
    }
    return true;
}

bool PostcodeFinder::find(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        notFound(tr("Type your postcode (such as BS20 8JJ) or the name of your area (such as Sussex)."));
        return false;
    }
    const Postcode pc = Postcode::parse(text);
    if (!pc.isValid()) {
        if (findByName(text))
            return true;
        notFound(tr("“%1” is neither a UK postcode nor the name of a police force area. Check it, or pick your area on the map.")
                     .arg(text.trimmed()));
        return false;
    }
    const PostcodeAnswer answer = PostcodeAnswer::of(pc, m_districts().find(pc));
    using Kind = PostcodeAnswer::Kind;
    if (answer.kind == Kind::Unknown) {
        notFound(tr("The app does not know the postcode district %1. Check it for a typo (it is the first half of your "
                    "postcode, as on a letter you received); if it is right, pick your area on the map, or look it up online.")
                     .arg(pc.outward()));
        return false;
    }
    const QString best = answer.forceIds.first();
    if (answer.kind == Kind::NoPccArea) {
        emit noPccAreaFound(best);
        say(tr("%1 is in %2, which has no police and crime commissioner.").arg(pc.toString(), ForceIds::noPccAreaDisplayName(best)));
        return true;
    }
    QStringList names;
    for (const QString &id : answer.forceIds)
        names << areaName(id);
    const QString either = names.size() > 1 ? tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.constLast())
                                            : names.constFirst();
    // More than one area, or a district the table does not know: the app never guesses. Every
    // candidate is outlined on the map, none is selected, and one click chooses.
    if (answer.asksToChoose()) {
        const QString message = answer.kind == Kind::AreaFallback
            ? tr("The app does not know the postcode district %1: it may be new, or a typo (check the postcode on a "
                 "letter you received). Postcodes starting %2 are in %3. Click yours on the map, or look up the full "
                 "postcode online.")
                  .arg(pc.outward(), pc.area(), either)
            : tr("%1 could be %2: the district crosses a boundary. Click yours on the map (they are outlined), or look "
                 "up the full postcode online.")
                  .arg(pc.outward(), either);
        say(message);
        emit candidatesFound(answer.forceIds, message);
        return true;
    }
    emit forceFound(best);
    if (answer.kind == Kind::Likely)
        say(tr("%1 is in %2 as far as the app can tell: only one of its two postcode lists places this district, so "
               "check on the map that the area outlined is where you live.").arg(pc.outward(), either));
    else
        say(tr("%1 is in %2.").arg(pc.outward(), either));
    return true;
}

void PostcodeFinder::lookUpOnline()
{
    if (!m_onlineAllowed)
        return; // turned off in Settings: nothing leaves the computer
    const Postcode pc = Postcode::parse(m_postcode->text());
    if (!pc.isFull()) {
        notFound(tr("The online lookup needs a full postcode, such as BS20 8JJ."));
        return;
    }
    if (QMessageBox::question(this, tr("Look up online?"),
                              tr("This sends the postcode %1 to postcodes.io over the internet. Nothing else is sent. Continue?").arg(pc.toString()))
        != QMessageBox::Yes)
        return;
    auto *lookup = new OnlinePostcodeLookup(m_directory, this);
    if (!m_serviceUrl.isEmpty())
        lookup->setBaseUrl(m_serviceUrl);
    const QString offlineAnswer = message();
    say(tr("Asking postcodes.io…"));
    connect(lookup, &OnlinePostcodeLookup::finished, this, [this, lookup, pc](const QString &id) {
        lookup->deleteLater();
        if (ForceIds::isNoPccArea(id)) {
            emit noPccAreaFound(id);
            say(tr("%1 is in %2, which has no police and crime commissioner.").arg(pc.toString(), ForceIds::noPccAreaDisplayName(id)));
        } else {
            emit forceFound(id);
            say(tr("%1 is in %2 (postcodes.io).").arg(pc.toString(), areaName(id)));
        }
    });
    // Nothing learnt online: what the offline answer showed (an area, or the outlined
    // candidates) stays, with the reason.
    connect(lookup, &OnlinePostcodeLookup::failed, this, [this, lookup, offlineAnswer](const QString &message) {
        lookup->deleteLater();
        say(offlineAnswer.isEmpty() ? message : message + u'\n' + offlineAnswer);
    });
    lookup->lookup(pc.toString());
}

} // namespace pcc
