#include "report/reportexporter.h"

#include "contactlog.h"
#include "shell/filechooser.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pcc {

ReportExporter::ReportExporter(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{
}

std::optional<ReportBuilder> ReportExporter::builder(ContactLog *log, const Directory &directory, const ForceAreas &areas, bool personal)
{
    ReportBuilder b(directory, areas, QDate::currentDate());
    if (!log) {
        QMessageBox::warning(m_parent, tr("Contact log unavailable"), tr("The contact log could not be opened, so there is no progress to show."));
        return std::nullopt;
    }
    const auto profile = personal ? log->currentProfile() : std::nullopt;
    if (!b.load(*log, profile ? profile->uuid : QString(), profile ? profile->name : QString())) {
        QMessageBox::warning(m_parent, tr("Contact log"), b.lastError());
        return std::nullopt;
    }
    return b;
}

void ReportExporter::exportMap(ContactLog *log, const Directory &directory, const ForceAreas &areas, ReportBuilder::Colour colour)
{
    const auto b = builder(log, directory, areas, false);
    if (!b)
        return;
    enum Type { Png, Svg, Pdf };
    const FileChooser::Choice chosen = FileChooser::saveFile(
        m_parent, tr("Export the map"), colour == ReportBuilder::Colour::Evidence ? tr("what-offices-fund.png") : tr("campaign-map.png"),
        {{tr("PNG picture"), u"png"_s}, {tr("SVG drawing"), u"svg"_s}, {tr("PDF document"), u"pdf"_s}});
    if (chosen.isEmpty())
        return;
    const QString &path = chosen.path;
    const MapPicture picture = b->map(colour);
    QString error;
    bool ok = false;
    if (chosen.type == Svg) {
        ok = picture.writeSvg(path, &error);
    } else if (chosen.type == Pdf) {
        ok = picture.writePdf(path, &error);
    } else {
        // Sizes by use; the picture is drawn at twice its width in points, sharp on any screen.
        const QList<QPair<QString, int>> sizes{{tr("For a screen or a presentation (3200 pixels wide)"), 1600},
                                               {tr("For printing on A4 paper (2480 pixels wide)"), 1240},
                                               {tr("For social media (1080 pixels wide)"), 540}};
        QStringList names;
        for (const auto &size : sizes)
            names << size.first;
        bool chosen = false;
        const QString use = QInputDialog::getItem(m_parent, tr("Size of the picture"), tr("What is the picture for?"), names, 0, false, &chosen);
        if (!chosen)
            return;
        ok = picture.writePng(path, sizes.value(names.indexOf(use)).second, 2, &error);
    }
    if (!ok) {
        QMessageBox::warning(m_parent, tr("Map not exported"), error);
        return;
    }
    emit statusMessage(tr("Map saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ReportExporter::exportReport(ContactLog *log, const Directory &directory, const ForceAreas &areas)
{
    QMessageBox ask(QMessageBox::Question, tr("Campaign report"), tr("Whose letters should the report count?"), QMessageBox::Cancel, m_parent);
    QPushButton *everyone = ask.addButton(tr("Everyone's on this computer (no names)"), QMessageBox::AcceptRole);
    QPushButton *mine = ask.addButton(tr("Only mine (names me)"), QMessageBox::AcceptRole);
    ask.setDefaultButton(everyone);
    ask.exec();
    if (ask.clickedButton() != everyone && ask.clickedButton() != mine)
        return;
    const auto b = builder(log, directory, areas, ask.clickedButton() == mine);
    if (!b)
        return;
    const QString path = FileChooser::saveFile(m_parent, tr("Save the campaign report"), tr("campaign-report.pdf"), {{tr("PDF document"), u"pdf"_s}}).path;
    if (path.isEmpty())
        return;
    QString error;
    if (!b->report().writePdf(path, &error)) {
        QMessageBox::warning(m_parent, tr("Report not saved"), error);
        return;
    }
    emit statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace pcc
