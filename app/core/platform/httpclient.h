#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace pcc {

// What the pcc-network module offers: HTTP GET, nothing more. The module (and with it Qt
// Network, Kerberos and the proxy libraries) is loaded by NetworkModule the first time the
// user asks for something online, never at startup. Plain C++ across the module boundary:
// no signals, so no meta-object is shared between the program and the module.
class HttpClient
{
public:
    struct Response
    {
        int status = 0;    // the HTTP status; 0 when no answer came
        QString error;     // empty when the request completed
        QByteArray body;   // at most the requested number of bytes
        QUrl location;     // where a redirect (3xx) points, perhaps relative; redirects are never followed here
        bool tooLarge = false; // the answer grew past maxBytes and was stopped there
        bool timedOut = false; // no complete answer before the deadline
    };
    using Done = std::function<void(const Response &)>;

    virtual ~HttpClient() = default;
    // Calls `done` once, from the event loop of the thread that called get(). `timeoutMs` is a
    // deadline for the whole answer (a server that sends a byte a second does not keep it
    // alive); the download stops as soon as it passes `maxBytes`, whatever the server claims.
    virtual void get(const QUrl &url, int timeoutMs, qint64 maxBytes, Done done) = 0;
};

} // namespace pcc

// The module's one exported function; the client is deleted with the application object.
extern "C" using PccCreateHttpClient = pcc::HttpClient *();
