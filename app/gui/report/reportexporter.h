#pragma once

#include "directory.h"
#include "forceareas.h"
#include "reportbuilder.h"

#include <QObject>

class QWidget;

namespace pcc {

class ContactLog;

// File → Export map… and File → Campaign report…: asks where (and, for the report, whose
// contacts), then lets ReportBuilder draw exactly what the command line draws.
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportExporter(QWidget *dialogParent);

    void exportMap(ContactLog *log, const Directory &directory, const ForceAreas &areas, ReportBuilder::Colour colour);
    void exportReport(ContactLog *log, const Directory &directory, const ForceAreas &areas);

signals:
    void statusMessage(const QString &message);

private:
    std::optional<ReportBuilder> builder(ContactLog *log, const Directory &directory, const ForceAreas &areas, bool personal);

    QWidget *m_parent;
};

} // namespace pcc
