// The force-area GeoJSON loader.
#include "forceareas.h"
#include "fuzzsupport.h"

#include <QPointF>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pcc::DataIssues issues;
    const pcc::ForceAreas areas = pcc::ForceAreas::fromGeoJson(pccfuzz::bytes(data, size), &issues);
    (void)areas.areaAt(QPointF(0, 0));
    (void)areas.bounds();
    return 0;
}
