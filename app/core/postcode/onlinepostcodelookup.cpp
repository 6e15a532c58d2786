#include "onlinepostcodelookup.h"

#include "forceids.h"
#include "postcode.h"

#include "networkmodule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString normalised(QString name)
{
    name = name.toLower();
    name.replace(u"&"_s, u" and "_s);
    for (const QString &word : {u"police"_s, u"constabulary"_s, u"service"_s})
        name.remove(word);
    name.remove(QRegularExpression(u"[^a-z]"_s));
    return name;
}

} // namespace

OnlinePostcodeLookup::OnlinePostcodeLookup(const Directory &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

void OnlinePostcodeLookup::lookup(const QString &fullPostcode)
{
    const Postcode pc = Postcode::parse(fullPostcode);
    if (!pc.isFull()) {
        emit failed(tr("The online lookup needs a full postcode, such as BS20 8JJ."));
        return;
    }
    QString moduleError;
    HttpClient *http = NetworkModule::client(&moduleError);
    if (!http) {
        emit failed(moduleError);
        return;
    }
    const QUrl url(m_baseUrl + u"/postcodes/"_s + QString::fromLatin1(QUrl::toPercentEncoding(pc.outward() + pc.inward())));
    http->get(url, 10000, 256 * 1024, [self = QPointer<OnlinePostcodeLookup>(this)](const HttpClient::Response &response) {
        if (!self)
            return; // the window that asked has gone
        if (response.status == 404) {
            emit self->failed(tr("postcodes.io does not know this postcode. Check it, or choose your area on the map."));
            return;
        }
        if (response.timedOut) {
            emit self->failed(tr("postcodes.io did not answer in time, so the postcode was not looked up online. The "
                                 "offline answer and the map still work."));
            return;
        }
        if (response.status == 0) {
            emit self->failed(tr("The online lookup could not reach postcodes.io: this computer may not be connected to "
                                 "the internet (%1). The offline answer and the map still work.")
                                  .arg(response.error));
            return;
        }
        if (!response.error.isEmpty()) {
            emit self->failed(tr("The online lookup failed: %1. The offline answer and the map still work.").arg(response.error));
            return;
        }
        QString error;
        const QString force = self->forceFromResponse(response.body, &error);
        if (force.isEmpty())
            emit self->failed(error);
        else
            emit self->finished(force);
    });
}

QString OnlinePostcodeLookup::forceFromResponse(const QByteArray &body, QString *error) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject result = root.value(u"result"_s).toObject();
    const QString pfa = result.value(u"pfa"_s).toString();
    const QString country = result.value(u"country"_s).toString();
    if (country == u"Scotland"_s)
        return ForceIds::Scotland;
    if (country == u"Northern Ireland"_s)
        return ForceIds::NorthernIreland;
    if (pfa.isEmpty()) {
        *error = tr("The online lookup gave an answer this app does not understand, so it was ignored.");
        return {};
    }
    const QString wanted = normalised(pfa);
    for (const ForceRecord &f : m_directory.forces()) {
        if (normalised(f.forceName) == wanted || normalised(f.areaName()) == wanted || normalised(f.id) == wanted)
            return f.id;
    }
    if (wanted == u"metropolitan"_s || wanted == u"london"_s)
        return u"metropolitan"_s;
    *error = tr("The online lookup named a police force area (“%1”) that is not one of the 43; it was ignored.").arg(pfa);
    return {};
}

} // namespace pcc
