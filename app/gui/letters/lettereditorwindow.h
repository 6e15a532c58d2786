#pragma once

#include "contactrecord.h"
#include "directory.h"
#include "letter.h"
#include "letters/letteredit.h"
#include "lettertemplate.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

#include <QTimer>

#include <optional>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QTextEdit;

namespace pcc {

class ContactRecorder;
class DraftAutosaver;
class LetterOutput;
class PaperOutput;
class LetterSpelling;
class LetterRecordOffer;
class RecipientList;
class TemplateChooser;

// Write, preview, print and send letters. The editor holds the letter with its
// {{merge_fields}}; each recipient's edits are kept (and autosaved) as their own draft.
class LetterEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    LetterEditorWindow(const Directory &directory, ContactRecorder *recorder, QWidget *parent = nullptr);
    ~LetterEditorWindow() override;

    void openFor(const QString &forceId, const QString &templateId = {}, const QHash<QString, QString> &extra = {});
    QString currentForce() const { return m_forceId; }
    LetterEdit *editor() const { return m_editor; }
    Letter currentLetter() const;
    QList<Letter> checkedLetters() const;
    QString ownWordsText() const;
    void refreshSender(); // after the current profile changed in the main window
    void setDirectory(const Directory &directory); // after a correction or an update
    void refreshPreviewNow(); // what the debounce timer runs

signals:
    void contactRecorded(const QString &confirmation);
    void lettersOut(); // printed, emailed or saved as a PDF

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void loadRecipient(const QString &forceId);
    void onTemplateChosen(const LetterTemplate &chosen);
    void startFromTemplate();
    QString templatePlainText(const QString &forceId) const;
    void onEdited();
    void refreshFieldValues();
    QString templateHtmlFor(const QString &forceId) const; // what the field chips show, for this recipient and sender
    Letter letterFor(const QString &forceId) const;
    bool ensureSender();
    void offerToRecord(const QList<Letter> &letters, Channel channel);

    Directory m_directory;
    ContactRecorder *m_recorder;
    DraftAutosaver *m_autosaver;
    LetterOutput *m_output;
    PaperOutput *m_paper;
    LetterRecordOffer *m_recordOffer;
    RecipientList *m_recipients;
    TemplateChooser *m_templates;
    LetterEdit *m_editor;
    QTextBrowser *m_preview;
    QTabWidget *m_tabs;
    QLabel *m_problems;
    QLabel *m_ownWords;
    LetterSpelling *m_spelling;
    QString m_forceId;
    QString m_templatePlainText; // for the "own words" measure, parsed once per template
    Profile m_sender;            // read from the log when the window opens or the profile changes
    QTimer m_previewTimer;       // the preview and the measure follow typing after a pause
    QHash<QString, QString> m_extra;
    bool m_loading = false;
};

} // namespace pcc
