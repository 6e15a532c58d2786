#pragma once

#include "corrections.h"
#include "directoryupdate.h"

#include <QObject>

class QWidget;

namespace pcc {

struct ForceRecord;

// Everything the window does to the directory: a volunteer's corrections (correct, checked,
// undo, send to the coordinator) and signed updates (from a file or a web address the user
// gives, with the changes shown first; revert). The rules are in core: Corrections and
// DirectoryUpdate.
class DirectoryController : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryController(QWidget *dialogParent);

    void correct(const ForceRecord &force, const QString &field);
    void verify(const ForceRecord &force, const QString &field);
    void undo(const ForceRecord &force, const QString &field);
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

    QWidget *m_parent;
};

} // namespace pcc
