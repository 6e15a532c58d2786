#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// envelope (--force ID | --all) [--size DL|C5] [--return-address [--profile NAME]]
//          (--pdf OUT | --print [--printer NAME])
struct EnvelopeCommand
{
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
