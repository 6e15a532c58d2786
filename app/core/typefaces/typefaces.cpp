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

// Each family is registered the first time it is asked for: a letter never pays for the
// report's face, nor the map for the letter's.
bool registerFaces(std::initializer_list<const char *> files)
{
    bool all = true;
    for (const char *file : files) {
        if (QFontDatabase::addApplicationFont(u":/fonts/%1.ttf"_s.arg(QLatin1StringView(file))) < 0)
            all = false;
    }
    return all;
}

bool serifLoaded()
{
    static const bool ok = registerFaces({"LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
                                          "LiberationSerif-BoldItalic"});
    return ok;
}

bool sansLoaded()
{
    static const bool ok = registerFaces({"LiberationSans-Regular", "LiberationSans-Bold"});
    return ok;
}

} // namespace

QString letterFamily()
{
    serifLoaded();
    return u"Liberation Serif"_s;
}

QString sansFamily()
{
    sansLoaded();
    return u"Liberation Sans"_s;
}

bool loaded()
{
    return serifLoaded() && sansLoaded();
}

QFont printFont(const QString &family, double pointSize)
{
    if (family == u"Liberation Serif"_s)
        serifLoaded();
    else if (family == u"Liberation Sans"_s)
        sansLoaded();
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
