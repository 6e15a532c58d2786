#include "weblink.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace pcc {

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty();
}

} // namespace pcc
