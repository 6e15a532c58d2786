#pragma once

#include "envelopelayout.h"
#include "mailingaddress.h"

#include <QList>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace pcc {

// Addressed envelopes, one a page: the office's address on the front and, when a return address
// is given, then as many pages with the volunteer's for the backs (the printed stack fed through
// again, flap side up).
class EnvelopeRenderer
{
public:
    EnvelopeRenderer(const EnvelopeLayout &layout, const QString &fontFamily);

    bool render(QPainter *painter, QPagedPaintDevice *device, const QList<MailingAddress> &addresses,
                const QStringList &returnAddress = {}) const;
    bool writePdf(const QList<MailingAddress> &addresses, const QStringList &returnAddress, const QString &path,
                  QString *error) const;
    const EnvelopeLayout &layout() const { return m_layout; }

    static constexpr double AddressPt = 12;
    static constexpr double MinAddressPt = 10;

private:
    EnvelopeLayout m_layout;
    QString m_fontFamily;
};

} // namespace pcc
