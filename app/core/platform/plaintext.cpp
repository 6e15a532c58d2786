#include "plaintext.h"

namespace pcc::PlainText {

namespace {

// C0, DEL and C1: the characters a terminal may obey rather than show.
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

qsizetype firstControlCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c) && c != u'\t' && c != u'\n' && c != u'\r')
            return i;
    }
    return -1;
}

qsizetype firstLineBreakOrControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c) || c == 0x2028 || c == 0x2029)
            return i;
    }
    return -1;
}

QString printable(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if ((isControl(c) && c != u'\t' && c != u'\n') || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            ch = QChar(0xfffd);
    }
    return out;
}

} // namespace pcc::PlainText
