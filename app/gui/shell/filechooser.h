#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace pcc {

// The save and open dialogs of every window: they start in the folder last used (or the home
// folder), remember the folder chosen, and for a save the type chosen in the dialog decides the
// format, whatever the name typed ends with.
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(pcc::FileChooser)

public:
    struct Type
    {
        QString name;   // "PNG picture", translated
        QString suffix; // "png"
    };
    struct Choice
    {
        QString path;
        qsizetype type = -1; // index into the types offered
        bool isEmpty() const { return path.isEmpty(); }
    };

    // Empty when cancelled (or when the volunteer declined to replace a file the chosen type's
    // name would overwrite).
    static Choice saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QList<Type> &types);
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    // Documents from anywhere (a reply's attachments): the folder is not remembered for exports.
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
    static QString folder(QWidget *parent, const QString &title);

    // The file a save stands for: the chosen type's suffix replaces another offered type's, and
    // is added to a name without one or with one no type uses ("report.v2" → "report.v2.pdf");
    // a name that already ends with it, in any letters, is kept.
    static QString pathForType(const QString &path, const QList<Type> &types, qsizetype chosen);
    static QString startFolder();
};

} // namespace pcc
