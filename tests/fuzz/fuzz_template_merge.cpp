// The template merge: any template text, with the real merge fields filled in.
#include "fuzzsupport.h"
#include "lettercomposer.h"
#include "safehtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString html = QString::fromUtf8(pccfuzz::bytes(data, size));
    QHash<QString, QString> values;
    for (const auto &field : pcc::LetterComposer::knownFields())
        values.insert(field.name, u"<b>value of "_s + field.name + u"</b> {{salutation}}"_s);
    QStringList problems;
    const QString merged = pcc::LetterComposer::merge(html, values, &problems);
    // The allow-list's promise: no image, script or frame survives, and every link is
    // http, https or mailto.
    const QString clean = pcc::SafeHtml::clean(merged);
    for (const QString &tag : {u"<img"_s, u"<script"_s, u"<iframe"_s, u"<object"_s, u"<link"_s})
        if (clean.contains(tag, Qt::CaseInsensitive))
            __builtin_trap();
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    for (auto it = href.globalMatch(clean); it.hasNext();) {
        const QString link = it.next().captured(1);
        if (!pcc::SafeHtml::isAllowedLink(QTextDocumentFragment::fromHtml(link).toPlainText()))
            __builtin_trap();
    }
    return 0;
}
