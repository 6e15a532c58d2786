#pragma once

#include <QByteArray>
#include <QSize>

class QWidget;

namespace pcc {

// A window opens at its saved size or at `preferred`, never larger than the screen it is on
// (a 1366 x 768 laptop must show the buttons at the bottom of every window).
namespace WindowSize {

void restore(QWidget *window, const QByteArray &saved, QSize preferred);
QSize available(const QWidget *window); // the screen's area without task bar and dock

} // namespace WindowSize

} // namespace pcc
