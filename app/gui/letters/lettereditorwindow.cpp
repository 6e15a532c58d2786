#include "letters/lettereditorwindow.h"

#include "typefaces.h"
#include "shell/settings.h"
#include "shell/windowsize.h"

#include "contactrecorder.h"
#include "draftautosaver.h"
#include "draftstore.h"
#include "emaildraft.h"
#include "letters/formatactions.h"
#include "lettercomposer.h"
#include "letters/letteredit.h"
#include "letterlayout.h"
#include "letters/letteroutput.h"
#include "letters/paperoutput.h"
#include "letters/letterrecordoffer.h"
#include "letters/lettersendactions.h"
#include "letters/letterspelling.h"
#include "letters/recipientlist.h"
#include "letters/templatechooser.h"
#include "templatestore.h"
#include "textsimilarity.h"

#include <QAction>
#include <QSignalBlocker>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

LetterEditorWindow::LetterEditorWindow(const Directory &directory, ContactRecorder *recorder, QWidget *parent)
    : QMainWindow(parent)
    , m_directory(directory)
    , m_recorder(recorder)
    , m_autosaver(new DraftAutosaver(this))
    , m_output(new LetterOutput(m_directory, this))
    , m_paper(new PaperOutput(m_directory, this))
    , m_recordOffer(new LetterRecordOffer(m_directory, recorder, this))
    , m_recipients(new RecipientList(m_directory, this))
    , m_templates(new TemplateChooser(this, [this] { return m_editor->letterHtml(); }))
    , m_editor(new LetterEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new QLabel(this))
    , m_ownWords(new QLabel(this))
{
    setWindowTitle(tr("Letters — PCC Campaigner"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    WindowSize::restore(this, Settings::letterWindowGeometry(), QSize(1150, 800));

    m_editor->setAcceptRichText(true);
    m_editor->document()->setDefaultFont(Typefaces::printFont(LetterLayout::saved().fontFamily, 11));
    m_editor->setAccessibleName(tr("Letter text"));
    m_spelling = new LetterSpelling(m_editor, m_directory, this);
    m_preview->setAccessibleName(tr("Preview of the merged letter"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #991b1b;"_s);
    m_ownWords->setWordWrap(true);

    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_ownWords);
    m_tabs->addTab(editorPage, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_tabs);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Choose who to write to. Tick several to print or save their letters together (the Send… button)."), this);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    leftLayout->addWidget(m_recipients);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    setCentralWidget(splitter);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &LetterEditorWindow::refreshPreviewNow);
    m_autosaver->setHtmlSource([this] { return m_editor->letterHtml(); });

    buildActions();
    m_templates->reload(TemplateStore::defaultTemplate().id);
    refreshSender();

    connect(m_recipients, &RecipientList::recipientChosen, this, &LetterEditorWindow::loadRecipient);
    connect(m_templates, &TemplateChooser::chosen, this, &LetterEditorWindow::onTemplateChosen);
    connect(m_templates, &TemplateChooser::currentChanged, this, [this] { // saved, renamed or deleted: the letter's text stays
        m_autosaver->setTarget(m_sender, m_forceId, m_templates->current().id);
        m_templatePlainText = templatePlainText(m_forceId);
        refreshPreviewNow();
    });
    connect(m_templates, &TemplateChooser::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_editor, &QTextEdit::textChanged, this, &LetterEditorWindow::onEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LetterEditorWindow::refreshPreviewNow);
    // Printed or handed to the email program: offer to record it now. Saved as a PDF or an
    // email draft: it is not posted or sent yet, so the offer waits until the editor closes.
    connect(m_output, &LetterOutput::lettersSent, this, &LetterEditorWindow::offerToRecord);
    connect(m_output, &LetterOutput::lettersSaved, m_recordOffer, &LetterRecordOffer::remember);
    connect(m_output, &LetterOutput::lettersSent, this, &LetterEditorWindow::lettersOut);
    connect(m_output, &LetterOutput::lettersSaved, this, &LetterEditorWindow::lettersOut);
    connect(m_recordOffer, &LetterRecordOffer::recorded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        emit contactRecorded(message);
    });
    connect(m_output, &LetterOutput::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_paper, &PaperOutput::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_autosaver, &DraftAutosaver::saved, this, [this] { statusBar()->showMessage(tr("Draft saved"), 2000); });
    connect(m_autosaver, &DraftAutosaver::saveWarning, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Draft not saved"), message + u"\n\n"_s + tr("Your text is still in the editor; copy it somewhere safe."));
    });
}

LetterEditorWindow::~LetterEditorWindow()
{
    m_autosaver->flush();
}

void LetterEditorWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *bar = addToolBar(tr("Letter"));
    bar->setObjectName(u"letterToolbar"_s);

    LetterSendActions::Source source;
    source.current = [this] { return currentLetter(); };
    source.ticked = [this] { return checkedLetters(); };
    source.tickedForceIds = [this] { return m_recipients->tickedForceIds(); };
    source.sender = [this] { return m_sender; };
    source.ensureSender = [this] { return ensureSender(); };
    LetterSendActions sending(source, m_output, m_paper, this);
    QToolButton *send = sending.fill(file);
    file->addAction(tr("&Record this letter in the contact log…"), QKeySequence(u"Ctrl+R"_s), this,
                    [this] { offerToRecord({currentLetter()}, Channel::Post); });
    file->addSeparator();
    file->addAction(tr("Page &setup and envelope…"), this, [this] { m_output->pageSetup(); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QTextEdit::undo);
    QAction *redo = edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QTextEdit::redoAvailable, redo, &QAction::setEnabled);

    edit->addSeparator();
    edit->addAction(m_spelling->toggleAction());
    edit->addSeparator();
    edit->addAction(tr("&Tick all recipients"), this, [this] { m_recipients->tickAll(true); });
    edit->addAction(tr("Untic&k all recipients"), this, [this] { m_recipients->tickAll(false); });

    auto *format = new FormatActions(m_editor, menuBar()->addMenu(tr("F&ormat")), this);

    QMenu *insert = menuBar()->addMenu(tr("&Insert field"));
    for (const auto &field : LetterComposer::knownFields()) {
        QAction *a = insert->addAction(u"%1 — %2"_s.arg(field.label, field.description));
        connect(a, &QAction::triggered, this, [this, name = field.name] { m_editor->insertField(name); });
    }

    m_templates->fillMenu(menuBar()->addMenu(tr("&Templates")));

    // Send first: in a longer language the end of a toolbar is what overflows.
    bar->addWidget(send);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Template: "), this));
    bar->addWidget(m_templates->comboBox());
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions(format->toolbarActions());
    bar->addWidget(format->sizeBox());
}

