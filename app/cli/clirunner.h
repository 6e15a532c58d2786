#pragma once

namespace pcc {

// Headless entry point: runs one command (the list is CliCommands)
// or prints --help / --version without needing a display.
class CliRunner
{
public:
    // True when argv asks for a subcommand, help or version rather than the GUI.
    static bool wantsCli(int argc, char **argv);
    static int run(int argc, char **argv);
};

} // namespace pcc
