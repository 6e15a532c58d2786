// Issue 26: a reply kept with its documents; bad files refused with nothing stored; documents
// removed with their contact or profile.
#include "catchcompat.h"
#include "sqliteconnection.h"
#include "replysandbox.h"
#include "testsupport.h"

#include "attachmentstore.h"
#include "commitmentcorrections.h"
#include "contactlog.h"
#include "mapcolouring.h"
#include "replyrecorder.h"
#include "responsiveness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
using Sandbox = pcctest::ReplySandbox;
using pcctest::pdfBytes;
using pcctest::sha256;
} // namespace

TEST_CASE("replies: a reply with a PDF comes back byte for byte with its hash, kept owner-only beside the log", "[replies][cli]")
{
    Sandbox s;
    const QString uuid = s.letter();
    const QByteArray pdf = pdfBytes();
    const QString file = s.write(u"Reply from OPCC.pdf"_s, pdf);
    const QString email = s.write(u"reply.eml"_s, "From: office@sussex-pcc.example\r\nDate: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
                                                   "Subject: Your letter\r\n\r\nThank you for your letter.\r\n");
    auto r = s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-17"_s, u"--outcome"_s, u"substantive"_s, u"--summary"_s,
                    u"They fund an advocate until March"_s, u"--attach"_s, file, u"--attach"_s, email});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QJsonObject shown = s.show(uuid);
    CHECK(shown.value(u"status"_s).toString() == u"replied"_s);
    CHECK(shown.value(u"reply_date"_s).toString() == u"2026-11-17"_s);
    CHECK(shown.value(u"follow_up_due"_s).isNull()); // answered: no more reminders
    const QJsonArray replies = shown.value(u"replies"_s).toArray();
    REQUIRE(replies.size() == 1);
    CHECK(replies.at(0).toObject().value(u"summary"_s).toString() == u"They fund an advocate until March"_s);
    CHECK(replies.at(0).toObject().value(u"share_summary"_s) == QJsonValue(false)); // private unless the volunteer says
    const QJsonArray attachments = replies.at(0).toObject().value(u"attachments"_s).toArray();
    REQUIRE(attachments.size() == 2);
    const QJsonObject pdfEntry = attachments.at(0).toObject();
    CHECK(pdfEntry.value(u"name"_s).toString() == u"Reply from OPCC.pdf"_s);
    CHECK(pdfEntry.value(u"type"_s).toString() == u"application/pdf"_s);
    CHECK(pdfEntry.value(u"size"_s).toInteger() == pdf.size());
    CHECK(pdfEntry.value(u"sha256"_s).toString() == sha256(pdf));
    CHECK(attachments.at(1).toObject().value(u"type"_s).toString() == u"message/rfc822"_s);

    const QString stored = QDir(s.attachments).filePath(sha256(pdf));
    CHECK(pcctest::readFile(stored) == pdf);
#ifndef Q_OS_WIN
    CHECK(pcctest::fileMode(stored) == 0600);
    CHECK(pcctest::fileMode(s.attachments) == 0700);
#endif
    const QString out = s.dir.filePath(u"copy.pdf"_s);
    r = s.run({u"log"_s, u"attachment"_s, uuid, u"Reply from OPCC.pdf"_s, u"--out"_s, out});
    REQUIRE(r.exitCode == 0);
    CHECK(pcctest::readFile(out) == pdf);
#ifndef Q_OS_WIN
    CHECK(pcctest::fileMode(out) == 0600); // an office's letter to a volunteer is theirs alone
#endif
    CHECK(s.run({u"log"_s, u"attachment"_s, uuid, u"nothing.pdf"_s, u"--out"_s, out}).exitCode == 1);

    // A stored document changed behind the app's back is not handed out as the reply.
    {
        QFile f(stored);
        REQUIRE(f.open(QIODevice::Append));
        f.write("tampered");
    }
    r = s.run({u"log"_s, u"attachment"_s, uuid, u"Reply from OPCC.pdf"_s, u"--out"_s, out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"has changed"_s));
}

