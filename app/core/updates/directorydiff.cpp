#include "directorydiff.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc::DirectoryDiff {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::DirectoryDiff)
};

QList<QPair<QString, QString>> fieldsOf(const ForceRecord &f)
{
    const StalkingSupport &e = f.stalkingSupport;
    return {{Tr::tr("Force name"), f.forceName},
            {Tr::tr("Kind of body"), bodyKindLabel(f.bodyKind)},
            {Tr::tr("Office"), f.officeName},
            {Tr::tr("Holder"), f.holder.name},
            {Tr::tr("Holder's title"), f.holder.title},
            {Tr::tr("Deputy"), f.deputy.name},
            {Tr::tr("Address"), (f.address.lines + QStringList{f.address.postcode}).join(u", "_s).remove(QRegularExpression(u"^, |, $"_s))},
            {Tr::tr("Email"), f.email},
            {Tr::tr("Phone"), f.phone},
            {Tr::tr("Website"), f.website},
            {Tr::tr("Contact form"), f.contactUrl},
            {Tr::tr("Stalking support"), e.isKnown() ? advocacyStatusLabel(e.status) : QString()},
            {Tr::tr("What the 2026 letter says"), e.letterClause},
            {Tr::tr("What the letter asks the office to confirm"), e.confirmQuestion},
            {Tr::tr("Service or provider"), e.provider},
            {Tr::tr("Funder"), e.funder},
            {Tr::tr("Years of the evidence"), e.years}};
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
            changes.append({f.id, f.areaName(), Tr::tr("Force"), f.forceName, QString()});
    }
    return changes;
}

QString describe(const QList<DirectoryChange> &changes)
{
    if (changes.isEmpty())
        return Tr::tr("No contact details change.");
    QStringList lines;
    for (const DirectoryChange &c : changes)
        lines << u"%1, %2: %3 → %4"_s.arg(c.areaName, c.field, c.oldValue.isEmpty() ? Tr::tr("(none)") : c.oldValue,
                                        c.newValue.isEmpty() ? Tr::tr("(none)") : c.newValue);
    return lines.join(u'\n');
}

} // namespace pcc::DirectoryDiff
