#pragma once

#include <string>
#include <vector>

namespace pcc {

// Hunspell behind a small interface, in the pcc-spelling module (spelling/), which the program
// loads when the letter editor first checks spelling, so Hunspell is not loaded at start.
class SpellingEngine
{
public:
    virtual ~SpellingEngine() = default;
    virtual std::string encoding() = 0; // the dictionary's, as its .aff file declares it
    virtual bool spell(const std::string &word) = 0;
    virtual std::vector<std::string> suggest(const std::string &word) = 0;
};

} // namespace pcc

// The dictionary's two files, as the system names them (QFile::encodeName).
extern "C" using PccCreateSpellingEngine = pcc::SpellingEngine *(const char *affPath, const char *dicPath);
