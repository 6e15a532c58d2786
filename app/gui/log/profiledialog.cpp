#include "log/profiledialog.h"

#include "emailaddress.h"
#include "postcode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

ProfileDialog::ProfileDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_address(new QPlainTextEdit(profile.address.join(u'\n'), this))
    , m_postcode(new QLineEdit(profile.postcode, this))
    , m_email(new QLineEdit(profile.email, this))
    , m_phone(new QLineEdit(profile.phone, this))
{
    setWindowTitle(profile.id ? tr("Edit profile") : tr("New volunteer profile"));
    m_name->setObjectName(u"profileName"_s);
    m_postcode->setObjectName(u"profilePostcode"_s);
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("One line per address line, without the postcode"));
    m_address->setFixedHeight(90);
    auto *form = new QFormLayout(this);
    auto *privacy = new QLabel(tr("Your details stay on this computer. They are printed as the sender of your letters, and your address "
                                     "and postcode go under your name in email drafts."), this);
    privacy->setWordWrap(true);
    form->addRow(privacy);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
}

Profile ProfileDialog::profile() const
{
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.address = m_address->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : p.address)
        line = line.trimmed();
    p.address.removeAll(QString());
    const Postcode pc = Postcode::parse(m_postcode->text());
    p.postcode = pc.isFull() ? pc.toString() : m_postcode->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

void ProfileDialog::accept()
{
    const Profile p = profile();
    if (p.name.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Please enter your name."));
        m_name->setFocus();
        return;
    }
    if (!p.postcode.isEmpty() && !Postcode::parse(p.postcode).isFull()) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” is not a full UK postcode. Type it as it is on a letter you "
                                                     "received, such as GL50 1AA, or leave it empty and choose your area "
                                                     "on the map.").arg(p.postcode));
        m_postcode->setFocus();
        return;
    }
    if (!p.email.isEmpty() && !isEmailAddress(p.email)) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” is not an email address. An email address looks "
                                                     "like name@example.org; or leave the field empty.").arg(p.email));
        m_email->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pcc
