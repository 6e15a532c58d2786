#pragma once

#include <QCoreApplication>

namespace pcc {

// The command line's messages share one translation context, "pcc".
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(pcc)
};

} // namespace pcc