void LetterEditorWindow::onTemplateChosen(const LetterTemplate &chosen)
{
    if (m_autosaver->hasUnsavedChanges() || DraftStore::load(m_sender, m_forceId)) {
        if (QMessageBox::question(this, tr("Replace your draft?"),
                                  tr("Start this letter again from “%1”? Your edits to this letter will be replaced.").arg(chosen.name))
            != QMessageBox::Yes) {
            m_templates->showCurrent();
            return;
        }
    }
    m_templates->show(chosen);
    startFromTemplate();
}

// The letter starts again from the template in use (and the own-words measure with it).
void LetterEditorWindow::startFromTemplate()
{
    m_autosaver->setTarget(m_sender, m_forceId, m_templates->current().id);
    m_templatePlainText = templatePlainText(m_forceId);
    m_loading = true;
    m_editor->setLetterHtml(templateHtmlFor(m_forceId));
    m_loading = false;
    onEdited();
}

QString LetterEditorWindow::templatePlainText(const QString &forceId) const
{
    QTextDocument resolved; // the baseline: the template as this office's letter starts
    resolved.setHtml(templateHtmlFor(forceId));
    return resolved.toPlainText();
}

void LetterEditorWindow::refreshSender()
{
    m_autosaver->flush(); // a draft in progress belongs to the profile that wrote it
    m_sender = (m_recorder ? m_recorder->sender() : std::nullopt).value_or(Profile());
    m_autosaver->setTarget(m_sender, m_forceId, m_templates->current().id);
    QString spellingError;
    if (!m_spelling->usePersonalList(m_sender.uuid, &spellingError))
        statusBar()->showMessage(spellingError, 8000);
    m_spelling->rehighlight();
    refreshFieldValues();
}

void LetterEditorWindow::setDirectory(const Directory &directory)
{
    m_directory = directory; // the recipient list and the output read this same object
    m_spelling->addNamesFrom(m_directory);
    refreshFieldValues();
    refreshPreviewNow();
}

// The template as this recipient's letter starts: only the branches of its conditions that
// apply to this office. A template with a broken condition is shown as written, so that the
// problem is listed above the editor.
QString LetterEditorWindow::templateHtmlFor(const QString &forceId) const
{
    const ForceRecord *f = m_directory.force(forceId);
    if (!f)
        return m_templates->current().html;
    QStringList problems;
    const QString html = LetterComposer::resolveConditions(m_templates->current().html, LetterComposer::conditionValues(*f, m_sender), &problems);
    return problems.isEmpty() ? html : m_templates->current().html;
}

void LetterEditorWindow::refreshFieldValues()
{
    if (const ForceRecord *f = m_directory.force(m_forceId))
        m_editor->setFieldValues(LetterComposer::fieldValues(*f, m_sender, QDate::currentDate(), m_extra));
}

void LetterEditorWindow::openFor(const QString &forceId, const QString &templateId, const QHash<QString, QString> &extra)
{
    m_extra = extra;
    refreshSender();
    if (!templateId.isEmpty())
        m_templates->reload(templateId);
    m_recipients->showRecipient(forceId);
    loadRecipient(forceId);
    if (!templateId.isEmpty())
        startFromTemplate();
    show();
    raise();
    activateWindow();
}

