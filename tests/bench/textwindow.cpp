// The startup references for pcc-bench: a QMainWindow that shows one line of text (or, with
// --bare, nothing) and exits after its first paint, saying when that was. It links Qt Widgets
// only, as a minimal Widgets app would.
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class TextWindow : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *e) override
    {
        QMainWindow::paintEvent(e);
        QCoreApplication::exit(0); // leaves once the whole frame is drawn, as pcc-campaigner --exit-after-startup
    }
};
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TextWindow w;
    w.resize(1280, 800);
    // The line of text pays for the font database, which a window that draws nothing never loads.
    if (!(argc > 1 && qstrcmp(argv[1], "--bare") == 0))
        w.setCentralWidget(new QLabel(QStringLiteral("PCC Campaigner")));
    w.show();
    const int code = QApplication::exec();
    std::printf("first paint: %lld\n", static_cast<long long>(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()));
    std::fflush(stdout);
    return code;
}
