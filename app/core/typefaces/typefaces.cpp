#include "typefaces.h"

#include <QFontDatabase>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace pcc::Typefaces {

namespace {

// Qt's shaper turns ligatures off for a font with letter spacing (Qt 6.4 has no
// QFont::setFeature): a sixty-fourth of a pixel, the smallest step it keeps, is invisible.
constexpr double NoLigatureSpacing = 1.0 / 64.0;

bool registerBundled()
{
    bool all = true;
    for (const char *file : {"LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
                             "LiberationSerif-BoldItalic", "LiberationSans-Regular", "LiberationSans-Bold"}) {
        if (QFontDatabase::addApplicationFont(u":/fonts/%1.ttf"_s.arg(QLatin1StringView(file))) < 0)
            all = false;
    }
    return all;
}

bool ensureLoaded()
{
    static const bool ok = registerBundled();
    return ok;
}

} // namespace

QString letterFamily()
{
    ensureLoaded();
    return u"Liberation Serif"_s;
}

QString sansFamily()
{
    ensureLoaded();
    return u"Liberation Sans"_s;
}

bool loaded()
{
    return ensureLoaded();
}

QFont printFont(const QString &family, double pointSize)
{
    ensureLoaded();
    QFont f(family);
    f.setStyleHint(family.contains(u"Sans"_s) ? QFont::SansSerif : QFont::Serif);
    f.setPointSizeF(pointSize);
    f.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatureSpacing);
    return f;
}

void avoidLigatures(QTextDocument *document)
{
    QTextCursor all(document);
    all.select(QTextCursor::Document);
    QTextCharFormat f;
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(NoLigatureSpacing);
    all.mergeCharFormat(f);
}

} // namespace pcc::Typefaces
