#pragma once

#include "letter.h"
#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace pcc {

class LetterOutput;
class PaperOutput;

// Every way a letter leaves the editor: the File menu's print, PDF, email and copy actions and
// the toolbar's one "Send…" button that holds them all. Asks the window for the letter on
// screen, the ticked ones and the sender (none until the volunteer has a profile).
class LetterSendActions
{
    Q_DECLARE_TR_FUNCTIONS(pcc::LetterSendActions)

public:
    struct Source
    {
        std::function<Letter()> current;
        std::function<QList<Letter>()> ticked;
        std::function<QStringList()> tickedForceIds;
        std::function<Profile()> sender;       // the volunteer's profile, empty when there is none
        std::function<bool()> ensureSender;    // false (after saying so) when there is no profile yet
    };

    LetterSendActions(const Source &source, LetterOutput *output, PaperOutput *paper, QWidget *window);

    // Adds the sending actions to the File menu; returns the "Send…" button for the toolbar.
    QToolButton *fill(QMenu *file);

private:
    QAction *add(QMenu *menu, const QString &text, const QKeySequence &key, const std::function<void()> &action);

    Source m_source;
    LetterOutput *m_output;
    PaperOutput *m_paper;
    QWidget *m_window;
};

} // namespace pcc
