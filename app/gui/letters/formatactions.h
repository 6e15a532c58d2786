#pragma once

#include <QList>
#include <QObject>

class QAction;
class QComboBox;
class QMenu;
class QTextEdit;
class QWidget;

namespace pcc {

// The letter editor's formatting: bold, italic, underline (checked as the cursor moves), lists
// and the font size, as menu entries and toolbar actions on one QTextEdit.
class FormatActions : public QObject
{
    Q_OBJECT
public:
    FormatActions(QTextEdit *editor, QMenu *menu, QWidget *parent);

    QList<QAction *> toolbarActions() const { return m_toolbarActions; }
    QComboBox *sizeBox() const { return m_size; }

private:
    QTextEdit *m_editor;
    QList<QAction *> m_toolbarActions;
    QComboBox *m_size;
};

} // namespace pcc
