#include "forceids.h"

#include <QCoreApplication>

#include <QList>

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

namespace {

struct NoPccArea
{
    QString id;
    QString name;
    QString body;
};

// The one list of places with a UK postcode but no police and crime commissioner.
const QList<NoPccArea> &noPccAreas()
{
    static const QList<NoPccArea> areas = {
        {Scotland, u"Scotland"_s, u"Scottish Police Authority (no police and crime commissioner in Scotland)"_s},
        {NorthernIreland, u"Northern Ireland"_s,
         u"Northern Ireland Policing Board (no police and crime commissioner in Northern Ireland)"_s},
        {Guernsey, u"Guernsey"_s, u"Bailiwick of Guernsey Law Enforcement (a Crown Dependency: no police and crime commissioner)"_s},
        {Jersey, u"Jersey"_s, u"States of Jersey Police (a Crown Dependency: no police and crime commissioner)"_s},
        {IsleOfMan, u"the Isle of Man"_s, u"Isle of Man Constabulary (a Crown Dependency: no police and crime commissioner)"_s},
    };
    return areas;
}

const NoPccArea *noPccArea(const QString &id)
{
    for (const NoPccArea &area : noPccAreas()) {
        if (area.id == id)
            return &area;
    }
    return nullptr;
}

} // namespace

bool isNoPccArea(const QString &id)
{
    return noPccArea(id) != nullptr;
}

QString noPccAreaName(const QString &id)
{
    const NoPccArea *area = noPccArea(id);
    return area ? area->name : QString();
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ForceIds)
};
} // namespace

QString noPccAreaDisplayName(const QString &id)
{
    if (id == Scotland)
        return Tr::tr("Scotland");
    if (id == NorthernIreland)
        return Tr::tr("Northern Ireland");
    if (id == Guernsey)
        return Tr::tr("Guernsey");
    if (id == Jersey)
        return Tr::tr("Jersey");
    if (id == IsleOfMan)
        return Tr::tr("the Isle of Man");
    return {};
}

QString noPccAreaSentence(const QString &id)
{
    if (id == Scotland)
        return Tr::tr("Scotland has no police and crime commissioners: the Scottish Police Authority oversees policing there, "
                      "so this campaign's letter is not for Scotland.");
    if (id == NorthernIreland)
        return Tr::tr("Northern Ireland has no police and crime commissioners: the Northern Ireland Policing Board oversees "
                      "policing there, so this campaign's letter is not for Northern Ireland.");
    if (id == Guernsey || id == Jersey || id == IsleOfMan) {
        const QString name = noPccAreaDisplayName(id);
        QString start = name; // "The Isle of Man is…"
        start[0] = start[0].toUpper();
        return Tr::tr("%1 is a Crown Dependency with its own police and no police and crime commissioner, so this "
                      "campaign's letter is not for %2.")
            .arg(start, name);
    }
    return {};
}

QString noPccAreaBody(const QString &id)
{
    const NoPccArea *area = noPccArea(id);
    return area ? area->body : QString();
}

} // namespace pcc::ForceIds
