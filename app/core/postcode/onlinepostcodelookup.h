#pragma once

#include "directory.h"

#include <QObject>
#include <QString>

namespace pcc {

// Asks postcodes.io which police force area a full postcode is in. Used only when the
// user asks for it: the postcode leaves the computer. The request goes through the
// pcc-network module, loaded at that moment (see NetworkModule).
class OnlinePostcodeLookup : public QObject
{
    Q_OBJECT
public:
    explicit OnlinePostcodeLookup(const Directory &directory, QObject *parent = nullptr);

    static QString serviceHost() { return QStringLiteral("api.postcodes.io"); }
    void setBaseUrl(const QString &url) { m_baseUrl = url; } // tests point this at a local server
    void lookup(const QString &fullPostcode);

    // Interprets a postcodes.io response body; returns the force id or an error message.
    QString forceFromResponse(const QByteArray &body, QString *error) const;

signals:
    void finished(const QString &forceId); // a force id, "scotland" or "northern-ireland"
    void failed(const QString &message);

private:
    Directory m_directory;
    QString m_baseUrl = QStringLiteral("https://api.postcodes.io");
};

} // namespace pcc
