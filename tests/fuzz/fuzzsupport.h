#pragma once
// Shared start-up for the libFuzzer targets: a Qt application object (offscreen), created
// once, so that text layout (QTextDocument) and resources work as in the app.
#include <QByteArray>
#include <QGuiApplication>

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

} // namespace pccfuzz
