#include "networkmodule.h"

#include "optionalmodule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

HttpClient *NetworkModule::client(QString *error)
{
    QString reason;
    HttpClient *client = OptionalModule::kept<PccCreateHttpClient>(u"pcc-network"_s, "pcc_create_http_client", &reason);
    if (!client && error) {
        *error = QCoreApplication::translate("pcc::NetworkModule", "The network part of PCC Campaigner (pcc-network) is missing, "
                                                                   "so nothing can be looked up online: %1")
                     .arg(reason);
    }
    return client;
}

} // namespace pcc
