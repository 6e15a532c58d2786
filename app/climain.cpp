// Thin entry point of pcc-campaigner-cli: the same subcommands as pcc-campaigner, in a console
// program on every system (on Windows the GUI program cannot write to a terminal, and the
// shell neither waits for it nor sees its exit code). With no command it prints the help.
#include "clirunner.h"

int main(int argc, char *argv[])
{
    return pcc::CliRunner::run(argc, argv);
}
