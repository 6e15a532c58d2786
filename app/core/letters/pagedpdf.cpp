#include "pagedpdf.h"

#include "wholefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace pcc {

bool PagedPdf::write(const QString &path, const Paint &paint, QString *error) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(pageSize, orientation, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"PCC Campaigner"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QCoreApplication::translate("pcc::PagedPdf", "Cannot start the PDF %1").arg(path);
            return false;
        }
        const bool painted = paint(&painter, &writer);
        painter.end();
        if (!painted) {
            *error = QCoreApplication::translate("pcc::PagedPdf", "Cancelled: %1 was not written.").arg(path);
            return false;
        }
    }
    return WholeFile::writePrivate(path, pdf, error);
}

} // namespace pcc