#ifdef Q_OS_UNIX
TEST_CASE("replies: a log opened through a link keeps its documents beside the log itself, where a copy of its folder takes them",
          "[replies][safety]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(u"synced"_s));
    const QString real = dir.filePath(u"synced/log.sqlite"_s);
    const QString link = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog made;
        REQUIRE(made.open(real));
    }
    REQUIRE(QFile::link(real, link));
    {
        ContactLog log;
        REQUIRE(log.open(link));
        CHECK(log.attachmentsFolder() == AttachmentStore::folderBeside(QFileInfo(real).canonicalFilePath()));
    }
    // Documents an earlier version kept beside the link are still found while they are the only ones.
    const QString besideLink = AttachmentStore::folderBeside(link);
    REQUIRE(QDir().mkdir(besideLink));
    {
        ContactLog log;
        REQUIRE(log.open(link));
        CHECK(log.attachmentsFolder() == besideLink);
    }
    REQUIRE(QDir().mkdir(AttachmentStore::folderBeside(QFileInfo(real).canonicalFilePath())));
    ContactLog log;
    REQUIRE(log.open(link));
    CHECK(log.attachmentsFolder() == AttachmentStore::folderBeside(QFileInfo(real).canonicalFilePath()));
}
#endif

TEST_CASE("replies: a program renamed .pdf, a file over 20 MB, a folder, a device or an empty file is refused and nothing is stored", "[replies][cli][security]")
{
    Sandbox s;
    const QString uuid = s.letter();
    const QString good = s.write(u"good.pdf"_s, pdfBytes());
    QStringList bad = {
        s.write(u"reply.pdf"_s, QByteArray("MZ\x90\x00\x03", 5) + QByteArray(4000, '\0')),   // a Windows program
        s.write(u"letter.pdf"_s, QByteArray("\x7f" "ELF\x02\x01\x01") + QByteArray(100, '\0')), // a Linux one
        s.write(u"notes.txt"_s, QByteArray("text with a NUL\0 inside", 23)),
        s.write(u"empty.pdf"_s, {}),
        s.dir.filePath(u"missing.pdf"_s),
    };
    const QString huge = s.dir.filePath(u"huge.pdf"_s);
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        REQUIRE(f.resize(20 * 1024 * 1024 + 1)); // one byte over
    }
    bad << huge;
    REQUIRE(QDir(s.dir.path()).mkdir(u"a-folder.pdf"_s));
    bad << s.dir.filePath(u"a-folder.pdf"_s);
#ifndef Q_OS_WIN
    bad << u"/dev/zero"_s;
#endif
    for (const QString &file : std::as_const(bad)) {
        INFO(file.toStdString());
        // The good document first: it must not be kept either.
        const auto r = s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-17"_s, u"--outcome"_s, u"substantive"_s,
                              u"--attach"_s, good, u"--attach"_s, file});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
        if (file == u"/dev/zero"_s)
            CHECK(r.err.contains(u"is not a file"_s)); // refused before a byte of it is read
        CHECK(s.show(uuid).value(u"replies"_s).toArray().isEmpty());
        CHECK(s.show(uuid).value(u"status"_s).toString() == u"sent"_s);
        CHECK(s.storedFiles().isEmpty());
    }
    // Exactly 20 MB is allowed.
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(20 * 1024 * 1024));
    }
    const auto r = s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-17"_s, u"--outcome"_s, u"substantive"_s, u"--attach"_s, huge});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);

    // A reply before its letter, in the future, or to a draft is refused too.
    CHECK(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-10-31"_s, u"--outcome"_s, u"substantive"_s}).exitCode == 1);
    CHECK(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate), u"--outcome"_s,
                 u"substantive"_s}).exitCode == 1);
    CHECK(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-17"_s, u"--outcome"_s, u"no_reply"_s}).exitCode == 2);
}

