#pragma once

// Answers the modal dialogs a window raises while it lives, as a volunteer would: a file dialog
// with `path` (under the type `fileType` when set), a message box with Yes (or No, or the button
// named `button`), and any other dialog through `other`. What each said is kept to check.
//
// A file dialog is answered from the event loop, so that a message it raises itself ("not
// found") is answered too; one still open after its answer is closed, so that a wrong file
// fails the test instead of hanging it.

#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace pcctest {

class DialogAnswers
{
public:
    QString path;
    int fileType = -1;  // an index into a save dialog's types; -1 takes the type it offers
    bool yes = true;    // a question's answer
    QString button;     // a message box's button with this text, when it has one
    std::function<void(QWidget *)> other; // another dialog: answer it (accept or reject)

    QStringList offeredTypes; // the type each file dialog offered first
    QStringList messages;     // each message box's text, in order

    explicit DialogAnswers(const QString &file = {})
        : path(file)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { answer(QApplication::activeModalWidget()); });
        m_timer.start(10);
    }
    void stop() { m_timer.stop(); }

private:
    void answer(QWidget *modal)
    {
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // Marked on the dialog itself: the next dialog may be made at the same address.
            if (files->property("pcc-answered").toBool()) {
                if (files->isVisible() && !files->property("pcc-answering").toBool())
                    files->reject();
                return;
            }
            files->setProperty("pcc-answered", true);
            offeredTypes << files->selectedNameFilter();
            if (fileType >= 0)
                files->selectNameFilter(files->nameFilters().value(fileType));
            files->setProperty("pcc-answering", true);
            QTimer::singleShot(0, files, [this, files] {
                chooseInDialog(files, path);
                files->setProperty("pcc-answering", false);
            });
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text();
            if (!button.isEmpty()) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == button) {
                        b->click();
                        return;
                    }
                }
            }
            if (QAbstractButton *reply = box->button(yes ? QMessageBox::Yes : QMessageBox::No))
                reply->click();
            else
                box->accept();
        } else if (modal && other) {
            other(modal);
        }
    }

    QTimer m_timer;
};

} // namespace pcctest
