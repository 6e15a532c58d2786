#pragma once

namespace pcc::Platform {

// On Linux and the BSDs a command-line run without a display (a server, CI, ssh) lays out
// letters and maps on Qt's offscreen platform. Windows and macOS always have their own
// platform plugin (and the offscreen one is not deployed there), so nothing changes.
void useOffscreenWithoutDisplay();

} // namespace pcc::Platform
