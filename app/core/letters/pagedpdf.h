#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace pcc {

// A PDF drawn page by page by `paint`, written whole and private (0600) or not at all.
struct PagedPdf
{
    QPageSize pageSize;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString title;

    using Paint = std::function<bool(QPainter *, QPagedPaintDevice *)>;
    bool write(const QString &path, const Paint &paint, QString *error) const;
};

} // namespace pcc
