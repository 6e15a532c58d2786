#pragma once

#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pcctest {

// A private CUPS scheduler for one test, as a volunteer's computer has one: its own folder and
// socket (CUPS_SERVER points there for this process and the programs it starts), and one queue,
// "pcc-test-pdf", that prints through cups-pdf into PDF files the test then reads. The queue is
// the default. The system's own CUPS and printers are never touched. cups-pdf runs only under a
// scheduler started as root (as in CI); anywhere else start() says so.
class CupsTestServer
{
public:
    CupsTestServer() = default;
    ~CupsTestServer();
    CupsTestServer(const CupsTestServer &) = delete;
    CupsTestServer &operator=(const CupsTestServer &) = delete;

    bool start(); // false with error()
    QString error() const { return m_error; }
    static QString queue() { return QStringLiteral("pcc-test-pdf"); }

    // Waits until every job is done, then the PDFs cups-pdf wrote since `since` whose file
    // name starts with `prefix` (cups-pdf names a file after the job's title, spaces as '_').
    QStringList printedSince(const QDateTime &since, const QString &prefix, int timeoutMs = 60000);
    QString schedulerLog() const;
    bool refuseJobs(const QString &reason); // cupsreject: the queue stays but takes no job

private:
    bool run(const QString &program, const QStringList &args);
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QString m_error;
    QString m_outputDir;
};

} // namespace pcctest
