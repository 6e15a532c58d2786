#pragma once

#include "directory.h"

#include <QString>

namespace pcc {

// Loads the shipped data: a valid user copy in AppPaths::dataDir() overrides the copy
// bundled into the executable; a bad user copy never stops the app.
class ShippedData
{
public:
    struct DirectoryLoad
    {
        Directory directory;
        QString origin;  // the file actually used
        QString warning; // why an override file was ignored, or empty
    };

    static DirectoryLoad loadDirectory();
    static QString overridePath(const QString &fileName); // dataDir()/fileName
};

} // namespace pcc
