// The pcc-spelling module: SpellingEngine on Hunspell. Built as a separate shared module so that
// the program loads Hunspell only when spelling is first checked.
#include "spellingengine.h"

#include <QtGlobal>

#include <hunspell.hxx>

namespace {

class HunspellEngine : public pcc::SpellingEngine
{
public:
    HunspellEngine(const char *affPath, const char *dicPath)
        : m_hunspell(affPath, dicPath)
    {
    }

    std::string encoding() override { return m_hunspell.get_dict_encoding(); }
    bool spell(const std::string &word) override { return m_hunspell.spell(word); }
    std::vector<std::string> suggest(const std::string &word) override { return m_hunspell.suggest(word); }

private:
    Hunspell m_hunspell;
};

} // namespace

extern "C" Q_DECL_EXPORT pcc::SpellingEngine *pcc_create_spelling_engine(const char *affPath, const char *dicPath)
{
    return new HunspellEngine(affPath, dicPath);
}
