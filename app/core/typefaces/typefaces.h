#pragma once

#include <QFont>
#include <QString>

class QTextDocument;

namespace pcc {

// The typefaces that travel with the program (Liberation Serif for letters and envelopes,
// Liberation Sans for the map and the report), registered with Qt on first use, so a letter
// is set in the same face on Windows, macOS and Linux whatever the system has installed.
namespace Typefaces {

QString letterFamily(); // "Liberation Serif", loaded
QString sansFamily();   // "Liberation Sans", loaded
bool loaded();          // every bundled face was registered

// A font of `family` at `pointSize` that is never set with ligatures: a PDF's text must
// search and copy as the letters typed ("office", not "o\uFB03ce").
QFont printFont(const QString &family, double pointSize);
// The same rule for every character of a document (fonts named in pasted HTML included).
void avoidLigatures(QTextDocument *document);

} // namespace Typefaces

} // namespace pcc
