#pragma once

#include <QString>

namespace pcc {

// Text a person typed (names, notes, letters) may hold tabs and line breaks, never other control
// characters: a NUL byte cannot be stored by PostgreSQL, breaks C strings, and hides text in
// exports. Every door into the log (recording, import, team sync) refuses such text.
namespace PlainText {

// The position of the first control character other than tab, line feed and carriage return
// (U+0000-U+001F, U+007F-U+009F: a terminal may obey U+009B as it obeys U+001B), or -1.
qsizetype firstControlCharacter(const QString &text);
// For a one-line label (a document's name): the first control character of any kind, tab and
// line breaks included (U+0085, U+2028 and U+2029 too), or -1.
qsizetype firstLineBreakOrControl(const QString &text);

// Text that came from elsewhere (a server's message, a value it returned) made safe to show in a
// terminal: each control character but tab and line feed, and each character that reorders text
// for display (U+202A-U+202E, U+2066-U+2069), becomes U+FFFD.
QString printable(const QString &text);

} // namespace PlainText

} // namespace pcc
