#include "log/replydialog.h"

#include "shell/filechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

ReplyDialog::ReplyDialog(const QString &contactUuid, const QString &officeName, const QDate &letterDate, Save save, QWidget *parent)
    : QDialog(parent)
    , m_contactUuid(contactUuid)
    , m_save(std::move(save))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_outcome(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_share(new QCheckBox(tr("Share the summary with the team's coordinator"), this))
    , m_commitment(new QGroupBox(tr("What the office committed to"), this))
    , m_what(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_until(new QDateEdit(QDate::currentDate().addYears(3), this))
    , m_hasDates(new QCheckBox(tr("The reply gives dates"), this))
    , m_quote(new QPlainTextEdit(this))
    , m_files(new QListWidget(this))
{
    setWindowTitle(tr("Record a reply from %1").arg(officeName));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(letterDate.isValid() ? letterDate : QDate(2000, 1, 1), QDate::currentDate());
    for (const ReplyOutcome o : {ReplyOutcome::Acknowledgement, ReplyOutcome::Substantive, ReplyOutcome::Commitment, ReplyOutcome::Declined})
        m_outcome->addItem(replyOutcomeLabel(o), int(o));
    m_outcome->setCurrentIndex(1);
    m_summary->setPlaceholderText(tr("What the reply says, in your own words (it stays on this computer unless you share it)."));
    m_summary->setTabChangesFocus(true);
    m_quote->setTabChangesFocus(true);
    m_quote->setPlaceholderText(tr("The reply's own words about the funding."));
    m_what->setPlaceholderText(tr("for example: an independent stalking advocate"));
    m_amount->setPlaceholderText(tr("as the reply states it, if it does"));
    for (QDateEdit *d : {m_from, m_until})
        d->setCalendarPopup(true);

    auto *commitmentForm = new QFormLayout(m_commitment);
    commitmentForm->addRow(tr("What will be &funded:"), m_what);
    commitmentForm->addRow(tr("Amou&nt:"), m_amount);
    commitmentForm->addRow(m_hasDates);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("until"), this));
    dates->addWidget(m_until);
    // A row made of a layout takes no buddy by itself: the label names the first date.
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    commitmentForm->addRow(fromLabel, dates);
    commitmentForm->addRow(tr("&Quotation:"), m_quote);

    auto *addFile = new QPushButton(tr("&Add a document…"), this);
    auto *removeFile = new QPushButton(tr("Re&move"), this);
    m_files->setAccessibleName(tr("Documents that came with the reply"));
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date of the reply:"), m_date);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(QString(), m_share);
    form->addRow(tr("Documents:"), filesRow);
    auto *hint = new QLabel(tr("A PDF, a picture (PNG or JPEG), an email saved as .eml or plain text, up to 20 MB each. "
                               "A copy is kept beside your contact log."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_commitment);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReplyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReplyDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReplyDialog::updateCommitment);
    connect(m_hasDates, &QCheckBox::toggled, this, &ReplyDialog::updateCommitment);
    connect(addFile, &QPushButton::clicked, this, [this] {
        addFiles(FileChooser::openFiles(this, tr("Documents that came with the reply"),
                                        tr("Documents (*.pdf *.png *.jpg *.jpeg *.eml *.txt);;All files (*)")));
    });
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    updateCommitment();
}

void ReplyDialog::updateCommitment()
{
    m_commitment->setVisible(ReplyOutcome(m_outcome->currentData().toInt()) == ReplyOutcome::Commitment);
    m_from->setEnabled(m_hasDates->isChecked());
    m_until->setEnabled(m_hasDates->isChecked());
    adjustSize();
}

void ReplyDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_files);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
}

QStringList ReplyDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

Reply ReplyDialog::reply() const
{
    Reply r;
    r.contactUuid = m_contactUuid;
    r.date = m_date->date();
    r.outcome = ReplyOutcome(m_outcome->currentData().toInt());
    r.summary = m_summary->toPlainText().trimmed();
    r.shareSummary = m_share->isChecked() && !r.summary.isEmpty();
    if (r.outcome == ReplyOutcome::Commitment) {
        r.commitment.what = m_what->text().trimmed();
        r.commitment.amount = m_amount->text().trimmed();
        if (m_hasDates->isChecked()) {
            r.commitment.from = m_from->date();
            r.commitment.until = m_until->date();
        }
        r.commitment.quotation = m_quote->toPlainText().trimmed();
    }
    return r;
}

void ReplyDialog::accept()
{
    Reply r = reply();
    QString error;
    if (!m_save(&r, files(), &error)) {
        QMessageBox::warning(this, tr("Reply not saved"), error + u"\n\n"_s + tr("Nothing was stored: correct it and save again."));
        return;
    }
    QDialog::accept();
}

} // namespace pcc
