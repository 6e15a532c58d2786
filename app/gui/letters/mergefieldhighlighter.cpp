#include "letters/mergefieldhighlighter.h"

#include "lettercomposer.h"
#include "spellchecker.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

MergeFieldHighlighter::MergeFieldHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void MergeFieldHighlighter::setSpellChecker(const SpellChecker *checker)
{
    m_spelling = checker;
    rehighlight();
}

void MergeFieldHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_]+|#if\\s+[A-Za-z0-9_]+|else|/if)\\s*\\}\\}"_s);
    static const QSet<QString> known = [] {
        QSet<QString> names;
        for (const auto &f : LetterComposer::knownFields())
            names.insert(f.name);
        for (const auto &c : LetterComposer::knownConditions())
            names.insert(u"#if "_s + c.name);
        names.insert(u"else"_s);
        names.insert(u"/if"_s);
        return names;
    }();
    QTextCharFormat knownFormat;
    knownFormat.setBackground(QColor(0xdb, 0xea, 0xfe));
    knownFormat.setForeground(QColor(0x1e, 0x3a, 0x8a));
    QTextCharFormat unknownFormat;
    unknownFormat.setBackground(QColor(0xfe, 0xca, 0xca));
    unknownFormat.setForeground(QColor(0x7f, 0x1d, 0x1d));
    unknownFormat.setFontUnderline(true);
    unknownFormat.setToolTip(tr("Unknown merge field: it would print as an error"));
    QList<std::pair<int, int>> fields; // [start, end) of each {{field}}: never spell-checked
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), known.contains(m.captured(1).simplified()) ? knownFormat : unknownFormat);
        fields.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    if (!m_spelling || !m_spelling->isLoaded())
        return;
    for (const SpellChecker::Word &w : SpellChecker::words(text)) {
        const bool inField = std::any_of(fields.cbegin(), fields.cend(), [&](const auto &f) { return w.start < f.second && w.start + w.length > f.first; });
        if (inField || m_spelling->isCorrect(text.mid(w.start, w.length)))
            continue;
        QTextCharFormat misspelt = format(w.start);
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(QColor(0xdc, 0x26, 0x26));
        setFormat(w.start, w.length, misspelt);
    }
}

} // namespace pcc
