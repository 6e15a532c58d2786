#include "directory/correctiondialog.h"

#include "emailaddress.h"
#include "postcode.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pcc {

CorrectionDialog::CorrectionDialog(const QString &officeName, const QString &field, const QString &currentValue,
                                   Correction::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_field(field)
    , m_kind(kind)
    , m_current(currentValue)
    , m_source(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    const QString label = Corrections::fieldLabel(field);
    setWindowTitle(kind == Correction::Kind::Correction ? tr("Correct: %1").arg(label) : tr("Checked: %1").arg(label));
    setMinimumWidth(560);
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(kind == Correction::Kind::Correction
                                 ? tr("%1 — your correction is used on this computer (marked “corrected by you”) and can be "
                                      "sent to your coordinator, who can correct it for everyone. The directory that came "
                                      "with the app stays as it was.").arg(officeName)
                                 : tr("%1 — record that you checked this and it is right.").arg(officeName),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    AdvocacyStatus currentStatus = AdvocacyStatus::None;
    const bool isStatus = field == u"evidence_status"_s;
    const QString shown = isStatus && advocacyStatusFromKey(currentValue, &currentStatus) ? advocacyStatusLabel(currentStatus) : currentValue;
    form->addRow(tr("Now:"), new QLabel(shown.isEmpty() ? tr("(not known)") : QString(shown).replace(u'\n', u", "_s), this));
    if (kind == Correction::Kind::Correction) {
        if (isStatus) {
            m_status = new QComboBox(this);
            for (const AdvocacyStatus s : advocacyStatuses())
                m_status->addItem(advocacyStatusLabel(s), advocacyStatusKey(s));
            m_status->setCurrentIndex(std::max(0, m_status->findData(currentValue)));
            form->addRow(tr("&New value:"), m_status);
        } else if (field == u"address"_s) {
            m_lines = new QPlainTextEdit(currentValue, this);
            m_lines->setPlaceholderText(tr("One line per address line, the postcode last"));
            m_lines->setTabChangesFocus(true);
            m_lines->setFixedHeight(110);
            form->addRow(tr("&New value:"), m_lines);
        } else {
            m_line = new QLineEdit(currentValue, this);
            m_line->setObjectName(u"correctionValue"_s);
            form->addRow(tr("&New value:"), m_line);
        }
    }
    m_source->setPlaceholderText(tr("A web address, or “phoned the office on 28 November 2026”"));
    m_source->setObjectName(u"correctionSource"_s);
    form->addRow(tr("&Where you saw it:"), m_source);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"d MMMM yyyy"_s);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&When:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    if (m_status) {
        m_status->setFocus();
    } else if (m_line) {
        m_line->setFocus();
        m_line->selectAll();
    } else if (m_lines) {
        m_lines->setFocus();
    } else {
        m_source->setFocus();
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CorrectionDialog::value() const
{
    if (m_kind == Correction::Kind::Verification)
        return m_current;
    if (m_status)
        return m_status->currentData().toString();
    return m_lines ? m_lines->toPlainText().trimmed() : m_line->text().trimmed();
}

QString CorrectionDialog::problemWith(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("Type the new value.");
    if (field == u"email"_s && !isEmailAddress(value.trimmed()))
        return tr("“%1” is not an email address.").arg(value.trimmed());
    if (field == u"website"_s || field == u"contact_url"_s) {
        const QUrl url(value.trimmed());
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return tr("“%1” is not a web address (it starts with https://).").arg(value.trimmed());
    }
    if (field == u"address"_s) {
        const QStringList lines = value.split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() < 2 || !Postcode::parse(lines.last()).isFull())
            return tr("Put each address line on its own line and the full postcode last, e.g. GL2 2AN.");
    }
    return {};
}

void CorrectionDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QString problem = m_kind == Correction::Kind::Correction ? problemWith(m_field, value()) : QString();
        if (problem.isEmpty() && m_kind == Correction::Kind::Correction && value() == m_current.trimmed())
            problem = tr("That is the value shown already. If you checked it and it is right, use “I checked this and it is right”.");
        if (problem.isEmpty() && m_source->text().trimmed().isEmpty())
            problem = tr("Say where you saw it (a web address, or when you phoned), so others can check it too.");
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
    }
    QDialog::done(result);
}

Correction CorrectionDialog::correction(const QString &forceId) const
{
    return {forceId, m_field, value(), m_source->text().trimmed(), m_date->date(), m_kind, {}};
}

} // namespace pcc
