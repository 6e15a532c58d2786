#pragma once

#include "letter.h"
#include "letterlayout.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace pcc {

// Lays out letters on paged devices (QPdfWriter, QPrinter): sender top right, date,
// recipient block in the envelope window, body paginated with page numbers, and the
// sign-off never alone on a page. Each letter starts on a new page.
class LetterRenderer
{
public:
    explicit LetterRenderer(const LetterLayout &layout = {});

    // Called before each letter with its index; returning false cancels.
    using Progress = std::function<bool(int)>;

    // Writes atomically: on error or cancel the target file is left as it was.
    bool writePdf(const QList<Letter> &letters, const QString &path, const QString &author, QString *error,
                  const Progress &progress = {}) const;
    bool render(QPainter *painter, QPagedPaintDevice *device, const QList<Letter> &letters,
                const Progress &progress = {}) const;
    void renderTestPage(QPainter *painter, QPagedPaintDevice *device) const;

    // The recipient's address at the smallest size it is ever set (10 pt), wrapped to the
    // envelope window: how many lines it takes, and how many the window holds.
    static int addressLinesAtMinimum(const QStringList &block, const LetterLayout &layout, int *linesThatFit);
    static QRectF addressBoxMm(const LetterLayout &layout);

    // Vertical slices [top, bottom) of the body document, one per page, in device pixels.
    QList<QPair<double, double>> paginate(QTextDocument *body, double firstPageHeight, double pageHeight) const;

private:
    bool renderLetter(QPainter *painter, QPagedPaintDevice *device, const Letter &letter) const;
    LetterLayout m_layout;
};

} // namespace pcc
