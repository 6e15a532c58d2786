#pragma once

#include "contactenums.h"
#include "directory.h"
#include "responsiveness.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace pcc {

// What the map shows: a fill for each force area and the legend that explains it, with a
// count per entry. Made for the contact status (the default) or for what each office funds.
struct MapColouring
{
    struct LegendEntry
    {
        QColor colour;
        QString label;
        int count = 0;
    };
    QString title; // the legend's first, bold line
    QString scope; // an optional second line
    QList<LegendEntry> legend;
    QHash<QString, QColor> fills; // by force id
    QColor defaultFill;

    QColor fillFor(const QString &forceId) const { return fills.value(forceId, defaultFill); }

    static MapColouring byProgress(const QHash<QString, ForceProgress> &progress, const QString &scope, bool dark);
    static MapColouring byEvidence(const Directory &directory, bool dark);
    // How offices answer: not written to, no reply yet, some letters answered, every letter
    // answered, a commitment to fund.
    static MapColouring byReplies(const QList<ForceResponsiveness> &figures, const QString &scope, bool dark);
};

} // namespace pcc
