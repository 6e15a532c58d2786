#pragma once

#include "directory.h"

#include <QListWidget>

namespace pcc {

// The letter window's list of recipients: one item per force; the current item is the letter
// being edited, ticked items are exported together.
class RecipientList : public QListWidget
{
    Q_OBJECT
public:
    RecipientList(const Directory &directory, QWidget *parent = nullptr);

    void showRecipient(const QString &forceId); // makes it current without emitting recipientChosen
    QStringList tickedForceIds() const;
    void tickAll(bool ticked);

signals:
    void recipientChosen(const QString &forceId);

private:
    bool m_quiet = false;
};

} // namespace pcc
