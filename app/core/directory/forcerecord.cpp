#include "forcerecord.h"

#include "enumkeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

QString bodyKindKey(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Pcc: return u"PCC"_s;
    case BodyKind::Pfcc: return u"PFCC"_s;
    case BodyKind::Mayor: return u"Mayor"_s;
    case BodyKind::PoliceAuthority: return u"PoliceAuthority"_s;
    case BodyKind::PolicingBoard: return u"PolicingBoard"_s;
    }
    return {};
}

bool bodyKindFromKey(const QString &key, BodyKind *kind)
{
    return enumFromKey({BodyKind::Pcc, BodyKind::Pfcc, BodyKind::Mayor, BodyKind::PoliceAuthority, BodyKind::PolicingBoard},
                       bodyKindKey, key, kind);
}

namespace {
const char *bodyKindText(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Pcc: return QT_TRANSLATE_NOOP("pcc", "Police and Crime Commissioner");
    case BodyKind::Pfcc: return QT_TRANSLATE_NOOP("pcc", "Police, Fire and Crime Commissioner");
    case BodyKind::Mayor: return QT_TRANSLATE_NOOP("pcc", "Mayor (with the police and crime commissioner's powers)");
    case BodyKind::PoliceAuthority: return QT_TRANSLATE_NOOP("pcc", "Police authority");
    case BodyKind::PolicingBoard: return QT_TRANSLATE_NOOP("pcc", "Policing and Crime Board");
    }
    return "";
}
} // namespace

QString bodyKindLabel(BodyKind kind)
{
    return QCoreApplication::translate("pcc", bodyKindText(kind));
}

QString bodyKindInEnglish(BodyKind kind)
{
    // In a letter the mayor is the Mayor: the note on the office's powers is for the volunteer.
    return kind == BodyKind::Mayor ? u"Mayor"_s : QString::fromLatin1(bodyKindText(kind));
}

QString bodyKindShortLabel(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Pcc: return QCoreApplication::translate("pcc", "Commissioner");
    case BodyKind::Pfcc: return QCoreApplication::translate("pcc", "Commissioner"); // fire too: said in the tooltip
    case BodyKind::Mayor: return QCoreApplication::translate("pcc", "Mayor");
    case BodyKind::PoliceAuthority: return QCoreApplication::translate("pcc", "Police authority");
    case BodyKind::PolicingBoard: return QCoreApplication::translate("pcc", "Policing board");
    }
    return {};
}

QString ForceRecord::areaName() const
{
    QString name = forceName;
    for (const QString &suffix : {u" Police"_s, u" Constabulary"_s}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    if (id == u"metropolitan"_s)
        return u"London"_s;
    return name;
}

} // namespace pcc
