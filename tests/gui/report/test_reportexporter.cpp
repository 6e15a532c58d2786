// The window's map and report exports: the file type chosen in the save dialog is the format
// written, and the report counts everyone's letters without names unless the volunteer asks
// for their own.
#include "catchcompat.h"
#include "core/letters/letterfixture.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "contactlog.h"
#include "forceareas.h"
#include "report/reportexporter.h"
#include "shell/settings.h"

#include <QFile>
#include <QInputDialog>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// A log with two volunteers: Jane wrote to Kent, Bob to Gwent and Essex. Jane is current.
void twoVolunteers(ContactLog &log)
{
    for (const auto &[name, forces] : {std::pair{u"Jane Volunteer"_s, QStringList{u"kent"_s}},
                                       std::pair{u"Bob Other"_s, QStringList{u"gwent"_s, u"essex"_s}}}) {
        Profile p;
        p.name = name;
        REQUIRE(log.addProfile(&p));
        for (const QString &force : forces) {
            ContactRecord r;
            r.profileUuid = p.uuid;
            r.forceId = force;
            r.date = QDate::currentDate();
            r.status = ContactStatus::Sent;
            REQUIRE(log.addContact(&r));
        }
    }
    const auto profiles = log.profiles();
    REQUIRE(profiles);
    for (const Profile &p : *profiles) {
        if (p.name == u"Jane Volunteer"_s)
            REQUIRE(log.setCurrentProfile(p.uuid));
    }
}

} // namespace

TEST_CASE("report export: the map is written in the format chosen in the save dialog", "[gui][report]")
{
    pcctest::AppSandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(sandbox.dir.filePath(u"log.sqlite"_s)));
    QWidget parent;
    ReportExporter exporter(&parent);
    const ForceAreas areas = ForceAreas::loadDefault();
    pcctest::DialogAnswers answers;
    answers.other = [](QWidget *dialog) { // the picture's size: its first choice
        if (auto *size = qobject_cast<QInputDialog *>(dialog))
            size->accept();
    };
    // The types offered: PNG, SVG, PDF. Each file is named .png, so only the chosen type can decide.
    const QList<std::tuple<int, QString, QByteArray>> types{{0, u"png"_s, "\x89PNG"}, {1, u"svg"_s, "<?xml"}, {2, u"pdf"_s, "%PDF"}};
    for (const auto &[type, suffix, magic] : types) {
        INFO("type " << type);
        answers.fileType = type;
        answers.path = sandbox.dir.filePath(u"map-%1.png"_s.arg(type));
        exporter.exportMap(&log, pcctest::bundledDirectory(), areas, ReportBuilder::Colour::Status);
        // The chosen type's suffix replaces the one typed.
        const QString written = sandbox.dir.filePath(u"map-%1.%2"_s.arg(type).arg(suffix));
        INFO(written.toStdString());
        REQUIRE(QFile::exists(written));
        CHECK(pcctest::readFile(written).startsWith(magic));
    }
    // The next save dialog opens where this one saved.
    CHECK(Settings::lastExportFolder() == sandbox.dir.path());
}

TEST_CASE("report export: everyone's letters without names, or only the current volunteer's, named", "[gui][report][pdf]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    pcctest::AppSandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(sandbox.dir.filePath(u"log.sqlite"_s)));
    twoVolunteers(log);
    QWidget parent;
    ReportExporter exporter(&parent);
    const ForceAreas areas = ForceAreas::loadDefault();
    pcctest::DialogAnswers answers;
    const auto reportText = [&](const QString &whose, const QString &name) {
        answers.button = whose;
        answers.path = sandbox.dir.filePath(name);
        exporter.exportReport(&log, pcctest::bundledDirectory(), areas);
        const QList<pcctest::PdfPage> pages = pcctest::pdfPages(answers.path);
        REQUIRE_FALSE(pages.isEmpty());
        return pages.first().text();
    };
    const QString everyone = reportText(u"Everyone's on this computer (no names)"_s, u"everyone.pdf"_s);
    CHECK(everyone.contains(u"all volunteers on this computer"_s));
    CHECK(everyone.contains(u"3 of 43"_s));
    CHECK_FALSE(everyone.contains(u"Jane"_s));
    CHECK_FALSE(everyone.contains(u"Bob"_s));
    const QString mine = reportText(u"Only mine (names me)"_s, u"mine.pdf"_s);
    CHECK(mine.contains(u"volunteer: Jane Volunteer"_s));
    CHECK(mine.contains(u"1 of 43"_s));
    CHECK_FALSE(mine.contains(u"Bob"_s));
}
