#include "catchcompat.h"
#include "letterfixture.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "lettercomposer.h"
#include "letterrenderer.h"
#include "salutation.h"
#include "templatestore.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::bundledDirectory;
using pcctest::letterSender;

namespace {

ForceRecord withHolder(const QString &id, const QString &name)
{
    ForceRecord f = *bundledDirectory().force(id);
    f.holder.name = name;
    return f;
}

const QStringList kKeySentences = {
    u"A recent study of 358 homicide cases by the University of Gloucestershire showed 94% featured stalking before the killing."_s,
    u"I therefore urge you to consider funding specialist support services for stalking victims in your area."_s,
    u"I consider it’s one of the most proactive steps you can take to prevent serious harm to members of your community."_s,
};

QString squashed(QString s)
{
    return s.replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

} // namespace

TEST_CASE("letters: every force merges without a missing or unknown field", "[letter]")
{
    for (const LetterTemplate &t : {TemplateStore::defaultTemplate(), *TemplateStore::find(u"campaign-2017"_s)}) {
        for (const ForceRecord &f : bundledDirectory().forces()) {
            const Letter l = LetterComposer::compose(t, f, letterSender(), QDate(2026, 11, 28));
            INFO(f.id.toStdString() << " " << l.problems.join(u"; "_s).toStdString());
            CHECK(l.problems.isEmpty());
            CHECK_FALSE(l.bodyHtml.contains(u"[missing"_s));
            CHECK(l.recipientBlock.constLast() == f.address.postcode);
            CHECK(l.dateText == u"28 November 2026"_s);
            // The seed's own sentences stay in campaign-2017; the modernised letter keeps its close.
            for (const QString &sentence : kKeySentences) {
                if (t.id == u"campaign-2017"_s || sentence == kKeySentences.constLast())
                    CHECK(squashed(l.bodyPlainText()).contains(sentence));
            }
        }
    }
}

TEST_CASE("letters: the salutation follows the body and pairs with the sign-off", "[letter]")
{
    auto s = Salutation::forForce(*bundledDirectory().force(u"avon-and-somerset"_s));
    CHECK(s.greeting == u"Dear Commissioner Moody"_s);
    CHECK(s.signOff == u"Yours sincerely"_s);

    s = Salutation::forForce(*bundledDirectory().force(u"metropolitan"_s));
    CHECK(s.greeting == u"Dear Deputy Mayor Comer-Schwartz"_s);
    CHECK(s.recipientName == u"Kaya Comer-Schwartz"_s);
    CHECK(Salutation::forForce(*bundledDirectory().force(u"greater-manchester"_s)).greeting == u"Dear Deputy Mayor Green"_s);
    CHECK(Salutation::forForce(*bundledDirectory().force(u"west-yorkshire"_s)).greeting == u"Dear Deputy Mayor Lowe"_s);
    CHECK(Salutation::forForce(*bundledDirectory().force(u"south-yorkshire"_s)).greeting == u"Dear Mayor Coppard"_s);
    // York and North Yorkshire's mayor delegates policing to a deputy, as the other three do.
    s = Salutation::forForce(*bundledDirectory().force(u"north-yorkshire"_s));
    CHECK(s.greeting == u"Dear Deputy Mayor Coles"_s);
    CHECK(s.recipientName == u"Jo Coles"_s);
    // A commissioner's deputy is not written to: the commissioner holds the office.
    const ForceRecord essex = *bundledDirectory().force(u"essex"_s);
    REQUIRE_FALSE(essex.deputy.isEmpty());
    CHECK(Salutation::forForce(essex).greeting == u"Dear Commissioner "_s + Salutation::surnameOf(essex.holder.name));

    s = Salutation::forForce(*bundledDirectory().force(u"city-of-london"_s));
    CHECK(s.greeting == u"Dear Chair"_s);
    CHECK(s.signOff == u"Yours sincerely"_s);

    s = Salutation::forForce(withHolder(u"kent"_s, QString()));
    CHECK(s.greeting == u"Dear Sir or Madam"_s);
    CHECK(s.signOff == u"Yours faithfully"_s);

    // Honours after a name are not a surname, however many there are.
    CHECK(Salutation::forForce(withHolder(u"kent"_s, u"Jane Smith OBE QPM"_s)).greeting == u"Dear Commissioner Smith"_s);
    CHECK(Salutation::surnameOf(u"Jane Smith OBE QPM DL"_s) == u"Smith"_s);
    CHECK(Salutation::surnameOf(u"OBE"_s) == u"OBE"_s); // a name is never emptied

    // With no deputy mayor in post, the letter goes to the Mayor.
    ForceRecord london = *bundledDirectory().force(u"metropolitan"_s);
    london.deputy = Person{};
    s = Salutation::forForce(london);
    CHECK(s.greeting == u"Dear Mayor "_s + Salutation::surnameOf(london.holder.name));
    CHECK(s.recipientName == london.holder.name);
    CHECK(s.signOff == u"Yours sincerely"_s);
}

TEST_CASE("letters: the 2017 template keeps the original wording", "[letter]")
{
    const auto t = TemplateStore::find(u"campaign-2017"_s);
    REQUIRE(t);
    const Letter l = LetterComposer::compose(*t, *bundledDirectory().force(u"kent"_s), letterSender(), QDate(2026, 11, 28));
    CHECK(l.bodyPlainText().startsWith(u"Dear Sir/Madam"_s));
    CHECK(l.bodyPlainText().contains(u"Yours Sincerely"_s));
}

TEST_CASE("letters: unknown and empty merge fields are errors, never blanks", "[letter]")
{
    QStringList problems;
    const QString merged = LetterComposer::merge(u"<p>{{salutation}} {{favourite_colour}} {{sender_phone}}</p>"_s,
                                                 LetterComposer::fieldValues(*bundledDirectory().force(u"kent"_s), letterSender(), QDate(2026, 1, 1)),
                                                 &problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).contains(u"{{favourite_colour}}"_s));
    CHECK(problems.at(1).contains(u"{{sender_phone}}"_s));
    CHECK(merged.contains(u"[unknown field: favourite_colour]"_s));
    CHECK(merged.contains(u"[missing: sender_phone]"_s));
    CHECK(merged.contains(u"Dear Commissioner Scott"_s));
}

