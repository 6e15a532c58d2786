#pragma once
// Shared start-up for the libFuzzer targets: a Qt application object (offscreen), created
// once, so that text layout (QTextDocument) and resources work as in the app.
#include "safehtml.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace pccfuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "pcc-fuzz";
    static char *argv[] = {name, nullptr};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The allow-list's promise on HTML that leaves the app: no image, script, frame, object or
// style link survives, and every link is http, https or mailto. Traps otherwise.
inline void checkSafeHtml(const QString &html)
{
    using namespace Qt::StringLiterals;
    for (const QString &tag : {u"<img"_s, u"<script"_s, u"<iframe"_s, u"<object"_s, u"<link"_s}) {
        if (html.contains(tag, Qt::CaseInsensitive))
            __builtin_trap();
    }
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s, QRegularExpression::CaseInsensitiveOption);
    for (auto it = href.globalMatch(html); it.hasNext();) {
        if (!pcc::SafeHtml::isAllowedLink(QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText()))
            __builtin_trap();
    }
}

} // namespace pccfuzz
