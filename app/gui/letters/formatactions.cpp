#include "letters/formatactions.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace pcc {

FormatActions::FormatActions(QTextEdit *editor, QMenu *menu, QWidget *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_size(new QComboBox(parent))
{
    auto toggle = [&](const QString &text, const QKeySequence &key, auto apply) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat f;
            apply(f, on);
            m_editor->mergeCurrentCharFormat(f);
        });
        return a;
    };
    QAction *bold = toggle(tr("&Bold"), QKeySequence::Bold, [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    QAction *italic = toggle(tr("&Italic"), QKeySequence::Italic, [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    QAction *underline = toggle(tr("&Underline"), QKeySequence::Underline, [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [bold, italic, underline](const QTextCharFormat &f) {
        bold->setChecked(f.fontWeight() >= QFont::Bold);
        italic->setChecked(f.fontItalic());
        underline->setChecked(f.fontUnderline());
    });
    menu->addSeparator();
    QAction *bullets = menu->addAction(tr("Bulle&ted list"), this, [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); });
    QAction *numbers = menu->addAction(tr("&Numbered list"), this, [this] { m_editor->textCursor().createList(QTextListFormat::ListDecimal); });
    m_size->setAccessibleName(tr("Font size"));
    for (const int pt : {9, 10, 11, 12, 14, 16, 18})
        m_size->addItem(QString::number(pt), pt);
    m_size->setCurrentText(u"11"_s);
    connect(m_size, &QComboBox::activated, this, [this] {
        QTextCharFormat f;
        f.setFontPointSize(m_size->currentData().toInt());
        m_editor->mergeCurrentCharFormat(f);
    });
    m_toolbarActions = {bold, italic, underline, bullets, numbers};
}

} // namespace pcc
