#include "lettereditorwindow.h"

#include "contactlog.h"
#include "draftautosaver.h"
#include "draftstore.h"
#include "emaildraft.h"
#include "lettercomposer.h"
#include "letterrenderer.h"
#include "mergefieldhighlighter.h"
#include "pagesetupdialog.h"
#include "recordcontactdialog.h"
#include "settings.h"
#include "templatestore.h"
#include "textsimilarity.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString escapedLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << l.toHtmlEscaped();
    return out.join(u"<br/>"_s);
}

QString safeFileName(const QString &name)
{
    QString s = name;
    s.replace(QRegularExpression(u"[^A-Za-z0-9 _.-]"_s), u"-"_s);
    return s;
}
} // namespace

LetterEditorWindow::LetterEditorWindow(const Directory &directory, ContactLog *log, QWidget *parent)
    : QMainWindow(parent)
    , m_directory(directory)
    , m_log(log)
    , m_autosaver(new DraftAutosaver(this))
    , m_recipients(new QListWidget(this))
    , m_templates(new QComboBox(this))
    , m_editor(new QTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new QLabel(this))
    , m_ownWords(new QLabel(this))
{
    setWindowTitle(tr("Letters — PCC Campaigner"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1150, 800);

    for (const ForceRecord &f : m_directory.forces()) {
        auto *item = new QListWidgetItem(f.areaName(), m_recipients);
        item->setData(Qt::UserRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_recipients->setAccessibleName(tr("Recipients: tick several to export letters in one go"));
    m_editor->setAcceptRichText(true);
    m_editor->setAccessibleName(tr("Letter text"));
    new MergeFieldHighlighter(m_editor->document());
    m_preview->setAccessibleName(tr("Preview of the merged letter"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #991b1b;"_s);
    m_ownWords->setWordWrap(true);

    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_ownWords);
    m_tabs->addTab(editorPage, tr("&Edit"));
    m_tabs->addTab(m_preview, tr("&Preview"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_tabs);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Choose who to write to. Tick several to export their letters together (File menu)."), this);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    leftLayout->addWidget(m_recipients);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    setCentralWidget(splitter);

    buildActions();
    reloadTemplates(TemplateStore::defaultTemplate().id);

    connect(m_recipients, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_loading)
            loadRecipient(item->data(Qt::UserRole).toString());
    });
    connect(m_templates, &QComboBox::activated, this, &LetterEditorWindow::onTemplateChosen);
    connect(m_editor, &QTextEdit::textChanged, this, &LetterEditorWindow::onEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LetterEditorWindow::refreshPreview);
    connect(m_autosaver, &DraftAutosaver::saved, this, [this] { statusBar()->showMessage(tr("Draft saved"), 2000); });
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

    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *printAction = add(file, tr("&Print…"), QKeySequence::Print, &LetterEditorWindow::print);
    QAction *pdfAction = add(file, tr("Export as &PDF…"), QKeySequence(u"Ctrl+E"_s), [this] { exportPdf(false, false); });
    add(file, tr("Export ticked letters to &one PDF…"), {}, [this] { exportPdf(true, false); });
    add(file, tr("Export ticked letters as &separate PDFs…"), {}, [this] { exportPdf(true, true); });
    file->addSeparator();
    QAction *emlAction = add(file, tr("Save &email draft (.eml)…"), {}, &LetterEditorWindow::saveEml);
    add(file, tr("Open in email &program"), {}, &LetterEditorWindow::openMailto);
    add(file, tr("&Copy letter text"), QKeySequence(u"Ctrl+Shift+C"_s), &LetterEditorWindow::copyLetter);
    add(file, tr("&Record this letter in the contact log…"), QKeySequence(u"Ctrl+R"_s),
        [this] { offerToRecord({currentLetter()}, Channel::Post); });
    file->addSeparator();
    add(file, tr("Page &setup and envelope…"), {}, &LetterEditorWindow::pageSetup);
    file->addSeparator();
    add(file, tr("&Close"), QKeySequence::Close, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QTextEdit::undo);
    QAction *redo = edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QTextEdit::redoAvailable, redo, &QAction::setEnabled);

    edit->addSeparator();
    auto tickAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_recipients->count(); ++i)
            m_recipients->item(i)->setCheckState(state);
    };
    edit->addAction(tr("&Tick all recipients"), this, [tickAll] { tickAll(Qt::Checked); });
    edit->addAction(tr("&Untick all recipients"), this, [tickAll] { tickAll(Qt::Unchecked); });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    auto toggle = [&](const QString &text, const QKeySequence &key, auto apply) {
        QAction *a = format->addAction(text);
        a->setShortcut(key);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat f;
            apply(f, on);
            m_editor->mergeCurrentCharFormat(f);
        });
        return a;
    };
    QAction *bold = toggle(tr("&Bold"), QKeySequence::Bold, [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    QAction *italic = toggle(tr("&Italic"), QKeySequence::Italic, [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    QAction *underline = toggle(tr("&Underline"), QKeySequence::Underline, [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [bold, italic, underline](const QTextCharFormat &f) {
        bold->setChecked(f.fontWeight() >= QFont::Bold);
        italic->setChecked(f.fontItalic());
        underline->setChecked(f.fontUnderline());
    });
    format->addSeparator();
    QAction *bullets = format->addAction(tr("&Bulleted list"), this, [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); });
    QAction *numbers = format->addAction(tr("&Numbered list"), this, [this] { m_editor->textCursor().createList(QTextListFormat::ListDecimal); });
    auto *size = new QComboBox(this);
    size->setAccessibleName(tr("Font size"));
    for (const int pt : {9, 10, 11, 12, 14, 16, 18})
        size->addItem(QString::number(pt), pt);
    size->setCurrentText(u"11"_s);
    connect(size, &QComboBox::activated, this, [this, size] {
        QTextCharFormat f;
        f.setFontPointSize(size->currentData().toInt());
        m_editor->mergeCurrentCharFormat(f);
    });

    QMenu *insert = menuBar()->addMenu(tr("&Insert field"));
    for (const auto &field : LetterComposer::knownFields()) {
        QAction *a = insert->addAction(u"{{%1}} — %2"_s.arg(field.name, field.description));
        connect(a, &QAction::triggered, this, [this, name = field.name] { m_editor->insertPlainText(u"{{%1}}"_s.arg(name)); });
    }

    QMenu *templates = menuBar()->addMenu(tr("&Templates"));
    buildTemplateMenu(templates);

    bar->addWidget(new QLabel(tr(" Template: "), this));
    bar->addWidget(m_templates);
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({bold, italic, underline, bullets, numbers});
    bar->addWidget(size);
    bar->addSeparator();
    bar->addActions({printAction, pdfAction, emlAction});
}

void LetterEditorWindow::buildTemplateMenu(QMenu *menu)
{
    auto saveAs = [this](const QString &suggested, const QString &html) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save template"), tr("Name of your template:"),
                                                   QLineEdit::Normal, TemplateStore::uniqueName(suggested), &ok);
        if (!ok)
            return;
        QString error;
        LetterTemplate saved;
        if (!TemplateStore::save(name, html, &saved, &error)) {
            QMessageBox::warning(this, tr("Template not saved"), error);
            return;
        }
        reloadTemplates(saved.id);
        m_template = saved;
    };
    menu->addAction(tr("&New blank template…"), this, [saveAs] { saveAs(QObject::tr("My letter"), u"<p>{{salutation}}</p><p></p><p>{{sign_off}}</p><p>{{sender_name}}</p>"_s); });
    menu->addAction(tr("&Duplicate this template…"), this, [this, saveAs] { saveAs(m_template.name, m_template.html); });
    menu->addAction(tr("&Save the editor's text as a template…"), this, [this, saveAs] { saveAs(tr("My letter"), m_editor->toHtml()); });
    menu->addAction(tr("&Rename this template…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename template"), tr("New name:"), QLineEdit::Normal, m_template.name, &ok);
        QString error;
        if (ok && !TemplateStore::rename(m_template, name, &error))
            QMessageBox::warning(this, tr("Template not renamed"), error);
        else if (ok)
            reloadTemplates(u"user:"_s + name.trimmed());
    });
    menu->addAction(tr("De&lete this template…"), this, [this] {
        if (QMessageBox::question(this, tr("Delete template"), tr("Delete the template “%1”?").arg(m_template.name)) != QMessageBox::Yes)
            return;
        QString error;
        if (!TemplateStore::remove(m_template, &error))
            QMessageBox::warning(this, tr("Template not deleted"), error);
        else
            reloadTemplates(TemplateStore::defaultTemplate().id);
    });
}

