#pragma once

#include "contactenums.h"
#include "directory.h"
#include "letter.h"
#include "profile.h"

#include <QObject>

class QWidget;

namespace pcc {

// Everything that takes finished letters out of the editor: print with preview, PDF (one,
// several in one file, or one file each), .eml draft, the email program, the clipboard, and
// the page and envelope setup. Says when a letter went out so that it can be recorded.
class LetterOutput : public QObject
{
    Q_OBJECT
public:
    LetterOutput(const Directory &directory, QWidget *dialogParent);

    // Through the system's print dialog, or a preview first; one job, one letter a sheet.
    void print(const QList<Letter> &letters, bool withPreview);
    void exportPdf(const QList<Letter> &letters, bool separateFiles, const Profile &sender);
    void saveEml(const Letter &letter, const Profile &sender);
    void openInEmailProgram(const Letter &letter);
    void copy(const Letter &letter);
    void pageSetup();

signals:
    void lettersSent(const QList<Letter> &letters, Channel channel); // printed, or handed to email
    void lettersSaved(const QList<Letter> &letters, Channel channel); // PDFs or email drafts: not sent yet
    void statusMessage(const QString &message);

private:
    enum class Route { Post, Email };
    bool confirmProblems(const QList<Letter> &letters, Route route, const QString &question);
    void noEmailProgram(const Letter &letter);
    QString areaName(const QString &forceId) const;

    const Directory &m_directory;
    QWidget *m_parent;
};

} // namespace pcc