TEST_CASE("letters: the sign-off is never alone on a page", "[letter]")
{
    QPdfWriter device(u"/dev/null"_s);
    device.setResolution(300);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QString html;
    for (int i = 0; i < 6; ++i)
        html += u"<p>"_s + QString(u"word "_s).repeated(60) + u"</p>"_s;
    html += u"<p>Yours sincerely</p><p><br/><br/>Jane Volunteer</p>"_s;
    doc.setHtml(html);
    doc.setTextWidth(2000);
    // The page ends right before the sign-off would fit.
    double signOffTop = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text().startsWith(u"Yours"_s))
            signOffTop = doc.documentLayout()->blockBoundingRect(b).top();
    }
    const auto slices = LetterRenderer().paginate(&doc, signOffTop + 5, 100000);
    REQUIRE(slices.size() == 2);
    CHECK(slices.at(0).second < signOffTop - 1); // moved earlier: lines of the last paragraph go with it
    CHECK(slices.at(1).first == slices.at(0).second);
}

TEST_CASE("letters: letter --all --pdf has 43 letters on separate pages with each office postcode", "[letter][cli]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(pcctest::runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Jane Volunteer"_s, u"--address"_s,
                             u"12 Example Road"_s, u"--postcode"_s, u"GL50 1AA"_s},
                            sandbox.path())
                .exitCode
            == 0);
    const QString pdf = sandbox.filePath(u"all.pdf"_s);
    const auto r = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--all"_s, u"--pdf"_s, pdf}, sandbox.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // One line on stderr for each office whose address is below high confidence: a printed
    // letter goes by the address, so an unverified email is not the volunteer's concern here.
    int unverified = 0;
    for (const ForceRecord &f : bundledDirectory().forces()) {
        const bool weak = !f.address.isEmpty() && !f.provenanceOf(u"address"_s).isHigh();
        QString area = f.areaInSentence();
        area[0] = area.at(0).toUpper();
        CHECK(r.err.contains(u"check: "_s + area + u": "_s) == weak);
        unverified += weak ? 1 : 0;
    }
    CHECK(r.err.count(u"pcc-campaigner: check: "_s) == unverified);
    QProcess p;
    p.start(QStringLiteral(PCC_PDFTOTEXT), {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QStringList pages = text.split(u'\f');
    if (pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() == 43);
    for (qsizetype i = 0; i < 43; ++i) {
        const ForceRecord &f = bundledDirectory().forces().at(i);
        INFO(f.id.toStdString());
        CHECK(pages.at(i).contains(f.address.postcode));
        CHECK(pages.at(i).contains(Salutation::forForce(f).greeting));
        CHECK(squashed(pages.at(i)).contains(kKeySentences.constLast()));
    }
    // Text search and copy work: no ligature code points (U+FB00 to U+FB06) anywhere.
    for (char16_t c = 0xFB00; c <= 0xFB06; ++c)
        CHECK_FALSE(text.contains(QChar(c)));
    CHECK(text.contains(u"office"_s));
    // An office's name wraps before "for", not inside the place ("for West / Mercia").
    CHECK(QRegularExpression(u"\\n\\s*for West Mercia\\s*\\n"_s).match(text).hasMatch());

    // One bundled family (and its bold or italic), embedded, whatever the system has.
    PCC_REQUIRE_TOOL(PCC_PDFFONTS, "pdffonts (poppler-utils)");
    QProcess fonts;
    fonts.start(QStringLiteral(PCC_PDFFONTS), {pdf});
    REQUIRE(fonts.waitForFinished(60000));
    const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.contains(u"LiberationSerif"_s));
        CHECK(line.contains(u" yes "_s)); // embedded
    }

    // Every recipient's postcode is set at 10 pt or more (poppler's word box is the font's
    // ascent to descent: 1.107 em for Liberation Serif).
    QProcess bbox;
    bbox.start(QStringLiteral(PCC_PDFTOTEXT), {u"-bbox"_s, pdf, u"-"_s});
    REQUIRE(bbox.waitForFinished(60000));
    const QString html = QString::fromUtf8(bbox.readAllStandardOutput());
    static const QRegularExpression word(u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    QHash<QString, double> smallest;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const double pt = (m.captured(4).toDouble() - m.captured(2).toDouble()) / 1.107;
        const QString w = m.captured(5);
        smallest.insert(w, smallest.contains(w) ? std::min(smallest.value(w), pt) : pt);
    }
    for (const ForceRecord &f : bundledDirectory().forces()) {
        INFO(f.id.toStdString());
        const QString outward = f.address.postcode.section(u' ', 0, 0);
        const QString inward = f.address.postcode.section(u' ', 1, 1);
        REQUIRE(smallest.contains(inward));
        CHECK(smallest.value(inward) >= 9.95);
        CHECK(smallest.value(outward) >= 9.95);
    }
}