void LetterEditorWindow::reloadTemplates(const QString &selectId)
{
    m_templates->clear();
    const QList<LetterTemplate> all = TemplateStore::all();
    for (const LetterTemplate &t : all)
        m_templates->addItem(t.builtIn ? t.name : tr("%1 (yours)").arg(t.name), t.id);
    const int index = std::max(0, m_templates->findData(selectId));
    m_templates->setCurrentIndex(index);
    m_template = all.value(index, TemplateStore::defaultTemplate());
}

void LetterEditorWindow::onTemplateChosen(int index)
{
    const auto chosen = TemplateStore::find(m_templates->itemData(index).toString());
    if (!chosen)
        return;
    if (m_autosaver->hasUnsavedChanges() || DraftStore::load(sender().name, m_forceId)) {
        if (QMessageBox::question(this, tr("Replace your draft?"),
                                  tr("Start this letter again from “%1”? Your edits to this letter will be replaced.").arg(chosen->name))
            != QMessageBox::Yes) {
            m_templates->setCurrentIndex(std::max(0, m_templates->findData(m_template.id)));
            return;
        }
    }
    m_template = *chosen;
    m_loading = true;
    m_editor->setHtml(m_template.html);
    m_loading = false;
    onEdited();
}

Profile LetterEditorWindow::sender() const
{
    if (!m_log)
        return {};
    return m_log->profile(m_log->currentProfileName()).value_or(Profile());
}

