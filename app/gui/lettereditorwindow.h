#pragma once

#include "contactrecord.h"
#include "directory.h"
#include "letter.h"
#include "lettertemplate.h"

#include <QHash>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTextBrowser;
class QTextEdit;

namespace pcc {

class ContactLog;
class DraftAutosaver;

// Write, preview, print and send letters. The editor holds the letter with its
// {{merge_fields}}; each recipient's edits are kept (and autosaved) as their own draft.
class LetterEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    LetterEditorWindow(const Directory &directory, ContactLog *log, QWidget *parent = nullptr);
    ~LetterEditorWindow() override;

    void openFor(const QString &forceId, const QString &templateId = {}, const QHash<QString, QString> &extra = {});
    QString currentForce() const { return m_forceId; }
    QTextEdit *editor() const { return m_editor; }
    Letter currentLetter() const;
    QList<Letter> checkedLetters() const;
    QString ownWordsText() const;

signals:
    void contactRecorded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildTemplateMenu(QMenu *menu);
    void reloadTemplates(const QString &selectId);
    void loadRecipient(const QString &forceId);
    void onTemplateChosen(int index);
    void onEdited();
    void refreshPreview();
    Letter letterFor(const QString &forceId) const;
    Profile sender() const;
    bool ensureSender();

    void print();
    void exportPdf(bool checkedOnly, bool separateFiles);
    void saveEml();
    void openMailto();
    void copyLetter();
    void pageSetup();
    void offerToRecord(const QList<Letter> &letters, Channel channel);

    Directory m_directory;
    ContactLog *m_log;
    DraftAutosaver *m_autosaver;
    QListWidget *m_recipients;
    QComboBox *m_templates;
    QTextEdit *m_editor;
    QTextBrowser *m_preview;
    QTabWidget *m_tabs;
    QLabel *m_problems;
    QLabel *m_ownWords;
    QString m_forceId;
    LetterTemplate m_template;
    QHash<QString, QString> m_extra;
    bool m_loading = false;
};

} // namespace pcc