TEST_CASE("templates: users can add, rename and delete their own, but not the bundled ones", "[letter]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    QString error;
    LetterTemplate saved;
    REQUIRE(TemplateStore::save(u"My letter"_s, u"<p>{{salutation}}</p>"_s, &saved, &error));
    CHECK(TemplateStore::find(u"My letter"_s));
    CHECK(TemplateStore::uniqueName(u"My letter"_s) == u"My letter (2)"_s);
    REQUIRE(TemplateStore::rename(saved, u"Renamed"_s, &error));
    CHECK_FALSE(TemplateStore::find(u"My letter"_s));
    const auto renamed = TemplateStore::find(u"Renamed"_s);
    REQUIRE(renamed);
    REQUIRE(TemplateStore::remove(*renamed, &error));
    CHECK_FALSE(TemplateStore::find(u"Renamed"_s));

    CHECK_FALSE(TemplateStore::remove(TemplateStore::defaultTemplate(), &error));
    CHECK_FALSE(TemplateStore::save(TemplateStore::defaultTemplate().name, u"x"_s, nullptr, &error));
    CHECK_FALSE(TemplateStore::save(u"bad/name"_s, u"x"_s, nullptr, &error));
}

TEST_CASE("letters: a follow-up quotes the date of the first letter", "[letter]")
{
    const auto followUp = TemplateStore::find(u"follow-up"_s);
    REQUIRE(followUp);
    const ForceRecord &kent = *bundledDirectory().force(u"kent"_s);
    const Letter l = LetterComposer::composeFromBody(followUp->html, kent, letterSender(), QDate(2026, 11, 28),
                                                     {{u"first_letter_date"_s, u"1 October 2026"_s}});
    CHECK(l.problems.isEmpty());
    CHECK(l.bodyPlainText().contains(u"I wrote to you on 1 October 2026"_s));
    // Without the date the field is an error, never a blank.
    const Letter missing = LetterComposer::composeFromBody(followUp->html, kent, letterSender(), QDate(2026, 11, 28));
    CHECK(missing.problems.size() == 1);
}

TEST_CASE("letters: the kind of body a letter names is plain: the Mayor is the Mayor", "[letter]")
{
    const auto kind = [](const QString &id) {
        return LetterComposer::fieldValues(*bundledDirectory().force(id), letterSender(), QDate(2026, 11, 28)).value(u"body_kind"_s);
    };
    CHECK(kind(u"greater-manchester"_s) == u"Mayor"_s);
    CHECK(kind(u"kent"_s) == u"Police and Crime Commissioner"_s);
    CHECK(kind(u"cumbria"_s) == u"Police, Fire and Crime Commissioner"_s);
}

TEST_CASE("letters: a PDF warns only about an unverified address, an email draft only about an unverified email", "[letter][cli]")
{
    const ForceRecord *office = nullptr; // a verified address with an unverified email
    for (const ForceRecord &f : bundledDirectory().forces()) {
        if (!f.address.isEmpty() && f.provenanceOf(u"address"_s).isHigh() && !f.email.isEmpty()
            && !f.provenanceOf(u"email"_s).isHigh())
            office = &f;
    }
    REQUIRE(office);
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(pcctest::runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Jane Volunteer"_s, u"--address"_s, u"12 Example Road"_s,
                             u"--postcode"_s, u"GL50 1AA"_s, u"--email"_s, u"jane@example.org"_s},
                            sandbox.path())
                .exitCode
            == 0);
    const auto pdf = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, office->id, u"--pdf"_s, sandbox.filePath(u"l.pdf"_s)},
                                     sandbox.path());
    REQUIRE(pdf.exitCode == 0);
    CHECK_FALSE(pdf.err.contains(u"check:"_s));
    const auto eml = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, office->id, u"--eml"_s, sandbox.filePath(u"l.eml"_s)},
                                     sandbox.path());
    REQUIRE(eml.exitCode == 0);
    CHECK(eml.err.contains(u"the email is not verified"_s));
    CHECK_FALSE(eml.err.contains(u"address is not verified"_s));
}
