// The team server's password in the keychain, through the pcc-keychain module.
#include "catchcompat.h"
#include "testsupport.h"

#include "optionalmodule.h"
#include "team/teampasswordstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

struct Answer
{
    int calls = 0;
    bool ok = false;
    QString text;
};

TeamPasswordStore::Done recordInto(Answer *answer)
{
    return [answer](bool ok, const QString &text) {
        ++answer->calls;
        answer->ok = ok;
        answer->text = text;
    };
}

} // namespace

TEST_CASE("team password store: a missing keychain module is named, and the caller is answered once", "[team][platform]")
{
    QTemporaryDir empty;
    OptionalModule::setSearchDirectory(empty.path());
    TeamPasswordStore store;
    Answer read, write;
    store.read(u"postgresql://v@example.org/campaign"_s, recordInto(&read));
    store.write(u"postgresql://v@example.org/campaign"_s, u"secret"_s, recordInto(&write));
    OptionalModule::setSearchDirectory(QStringLiteral(PCC_MODULE_DIR));
    for (const Answer &a : {read, write}) {
        CHECK(a.calls == 1);
        CHECK_FALSE(a.ok);
        CHECK(a.text.contains(u"(pcc-keychain) is missing"_s));
    }
}

TEST_CASE("team password store: with the module, every request is answered once, whether or not there is a keychain",
          "[team][platform]")
{
    // No session bus: the keychain answers at once that it cannot be reached, instead of whatever
    // this machine's keychain would say (or a prompt to unlock it).
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pcc-test-bus");
    TeamPasswordStore store;
    Answer read;
    store.read(u"postgresql://v@example.org/campaign"_s, recordInto(&read));
    QElapsedTimer waited;
    waited.start();
    while (read.calls == 0 && waited.elapsed() < 30000)
        QTest::qWait(20);
    QTest::qWait(50);
    if (bus.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    CHECK(read.calls == 1);
    // The module was found: whatever the keychain said, it is not that the part is missing.
    INFO(read.text.toStdString());
    CHECK_FALSE(read.text.contains(u"is missing"_s));
}