void LetterEditorWindow::openFor(const QString &forceId, const QString &templateId, const QHash<QString, QString> &extra)
{
    m_extra = extra;
    if (!templateId.isEmpty())
        reloadTemplates(templateId);
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->data(Qt::UserRole).toString() == forceId) {
            m_loading = true;
            m_recipients->setCurrentRow(i);
            m_loading = false;
        }
    }
    loadRecipient(forceId);
    if (!templateId.isEmpty()) {
        m_loading = true;
        m_editor->setHtml(m_template.html);
        m_loading = false;
        onEdited();
    }
    show();
    raise();
    activateWindow();
}

void LetterEditorWindow::loadRecipient(const QString &forceId)
{
    m_autosaver->flush();
    m_forceId = forceId;
    const Profile p = sender();
    m_autosaver->setTarget(p.name, forceId, m_template.id);
    m_loading = true;
    if (const auto draft = DraftStore::load(p.name, forceId)) {
        m_editor->setHtml(draft->html);
        statusBar()->showMessage(tr("Your draft for this recipient, saved %1").arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)), 4000);
    } else {
        m_editor->setHtml(m_template.html);
    }
    m_editor->document()->clearUndoRedoStacks();
    m_loading = false;
    if (const ForceRecord *f = m_directory.force(forceId))
        setWindowTitle(tr("Letter to %1 — PCC Campaigner").arg(f->areaName()));
    refreshPreview();
}

void LetterEditorWindow::onEdited()
{
    if (m_loading || m_forceId.isEmpty())
        return;
    m_autosaver->markChanged(m_editor->toHtml());
    refreshPreview();
}

QString LetterEditorWindow::ownWordsText() const
{
    QTextDocument original;
    original.setHtml(m_template.html);
    const double same = TextSimilarity::sharedWordFraction(m_editor->toPlainText(), original.toPlainText());
    return tr("%1% of this letter is still the template's wording. Letters in your own words carry more weight: "
              "say why this matters to you and to your area.")
        .arg(qRound(same * 100));
}

Letter LetterEditorWindow::letterFor(const QString &forceId) const
{
    const ForceRecord *f = m_directory.force(forceId);
    if (!f)
        return {};
    const Profile p = sender();
    QString body = forceId == m_forceId ? m_editor->toHtml() : QString();
    if (body.isEmpty()) {
        const auto draft = DraftStore::load(p.name, forceId);
        body = draft ? draft->html : m_template.html;
    }
    Letter l = LetterComposer::composeFromBody(body, *f, p, QDate::currentDate(), m_extra);
    l.templateId = m_template.id;
    return l;
}

Letter LetterEditorWindow::currentLetter() const
{
    return letterFor(m_forceId);
}

QList<Letter> LetterEditorWindow::checkedLetters() const
{
    QList<Letter> letters;
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->checkState() == Qt::Checked)
            letters << letterFor(m_recipients->item(i)->data(Qt::UserRole).toString());
    }
    return letters;
}

void LetterEditorWindow::refreshPreview()
{
    m_ownWords->setText(ownWordsText());
    if (m_forceId.isEmpty())
        return;
    const Letter l = currentLetter();
    m_problems->setVisible(!l.problems.isEmpty());
    m_problems->setText(l.problems.isEmpty() ? QString() : u"⚠ "_s + l.problems.join(u"\n⚠ "_s));
    if (m_tabs->currentWidget() != m_preview)
        return;
    m_preview->setHtml(u"<p align=\"right\">"_s + escapedLines(l.senderBlock) + u"<br/><br/>"_s + l.dateText.toHtmlEscaped()
                       + u"</p><p>"_s + escapedLines(l.recipientBlock) + u"</p>"_s + l.bodyHtml);
}

