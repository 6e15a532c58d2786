// Child process for crash-safety tests; the parent kills it with SIGKILL at random moments.
#include "appinfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    pcc::AppInfo::initialise();
    QTextStream err(stderr);
    err << "usage: pcc-test-helper MODE ...\n";
    return 2;
}
