#include "shippeddata.h"

#include "apppaths.h"
#include "corrections.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pcc {

QString ShippedData::overridePath(const QString &fileName)
{
    return AppPaths::dataDir() + u'/' + fileName;
}

ShippedData::DirectoryLoad ShippedData::loadDirectory(Corrected corrected)
{
    DirectoryLoad load = loadUncorrected();
    if (corrected == Corrected::No || load.directory.isEmpty())
        return load;
    QString error;
    const Corrections corrections = Corrections::load(Corrections::defaultPath(), &error);
    if (!error.isEmpty())
        load.warning += (load.warning.isEmpty() ? QString() : u"\n"_s)
            + QCoreApplication::translate("pcc", "Your corrections could not be read, so none are shown: %1").arg(error);
    load.directory = corrections.applyTo(load.directory);
    return load;
}

ShippedData::DirectoryLoad ShippedData::loadUncorrected()
{
    DirectoryLoad load;
    const QString userFile = overridePath(u"policing_bodies.json"_s);
    if (QFileInfo::exists(userFile)) {
        DataIssues issues;
        load.directory = Directory::fromFile(userFile, &issues);
        if (!load.directory.isEmpty()) {
            load.origin = userFile;
            return load;
        }
        QStringList lines;
        for (qsizetype i = 0; i < issues.size() && i < 5; ++i)
            lines.append(issues.at(i).toString());
        if (issues.size() > 5)
            lines.append(QCoreApplication::translate("pcc", "… and %1 more problems").arg(issues.size() - 5));
        load.warning = QCoreApplication::translate("pcc", "The updated contact data in %1 could not be used, so the "
                                                          "data shipped with the app is shown instead:\n%2")
                           .arg(userFile, lines.join(u'\n'));
    }
    DataIssues issues;
    load.directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), &issues);
    load.origin = AppPaths::bundledPolicingBodies();
    if (load.directory.isEmpty() && !issues.isEmpty()) // only possible with a broken build
        load.warning += u"\n"_s + issues.constFirst().toString();
    return load;
}

} // namespace pcc
