#include "directory/directorycontroller.h"

#include "directory/correctiondialog.h"
#include "corrections.h"
#include "shell/filechooser.h"
#include "shell/settings.h"
#include "updatefetcher.h"
#include "directory/updatepreviewdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pcc {

DirectoryController::DirectoryController(const Directory &directory, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_directory(directory)
    , m_parent(dialogParent)
{
}

std::optional<ForceRecord> DirectoryController::record(const QString &forceId) const
{
    const ForceRecord *f = m_directory.force(forceId);
    return f ? std::optional(*f) : std::nullopt;
}

void DirectoryController::saveCorrection(const Correction &correction, const QString &done)
{
    QString error;
    Corrections all = Corrections::load(Corrections::defaultPath(), &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Corrections"), error + u"\n\n"_s + tr("Nothing was changed."));
        return;
    }
    all.set(correction);
    if (!all.save(Corrections::defaultPath(), &error)) {
        QMessageBox::warning(m_parent, tr("Correction not saved"), error);
        return;
    }
    emit directoryChanged();
    emit statusMessage(done);
}

void DirectoryController::correct(const QString &forceId, const QString &field)
{
    const auto found = record(forceId);
    if (!found)
        return;
    const ForceRecord &force = *found;
    CorrectionDialog dialog(force.officeName, field, Corrections::valueOf(force, field), Correction::Kind::Correction, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        saveCorrection(dialog.correction(force.id), tr("Corrected: %1, %2.").arg(force.areaName(), Corrections::fieldLabel(field)));
}

void DirectoryController::verify(const QString &forceId, const QString &field)
{
    const auto found = record(forceId);
    if (!found)
        return;
    const ForceRecord &force = *found;
    CorrectionDialog dialog(force.officeName, field, Corrections::valueOf(force, field), Correction::Kind::Verification, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        saveCorrection(dialog.correction(force.id), tr("Recorded that you checked %1, %2.").arg(force.areaName(), Corrections::fieldLabel(field)));
}

void DirectoryController::undo(const QString &forceId, const QString &field)
{
    const auto found = record(forceId);
    if (!found)
        return;
    const ForceRecord &force = *found;
    const QString done = tr("Your correction to %1, %2 was undone.").arg(force.areaName(), Corrections::fieldLabel(field));
    QString error;
    Corrections all = Corrections::load(Corrections::defaultPath(), &error);
    if (error.isEmpty() && all.remove(force.id, field) && all.save(Corrections::defaultPath(), &error)) {
        emit directoryChanged();
        emit statusMessage(done);
    } else if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Corrections"), error);
    }
}

void DirectoryController::exportCorrections()
{
    QString error;
    const Corrections all = Corrections::load(Corrections::defaultPath(), &error);
    if (!error.isEmpty() || all.isEmpty()) {
        QMessageBox::information(m_parent, tr("Send corrections"),
                                 error.isEmpty() ? tr("You have made no corrections yet. Use “Correct this” beside a contact detail.") : error);
        return;
    }
    const QString path = FileChooser::saveFile(m_parent, tr("Send corrections to the coordinator"), u"corrections.json"_s,
                                               {{tr("Corrections"), u"json"_s}}).path;
    if (path.isEmpty())
        return;
    if (!all.save(path, &error)) {
        QMessageBox::warning(m_parent, tr("Corrections not saved"), error);
        return;
    }
    emit statusMessage(tr("%n correction(s) saved to %1: send this file to your coordinator.", nullptr, int(all.items().size())).arg(QDir::toNativeSeparators(path)));
}

void DirectoryController::offerInstall(const QByteArray &data, const QByteArray &signature)
{
    QString error;
    const auto checked = DirectoryUpdate::check(data, signature, &error);
    if (!checked) {
        QMessageBox::warning(m_parent, tr("Update refused"), error + u"\n\n"_s + tr("The directory in use was not changed."));
        return;
    }
    UpdatePreviewDialog preview(*checked, m_parent);
    if (preview.exec() != QDialog::Accepted)
        return;
    DirectoryUpdate::Installed result;
    if (!DirectoryUpdate::install(data, signature, &result, &error)) {
        QMessageBox::warning(m_parent, tr("Update refused"), error + u"\n\n"_s + tr("The directory in use was not changed."));
        return;
    }
    emit directoryChanged();
    QString message = tr("Directory updated to data version %1.").arg(result.toVersion);
    if (!result.droppedCorrections.isEmpty())
        QMessageBox::information(m_parent, tr("Directory updated"),
                                 message + u"\n\n"_s + tr("The update now contains these corrections of yours, so they were removed:")
                                     + u"\n"_s + result.droppedCorrections.join(u'\n'));
    emit statusMessage(message);
}

void DirectoryController::openUpdateFile()
{
    const QString path = FileChooser::openFile(m_parent, tr("Open an update file"), tr("Directory updates (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QFile sig(path + u".sig"_s);
    if (!sig.exists()) {
        QMessageBox::warning(m_parent, tr("Update refused"), tr("%1.sig is missing: only signed updates are installed.").arg(path));
        return;
    }
    if (!file.open(QIODevice::ReadOnly) || !sig.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_parent, tr("Update refused"), tr("Cannot read %1.").arg(path));
        return;
    }
    offerInstall(file.read(Directory::MaxFileBytes + 1), sig.read(DirectoryUpdate::MaxSignatureBytes + 1));
}

void DirectoryController::checkForUpdate()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_parent, tr("Check for an updated directory"),
                                              tr("The web address your campaign gave you for directory updates (https://…). "
                                                 "The app downloads that file and its signature, and nothing else is sent:"),
                                              QLineEdit::Normal, Settings::updateUrl(), &ok)
                              .trimmed();
    if (!ok || url.isEmpty())
        return;
    QString error;
    if (!UpdateFetcher::isAllowedUrl(QUrl(url), &error)) {
        QMessageBox::warning(m_parent, tr("Check for an update"), error);
        return;
    }
    Settings::setUpdateUrl(url);
    auto *fetcher = new UpdateFetcher(this);
    emit statusMessage(tr("Downloading %1…").arg(url));
    connect(fetcher, &UpdateFetcher::fetched, this, [this, fetcher](const QByteArray &data, const QByteArray &signature) {
        fetcher->deleteLater();
        offerInstall(data, signature);
    });
    connect(fetcher, &UpdateFetcher::failed, this, [this, fetcher](const QString &reason) {
        fetcher->deleteLater();
        QMessageBox::warning(m_parent, tr("No update installed"), reason + u"\n\n"_s + tr("The directory in use was not changed."));
    });
    fetcher->fetch(QUrl(url));
}

void DirectoryController::revert()
{
    if (QMessageBox::question(m_parent, tr("Revert to the previous directory"),
                              tr("Go back to the directory that was in use before the last update?"))
        != QMessageBox::Yes)
        return;
    QString message;
    QString error;
    if (!DirectoryUpdate::revert(&message, &error)) {
        QMessageBox::warning(m_parent, tr("Not reverted"), error);
        return;
    }
    emit directoryChanged();
    emit statusMessage(message);
}

} // namespace pcc
