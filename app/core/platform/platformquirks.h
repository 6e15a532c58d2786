#pragma once

namespace pcc::Platform {

// On Linux and the BSDs a command-line run without a display (a server, CI, ssh) lays out
// letters and maps on Qt's offscreen platform. Windows and macOS always have their own
// platform plugin (and the offscreen one is not deployed there), so nothing changes.
void useOffscreenWithoutDisplay();

// On Windows the C runtime writes "\n" as "\r\n" to a text-mode stream: the command line's
// standard output and error are set to binary so a file redirected from it has the same bytes
// (tab-separated lines, JSON, a letter's text) on every system.
void useBinaryStandardStreams();

} // namespace pcc::Platform