bool LetterEditorWindow::ensureSender()
{
    if (!sender().name.isEmpty())
        return true;
    QMessageBox::information(this, tr("Who is writing?"), tr("Create your volunteer profile first (Profile menu in the main window): "
                                                               "its name and address are printed as the sender."));
    return false;
}

void LetterEditorWindow::print()
{
    if (!ensureSender())
        return;
    const Letter letter = currentLetter();
    if (!letter.problems.isEmpty()
        && QMessageBox::warning(this, tr("Problems in this letter"), letter.problems.join(u'\n') + u"\n\n"_s + tr("Print anyway?"),
                                QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const LetterLayout layout = Settings::letterLayout();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(layout.pageSize));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(letter.title);
    QPrintPreviewDialog dialog(&printer, this);
    bool printed = false;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        QPainter painter(p);
        LetterRenderer(layout).render(&painter, p, {letter});
        printed = true;
    });
    if (dialog.exec() == QDialog::Accepted && printed)
        offerToRecord({letter}, Channel::Post);
}

void LetterEditorWindow::exportPdf(bool checkedOnly, bool separateFiles)
{
    if (!ensureSender())
        return;
    const QList<Letter> letters = checkedOnly ? checkedLetters() : QList<Letter>{currentLetter()};
    if (letters.isEmpty()) {
        QMessageBox::information(this, tr("No letters ticked"), tr("Tick the recipients in the list on the left first."));
        return;
    }
    QStringList problems;
    for (const Letter &l : letters) {
        for (const QString &p : l.problems)
            problems << (m_directory.force(l.forceId) ? m_directory.force(l.forceId)->areaName() : l.forceId) + u": "_s + p;
    }
    if (!problems.isEmpty()
        && QMessageBox::warning(this, tr("Problems in these letters"), problems.mid(0, 12).join(u'\n') + u"\n\n"_s + tr("Export anyway?"),
                                QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const QString folder = Settings::lastExportFolder().isEmpty() ? QDir::homePath() : Settings::lastExportFolder();
    QString target;
    if (separateFiles) {
        target = QFileDialog::getExistingDirectory(this, tr("Choose a folder for the letters"), folder);
    } else {
        const QString suggested = letters.size() == 1 ? safeFileName(m_directory.force(letters.first().forceId)->areaName() + u" letter.pdf"_s)
                                                      : tr("letters.pdf");
        target = QFileDialog::getSaveFileName(this, tr("Export PDF"), folder + u'/' + suggested, tr("PDF files (*.pdf)"));
    }
    if (target.isEmpty())
        return;
    Settings::setLastExportFolder(separateFiles ? target : QFileInfo(target).absolutePath());

    const LetterLayout layout = Settings::letterLayout();
    QProgressDialog progress(tr("Writing letters…"), tr("Cancel"), 0, int(letters.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto step = [&progress](int i) {
        progress.setValue(i);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QString error;
    bool ok = true;
    if (separateFiles) {
        for (qsizetype i = 0; i < letters.size() && ok; ++i) {
            if (!step(int(i))) {
                ok = false;
                error = tr("Cancelled after %1 of %2 letters.").arg(i).arg(letters.size());
                break;
            }
            const QString name = safeFileName(m_directory.force(letters.at(i).forceId)->areaName()) + u".pdf"_s;
            ok = LetterRenderer(layout).writePdf({letters.at(i)}, target + u'/' + name, sender().name, &error);
        }
    } else {
        ok = LetterRenderer(layout).writePdf(letters, target, sender().name, &error, step);
    }
    progress.setValue(int(letters.size()));
    if (!ok) {
        QMessageBox::warning(this, tr("Export stopped"), error);
        return;
    }
    statusBar()->showMessage(tr("%1 letters written to %2").arg(letters.size()).arg(target), 5000);
    offerToRecord(letters, Channel::Post);
}

void LetterEditorWindow::saveEml()
{
    if (!ensureSender())
        return;
    const Letter letter = currentLetter();
    const ForceRecord *f = m_directory.force(letter.forceId);
    if (letter.toEmail.isEmpty()
        && QMessageBox::question(this, tr("No verified email address"),
                                 tr("%1 publishes no verified email address. Save a draft without a recipient anyway? "
                                    "You can paste the text into the contact form on %2.").arg(f->officeName, f->website))
            != QMessageBox::Yes)
        return;
    const QString folder = Settings::lastExportFolder().isEmpty() ? QDir::homePath() : Settings::lastExportFolder();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save email draft"), folder + u'/' + safeFileName(f->areaName() + u" letter.eml"_s),
                                                      tr("Email drafts (*.eml)"));
    if (path.isEmpty())
        return;
    const Profile p = sender();
    const QByteArray eml = EmailDraft::toEml(letter, p.name, p.email);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Draft not saved"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Email draft saved: open it in your email program to send it"), 5000);
    offerToRecord({letter}, Channel::Email);
}

void LetterEditorWindow::openMailto()
{
    if (!ensureSender())
        return;
    const Letter letter = currentLetter();
    if (letter.toEmail.isEmpty()) {
        const ForceRecord *f = m_directory.force(letter.forceId);
        QApplication::clipboard()->setText(EmailDraft::emailBodyText(letter));
        QMessageBox::information(this, tr("No verified email address"),
                                 tr("%1 publishes no verified email address. The letter has been copied: paste it into the "
                                    "contact form on %2.").arg(f->officeName, f->website));
        return;
    }
    const QUrl url = EmailDraft::toMailto(letter);
    if (url.isEmpty()) {
        QApplication::clipboard()->setText(EmailDraft::emailBodyText(letter));
        QUrl shortUrl;
        shortUrl.setScheme(u"mailto"_s);
        shortUrl.setPath(letter.toEmail);
        shortUrl.setQuery(u"subject="_s + QString::fromLatin1(QUrl::toPercentEncoding(letter.subject)));
        QMessageBox::information(this, tr("Letter copied"), tr("This letter is too long to pass to your email program directly, so it "
                                                               "has been copied to the clipboard. Paste it into the new message."));
        QDesktopServices::openUrl(shortUrl);
    } else {
        QDesktopServices::openUrl(url);
    }
    offerToRecord({letter}, Channel::Email);
}

void LetterEditorWindow::copyLetter()
{
    QApplication::clipboard()->setText(currentLetter().plainText());
    statusBar()->showMessage(tr("Letter copied to the clipboard"), 3000);
}

void LetterEditorWindow::pageSetup()
{
    PageSetupDialog dialog(Settings::letterLayout(), this);
    connect(&dialog, &PageSetupDialog::testPageRequested, this, [this](const LetterLayout &layout) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(layout.pageSize));
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&layout](QPrinter *p) {
            QPainter painter(p);
            LetterRenderer(layout).renderTestPage(&painter, p);
        });
        preview.exec();
    });
    if (dialog.exec() == QDialog::Accepted)
        Settings::setLetterLayout(dialog.layout());
}

