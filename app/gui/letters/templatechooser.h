#pragma once

#include "lettertemplate.h"

#include <QObject>

#include <functional>

class QComboBox;
class QMenu;
class QWidget;

namespace pcc {

// The letter window's templates: the chooser in the toolbar, the Templates menu (new,
// duplicate, save the editor's text, rename, delete) and the template now in use.
class TemplateChooser : public QObject
{
    Q_OBJECT
public:
    // editorHtml gives the editor's text, for "Save the editor's text as a template".
    TemplateChooser(QWidget *window, std::function<QString()> editorHtml);

    QComboBox *comboBox() const { return m_combo; }
    const LetterTemplate &current() const { return m_current; }
    void fillMenu(QMenu *menu);
    void reload(const QString &selectId); // the store read again, selectId (or the first) in use
    void show(const LetterTemplate &tmpl); // in use, and shown in the chooser, without a signal
    void showCurrent();                    // the chooser back to the template in use

signals:
    void chosen(const LetterTemplate &tmpl); // the volunteer picked another template in the chooser
    void currentChanged();                   // the template in use changed through the Templates menu
    void statusMessage(const QString &message);

private:
    void saveAs(const QString &suggested, const QString &html);
    void reloadAndSay(const QString &selectId);

    QWidget *m_window;
    QComboBox *m_combo;
    std::function<QString()> m_editorHtml;
    LetterTemplate m_current;
};

} // namespace pcc
