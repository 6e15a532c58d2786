#include "letters/letteroutput.h"

#include "emaildraft.h"
#include "letterrenderer.h"
#include "printqueue.h"
#include "letters/pagesetupdialog.h"
#include "settingsstore.h"
#include "shell/filechooser.h"
#include "shell/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString safeFileName(const QString &name)
{
    QString s = name;
    s.replace(QRegularExpression(u"[^A-Za-z0-9 _.-]"_s), u"-"_s);
    return s;
}

} // namespace

LetterOutput::LetterOutput(const Directory &directory, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_directory(directory)
    , m_parent(dialogParent)
{
}

QString LetterOutput::areaName(const QString &forceId) const
{
    const ForceRecord *f = m_directory.force(forceId);
    return f ? f->areaName() : forceId;
}

bool LetterOutput::confirmProblems(const QList<Letter> &letters, Route route, const QString &question)
{
    QStringList problems;
    QStringList unverified;
    for (const Letter &l : letters) {
        for (const QString &p : l.problems)
            problems << (letters.size() > 1 ? areaName(l.forceId) + u": "_s + p : p);
        const QString &note = route == Route::Post ? l.unverifiedPostNote : l.unverifiedEmailNote;
        if (!note.isEmpty())
            unverified << note;
    }
    if (problems.isEmpty() && unverified.isEmpty())
        return true;
    // Problems first, then the contact details to check (one line per office, at most 12 shown).
    QStringList lines = problems.mid(0, 12);
    if (!unverified.isEmpty()) {
        if (!lines.isEmpty())
            lines << QString();
        lines << tr("Check before sending:") << unverified.mid(0, 12);
        if (unverified.size() > 12)
            lines << tr("…and %n more office(s).", nullptr, int(unverified.size() - 12));
    }
    return QMessageBox::warning(m_parent, problems.isEmpty() ? tr("Check before sending") : tr("Problems in this letter"),
                                lines.join(u'\n') + u"\n\n"_s + question, QMessageBox::Yes | QMessageBox::No)
        == QMessageBox::Yes;
}

void LetterOutput::print(const QList<Letter> &letters, bool withPreview)
{
    if (letters.isEmpty()) {
        QMessageBox::information(m_parent, tr("No letters ticked"), tr("Tick the recipients in the list on the left first."));
        return;
    }
    if (!confirmProblems(letters, Route::Post, tr("Print anyway?")))
        return;
    const LetterLayout layout = LetterLayout::saved();
    const QString title = letters.size() == 1 ? letters.first().title : tr("%n letter(s) about stalking support", nullptr, int(letters.size()));
    const PrintQueue::Job job{{}, title, QPageLayout(QPageSize(layout.pageSize), QPageLayout::Portrait, QMarginsF()), 1, false};
    QString error;
    const PrintQueue::Outcome outcome = PrintQueue::printFromWindow(
        m_parent, job, withPreview ? PrintQueue::Dialog::Preview : PrintQueue::Dialog::System,
        [&](QPainter *painter, QPagedPaintDevice *device) { return LetterRenderer(layout).render(painter, device, letters); }, &error);
    if (outcome == PrintQueue::Outcome::Cancelled)
        return;
    if (outcome == PrintQueue::Outcome::Failed) {
        QMessageBox::warning(m_parent, tr("Not printed"), error);
        return;
    }
    emit statusMessage(letters.size() == 1 ? tr("Letter to %1 sent to the printer").arg(areaName(letters.first().forceId))
                                           : tr("%n letter(s) sent to the printer", nullptr, int(letters.size())));
    emit lettersSent(letters, Channel::Post);
}

void LetterOutput::exportPdf(const QList<Letter> &letters, bool separateFiles, const Profile &sender)
{
    if (letters.isEmpty()) {
        QMessageBox::information(m_parent, tr("No letters ticked"), tr("Tick the recipients in the list on the left first."));
        return;
    }
    if (!confirmProblems(letters, Route::Post, tr("Export anyway?")))
        return;
    QString target;
    if (separateFiles) {
        target = FileChooser::folder(m_parent, tr("Choose a folder for the letters"));
    } else {
        const QString suggested = letters.size() == 1 ? safeFileName(areaName(letters.first().forceId) + u" letter.pdf"_s) : tr("letters.pdf");
        target = FileChooser::saveFile(m_parent, tr("Export PDF"), suggested, {{tr("PDF files"), u"pdf"_s}}).path;
    }
    if (target.isEmpty())
        return;

    const LetterLayout layout = LetterLayout::saved();
    QProgressDialog progress(tr("Writing letters…"), tr("Cancel"), 0, int(letters.size()), m_parent);
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
                error = tr("Cancelled after %1 of %n letter(s).", nullptr, int(letters.size())).arg(i);
                break;
            }
            const QString name = safeFileName(areaName(letters.at(i).forceId)) + u".pdf"_s;
            ok = LetterRenderer(layout).writePdf({letters.at(i)}, target + u'/' + name, sender.name, &error);
        }
    } else {
        ok = LetterRenderer(layout).writePdf(letters, target, sender.name, &error, step);
    }
    progress.setValue(int(letters.size()));
    if (!ok) {
        QMessageBox::warning(m_parent, tr("Export stopped"), error);
        return;
    }
    emit statusMessage(tr("%n letter(s) written to %1", nullptr, int(letters.size())).arg(QDir::toNativeSeparators(target)));
    emit lettersSaved(letters, Channel::Post);
}

