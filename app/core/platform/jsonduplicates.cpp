#include "jsonduplicates.h"

#include <QList>
#include <QSet>

namespace pcc::JsonDuplicates {

namespace {

// Reads the string starting at json[*i] == '"', decoding escapes; leaves *i after the closing
// quote. False on a malformed string.
bool readString(const QByteArray &json, qsizetype *i, QString *out)
{
    QByteArray utf8;
    QString decoded;
    auto flush = [&] {
        decoded += QString::fromUtf8(utf8);
        utf8.clear();
    };
    for (qsizetype p = *i + 1; p < json.size(); ++p) {
        const char c = json.at(p);
        if (c == '"') {
            flush();
            *out = decoded;
            *i = p + 1;
            return true;
        }
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        if (++p >= json.size())
            return false;
        const char e = json.at(p);
        if (e == 'u') {
            if (p + 4 >= json.size())
                return false;
            bool ok = false;
            const ushort unit = json.mid(p + 1, 4).toUShort(&ok, 16);
            if (!ok)
                return false;
            flush();
            decoded += QChar(unit); // surrogate pairs stay as two units, as QString holds them
            p += 4;
            continue;
        }
        static const char from[] = "\"\\/bfnrt";
        static const char to[] = "\"\\/\b\f\n\r\t";
        const char *at = std::char_traits<char>::find(from, 8, e);
        if (!at)
            return false;
        utf8 += to[at - from];
    }
    return false;
}

} // namespace

Found find(const QByteArray &json)
{
    // One set of keys per open object; arrays push an empty marker so that ']' pops evenly.
    struct Level
    {
        bool object;
        QSet<QString> keys;
        bool expectKey;
    };
    QList<Level> stack;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{') {
            stack.append({true, {}, true});
            ++i;
        } else if (c == '[') {
            stack.append({false, {}, false});
            ++i;
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty())
                return {};
            stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            ++i;
        } else if (c == '"') {
            const qsizetype start = i;
            QString text;
            if (!readString(json, &i, &text))
                return {};
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                if (stack.last().keys.contains(text))
                    return {text, start};
                stack.last().keys.insert(text);
                stack.last().expectKey = false;
            }
        } else {
            ++i;
        }
    }
    return {};
}

} // namespace pcc::JsonDuplicates
