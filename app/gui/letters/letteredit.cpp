#include "letters/letteredit.h"

#include "lettercomposer.h"
#include "spellchecker.h"
#include "templatesyntax.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocumentFragment>

#include <memory>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// The chip's label: the field's short name in the interface's language.
QString labelOf(const QString &field)
{
    for (const auto &f : LetterComposer::knownFields()) {
        if (f.name == field)
            return f.label;
    }
    return field;
}

// Writes each chip of `doc` back as "{{name}}" text in the chip's own character format.
void chipsToText(QTextDocument *doc)
{
    QList<QPair<int, QString>> chips;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (frag.charFormat().objectType() != LetterEdit::ChipType)
                continue;
            const QString name = frag.charFormat().stringProperty(LetterEdit::FieldName);
            for (int i = 0; i < frag.length(); ++i)
                chips.append({frag.position() + i, name});
        }
    }
    QTextCursor c(doc);
    for (auto it = chips.crbegin(); it != chips.crend(); ++it) {
        c.setPosition(it->first);
        c.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat plain = c.charFormat();
        plain.setObjectType(QTextFormat::NoObject);
        plain.clearProperty(LetterEdit::FieldName);
        c.insertText(TemplateSyntax::fieldTag(it->second), plain);
    }
}

} // namespace

class FieldChipPainter : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit FieldChipPainter(LetterEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
    }

    QString text(const QTextFormat &format) const
    {
        const QString name = format.stringProperty(LetterEdit::FieldName);
        const QString value = m_edit->m_values.value(name).simplified();
        return labelOf(name) + u": "_s + (value.isEmpty() ? LetterEdit::tr("[missing]") : value);
    }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QFontMetricsF fm(chipFont(format));
        const double oneLine = fm.horizontalAdvance(text(format)) + 2 * Padding;
        // A long value (a sentence about what the office funds) wraps inside its chip, within
        // the page's width: on one line it ran far off the editor's right edge.
        const double room = doc->textWidth() - 2 * doc->documentMargin() - 2 * Padding;
        if (doc->textWidth() <= 0 || oneLine <= room)
            return {oneLine, fm.height() + 2};
        const QRectF wrapped = fm.boundingRect(QRectF(0, 0, room - 2 * Padding, 1e6), Qt::TextWordWrap, text(format));
        return {room, wrapped.height() + 4};
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const QString name = format.stringProperty(LetterEdit::FieldName);
        const bool missing = m_edit->m_values.value(name).trimmed().isEmpty();
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(missing ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x1d, 0x4e, 0xd8), 1));
        p->setBrush(missing ? QColor(0xfe, 0xe2, 0xe2) : QColor(0xdb, 0xea, 0xfe));
        p->drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5);
        p->setPen(QColor(0x11, 0x18, 0x27));
        p->setFont(chipFont(format));
        const QFontMetricsF fm(chipFont(format));
        if (rect.height() > fm.height() + 2) // wrapped: see intrinsicSize
            p->drawText(rect.adjusted(Padding, 2, -Padding, -2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text(format));
        else
            p->drawText(rect, Qt::AlignCenter | Qt::TextDontClip, text(format));
        p->restore();
    }

private:
    static constexpr double Padding = 6;

    // The same font for measuring and drawing, whatever the paragraph's own format says.
    QFont chipFont(const QTextFormat &) const
    {
        return m_edit->font();
    }

    LetterEdit *m_edit;
};

LetterEdit::LetterEdit(QWidget *parent)
    : QTextEdit(parent)
{
    document()->documentLayout()->registerHandler(ChipType, new FieldChipPainter(this));
}

void LetterEdit::makeChips()
{
    const QString text = document()->toPlainText();
    QList<QPair<int, int>> spans;
    QStringList names;
    // Known fields only: an unknown one stays as text, which the highlighter marks as an error
    // (a chip would call it "missing", as if the volunteer's details lacked it).
    for (const TemplateTag &tag : TemplateSyntax::tags(text)) {
        if (tag.kind != TemplateTag::Kind::Field || !LetterComposer::isKnownField(tag.name))
            continue;
        spans.append({int(tag.start), int(tag.length)});
        names.append(tag.name);
    }
    QTextCursor c(document());
    for (qsizetype i = spans.size() - 1; i >= 0; --i) {
        c.setPosition(spans.at(i).first);
        c.setPosition(spans.at(i).first + spans.at(i).second, QTextCursor::KeepAnchor);
        QTextCharFormat chip = c.charFormat();
        chip.setObjectType(ChipType);
        chip.setProperty(FieldName, names.at(i));
        c.insertText(QString(QChar::ObjectReplacementCharacter), chip);
    }
}

