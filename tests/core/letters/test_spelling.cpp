// Issue 27: spelling in the letter editor, by Hunspell with the British English dictionary.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "optionalmodule.h"
#include "spellchecker.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

void loadOrFail(SpellChecker &checker)
{
    const bool loaded = checker.load();
    INFO(checker.error().toStdString() << " (packaging/setup-deps.sh installs hunspell-en-gb)");
    REQUIRE(loaded);
}

} // namespace

TEST_CASE("spelling: British English words pass, misspellings are caught and get suggestions", "[spelling]")
{
    SpellChecker checker;
    loadOrFail(checker);
    for (const QString &right : {u"organisation"_s, u"colour"_s, u"specialist"_s, u"stalking"_s, u"victims"_s, u"Commissioner"_s,
                                 u"don't"_s, u"don\u2019t"_s})
        CHECK(checker.isCorrect(right));
    for (const QString &wrong : {u"recieve"_s, u"stalkng"_s, u"commissoner"_s, u"advocasy"_s})
        CHECK_FALSE(checker.isCorrect(wrong));
    CHECK(checker.suggestions(u"recieve"_s).contains(u"receive"_s));
    CHECK(checker.suggestions(u"advocasy"_s).contains(u"advocacy"_s));
    CHECK(checker.suggestions(u"advocasy"_s, 2).size() <= 2);
    // As many as asked for, and no more, where the dictionary has more to give.
    const QStringList many = checker.suggestions(u"stalkng"_s, 20);
    REQUIRE(many.size() >= 3);
    CHECK(checker.suggestions(u"stalkng"_s, 2) == many.mid(0, 2));
    CHECK(checker.suggestions(u"stalkng"_s, 1).size() == 1);
    // Never flagged: capitals only, numbers, a single letter.
    for (const QString &skipped : {u"OPCC"_s, u"PFCC"_s, u"2026"_s, u"A4"_s, u"x"_s})
        CHECK(checker.isCorrect(skipped));
}

TEST_CASE("spelling: the directory's names are never flagged, and ignoring a word lasts the session only", "[spelling]")
{
    SpellChecker checker;
    loadOrFail(checker);
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const QString holder = directory.force(u"gwent"_s)->holder.name; // "Jane Mudd"
    const QString surname = holder.section(u' ', -1);
    REQUIRE_FALSE(surname.isEmpty());
    CHECK_FALSE(checker.isCorrect(u"Mudd"_s)); // not in the dictionary...
    checker.addNamesFrom(directory);
    CHECK(checker.isCorrect(surname));          // ...but a commissioner's name
    CHECK(checker.isCorrect(surname + u"\u2019s"_s)); // and its possessive
    CHECK(checker.isCorrect(u"Thornaby"_s));    // a town in an office's address
    CHECK_FALSE(checker.isCorrect(u"Thornabi"_s));

    checker.ignore(u"Fenwickshire"_s);
    CHECK(checker.isCorrect(u"Fenwickshire"_s));
    SpellChecker fresh;
    loadOrFail(fresh);
    CHECK_FALSE(fresh.isCorrect(u"Fenwickshire"_s));
}

