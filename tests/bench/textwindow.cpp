// The startup reference for pcc-bench: a bare QMainWindow that shows one line of text and
// exits after its first paint. It links Qt Widgets only, as a minimal Widgets app would.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {
class TextWindow : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *e) override
    {
        QMainWindow::paintEvent(e);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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
    w.setCentralWidget(new QLabel(QStringLiteral("PCC Campaigner")));
    w.show();
    return QApplication::exec();
}
