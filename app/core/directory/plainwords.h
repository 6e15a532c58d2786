#pragma once

#include <QString>

namespace pcc {

// The research's short forms ("PCC", "MoJ", "VAWG") in plain words, for text a volunteer
// reads. Only abbreviations whose meaning is certain are expanded; the rest stay as written.
// The research is in English, so its expansions are too (never mixed with a translation).
namespace PlainWords {
QString expand(const QString &text);
}

} // namespace pcc