TEST_CASE("replies: a stored document found damaged is written again when the same document comes again", "[replies][cli][safety]")
{
    Sandbox s;
    const QString first = s.letter(u"Ann"_s, u"sussex"_s);
    const QString second = s.letter(u"Ann"_s, u"kent"_s);
    const QByteArray document = pdfBytes();
    const QString file = s.write(u"reply.pdf"_s, document);
    REQUIRE(s.run({u"log"_s, u"reply"_s, first, u"--date"_s, u"2026-11-10"_s, u"--outcome"_s, u"substantive"_s, u"--attach"_s,
                   file}).exitCode == 0);
    const QString stored = QDir(s.attachments).filePath(sha256(document));
    REQUIRE(QFile::exists(stored));
    pcctest::writeFile(stored, "damaged on disk");
    const QString out = s.dir.filePath(u"out.pdf"_s);
    CHECK(s.run({u"log"_s, u"attachment"_s, first, u"reply.pdf"_s, u"--out"_s, out}).exitCode != 0);

    REQUIRE(s.run({u"log"_s, u"reply"_s, second, u"--date"_s, u"2026-11-12"_s, u"--outcome"_s, u"substantive"_s, u"--attach"_s,
                   file}).exitCode == 0);
    CHECK(pcctest::readFile(stored) == document);
    REQUIRE(s.run({u"log"_s, u"attachment"_s, first, u"reply.pdf"_s, u"--out"_s, out}).exitCode == 0);
    CHECK(pcctest::readFile(out) == document);
}

TEST_CASE("replies: deleting a profile removes its documents, and keeps one another profile's reply also holds", "[replies][cli]")
{
    Sandbox s;
    const QString annLetter = s.letter(u"Ann"_s, u"sussex"_s);
    const QString bobLetter = s.letter(u"Bob"_s, u"kent"_s);
    const QByteArray shared = pdfBytes();
    const QByteArray annsOnly = pdfBytes() + "ann";
    const QString sharedFile = s.write(u"shared.pdf"_s, shared);
    const QString annFile = s.write(u"ann.pdf"_s, annsOnly);
    REQUIRE(s.run({u"log"_s, u"reply"_s, annLetter, u"--date"_s, u"2026-11-10"_s, u"--outcome"_s, u"substantive"_s, u"--attach"_s,
                   sharedFile, u"--attach"_s, annFile}).exitCode == 0);
    REQUIRE(s.run({u"log"_s, u"reply"_s, bobLetter, u"--date"_s, u"2026-11-10"_s, u"--outcome"_s, u"substantive"_s, u"--attach"_s,
                   sharedFile}).exitCode == 0);
    CHECK(s.storedFiles().size() == 2); // the shared document is kept once
    // A file the app did not make, in its folder: never touched.
    const QString stranger = QDir(s.attachments).filePath(u"notes-of-mine.txt"_s);
    {
        QFile f(stranger);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    REQUIRE(s.run({u"profile"_s, u"delete"_s, u"Ann"_s}).exitCode == 0);
    CHECK_FALSE(QFile::exists(QDir(s.attachments).filePath(sha256(annsOnly))));
    CHECK(QFile::exists(QDir(s.attachments).filePath(sha256(shared))));
    CHECK(QFile::exists(stranger));
    const QString out = s.dir.filePath(u"bob.pdf"_s);
    REQUIRE(s.run({u"log"_s, u"attachment"_s, bobLetter, u"shared.pdf"_s, u"--out"_s, out}).exitCode == 0);
    CHECK(pcctest::readFile(out) == shared);

    REQUIRE(s.run({u"profile"_s, u"delete"_s, u"Bob"_s}).exitCode == 0);
    CHECK_FALSE(QFile::exists(QDir(s.attachments).filePath(sha256(shared))));
}

TEST_CASE("replies: no file made from the log is written over the log, its journal or a stored document", "[replies][cli][safety]")
{
    Sandbox s;
    const QString letter = s.letter();
    const QString pdf = s.write(u"reply.pdf"_s, pdfBytes());
    REQUIRE(s.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"commitment"_s, u"--from"_s,
                   u"2026-06-01"_s, u"--what"_s, u"an advocate"_s, u"--attach"_s, pdf})
                .exitCode == 0);
    const QByteArray log = pcctest::readFile(s.db);
    const QString stored = QDir(s.attachments).filePath(s.storedFiles().value(0));
    REQUIRE(QFile::exists(stored));
    QList<QStringList> attempts = {
        {u"log"_s, u"export"_s, u"--csv"_s, s.db},
        {u"log"_s, u"export"_s, u"--json"_s, s.db},
        {u"log"_s, u"calendar"_s, u"--ics"_s, s.db},
        {u"log"_s, u"suggest-corrections"_s, u"--out"_s, s.db},
        {u"log"_s, u"attachment"_s, letter, u"reply.pdf"_s, u"--out"_s, s.db},
        {u"log"_s, u"export"_s, u"--csv"_s, QDir(s.dir.path()).filePath(u"./sub/../log.sqlite"_s)},
        {u"log"_s, u"export"_s, u"--csv"_s, stored},
        {u"log"_s, u"export"_s, u"--csv"_s, s.db + u"-wal"_s},
        // Every other file the command line makes: pictures, reports, letters, envelopes.
        {u"report"_s, u"--pdf"_s, s.db},
        {u"map"_s, u"--png"_s, s.db},
        {u"map"_s, u"--svg"_s, s.db, u"--profile"_s, u"Ann"_s},
        {u"letter"_s, u"--force"_s, u"kent"_s, u"--profile"_s, u"Ann"_s, u"--pdf"_s, s.db},
        {u"letter"_s, u"--force"_s, u"kent"_s, u"--profile"_s, u"Ann"_s, u"--eml"_s, s.db},
        {u"envelope"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, s.db},
    };
