#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// One merged letter to one force, ready to render, print or email.
struct Letter
{
    QString forceId;
    QString templateId;
    QString title;              // "Letter to ... about stalking support"
    QString subject;            // email subject
    QString toEmail;            // the office's email, empty when none is known
    QStringList senderBlock;    // name, address lines, postcode, email, phone
    QString senderName;
    QStringList senderAddress;  // address lines and postcode: under the name in an email
    QStringList recipientBlock; // name, address lines, postcode
    QString dateText;           // "28 November 2026"
    QString bodyHtml;           // merged body, salutation to signature
    QStringList problems;       // unknown or empty merge fields, missing address
    QStringList unverified;     // contact details used that are not high confidence: "address", "email"
    QString unverifiedNote;     // one sentence naming them for this office (empty when all are verified)
    // The same, for one way of sending: a printed letter or PDF goes by the address alone, an
    // email draft by the email alone; a warning about the other would teach volunteers to click on.
    QString unverifiedPostNote;
    QString unverifiedEmailNote;

    QString bodyPlainText() const;
    QString plainText() const;  // the whole letter as text
    QString html() const;       // the whole letter as one page of HTML: sender and date right, then the recipient and the body
};

} // namespace pcc
