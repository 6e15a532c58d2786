#pragma once

#include "httpclient.h"

#include <QString>

namespace pcc {

// The pcc-network module (HTTP on Qt Network), loaded on first use through OptionalModule.
class NetworkModule
{
public:
    static HttpClient *client(QString *error); // null, with the reason, when it cannot be loaded
};

} // namespace pcc
