#pragma once

#include "forcerecord.h"

#include <QString>

namespace pcc {

// Who a letter is addressed to and how it opens and closes. A named salutation pairs
// with "Yours sincerely"; "Dear Sir or Madam" pairs with "Yours faithfully".
struct Salutation
{
    QString recipientName;  // the person written to (holder, or the deputy mayor for policing)
    QString recipientTitle;
    QString greeting;       // "Dear Commissioner Moody"
    QString signOff;        // "Yours sincerely"

    static Salutation forForce(const ForceRecord &force);
    static QString surnameOf(const QString &fullName); // without post-nominals such as OBE
};

} // namespace pcc
