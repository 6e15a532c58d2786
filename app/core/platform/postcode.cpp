#include "postcode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
const QRegularExpression &outwardPattern()
{
    // Area (1-2 letters), district digit, then an optional digit or letter (e.g. SW1A, W1D, M60).
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"([A-Z]{1,2}[0-9][0-9A-Z]?)"_s));
    return re;
}
const QRegularExpression &fullPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][ABD-HJLNP-UW-Z]{2})"_s));
    return re;
}
} // namespace

Postcode Postcode::parse(const QString &text)
{
    QString compact = text.trimmed().toUpper();
    compact.remove(u' ');
    Postcode pc;
    if (compact.size() > 8)
        return pc;
    if (const auto m = fullPattern().match(compact); m.hasMatch()) {
        pc.m_outward = m.captured(1);
        pc.m_inward = m.captured(2);
    } else if (outwardPattern().match(compact).hasMatch()) {
        pc.m_outward = compact;
    }
    return pc;
}

bool Postcode::isValidFull(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Stored postcodes must already be in the normal form "OUT IN".
    const Postcode pc = parse(trimmed);
    return pc.isFull() && pc.toString() == trimmed;
}

QString Postcode::area() const
{
    QString letters;
    for (const QChar c : m_outward) {
        if (!c.isLetter())
            break;
        letters += c;
    }
    return letters;
}

QString Postcode::toString() const
{
    return m_inward.isEmpty() ? m_outward : m_outward + u' ' + m_inward;
}

} // namespace pcc
