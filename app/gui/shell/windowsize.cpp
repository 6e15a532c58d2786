#include "shell/windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace pcc::WindowSize {

namespace {
// Room for the title bar and the frame, which the window's own size does not include.
constexpr QSize FrameAllowance(16, 48);
} // namespace

QSize available(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().size() : QSize(1366, 768);
}

void restore(QWidget *window, const QByteArray &saved, QSize preferred)
{
    const QSize room = available(window) - FrameAllowance;
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(preferred.boundedTo(room));
    else if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room)); // saved on a bigger screen
}

} // namespace pcc::WindowSize
