#pragma once

#include <QObject>

#include <memory>

class QAction;

namespace pcc {

class Directory;
class LetterEdit;
class MergeFieldHighlighter;
class SpellChecker;

// Spelling in the letter editor: the dictionary (loaded when the window opens), the office
// and people names of the directory, the volunteer's own words, the highlighter that marks
// fields and misspelt words, and the "Check spelling as you type" switch.
class LetterSpelling : public QObject
{
    Q_OBJECT
public:
    // parent: the window, created after the editor (so deleted after it).
    LetterSpelling(LetterEdit *editor, const Directory &directory, QObject *parent);
    ~LetterSpelling() override;

    QAction *toggleAction(); // checkable, remembered in the settings; disabled with the reason when there is no dictionary
    void addNamesFrom(const Directory &directory);
    bool usePersonalList(const QString &profileUuid, QString *error); // true when there is no dictionary
    void rehighlight();

private:
    void apply(bool on);

    LetterEdit *m_editor;
    std::unique_ptr<SpellChecker> m_checker;
    MergeFieldHighlighter *m_highlighter;
    QAction *m_toggle = nullptr;
};

} // namespace pcc
