#include "letters/mergefieldhighlighter.h"

#include "lettercomposer.h"
#include "spellchecker.h"
#include "templatesyntax.h"

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
    auto isKnown = [](const TemplateTag &tag) {
        switch (tag.kind) {
        case TemplateTag::Kind::Field: return LetterComposer::isKnownField(tag.name);
        case TemplateTag::Kind::If: return LetterComposer::isKnownCondition(tag.name);
        case TemplateTag::Kind::Else:
        case TemplateTag::Kind::EndIf: return true;
        case TemplateTag::Kind::Unknown:
        case TemplateTag::Kind::Unclosed: return false;
        }
        return false;
    };
    QTextCharFormat knownFormat;
    knownFormat.setBackground(QColor(0xdb, 0xea, 0xfe));
    knownFormat.setForeground(QColor(0x1e, 0x3a, 0x8a));
    QTextCharFormat unknownFormat;
    unknownFormat.setBackground(QColor(0xfe, 0xca, 0xca));
    unknownFormat.setForeground(QColor(0x7f, 0x1d, 0x1d));
    unknownFormat.setFontUnderline(true);
    unknownFormat.setToolTip(tr("Unknown merge field or instruction: it would print as an error"));
    QList<std::pair<int, int>> fields; // [start, end) of each {{field}}: never spell-checked
    for (const TemplateTag &tag : TemplateSyntax::tags(text)) {
        setFormat(int(tag.start), int(tag.length), isKnown(tag) ? knownFormat : unknownFormat);
        fields.append({int(tag.start), int(tag.end())});
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