#ifdef Q_OS_UNIX
    const QString linkToLog = s.dir.filePath(u"looks-harmless.csv"_s);
    REQUIRE(QFile::link(s.db, linkToLog));
    attempts.append({u"log"_s, u"export"_s, u"--csv"_s, linkToLog});
#endif
    REQUIRE(QDir(s.dir.path()).mkdir(u"sub"_s));
    for (const QStringList &args : attempts) {
        const auto r = s.run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK(pcctest::readFile(s.db) == log);
    CHECK(pcctest::readFile(stored) == pdfBytes());
    CHECK(s.run({u"log"_s, u"list"_s}).exitCode == 0);

#ifdef Q_OS_UNIX
    // A log opened through a link: SQLite's -wal file lies beside the real log, and is refused there.
    QTemporaryDir other;
    REQUIRE(QDir(other.path()).mkdir(u"real"_s));
    REQUIRE(QDir(other.path()).mkdir(u"links"_s));
    const QString realLog = other.filePath(u"real/log.sqlite"_s);
    REQUIRE(QFile::copy(s.db, realLog));
    REQUIRE(QFile::link(realLog, other.filePath(u"links/log.sqlite"_s)));
    const auto viaLink = pcctest::runApp({u"--db"_s, other.filePath(u"links/log.sqlite"_s), u"log"_s, u"export"_s, u"--csv"_s,
                                          realLog + u"-wal"_s},
                                         other.path());
    INFO(viaLink.err.toStdString());
    CHECK(viaLink.exitCode == 1);
    const QByteArray wal = QFile::exists(realLog + u"-wal"_s) ? pcctest::readFile(realLog + u"-wal"_s) : QByteArray();
    CHECK_FALSE(wal.startsWith("\xEF\xBB\xBF"));
#endif

    // The calendar is as private as any other file made from the log.
    const QString ics = s.dir.filePath(u"follow-ups.ics"_s);
    REQUIRE(s.run({u"log"_s, u"calendar"_s, u"--ics"_s, ics}).exitCode == 0);
#ifdef Q_OS_UNIX
    CHECK((QFileInfo(ics).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
#endif
}

TEST_CASE("replies: importing a device or a pipe is refused at once and changes nothing", "[replies][cli][safety]")
{
    Sandbox s;
    s.letter();
    const QByteArray before = pcctest::readFile(s.db);
#ifdef Q_OS_UNIX
    for (const QString &source : {u"/dev/zero"_s, u"/dev/null"_s}) {
        const auto r = s.run({u"log"_s, u"import"_s, source});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"not a file"_s));
    }
    const QString fifo = s.dir.filePath(u"pipe.csv"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto r = s.run({u"log"_s, u"import"_s, fifo}); // would wait for a writer for ever
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not a file"_s));
#endif
    CHECK(pcctest::readFile(s.db) == before);
}

TEST_CASE("replies: each of a letter's documents can be fetched by its name, unique across the letter's replies, or by its hash", "[replies][cli]")
{
    Sandbox s;
    const QString letter = s.letter();
    const QByteArray first = pdfBytes();
    const QByteArray second = pdfBytes() + "% the second answer\n";
    REQUIRE(QDir(s.dir.path()).mkdir(u"later"_s));
    const QString a = s.write(u"reply.pdf"_s, first);
    const QString b = s.write(u"later/reply.pdf"_s, second);
    for (const QString &file : {a, b}) {
        const auto r = s.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"acknowledgement"_s,
                              u"--attach"_s, file});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString out = s.dir.filePath(u"out.pdf"_s);
    auto fetch = [&](const QString &name) {
        QFile::remove(out);
        const auto r = s.run({u"log"_s, u"attachment"_s, letter, name, u"--out"_s, out});
        INFO(r.err.toStdString());
        return r.exitCode == 0 ? pcctest::readFile(out) : QByteArray();
    };
    CHECK(fetch(u"reply.pdf"_s) == first);
    CHECK(fetch(u"reply (2).pdf"_s) == second);
    CHECK(fetch(sha256(second)) == second);

#ifdef Q_OS_UNIX // Windows allows no such name
    // A name with a line break would print as a second, made-up document in `log show`.
    const QString odd = s.write(u"reply\nfake.pdf\t4096"_s, first);
    const auto r = s.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-21"_s, u"--outcome"_s, u"acknowledgement"_s,
                          u"--attach"_s, odd});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"control character"_s));
    CHECK(s.show(letter).value(u"replies"_s).toArray().size() == 2);
