#pragma once

#include <QSyntaxHighlighter>

namespace pcc {

// Shows {{merge_fields}} in the letter editor: known fields tinted, unknown ones in red.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MergeFieldHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace pcc
