#include "emailaddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression plain(QRegularExpression::anchoredPattern(u"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"_s));
    return plain.match(text).hasMatch();
}

} // namespace pcc
