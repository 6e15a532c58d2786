#pragma once

#include "labelsheet.h"
#include "mailingaddress.h"

#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace pcc {

// Offices' addresses on sheets of labels, one address a label, a new sheet when one is full.
class LabelRenderer
{
public:
    LabelRenderer(const LabelSheet &sheet, const QString &fontFamily);

    bool render(QPainter *painter, QPagedPaintDevice *device, const QList<MailingAddress> &addresses) const;
    bool writePdf(const QList<MailingAddress> &addresses, const QString &path, QString *error) const;
    int sheetsFor(int addresses) const;
    const LabelSheet &sheet() const { return m_sheet; }

    static constexpr double InsetMm = 5; // text kept this far inside a label's edges
    static constexpr double AddressPt = 11;
    static constexpr double MinAddressPt = 8;

private:
    LabelSheet m_sheet;
    QString m_fontFamily;
};

} // namespace pcc
