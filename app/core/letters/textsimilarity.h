#pragma once

#include <QString>

namespace pcc {

// How much of a letter is still the template's wording: the share of the letter's words
// that appear, in order, in the template (longest common subsequence of words).
namespace TextSimilarity {

double sharedWordFraction(const QString &letter, const QString &original);

} // namespace TextSimilarity
} // namespace pcc
