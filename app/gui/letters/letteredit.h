#pragma once

#include <QHash>
#include <QTextEdit>
#include <QTextObjectInterface>

class QMenu;

namespace pcc {

class SpellChecker;

// The letter's text with its merge fields shown as labelled chips ("Salutation: Dear
// Commissioner Nelson") that stay fields: each chip is one character carrying the field's
// name, written back as {{name}} whenever the text leaves the editor (drafts, templates,
// the clipboard, the letter itself).
class LetterEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit LetterEdit(QWidget *parent = nullptr);

    void setLetterHtml(const QString &html);  // {{fields}} become chips
    QString letterHtml() const;               // chips become {{fields}} again
    QString letterPlainText() const;
    void insertField(const QString &name);
    // What each chip shows after its label, for the current recipient and sender; a field
    // without a value shows as missing.
    void setFieldValues(const QHash<QString, QString> &values);

    // Misspelt words get suggestions, "Add to my dictionary" and "Ignore" at the top of the
    // context menu; spellingChanged() says when a word was added or ignored.
    void setSpellChecker(SpellChecker *checker);
    void addSpellingActions(QMenu *menu, const QTextCursor &at); // what the context menu adds at `at`

    QStringList chipFields() const;                    // the fields shown as chips, in order
    QString chipText(const QString &field) const;      // "Salutation: Dear Commissioner Nelson"

    static constexpr int ChipType = QTextFormat::UserObject + 1;
    static constexpr int FieldName = QTextFormat::UserProperty + 1;

signals:
    void spellingChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    friend class FieldChipPainter;
    void makeChips(); // every {{field}} written as text becomes a chip

    QHash<QString, QString> m_values;
    SpellChecker *m_spelling = nullptr;
};

} // namespace pcc