void LetterEditorWindow::loadRecipient(const QString &forceId)
{
    m_autosaver->flush();
    m_forceId = forceId;
    m_autosaver->setTarget(m_sender, forceId, m_templates->current().id);
    m_loading = true;
    refreshFieldValues();
    QString draftProblem;
    const auto draft = DraftStore::load(m_sender, forceId, &draftProblem);
    if (!draftProblem.isEmpty())
        QMessageBox::warning(this, tr("Draft not readable"), draftProblem);
    // A draft comes back with the template it was written from (and the own-words measure with
    // that template as its baseline), whatever template the window last showed.
    if (draft && !draft->templateId.isEmpty() && draft->templateId != m_templates->current().id) {
        if (const auto written = TemplateStore::find(draft->templateId)) {
            m_templates->show(*written);
            m_autosaver->setTarget(m_sender, forceId, written->id);
        }
    }
    m_templatePlainText = templatePlainText(forceId);
    if (draft) {
        m_editor->setLetterHtml(draft->html);
        statusBar()->showMessage(tr("Your draft for this recipient, saved %1").arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)), 4000);
    } else {
        m_editor->setLetterHtml(templateHtmlFor(m_forceId));
    }
    m_loading = false;
    if (const ForceRecord *f = m_directory.force(forceId))
        setWindowTitle(tr("Letter to %1 — PCC Campaigner").arg(f->areaName()));
    refreshPreviewNow();
}

// Cheap on every keystroke: the draft is serialised when it is saved, the preview and the
// own-words measure after a pause in typing.
void LetterEditorWindow::onEdited()
{
    if (m_loading || m_forceId.isEmpty())
        return;
    m_autosaver->markChanged();
    m_previewTimer.start();
}

QString LetterEditorWindow::ownWordsText() const
{
    const double same = TextSimilarity::sharedWordFraction(m_editor->letterPlainText(), m_templatePlainText);
    return tr("%1% of this letter is still the template's wording. Letters in your own words carry more weight: "
              "say why this matters to you and to your area.")
        .arg(qRound(same * 100));
}

Letter LetterEditorWindow::letterFor(const QString &forceId) const
{
    const ForceRecord *f = m_directory.force(forceId);
    if (!f)
        return {};
    QString body = forceId == m_forceId ? m_editor->letterHtml() : QString();
    QString draftProblem;
    if (body.isEmpty()) {
        const auto draft = DraftStore::load(m_sender, forceId, &draftProblem);
        body = draft ? draft->html : m_templates->current().html;
    }
    Letter l = LetterComposer::composeFromBody(body, *f, m_sender, QDate::currentDate(), m_extra);
    l.templateId = m_templates->current().id;
    if (!draftProblem.isEmpty()) // an unreadable draft was put aside: this letter is the template's
        l.problems << draftProblem;
    return l;
}

Letter LetterEditorWindow::currentLetter() const
{
    return letterFor(m_forceId);
}

QList<Letter> LetterEditorWindow::checkedLetters() const
{
    QList<Letter> letters;
    for (const QString &id : m_recipients->tickedForceIds())
        letters << letterFor(id);
    return letters;
}

void LetterEditorWindow::refreshPreviewNow()
{
    m_previewTimer.stop();
    m_ownWords->setText(ownWordsText());
    if (m_forceId.isEmpty())
        return;
    const Letter l = currentLetter();
    m_problems->setVisible(!l.problems.isEmpty());
    m_problems->setText(l.problems.isEmpty() ? QString() : u"⚠ "_s + l.problems.join(u"\n⚠ "_s));
    if (m_tabs->currentWidget() != m_preview)
        return;
    m_preview->setHtml(l.html());
}

bool LetterEditorWindow::ensureSender()
{
    if (!m_sender.name.isEmpty())
        return true;
    QMessageBox::information(this, tr("Who is writing?"), tr("Create your volunteer profile first (Profile menu in the main window): "
                                                               "its name and address are printed as the sender."));
    return false;
}

void LetterEditorWindow::offerToRecord(const QList<Letter> &letters, Channel channel)
{
    if (ensureSender())
        m_recordOffer->offer(letters, channel, m_sender);
}

void LetterEditorWindow::closeEvent(QCloseEvent *event)
{
    Settings::setLetterWindowGeometry(saveGeometry());
    // Letters saved as PDFs or email drafts are offered once, now: by the time the editor
    // closes they may be in the post or sent. The offer names each office.
    m_recordOffer->offerRemembered(m_sender);
    if (!m_autosaver->flush()) {
        if (QMessageBox::warning(this, tr("Draft not saved"), tr("Your draft could not be saved. Close anyway and lose the changes?"),
                                 QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace pcc
