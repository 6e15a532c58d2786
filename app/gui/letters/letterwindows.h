#pragma once

#include <QObject>

class QWidget;

namespace pcc {

class Directory;
class LetterEditorWindow;
class LogController;

// The letter window, made the first time a letter is written and kept: which office it opens
// for (the selected one, or the first letter due a follow-up), and what it needs to hear when
// the directory or the sender changes while it is open.
class LetterWindows : public QObject
{
    Q_OBJECT
public:
    LetterWindows(const Directory &directory, LogController *log, QWidget *mainWindow);

    void write(const QString &forceId); // says so when no area is chosen
    void writeFollowUp();               // the first letter due a follow-up, if any
    void setDirectory(const Directory &directory);
    void refreshSender();
    bool close(); // false when the volunteer keeps it open (a draft not yet saved)

signals:
    void contactRecorded(const QString &confirmation);
    void lettersOut();

private:
    LetterEditorWindow *editor();

    const Directory &m_directory;
    LogController *m_log;
    QWidget *m_mainWindow;
    LetterEditorWindow *m_editor = nullptr;
};

} // namespace pcc
