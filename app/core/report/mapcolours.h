#pragma once

#include "contactrecord.h"
#include "stalkingsupport.h"

#include <QColor>

namespace pcc {

// Colour-blind-safe fills for the map (Okabe–Ito palette), for light and dark palettes.
namespace MapColours {

QColor progressFill(ForceProgress progress, bool dark);
QColor evidenceFill(AdvocacyStatus status, bool dark);
QColor answeredSomeFill(bool dark); // between "no reply yet" and "answered every letter"
QColor noPccFill(bool dark);
QColor border(bool dark);
QColor selectedOutline(bool dark);
QColor sea(bool dark);

} // namespace MapColours
} // namespace pcc
