#pragma once

#include "corrections.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace pcc {

// "Correct this" (a new value, where it was seen, when) or "I checked this" (where, when) for
// one contact field of one office. Says what is wrong before it closes.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionDialog(const QString &officeName, const QString &field, const QString &currentValue, Correction::Kind kind,
                     QWidget *parent = nullptr);
    Correction correction(const QString &forceId) const;

    // Empty when the value fits the field; otherwise what is wrong with it.
    static QString problemWith(const QString &field, const QString &value);

protected:
    void done(int result) override;

private:
    QString value() const;

    QString m_field;
    Correction::Kind m_kind;
    QString m_current;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QComboBox *m_status = nullptr; // what the office funds: one of the research's statuses
    QLineEdit *m_source;
    QDateEdit *m_date;
};

} // namespace pcc
