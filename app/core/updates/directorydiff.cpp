#include "directorydiff.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc::DirectoryDiff {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("pcc::DirectoryDiff", s);
}

QList<QPair<QString, QString>> fieldsOf(const ForceRecord &f)
{
    const StalkingSupport &e = f.stalkingSupport;
    return {{tr("Force name"), f.forceName},
            {tr("Kind of body"), bodyKindLabel(f.bodyKind)},
            {tr("Office"), f.officeName},
            {tr("Holder"), f.holder.name},
            {tr("Holder's title"), f.holder.title},
            {tr("Deputy"), f.deputy.name},
            {tr("Address"), (f.address.lines + QStringList{f.address.postcode}).join(u", "_s).remove(QRegularExpression(u"^, |, $"_s))},
            {tr("Email"), f.email},
            {tr("Phone"), f.phone},
            {tr("Website"), f.website},
            {tr("Contact form"), f.contactUrl},
            {tr("Stalking support"), e.isKnown() ? evidenceStatusLabel(e.status) : QString()},
            {tr("Service or provider"), e.provider},
            {tr("Funder"), e.funder},
            {tr("Years of the evidence"), e.years}};
}

} // namespace

QList<DirectoryChange> between(const Directory &before, const Directory &after)
{
    QList<DirectoryChange> changes;
    for (const ForceRecord &f : after.forces()) {
        const ForceRecord *old = before.force(f.id);
        const auto now = fieldsOf(f);
        const auto was = old ? fieldsOf(*old) : QList<QPair<QString, QString>>();
        for (qsizetype i = 0; i < now.size(); ++i) {
            const QString oldValue = was.value(i).second;
            if (now.at(i).second != oldValue)
                changes.append({f.id, f.areaName(), now.at(i).first, oldValue, now.at(i).second});
        }
    }
    for (const ForceRecord &f : before.forces()) {
        if (!after.force(f.id))
            changes.append({f.id, f.areaName(), tr("Force"), f.forceName, QString()});
    }
    return changes;
}

QString describe(const QList<DirectoryChange> &changes)
{
    if (changes.isEmpty())
        return tr("No contact details change.");
    QStringList lines;
    for (const DirectoryChange &c : changes)
        lines << u"%1, %2: %3 → %4"_s.arg(c.areaName, c.field, c.oldValue.isEmpty() ? tr("(none)") : c.oldValue,
                                        c.newValue.isEmpty() ? tr("(none)") : c.newValue);
    return lines.join(u'\n');
}

} // namespace pcc::DirectoryDiff
