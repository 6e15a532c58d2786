#pragma once

#include "httpclient.h"

#include <QString>

namespace pcc {

// Finds and loads the pcc-network module on first use: beside the executable, or in the
// installed library folder (lib/pcc-campaigner). Loaded once, never unloaded.
class NetworkModule
{
public:
    static HttpClient *client(QString *error); // null, with the reason, when it cannot be loaded
    static void setSearchDirectory(const QString &dir); // tests: where the build put it
};

} // namespace pcc
