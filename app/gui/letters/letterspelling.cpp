#include "letters/letterspelling.h"

#include "letters/letteredit.h"
#include "letters/mergefieldhighlighter.h"
#include "shell/settings.h"
#include "spellchecker.h"

#include <QAction>

namespace pcc {

LetterSpelling::LetterSpelling(LetterEdit *editor, const Directory &directory, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_checker(std::make_unique<SpellChecker>())
    , m_highlighter(new MergeFieldHighlighter(editor->document()))
{
    if (m_checker->load()) {
        m_checker->addNamesFrom(directory);
        apply(Settings::spellCheck());
    }
    connect(m_editor, &LetterEdit::spellingChanged, m_highlighter, &QSyntaxHighlighter::rehighlight);
}

LetterSpelling::~LetterSpelling() = default;

void LetterSpelling::apply(bool on)
{
    SpellChecker *checker = on && m_checker->isLoaded() ? m_checker.get() : nullptr;
    m_editor->setSpellChecker(checker);
    m_highlighter->setSpellChecker(checker);
}

QAction *LetterSpelling::toggleAction()
{
    if (m_toggle)
        return m_toggle;
    m_toggle = new QAction(tr("Check &spelling as you type"), this);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(Settings::spellCheck() && m_checker->isLoaded());
    m_toggle->setEnabled(m_checker->isLoaded());
    if (!m_checker->isLoaded())
        m_toggle->setToolTip(m_checker->error());
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        Settings::setSpellCheck(on);
        apply(on);
    });
    return m_toggle;
}

void LetterSpelling::addNamesFrom(const Directory &directory)
{
    if (m_checker->isLoaded())
        m_checker->addNamesFrom(directory);
}

bool LetterSpelling::usePersonalList(const QString &profileUuid, QString *error)
{
    return !m_checker->isLoaded() || m_checker->usePersonalList(profileUuid, error);
}

void LetterSpelling::rehighlight()
{
    m_highlighter->rehighlight();
}

} // namespace pcc
