#pragma once

namespace pcc {

// GUI entry point: creates the QApplication, parses the global options, shows the window.
class MainApplication
{
public:
    static int run(int argc, char **argv);
};

} // namespace pcc
