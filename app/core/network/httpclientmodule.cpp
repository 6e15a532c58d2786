// The pcc-network module: HttpClient on Qt Network. Built as a separate shared module so that
// the program loads Qt Network only when the user asks for something online.
#include "httpclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {

class QtHttpClient : public QObject, public pcc::HttpClient
{
public:
    QtHttpClient()
        : QObject(QCoreApplication::instance()) // deleted with the application object
    {
    }

    void get(const QUrl &url, int timeoutMs, qint64 maxBytes, Done done) override
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        // A redirect comes back to the caller, who decides whether to follow it.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        // Never more than the limit in memory: Qt stops reading the socket when its buffer is full.
        reply->setReadBufferSize(maxBytes + 1);
        struct State
        {
            bool tooLarge = false;
            bool timedOut = false;
        };
        auto state = std::make_shared<State>();
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [reply, state] {
            state->timedOut = true;
            reply->abort();
        });
        deadline->start(timeoutMs);
        // The declared length, then every chunk: past the limit the transfer stops at once.
        auto checkSize = [reply, state, maxBytes] {
            const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
            if ((declared.isValid() && declared.toLongLong() > maxBytes) || reply->bytesAvailable() > maxBytes) {
                state->tooLarge = true;
                reply->abort();
            }
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, checkSize);
        QObject::connect(reply, &QNetworkReply::readyRead, reply, checkSize);
        QObject::connect(reply, &QNetworkReply::finished, this, [reply, state, maxBytes, done = std::move(done)] {
            reply->deleteLater();
            Response response;
            response.tooLarge = state->tooLarge;
            response.timedOut = state->timedOut;
            response.body = reply->read(maxBytes);
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // Read raw: Qt's parsed header drops a relative address ("Location: /2026/update.json"),
            // which HTTP allows and the caller resolves against the address it asked for.
            response.location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
            if (reply->error() != QNetworkReply::NoError)
                response.error = reply->errorString();
            done(response);
        });
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace

extern "C" Q_DECL_EXPORT pcc::HttpClient *pcc_create_http_client()
{
    if (!QCoreApplication::instance())
        return nullptr;
    return new QtHttpClient;
}
