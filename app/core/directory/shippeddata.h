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
        QString warning; // why an override file was ignored (or the corrections could not be read), or empty
    };

    // With the corrections made on this computer applied (see Corrections), unless asked not to.
    enum class Corrected { Yes, No };
    static DirectoryLoad loadDirectory(Corrected corrected = Corrected::Yes);
    static QString overridePath(const QString &fileName); // dataDir()/fileName

private:
    static DirectoryLoad loadUncorrected();
};

} // namespace pcc
