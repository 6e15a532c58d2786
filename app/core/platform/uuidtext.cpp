#include "uuidtext.h"

#include <QUuid>

namespace pcc::UuidText {

bool isCanonical(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f') || c == u'-'))
            return false;
    }
    return true;
}

QString canonical(const QString &text)
{
    if (isCanonical(text))
        return text;
    const QUuid id = QUuid::fromString(text);
    return id.isNull() ? text : id.toString(QUuid::WithoutBraces);
}

} // namespace pcc::UuidText