void LetterEditorWindow::offerToRecord(const QList<Letter> &letters, Channel channel)
{
    if (!m_log || letters.isEmpty())
        return;
    const Profile p = sender();
    if (letters.size() == 1) {
        const ForceRecord *f = m_directory.force(letters.first().forceId);
        ContactRecord r;
        r.profileName = p.name;
        r.setRecipient(*f);
        r.channel = channel;
        r.status = ContactStatus::Sent;
        r.date = QDate::currentDate();
        RecordContactDialog dialog(r, f->areaName(), this);
        dialog.setWindowTitle(tr("Record this letter in your contact log?"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        r = dialog.record();
        r.templateName = letters.first().templateId;
        r.letterText = letters.first().plainText();
        if (!m_log->addContact(&r)) {
            QMessageBox::warning(this, tr("Not recorded"), m_log->lastError());
            return;
        }
    } else {
        if (QMessageBox::question(this, tr("Record these letters?"),
                                  tr("Record %1 letters as sent today by post in your contact log?").arg(letters.size()))
            != QMessageBox::Yes)
            return;
        for (const Letter &l : letters) {
            ContactRecord r;
            r.profileName = p.name;
            r.setRecipient(*m_directory.force(l.forceId));
            r.channel = channel;
            r.status = ContactStatus::Sent;
            r.templateName = l.templateId;
            r.letterText = l.plainText();
            if (!m_log->addContact(&r)) {
                QMessageBox::warning(this, tr("Not recorded"), m_log->lastError());
                return;
            }
        }
    }
    emit contactRecorded();
}

void LetterEditorWindow::closeEvent(QCloseEvent *event)
{
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
