// Issue 27: addressed envelopes and sheets of labels, read back by poppler.
#include "catchcompat.h"
#include "letterfixture.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "enveloperenderer.h"
#include "labelrenderer.h"
#include "lettercomposer.h"
#include "letterlayout.h"
#include "lineblock.h"
#include "typefaces.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::bundledDirectory;
using pcctest::pointsPerMm;

namespace {

QList<MailingAddress> allAddresses()
{
    QList<MailingAddress> out;
    for (const ForceRecord &f : bundledDirectory().forces())
        out << LetterComposer::mailingAddress(f);
    return out;
}

QRectF inPoints(const QRectF &mm)
{
    return QRectF(mm.left() * pointsPerMm, mm.top() * pointsPerMm, mm.width() * pointsPerMm, mm.height() * pointsPerMm);
}

// Whether every word of the page lies inside `area` (half a point of slack for rounding).
bool allInside(const pcctest::PdfPage &page, const QRectF &area)
{
    const QRectF slack = area.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const pcctest::PdfWord &w : page.words) {
        if (!slack.contains(w.box)) {
            UNSCOPED_INFO("outside: " << w.text.toStdString() << " at " << w.box.left() << "," << w.box.top());
            return false;
        }
    }
    return true;
}

QString postcodeOf(const QString &forceId)
{
    return bundledDirectory().force(forceId)->address.postcode;
}

} // namespace

TEST_CASE("envelopes: 43 DL envelopes, one a page at 220 x 110 mm, each office's address inside its area", "[envelope]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    const QList<MailingAddress> addresses = allAddresses();
    REQUIRE(addresses.size() == 43);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"envelopes.pdf"_s);
    const EnvelopeRenderer renderer(EnvelopeLayout::dl(), LetterLayout().fontFamily);
    QString error;
    REQUIRE(renderer.writePdf(addresses, {}, pdf, &error));
    CHECK(pcctest::fileMode(pdf) == 0600);

    const QList<pcctest::PdfPage> pages = pcctest::pdfPages(pdf);
    REQUIRE(pages.size() == 43);
    const QRectF area = inPoints(EnvelopeLayout::dl().addressMm);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO(addresses.at(i).forceId.toStdString());
        CHECK(std::abs(pages.at(i).size.width() - 220 * pointsPerMm) < 1);
        CHECK(std::abs(pages.at(i).size.height() - 110 * pointsPerMm) < 1);
        CHECK(pages.at(i).text().contains(postcodeOf(addresses.at(i).forceId)));
        CHECK(pages.at(i).text().contains(addresses.at(i).lines.first().section(u' ', 0, 1)));
        CHECK(allInside(pages.at(i), area));
        // Right of the middle and in the lower part, where sorting machines look.
        CHECK(pages.at(i).words.first().box.left() > 220 * pointsPerMm * 0.4);
        CHECK(pages.at(i).words.first().box.top() > 110 * pointsPerMm * 0.4);
    }
}

TEST_CASE("envelopes: C5 is 229 x 162 mm, and a return address adds the back of each envelope", "[envelope]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    const QList<MailingAddress> two = {LetterComposer::mailingAddress(*bundledDirectory().force(u"kent"_s)),
                                       LetterComposer::mailingAddress(*bundledDirectory().force(u"gwent"_s))};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"c5.pdf"_s);
    const EnvelopeRenderer renderer(*EnvelopeLayout::named(u"c5"_s), LetterLayout().fontFamily);
    QString error;
    REQUIRE(renderer.writePdf(two, {u"Sam Jones"_s, u"1 High Street"_s, u"Newport"_s, u"NP20 1AA"_s}, pdf, &error));
    const QList<pcctest::PdfPage> pages = pcctest::pdfPages(pdf);
    REQUIRE(pages.size() == 4); // the two fronts, then the two backs for the second pass
    CHECK(std::abs(pages.at(0).size.width() - 229 * pointsPerMm) < 1);
    CHECK(std::abs(pages.at(0).size.height() - 162 * pointsPerMm) < 1);
    CHECK(pages.at(0).text().contains(postcodeOf(u"kent"_s)));
    CHECK(pages.at(1).text().contains(postcodeOf(u"gwent"_s)));
    for (int i : {0, 1})
        CHECK_FALSE(pages.at(i).text().contains(u"Sam"_s));
    for (int i : {2, 3}) {
        CHECK(pages.at(i).text() == u"If undelivered, please return to: Sam Jones 1 High Street Newport NP20 1AA"_s);
        CHECK(allInside(pages.at(i), inPoints(EnvelopeLayout::c5().returnMm)));
    }
    CHECK_FALSE(EnvelopeLayout::named(u"A4"_s).has_value());
}

