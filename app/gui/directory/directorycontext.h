#pragma once

#include "directory.h"
#include "forceareas.h"
#include "postcodedistricts.h"

#include <QObject>

namespace pcc {

// The directory, the map's areas and the postcode table the windows show. The panes hold a
// reference to directory(), which stays valid; after each load (the first, and again after a
// correction, an update or a revert) changed() tells every pane to draw from it again.
class DirectoryContext : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryContext(QObject *parent = nullptr);

    const Directory &directory() const { return m_directory; }
    const ForceAreas &areas() const { return m_areas; }
    const PostcodeDistricts &districts(); // read on first use: most sessions never need it
    bool isLoaded() const { return m_loaded; }

    void load();

signals:
    void changed();
    // A file in the data folder was refused and the bundled data used: said, never blocking.
    void dataRefused(const QString &title, const QString &why);

private:
    Directory m_directory;
    ForceAreas m_areas;
    PostcodeDistricts m_districts;
    bool m_loaded = false;
};

} // namespace pcc
