#include "shell/filechooser.h"

#include "shell/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString filterOf(const FileChooser::Type &type)
{
    return u"%1 (*.%2)"_s.arg(type.name, type.suffix);
}

qsizetype typeOfSuffix(const QString &path, const QList<FileChooser::Type> &types)
{
    const QString suffix = QFileInfo(path).suffix();
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (suffix.compare(types.at(i).suffix, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void remember(const QString &folder)
{
    Settings::setLastExportFolder(folder); // a folder not remembered costs one click next time: no message
}

} // namespace

QString FileChooser::startFolder()
{
    const QString last = Settings::lastExportFolder();
    return last.isEmpty() || !QFileInfo(last).isDir() ? QDir::homePath() : last;
}

QString FileChooser::pathForType(const QString &path, const QList<Type> &types, qsizetype chosen)
{
    if (path.isEmpty() || chosen < 0 || chosen >= types.size())
        return path;
    const QString wanted = types.at(chosen).suffix;
    const qsizetype typed = typeOfSuffix(path, types);
    if (typed == chosen) // in any letters: the dialog already asked about replacing this very file
        return path;
    if (typed >= 0) // another offered type's suffix: replaced
        return path.left(path.size() - QFileInfo(path).suffix().size()) + wanted;
    return path + u'.' + wanted;
}

FileChooser::Choice FileChooser::saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QList<Type> &types)
{
    QStringList filters;
    for (const Type &type : types)
        filters << filterOf(type);
    const qsizetype suggestedType = typeOfSuffix(suggestedName, types);
    QString selected = filters.value(suggestedType < 0 ? 0 : suggestedType);
    const QString answer = QFileDialog::getSaveFileName(parent, title, startFolder() + u'/' + suggestedName, filters.join(u";;"_s), &selected);
    if (answer.isEmpty())
        return {};
    Choice choice;
    choice.type = filters.indexOf(selected);
    if (choice.type < 0) // a dialog that reports no filter: the name decides, else the first type
        choice.type = qMax<qsizetype>(0, typeOfSuffix(answer, types));
    choice.path = pathForType(answer, types, choice.type);
    // The dialog asked about replacing the name typed, not this one.
    if (choice.path != answer && QFileInfo::exists(choice.path)
        && QMessageBox::question(parent, title, tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(choice.path)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return {};
    remember(QFileInfo(choice.path).absolutePath());
    return choice;
}

QString FileChooser::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, startFolder(), filter);
    if (!path.isEmpty())
        remember(QFileInfo(path).absolutePath());
    return path;
}

QStringList FileChooser::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, startFolder(), filter);
}

QString FileChooser::folder(QWidget *parent, const QString &title)
{
    const QString path = QFileDialog::getExistingDirectory(parent, title, startFolder());
    if (!path.isEmpty())
        remember(path);
    return path;
}

} // namespace pcc