TEST_CASE("spelling: a word added to a profile's own list is kept, private, for that profile only", "[spelling]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    SpellChecker checker;
    loadOrFail(checker);
    QString error;
    CHECK_FALSE(checker.addToPersonalList(u"Paladin"_s, &error)); // no profile yet
    CHECK(error.contains(u"profile"_s));

    REQUIRE(checker.usePersonalList(u"profile-a"_s));
    CHECK_FALSE(checker.isCorrect(u"Suzylamplugh"_s));
    REQUIRE(checker.addToPersonalList(u"Suzylamplugh"_s, &error));
    CHECK(checker.isCorrect(u"Suzylamplugh"_s));
    const QString file = SpellChecker::personalListFile(u"profile-a"_s);
    CHECK(pcctest::readFile(file) == "Suzylamplugh\n");
    CHECK(pcctest::fileMode(file) == 0600);
    // A word added in lower case passes with a capital too (at the start of a sentence), and
    // its possessive; a word added with a capital is that name, not the word in lower case.
    REQUIRE(checker.addToPersonalList(u"stalkingline"_s, &error));
    CHECK(checker.isCorrect(u"Stalkingline"_s));
    CHECK(checker.isCorrect(u"stalkingline's"_s));
    CHECK_FALSE(checker.isCorrect(u"suzylamplugh"_s));

    SpellChecker later; // the next session
    loadOrFail(later);
    REQUIRE(later.usePersonalList(u"profile-a"_s));
    CHECK(later.isCorrect(u"Suzylamplugh"_s));
    REQUIRE(later.usePersonalList(u"profile-b"_s)); // another volunteer on the same computer
    CHECK_FALSE(later.isCorrect(u"Suzylamplugh"_s));

    // A list that is not UTF-8 (another program's, or damaged) is read as nothing and never rewritten.
    const QString latin1 = SpellChecker::personalListFile(u"profile-d"_s);
    pcctest::writeFile(latin1, "Sian\nSi\xe2n\n");
    CHECK_FALSE(later.usePersonalList(u"profile-d"_s, &error));
    CHECK_FALSE(later.addToPersonalList(u"Anything"_s, &error));
    CHECK(error.contains(u"left as it is"_s));
    CHECK(pcctest::readFile(latin1) == "Sian\nSi\xe2n\n");

    // Two letter windows: a word the other added is kept when this one adds another.
    SpellChecker first;
    SpellChecker second;
    loadOrFail(first);
    loadOrFail(second);
    REQUIRE(first.usePersonalList(u"profile-e"_s));
    REQUIRE(second.usePersonalList(u"profile-e"_s));
    REQUIRE(first.addToPersonalList(u"Alpha"_s, &error));
    REQUIRE(second.addToPersonalList(u"Beta"_s, &error));
    CHECK(pcctest::readFile(SpellChecker::personalListFile(u"profile-e"_s)) == "Alpha\nBeta\n");

    // A list that is not a plain file is refused and left exactly as it is.
    QDir().mkpath(SpellChecker::personalListFile(u"profile-c"_s));
    CHECK_FALSE(later.usePersonalList(u"profile-c"_s, &error));
    CHECK_FALSE(later.addToPersonalList(u"Anything"_s, &error));
    CHECK(QFileInfo(SpellChecker::personalListFile(u"profile-c"_s)).isDir());
}

TEST_CASE("spelling: words are letters joined by apostrophes, in any script", "[spelling]")
{
    const QString text = u"Dear Commissioner\u2019s office, \uFFFC ŵyr 12 PCC-funded"_s;
    QStringList found;
    for (const SpellChecker::Word &w : SpellChecker::words(text))
        found << text.mid(w.start, w.length);
    CHECK(found == QStringList{u"Dear"_s, u"Commissioner\u2019s"_s, u"office"_s, u"ŵyr"_s, u"PCC"_s, u"funded"_s});
}

TEST_CASE("spelling: without the pcc-spelling module, spelling is off and says why, and no word is flagged", "[spelling]")
{
    QTemporaryDir empty;
    OptionalModule::setSearchDirectory(empty.path());
    SpellChecker checker;
    const bool loaded = checker.load();
    OptionalModule::setSearchDirectory(QStringLiteral(PCC_MODULE_DIR));
    CHECK_FALSE(loaded);
    CHECK_FALSE(checker.isLoaded());
    CHECK(checker.error().contains(u"(pcc-spelling) is missing, so spelling is off"_s));
    CHECK(checker.isCorrect(u"recieve"_s));
    CHECK(checker.suggestions(u"recieve"_s).isEmpty());
    // With the module found again, the same checker loads and catches the misspelling.
    loadOrFail(checker);
    CHECK_FALSE(checker.isCorrect(u"recieve"_s));
}
