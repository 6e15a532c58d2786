#include "uuidtext.h"

#include <QUuid>

namespace pcc::UuidText {

bool isCanonical(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

std::optional<QString> parse(const QString &text)
{
    if (isCanonical(text))
        return text == u"00000000-0000-0000-0000-000000000000" ? std::nullopt : std::optional(text); // the nil UUID names nothing
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id.toString(QUuid::WithoutBraces);
}

QString canonical(const QString &text)
{
    return parse(text).value_or(text);
}

} // namespace pcc::UuidText