void LetterOutput::saveEml(const Letter &letter, const Profile &sender)
{
    const ForceRecord *f = m_directory.force(letter.forceId);
    if (!f || !confirmProblems({letter}, Route::Email, tr("Save the draft anyway?")))
        return;
    if (letter.toEmail.isEmpty()
        && QMessageBox::question(m_parent, tr("No verified email address"),
                                 tr("%1 publishes no verified email address. Save a draft without a recipient anyway? "
                                    "You can paste the text into the contact form on %2.").arg(f->officeName, f->website))
            != QMessageBox::Yes)
        return;
    const QString path = FileChooser::saveFile(m_parent, tr("Save email draft"), safeFileName(f->areaName() + u" letter.eml"_s),
                                               {{tr("Email drafts"), u"eml"_s}}).path;
    if (path.isEmpty())
        return;
    QString error;
    QString warning;
    if (!EmailDraft::save(path, letter, sender.name, sender.email, &error, &warning)) {
        QMessageBox::warning(m_parent, tr("Draft not saved"), error);
        return;
    }
    if (!warning.isEmpty())
        QMessageBox::warning(m_parent, tr("Email draft"), warning);
    emit statusMessage(tr("Email draft saved to %1: open it in your email program to send it").arg(QDir::toNativeSeparators(path)));
    emit lettersSaved({letter}, Channel::Email); // sent from the email program, later: offered when the editor closes
}

void LetterOutput::openInEmailProgram(const Letter &letter)
{
    const ForceRecord *f = m_directory.force(letter.forceId);
    if (!f || !confirmProblems({letter}, Route::Email, tr("Open it in your email program anyway?")))
        return;
    if (letter.toEmail.isEmpty()) {
        QApplication::clipboard()->setText(EmailDraft::emailBodyText(letter));
        QMessageBox::information(m_parent, tr("No verified email address"),
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
        QMessageBox::information(m_parent, tr("Letter copied"), tr("This letter is too long to pass to your email program directly, so it "
                                                                   "has been copied to the clipboard. Paste it into the new message."));
        if (!QDesktopServices::openUrl(shortUrl)) {
            noEmailProgram(letter);
            return;
        }
    } else if (!QDesktopServices::openUrl(url)) {
        QApplication::clipboard()->setText(EmailDraft::emailBodyText(letter));
        noEmailProgram(letter);
        return;
    }
    // Offered for recording only once an email program has the letter.
    emit lettersSent({letter}, Channel::Email);
}

void LetterOutput::noEmailProgram(const Letter &letter)
{
    QMessageBox::warning(m_parent, tr("No email program"),
                         tr("No email program on this computer took the letter. It has been copied: paste it into a new "
                            "message to %1, or save it as an email draft (.eml) instead.")
                             .arg(letter.toEmail));
}

void LetterOutput::copy(const Letter &letter)
{
    QApplication::clipboard()->setText(letter.plainText());
    emit statusMessage(tr("Letter copied to the clipboard"));
}

void LetterOutput::pageSetup()
{
    PageSetupDialog dialog(LetterLayout::saved(), m_parent);
    connect(&dialog, &PageSetupDialog::testPageRequested, this, [this](const LetterLayout &layout) {
        const PrintQueue::Job job{{}, tr("test page"), QPageLayout(QPageSize(layout.pageSize), QPageLayout::Portrait, QMarginsF()), 1, false};
        QString error;
        const PrintQueue::Outcome outcome = PrintQueue::printFromWindow(
            m_parent, job, PrintQueue::Dialog::Preview,
            [&layout](QPainter *painter, QPagedPaintDevice *device) {
                LetterRenderer(layout).renderTestPage(painter, device);
                return true;
            }, &error);
        if (outcome == PrintQueue::Outcome::Failed)
            QMessageBox::warning(m_parent, tr("Not printed"), error);
    });
    if (dialog.exec() == QDialog::Accepted && !dialog.layout().save())
        QMessageBox::warning(m_parent, tr("Page setup not saved"), SettingsStore::lastError());
}

} // namespace pcc