void LetterEdit::setLetterHtml(const QString &html)
{
    setHtml(html);
    makeChips();
    document()->clearUndoRedoStacks();
}

QString LetterEdit::letterHtml() const
{
    std::unique_ptr<QTextDocument> copy(document()->clone());
    chipsToText(copy.get());
    return copy->toHtml();
}

QString LetterEdit::letterPlainText() const
{
    std::unique_ptr<QTextDocument> copy(document()->clone());
    chipsToText(copy.get());
    return copy->toPlainText();
}

void LetterEdit::insertField(const QString &name)
{
    QTextCharFormat chip = textCursor().charFormat();
    chip.setObjectType(ChipType);
    chip.setProperty(FieldName, name);
    textCursor().insertText(QString(QChar::ObjectReplacementCharacter), chip);
}

void LetterEdit::setFieldValues(const QHash<QString, QString> &values)
{
    if (values == m_values)
        return;
    m_values = values;
    // The chips' widths change with their values: lay the text out again.
    document()->markContentsDirty(0, document()->characterCount());
}

QStringList LetterEdit::chipFields() const
{
    QStringList out;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().objectType() == ChipType) {
                for (int i = 0; i < it.fragment().length(); ++i)
                    out << it.fragment().charFormat().stringProperty(FieldName);
            }
        }
    }
    return out;
}

QString LetterEdit::chipText(const QString &field) const
{
    QTextCharFormat f;
    f.setProperty(FieldName, field);
    return static_cast<FieldChipPainter *>(findChild<FieldChipPainter *>())->text(f);
}

QMimeData *LetterEdit::createMimeDataFromSelection() const
{
    QTextDocument selection;
    QTextCursor(&selection).insertFragment(textCursor().selection());
    chipsToText(&selection);
    auto *mime = new QMimeData;
    mime->setHtml(selection.toHtml());
    mime->setText(selection.toPlainText());
    return mime;
}

bool LetterEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml();
}

void LetterEdit::insertFromMimeData(const QMimeData *source)
{
    QTextEdit::insertFromMimeData(source);
    makeChips(); // a pasted {{field}} becomes a chip like the others
}

void LetterEdit::setSpellChecker(SpellChecker *checker)
{
    m_spelling = checker;
}

void LetterEdit::addSpellingActions(QMenu *menu, const QTextCursor &at)
{
    if (!m_spelling || !m_spelling->isLoaded())
        return;
    const QTextBlock block = at.block();
    const int offset = at.positionInBlock();
    for (const SpellChecker::Word &w : SpellChecker::words(block.text())) {
        if (offset < w.start || offset > w.start + w.length)
            continue;
        const QString word = block.text().mid(w.start, w.length);
        if (m_spelling->isCorrect(word))
            return;
        QAction *before = menu->actions().value(0);
        QList<QAction *> added;
        const QStringList suggestions = m_spelling->suggestions(word);
        for (const QString &suggestion : suggestions) {
            auto *a = new QAction(suggestion, menu);
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            const int start = block.position() + w.start;
            connect(a, &QAction::triggered, this, [this, start, length = w.length, suggestion] {
                QTextCursor c(document());
                c.setPosition(start);
                c.setPosition(start + length, QTextCursor::KeepAnchor);
                c.insertText(suggestion); // in the word's own character format
            });
            added << a;
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            added << none;
        }
        auto *add = new QAction(tr("Add \u201c%1\u201d to my dictionary").arg(word), menu);
        connect(add, &QAction::triggered, this, [this, word] {
            QString error;
            if (!m_spelling->addToPersonalList(word, &error) && !error.isEmpty())
                QMessageBox::warning(this, tr("Not added"), error);
            emit spellingChanged();
        });
        auto *ignore = new QAction(tr("Ignore \u201c%1\u201d for now").arg(word), menu);
        connect(ignore, &QAction::triggered, this, [this, word] {
            m_spelling->ignore(word);
            emit spellingChanged();
        });
        added << add << ignore;
        menu->insertActions(before, added);
        if (before)
            menu->insertSeparator(before);
        return;
    }
}

void LetterEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // The standard menu takes the point in the document, which scrolls under the viewport.
    const QPoint inDocument = event->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    std::unique_ptr<QMenu> menu(createStandardContextMenu(inDocument));
    addSpellingActions(menu.get(), cursorForPosition(event->pos()));
    menu->exec(event->globalPos());
}

} // namespace pcc

#include "letteredit.moc"
