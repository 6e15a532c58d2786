#include "updatefetcher.h"

#include "directory.h"
#include "directoryupdate.h"
#include "loopbackhost.h"
#include "networkmodule.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace pcc {

UpdateFetcher::UpdateFetcher(QObject *parent)
    : QObject(parent)
{
}

bool UpdateFetcher::isAllowedUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("“%1” is not a web address.").arg(url.toString());
        return false;
    }
    if (url.scheme() == u"https"_s)
        return true;
    if (url.scheme() == u"http"_s && isLoopbackHost(url.host()))
        return true;
    *error = tr("Updates are fetched only over HTTPS (plain HTTP only from this computer, for testing): %1 refused.").arg(url.toString());
    return false;
}

void UpdateFetcher::get(const QUrl &url, qint64 maxBytes, int redirectsLeft, std::function<void(const QByteArray &)> done)
{
    QString error;
    HttpClient *http = NetworkModule::client(&error);
    if (!http) {
        emit failed(error);
        return;
    }
    http->get(url, m_timeoutMs, maxBytes + 1, [self = QPointer<UpdateFetcher>(this), url, maxBytes, redirectsLeft, done](const HttpClient::Response &r) {
        if (!self)
            return;
        if (r.status >= 300 && r.status < 400 && r.location.isValid()) {
            const QUrl next = url.resolved(r.location);
            if (next.scheme() != u"https"_s) {
                emit self->failed(tr("%1 redirects to %2, which is not HTTPS: refused.").arg(url.toString(), next.toString()));
                return;
            }
            if (redirectsLeft <= 0) {
                emit self->failed(tr("%1 redirects too many times: refused.").arg(url.toString()));
                return;
            }
            self->get(next, maxBytes, redirectsLeft - 1, done);
            return;
        }
        if (r.tooLarge) {
            emit self->failed(tr("%1 is larger than an update can be (%2 bytes): the download was stopped and nothing was "
                                 "installed.").arg(url.toString()).arg(maxBytes));
            return;
        }
        if (r.timedOut) {
            emit self->failed(tr("Could not download %1: no complete answer within %n second(s); nothing was installed.", nullptr,
                                 self->m_timeoutMs / 1000).arg(url.toString()));
            return;
        }
        if (r.status == 404 && url.path().endsWith(u".sig"_s)) {
            emit self->failed(tr("The update has no signature (%1 was not found): refused. Only signed updates are installed.")
                                  .arg(url.toString()));
            return;
        }
        if (!r.error.isEmpty() || r.status != 200) {
            emit self->failed(tr("Could not download %1: %2").arg(url.toString(), r.error.isEmpty() ? tr("HTTP status %1").arg(r.status) : r.error));
            return;
        }
        if (r.body.size() > maxBytes) {
            emit self->failed(tr("%1 is larger than an update can be (%2 bytes): refused.").arg(url.toString()).arg(maxBytes));
            return;
        }
        done(r.body);
    });
}

void UpdateFetcher::fetch(const QUrl &url, int timeoutMs)
{
    QString error;
    if (!isAllowedUrl(url, &error)) {
        emit failed(error);
        return;
    }
    m_timeoutMs = timeoutMs;
    QUrl sigUrl = url;
    sigUrl.setPath(url.path() + u".sig"_s);
    get(url, Directory::MaxFileBytes, 3, [this, sigUrl](const QByteArray &data) {
        m_data = data;
        get(sigUrl, DirectoryUpdate::MaxSignatureBytes, 3, [this](const QByteArray &signature) { emit fetched(m_data, signature); });
    });
}

} // namespace pcc
