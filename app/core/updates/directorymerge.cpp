#include "directorymerge.h"

#include "dataversion.h"
#include "isodates.h"
#include "weblink.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc::DirectoryMerge {

Result merge(const Directory &base, const QList<Corrections> &sets, const QDate &today)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("pcc::DirectoryMerge", s); };
    Result result;
    // Every correction for each force and field, from every file.
    QHash<QString, QList<Correction>> byField;
    QStringList order;
    for (const Corrections &set : sets) {
        for (const Correction &c : set.items()) {
            const QString key = c.forceId + u'\x1f' + c.field;
            if (!byField.contains(key))
                order << key;
            byField[key] << c;
        }
    }
    Directory out = base;
    for (const QString &key : std::as_const(order)) {
        const QList<Correction> &all = byField[key];
        const Correction &first = all.first();
        const ForceRecord *original = out.force(first.forceId);
        if (!original) {
            result.conflicts << tr("%1: not a force in the base directory").arg(first.forceId);
            continue;
        }
        // A file read by Corrections names only known fields; a set made in code is held to the same.
        if (!Corrections::fields().contains(first.field)) {
            result.conflicts << tr("%1, %2: not a field a correction can change").arg(original->areaName(), first.field);
            continue;
        }
        // Normalised as they would be stored, so "GL2 2AN" and "gl2 2an" agree.
        QSet<QString> values;
        for (const Correction &c : all) {
            ForceRecord probe = *original;
            if (c.kind == Correction::Kind::Correction)
                Corrections::setValue(&probe, c.field, c.value);
            values.insert(Corrections::valueOf(probe, c.field));
        }
        if (values.size() > 1) {
            QStringList said;
            for (const Correction &c : all)
                said << u"“%1” (%2, %3)"_s.arg(QString(c.value).replace(u'\n', u", "_s),
                                               c.kind == Correction::Kind::Correction ? tr("corrected") : tr("checked"),
                                               c.source);
            result.conflicts << tr("%1, %2: the files disagree: %3")
                                    .arg(original->areaName(), Corrections::fieldLabel(first.field), said.join(u"; "_s));
            continue;
        }
        ForceRecord f = *original;
        QDate latest;
        QString source;
        bool corrected = false;
        for (const Correction &c : all) {
            if (!latest.isValid() || c.date > latest) {
                latest = c.date;
                source = c.source;
            }
            if (c.kind == Correction::Kind::Correction) {
                Corrections::setValue(&f, c.field, c.value); // all agree: any one will do
                corrected = true;
            }
        }
        if (first.field.startsWith(u"evidence_"_s)) {
            if (isWebAddress(source) && !f.stalkingSupport.sources.contains(source))
                f.stalkingSupport.sources << source;
        } else if (first.field != u"contact_url"_s) {
            Provenance p = f.provenance.value(first.field);
            p.source = source;
            p.verifiedOn = IsoDates::date(latest);
            if (corrected) {
                p.confidence = u"medium"_s;
                p.note = tr("corrected by a volunteer; check before relying on it");
            }
            f.provenance.insert(first.field, p);
        }
        out.replaceForce(f);
        corrected ? ++result.applied : ++result.verified;
    }
    out.setDataVersion(DataVersion::next(base.dataVersion(), IsoDates::date(today)));
    result.directory = out;
    return result;
}

} // namespace pcc::DirectoryMerge
