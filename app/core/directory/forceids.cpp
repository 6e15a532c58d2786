#include "forceids.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc::ForceIds {

const QStringList &all()
{
    static const QStringList ids = {
        u"avon-and-somerset"_s, u"bedfordshire"_s, u"cambridgeshire"_s, u"cheshire"_s,
        u"city-of-london"_s, u"cleveland"_s, u"cumbria"_s, u"derbyshire"_s,
        u"devon-and-cornwall"_s, u"dorset"_s, u"durham"_s, u"dyfed-powys"_s, u"essex"_s,
        u"gloucestershire"_s, u"greater-manchester"_s, u"gwent"_s, u"hampshire"_s,
        u"hertfordshire"_s, u"humberside"_s, u"kent"_s, u"lancashire"_s, u"leicestershire"_s,
        u"lincolnshire"_s, u"merseyside"_s, u"metropolitan"_s, u"norfolk"_s, u"north-wales"_s,
        u"north-yorkshire"_s, u"northamptonshire"_s, u"northumbria"_s, u"nottinghamshire"_s,
        u"south-wales"_s, u"south-yorkshire"_s, u"staffordshire"_s, u"suffolk"_s, u"surrey"_s,
        u"sussex"_s, u"thames-valley"_s, u"warwickshire"_s, u"west-mercia"_s,
        u"west-midlands"_s, u"west-yorkshire"_s, u"wiltshire"_s,
    };
    return ids;
}

bool isForce(const QString &id)
{
    const QStringList &ids = all();
    return std::binary_search(ids.cbegin(), ids.cend(), id);
}

bool isNoPccArea(const QString &id)
{
    return id == Scotland || id == NorthernIreland || id == Guernsey || id == Jersey || id == IsleOfMan;
}

QString noPccAreaName(const QString &id)
{
    if (id == Scotland)
        return u"Scotland"_s;
    if (id == NorthernIreland)
        return u"Northern Ireland"_s;
    if (id == Guernsey)
        return u"Guernsey"_s;
    if (id == Jersey)
        return u"Jersey"_s;
    if (id == IsleOfMan)
        return u"the Isle of Man"_s;
    return {};
}

QString noPccAreaBody(const QString &id)
{
    if (id == Scotland)
        return u"Scottish Police Authority (no police and crime commissioner in Scotland)"_s;
    if (id == NorthernIreland)
        return u"Northern Ireland Policing Board (no police and crime commissioner in Northern Ireland)"_s;
    if (id == Guernsey)
        return u"Bailiwick of Guernsey Law Enforcement (a Crown Dependency: no police and crime commissioner)"_s;
    if (id == Jersey)
        return u"States of Jersey Police (a Crown Dependency: no police and crime commissioner)"_s;
    if (id == IsleOfMan)
        return u"Isle of Man Constabulary (a Crown Dependency: no police and crime commissioner)"_s;
    return {};
}

} // namespace pcc::ForceIds
