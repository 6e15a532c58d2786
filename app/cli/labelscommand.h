#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])
struct LabelsCommand
{
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
