#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// Where a letter to one office goes by post, as an envelope or a label shows it.
struct MailingAddress
{
    QString forceId;
    QStringList lines;      // the recipient's block, as in the letter's window
    QString unverifiedNote; // "Kent: the address is not verified; check it …", empty when verified
    QString problem;        // no postal address is known: nothing to print
};

} // namespace pcc
