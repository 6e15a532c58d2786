#include "letters/letterwindows.h"

#include "letters/lettereditorwindow.h"
#include "log/logcontroller.h"
#include "directory.h"
#include "lettercomposer.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pcc {

LetterWindows::LetterWindows(const Directory &directory, LogController *log, QWidget *mainWindow)
    : QObject(mainWindow)
    , m_directory(directory)
    , m_log(log)
    , m_mainWindow(mainWindow)
{
}

LetterEditorWindow *LetterWindows::editor()
{
    if (!m_editor) {
        m_editor = new LetterEditorWindow(m_directory, m_log->recorder(), m_mainWindow);
        m_editor->setWindowFlag(Qt::Window);
        connect(m_editor, &LetterEditorWindow::contactRecorded, this, &LetterWindows::contactRecorded);
        connect(m_editor, &LetterEditorWindow::lettersOut, this, &LetterWindows::lettersOut);
    }
    return m_editor;
}

void LetterWindows::write(const QString &forceId)
{
    if (!m_directory.force(forceId)) {
        QMessageBox::information(m_mainWindow, tr("Choose an area"), tr("Select an area on the map or in the list first."));
        return;
    }
    editor()->openFor(forceId);
}

void LetterWindows::writeFollowUp()
{
    const auto first = m_log->firstDueFollowUp();
    if (!first)
        return;
    editor()->openFor(first->forceId, u"follow-up"_s, {{u"first_letter_date"_s, LetterComposer::ukLongDate(first->date)}});
    m_log->snoozeFollowUp(first->uuid); // its next reminder comes at 21 days; the others stay in the banner
}

void LetterWindows::setDirectory(const Directory &directory)
{
    if (m_editor)
        m_editor->setDirectory(directory);
}

void LetterWindows::refreshSender()
{
    if (m_editor)
        m_editor->refreshSender();
}

bool LetterWindows::close()
{
    return !m_editor || m_editor->close();
}

} // namespace pcc
