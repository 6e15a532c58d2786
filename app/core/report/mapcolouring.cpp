#include "mapcolouring.h"

#include "forceids.h"
#include "mapcolours.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::MapColouring)
};
} // namespace

MapColouring MapColouring::byProgress(const QHash<QString, ForceProgress> &progress, const QString &scope, bool dark)
{
    MapColouring c;
    c.scope = scope;
    c.defaultFill = MapColours::progressFill(ForceProgress::NotContacted, dark);
    int contacted = 0;
    QHash<ForceProgress, int> counts;
    for (const QString &id : ForceIds::all()) {
        const ForceProgress p = progress.value(id, ForceProgress::NotContacted);
        ++counts[p];
        if (p != ForceProgress::NotContacted)
            ++contacted;
        c.fills.insert(id, MapColours::progressFill(p, dark));
    }
    c.title = Tr::tr("%1 of %2 commissioners contacted").arg(contacted).arg(ForceIds::all().size());
    for (const ForceProgress p : {ForceProgress::NotContacted, ForceProgress::Sent, ForceProgress::Replied, ForceProgress::Commitment})
        c.legend.append({MapColours::progressFill(p, dark), forceProgressLabel(p), counts.value(p)});
    return c;
}

MapColouring MapColouring::byReplies(const QList<ForceResponsiveness> &figures, const QString &scope, bool dark)
{
    enum Class { NotWritten, NoReply, Some, Every, Committed };
    const QColor colours[] = {MapColours::progressFill(ForceProgress::NotContacted, dark), MapColours::progressFill(ForceProgress::Sent, dark),
                              MapColours::answeredSomeFill(dark), MapColours::progressFill(ForceProgress::Replied, dark),
                              MapColours::progressFill(ForceProgress::Commitment, dark)};
    const QString labels[] = {Tr::tr("Not written to"), Tr::tr("No reply yet"), Tr::tr("Answered some letters"),
                              Tr::tr("Answered every letter"), Tr::tr("Committed to fund")};
    MapColouring c;
    c.scope = scope;
    c.defaultFill = colours[NotWritten];
    int counts[5] = {};
    QHash<QString, Class> classes;
    int answering = 0;
    for (const ForceResponsiveness &f : figures) {
        if (!ForceIds::isForce(f.forceId) || f.sent == 0)
            continue;
        const Class k = f.commitments > 0 ? Committed : f.replied == 0 ? NoReply : f.replied < f.sent ? Some : Every;
        classes.insert(f.forceId, k);
        if (k != NoReply)
            ++answering;
    }
    for (const QString &id : ForceIds::all()) {
        const Class k = classes.value(id, NotWritten);
        ++counts[k];
        c.fills.insert(id, colours[k]);
    }
    c.title = Tr::tr("%1 of %2 offices written to have answered").arg(answering).arg(ForceIds::all().size() - counts[NotWritten]);
    for (int k = NotWritten; k <= Committed; ++k)
        c.legend.append({colours[k], labels[k], counts[k]});
    return c;
}

MapColouring MapColouring::byEvidence(const Directory &directory, bool dark)
{
    MapColouring c;
    c.title = Tr::tr("What each office funds for stalking victims");
    c.scope = Tr::tr("Research, data version %1").arg(directory.dataVersion());
    QList<AdvocacyStatus> order = advocacyStatuses();
    c.defaultFill = MapColours::evidenceFill(AdvocacyStatus::None, dark);
    QHash<AdvocacyStatus, int> counts;
    for (const ForceRecord &f : directory.forces()) {
        const AdvocacyStatus s = f.stalkingSupport.status;
        ++counts[s];
        c.fills.insert(f.id, MapColours::evidenceFill(s, dark));
    }
    if (counts.contains(AdvocacyStatus::None))
        order.append(AdvocacyStatus::None);
    for (const AdvocacyStatus s : std::as_const(order))
        c.legend.append({MapColours::evidenceFill(s, dark), advocacyStatusLabel(s), counts.value(s)});
    return c;
}

} // namespace pcc
