// Thin entry point: a subcommand (headless) or the GUI.
#include "clirunner.h"
#include "shell/mainapplication.h"

int main(int argc, char *argv[])
{
    if (pcc::CliRunner::wantsCli(argc, argv))
        return pcc::CliRunner::run(argc, argv);
    return pcc::MainApplication::run(argc, argv);
}
