#include "textsimilarity.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace pcc::TextSimilarity {

namespace {
QStringList words(const QString &text)
{
    // Unicode word characters (ŵ, ŷ and â are letters, not separators).
    static const QRegularExpression separators(u"[^\\w’']+"_s, QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}
} // namespace

double sharedWordFraction(const QString &letter, const QString &original)
{
    const QStringList a = words(letter);
    const QStringList b = words(original);
    if (a.isEmpty())
        return 0.0;
    // Two-row dynamic programme: O(|a|·|b|) time, O(|b|) memory.
    std::vector<int> prev(size_t(b.size()) + 1, 0);
    std::vector<int> cur(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? prev[size_t(j - 1)] + 1
                                                        : std::max(prev[size_t(j)], cur[size_t(j - 1)]);
        }
        std::swap(prev, cur);
    }
    return double(prev[size_t(b.size())]) / double(a.size());
}

} // namespace pcc::TextSimilarity
