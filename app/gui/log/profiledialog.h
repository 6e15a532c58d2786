#pragma once

#include "contactrecord.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace pcc {

// Create or edit a volunteer profile: the letter's sender. Stays on this computer.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const Profile &profile, QWidget *parent = nullptr);
    Profile profile() const;

    void accept() override;

private:
    Profile m_profile;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_email;
    QLineEdit *m_phone;
};

} // namespace pcc
