#pragma once

#include "reply.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pcc {

// "Record a reply…": the reply's date and outcome, a summary in the volunteer's words, what an
// office committed to, and the documents that came. Saving goes through `save` (the core's
// ReplyRecorder); when it refuses (a file that is not a document, say), the dialog stays open
// with the reason and nothing was stored.
class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<bool(Reply *reply, const QStringList &files, QString *error)>;
    ReplyDialog(const QString &contactUuid, const QString &officeName, const QDate &letterDate, Save save, QWidget *parent = nullptr);

    Reply reply() const;
    QStringList files() const;
    void addFiles(const QStringList &files); // as the Add… button does

    void accept() override;

private:
    void updateCommitment();

    QString m_contactUuid;
    Save m_save;
    QDateEdit *m_date;
    QComboBox *m_outcome;
    QPlainTextEdit *m_summary;
    QCheckBox *m_share;
    QGroupBox *m_commitment;
    QLineEdit *m_what;
    QLineEdit *m_amount;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QCheckBox *m_hasDates;
    QPlainTextEdit *m_quote;
    QListWidget *m_files;
};

} // namespace pcc
