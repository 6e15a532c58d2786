#pragma once

#include "corrections.h"
#include "directory.h"
#include "directoryupdate.h"

#include <QObject>

#include <optional>

class QWidget;

namespace pcc {

// Everything the window does to the directory: a volunteer's corrections (correct, checked,
// undo, send to the coordinator) and signed updates (from a file or a web address the user
// gives, with the changes shown first; revert). The rules are in core: Corrections and
// DirectoryUpdate.
class DirectoryController : public QObject
{
    Q_OBJECT
public:
    // The directory shown in the window: a correction starts from its record of the force.
    DirectoryController(const Directory &directory, QWidget *dialogParent);

    void correct(const QString &forceId, const QString &field);
    void verify(const QString &forceId, const QString &field);
    void undo(const QString &forceId, const QString &field);
    void exportCorrections();
    void checkForUpdate();
    void openUpdateFile();
    void revert();

signals:
    void directoryChanged(); // reload the directory and everything shown from it
    void statusMessage(const QString &message);

private:
    void offerInstall(const QByteArray &data, const QByteArray &signature);
    void saveCorrection(const Correction &correction, const QString &done);

    // A copy of the record: saving a correction reloads the directory it lives in.
    std::optional<ForceRecord> record(const QString &forceId) const;

    const Directory &m_directory;
    QWidget *m_parent;
};

} // namespace pcc
