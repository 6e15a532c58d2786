#pragma once

#include <QSyntaxHighlighter>

namespace pcc {

class SpellChecker;

// Shows {{merge_fields}} in the letter editor: known fields tinted, unknown ones in red; and,
// with a spell checker, misspelt words outside the fields with a wavy underline. Only the
// paragraph being typed in is looked at again on a keystroke.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MergeFieldHighlighter(QTextDocument *document);
    void setSpellChecker(const SpellChecker *checker); // nullptr: no spelling; rehighlights

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker *m_spelling = nullptr;
};

} // namespace pcc
