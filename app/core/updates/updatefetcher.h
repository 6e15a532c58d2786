#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace pcc {

// Downloads a directory update and its signature, only when the user asks: HTTPS, or plain
// HTTP to this computer's loopback address (for testing); redirects followed only to HTTPS;
// at most Directory::MaxFileBytes; a timeout. Says what it got; DirectoryUpdate decides.
class UpdateFetcher : public QObject
{
    Q_OBJECT
public:
    explicit UpdateFetcher(QObject *parent = nullptr);
    static bool isAllowedUrl(const QUrl &url, QString *error);

    void fetch(const QUrl &url, int timeoutMs = 30000);

signals:
    void fetched(const QByteArray &data, const QByteArray &signature);
    void failed(const QString &reason);

private:
    void get(const QUrl &url, qint64 maxBytes, int redirectsLeft, std::function<void(const QByteArray &)> done);

    int m_timeoutMs = 30000;
    QByteArray m_data;
};

} // namespace pcc
