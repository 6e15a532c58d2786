#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `letter --force ID | --all [--profile NAME] [--template FILE] (--pdf OUT | --eml OUT | --text)`.
class LetterCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