#endif
}

TEST_CASE("replies: in an older log with two different documents under one name, the name is refused and the hash finds each", "[replies]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Ann"_s;
    REQUIRE(log.addProfile(&p));
    ContactRecord letter;
    letter.profileUuid = p.uuid;
    letter.forceId = u"kent"_s;
    letter.date = QDate::currentDate().addDays(-10);
    REQUIRE(log.addContact(&letter));
    ReplyRecorder recorder(log);
    QStringList hashes;
    for (const QByteArray &content : {pdfBytes(), pdfBytes() + "% two\n"}) {
        const QString file = dir.filePath(u"reply.pdf"_s);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Reply reply;
        reply.contactUuid = letter.uuid;
        reply.date = QDate::currentDate();
        reply.outcome = ReplyOutcome::Acknowledgement;
        REQUIRE(recorder.record(&reply, {file}));
        hashes << reply.attachments.first().sha256;
    }
    // As an older version stored them: the same name twice.
    {
        const pcctest::SqliteConnection older(log.path());
        QSqlQuery q = older.query();
        REQUIRE(q.exec(u"UPDATE reply_attachments SET name = 'reply.pdf'"_s));
        REQUIRE(q.numRowsAffected() == 2);
    }
    QByteArray content;
    CHECK_FALSE(recorder.attachment(letter.uuid, u"reply.pdf"_s, &content));
    CHECK(recorder.lastError().contains(u"SHA-256"_s));
    REQUIRE(recorder.attachment(letter.uuid, hashes.at(1), &content));
    CHECK(content == pdfBytes() + "% two\n");
}
