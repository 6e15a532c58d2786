#pragma once

#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace pcc {

// An envelope as it goes through the printer, long side across, in millimetres from its top-left:
// where the office's address goes on the front, and the volunteer's return address on the back.
// The address sits right of centre and below the middle, where Royal Mail's machines look for it.
struct EnvelopeLayout
{
    QString name;      // "DL", "C5"
    QSizeF sizeMm;     // width × height, landscape
    QRectF addressMm;  // the office's address, on the front
    QRectF returnMm;   // the return address, on the back, below the flap

    static EnvelopeLayout dl(); // 220 × 110 mm: an A4 letter folded in three
    static EnvelopeLayout c5(); // 229 × 162 mm: an A4 letter folded once
    static std::optional<EnvelopeLayout> named(const QString &name); // "DL" or "C5", any case
    static QStringList names();
    QPageLayout pageLayout() const; // the envelope as a page: its size, landscape, no margins
};

} // namespace pcc
