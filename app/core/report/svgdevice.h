#pragma once

class QIODevice;
class QPaintDevice;
class QSize;
class QString;

// An SVG paint device (Qt Svg's generator) made by the pcc-svg module (svg/), which the program
// loads only when a map is first saved as SVG, so Qt Svg is not loaded at start. The caller owns
// the device, paints on it, and deletes it to finish the file.
extern "C" using PccCreateSvgDevice = QPaintDevice *(QIODevice *out, const QSize &size, const QString &title,
                                                      const QString &description);
