#include "directory/directorycontext.h"

#include "shippeddata.h"

namespace pcc {

DirectoryContext::DirectoryContext(QObject *parent)
    : QObject(parent)
{
}

void DirectoryContext::load()
{
    const ShippedData::DirectoryLoad loaded = ShippedData::loadDirectory();
    m_directory = loaded.directory;
    m_areas = ForceAreas::loadDefault();
    m_loaded = true;
    emit changed();
    if (!loaded.warning.isEmpty())
        emit dataRefused(tr("Updated data not used"), loaded.warning);
}

const PostcodeDistricts &DirectoryContext::districts()
{
    if (m_districts.isEmpty()) {
        QString warning;
        m_districts = PostcodeDistricts::loadDefault(&warning);
        if (!warning.isEmpty())
            emit dataRefused(tr("Updated postcode table not used"), warning);
    }
    return m_districts;
}

} // namespace pcc