TEST_CASE("labels: 43 addresses on 4 A4 sheets of L7163, each address inside its own label", "[labels]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    const LabelSheet sheet = *LabelSheet::named(u"l7163"_s);
    CHECK(sheet.labelsPerSheet() == 14);
    // The last label ends inside the sheet, as the maker's template has it.
    CHECK(sheet.labelRectMm(13).right() < 210);
    CHECK(sheet.labelRectMm(13).bottom() < 297);
    CHECK(sheet.labelRectMm(1).left() == Approx(4.7 + 101.6));

    const QList<MailingAddress> addresses = allAddresses();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"labels.pdf"_s);
    const LabelRenderer renderer(sheet, LetterLayout().fontFamily);
    CHECK(renderer.sheetsFor(43) == 4);
    CHECK(renderer.sheetsFor(42) == 3);
    QString error;
    REQUIRE(renderer.writePdf(addresses, pdf, &error));
    const QList<pcctest::PdfPage> pages = pcctest::pdfPages(pdf);
    REQUIRE(pages.size() == 4);
    for (const pcctest::PdfPage &page : pages) {
        CHECK(std::abs(page.size.width() - 210 * pointsPerMm) < 1);
        CHECK(std::abs(page.size.height() - 297 * pointsPerMm) < 1);
    }
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        INFO(addresses.at(i).forceId.toStdString());
        const pcctest::PdfPage &page = pages.at(i / 14);
        const QRectF label = inPoints(sheet.labelRectMm(int(i % 14)).adjusted(2, 2, -2, -2));
        // The words inside this label are this office's address, all of it.
        pcctest::PdfPage inLabel{page.size, {}};
        for (const pcctest::PdfWord &w : page.words) {
            if (label.intersects(w.box))
                inLabel.words << w;
        }
        CHECK(allInside(inLabel, label));
        CHECK(inLabel.text() == addresses.at(i).lines.join(u' ').simplified().replace(u"\u2002"_s, QString()).simplified());
    }
    // The fourth sheet holds the one address left over.
    CHECK(pages.at(3).text() == addresses.last().lines.join(u' ').simplified());
}

TEST_CASE("address lines: a line too wide breaks between words, and what follows is indented so it reads as the same line", "[envelope][labels]")
{
    const QFontMetricsF fm(Typefaces::printFont(Typefaces::letterFamily(), 10));
    const QString indent = u"\u2002\u2002"_s;
    // An office's name breaks before "for", never inside the place it is for.
    const QString office = u"Office of the Police and Crime Commissioner for Devon and Cornwall"_s;
    const double width = fm.horizontalAdvance(u"Office of the Police and Crime Commissioner"_s) + 1;
    CHECK(LineBlock::wrapped({office}, fm, width)
          == QStringList{u"Office of the Police and Crime Commissioner"_s, indent + u"for Devon and Cornwall"_s});
    // Any other long line breaks where it must, each part after the first indented.
    const QString street = u"Alverton Police Station Penzance Road Hill Top Industrial Estate"_s;
    const QStringList parts = LineBlock::wrapped({street, u"Exeter"_s}, fm, fm.horizontalAdvance(u"Alverton Police Station"_s) + 1);
    REQUIRE(parts.size() >= 4);
    CHECK(parts.first() == u"Alverton Police Station"_s);
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        INFO(parts.at(i).toStdString());
        CHECK(parts.at(i).startsWith(indent));
        CHECK(fm.horizontalAdvance(parts.at(i)) <= fm.horizontalAdvance(u"Alverton Police Station"_s) + 1);
    }
    CHECK(parts.last() == u"Exeter"_s); // the next line of the address starts flush again
    CHECK(QStringList(parts.mid(0, parts.size() - 1)).join(u' ').remove(indent).simplified() == street);
}

TEST_CASE("address lines: an address that fits only at the smallest size is shrunk to it, and one that fits is not shrunk", "[envelope][labels]")
{
    QImage page(2000, 2000, QImage::Format_RGB32); // 1200 dpi, so that half a point always shows
    page.setDotsPerMeterX(47244);
    page.setDotsPerMeterY(47244);
    QPainter p(&page);
    const QStringList address{u"Office of the Police and Crime Commissioner"_s, u"Alverton"_s, u"Penzance"_s, u"TR18 4TA"_s};
    const QString family = Typefaces::letterFamily();
    const double minPt = 8;
    const QFontMetricsF atMin(Typefaces::printFont(family, minPt), &page);
    const QFontMetricsF atStart(Typefaces::printFont(family, minPt + 1), &page);
    REQUIRE(atStart.lineSpacing() > atMin.lineSpacing());
    const double wide = 4 * atStart.horizontalAdvance(address.first()); // no line wraps at any size here
    // A box as tall as the four lines at the smallest size: two half-point steps down reach it.
    const QRectF exact(0, 0, wide, 4 * atMin.lineSpacing() + 0.01);
    CHECK(LineBlock::draw(&p, family, address, exact, minPt + 1, Qt::AlignLeft, true, minPt) <= exact.bottom());
    CHECK(LineBlock::fits(&p, family, address, exact, minPt));
    // Half a line shorter: it cannot fit, and the size stops at the smallest, not below.
    const QRectF tooShort(0, 0, wide, 3.5 * atMin.lineSpacing());
    CHECK_FALSE(LineBlock::fits(&p, family, address, tooShort, minPt));
    CHECK(LineBlock::draw(&p, family, address, tooShort, minPt + 1, Qt::AlignLeft, true, minPt)
          == Approx(4 * atMin.lineSpacing()));
    // Room to spare: drawn at the size asked for.
    const QRectF roomy(0, 0, wide, 10 * atStart.lineSpacing());
    CHECK(LineBlock::draw(&p, family, address, roomy, minPt + 1, Qt::AlignLeft, true, minPt) == Approx(4 * atStart.lineSpacing()));
}
