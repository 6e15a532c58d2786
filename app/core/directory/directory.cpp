#include "directory.h"

#include "forcerecordreader.h"
#include "forceids.h"
#include "jsonduplicates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue personJson(const Person &p, bool withDates)
{
    if (p.isEmpty() && p.title.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o{{u"name"_s, nullable(p.name)}, {u"title"_s, nullable(p.title)}};
    if (withDates) {
        o.insert(u"since"_s, nullable(p.since));
        o.insert(u"as_of"_s, nullable(p.asOf));
    }
    return o;
}

} // namespace

Directory Directory::fromJson(const QByteArray &json, DataIssues *issues)
{
    DataIssues found;
    Directory dir;
    auto fail = [&](const QString &path, const QString &message) {
        found.append({path, message});
        if (issues)
            *issues = found;
        return Directory();
    };

    if (json.trimmed().isEmpty())
        return fail({}, u"the file is empty"_s);
    if (json.size() > MaxFileBytes)
        return fail({}, u"the file is %1 bytes; the limit is %2 bytes"_s.arg(json.size()).arg(MaxFileBytes));
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(json);
        if (decoder.hasError())
            return fail({}, u"the file is not valid UTF-8 text"_s);
        Q_UNUSED(text);
    }
    if (const auto twice = JsonDuplicates::find(json); twice.found()) {
        const int line = int(json.left(twice.offset).count('\n')) + 1;
        return fail({}, u"the key '%1' appears twice in one object (line %2): refused, as a reader cannot tell which one counts"_s
                            .arg(twice.key.left(80))
                            .arg(line));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        return fail({}, u"malformed JSON at line %1 (byte %2): %3"_s.arg(line).arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail({}, u"expected a JSON object at the top level"_s);
    const QJsonObject root = doc.object();

    const QJsonValue schema = root.value(u"schema_version"_s);
    if (schema.isUndefined())
        return fail(u"schema_version"_s, u"missing required field"_s);
    if (!schema.isDouble() || schema.toDouble() != SchemaVersion)
        return fail(u"schema_version"_s, u"unsupported schema version %1 (this version of the app reads %2)"_s
                                             .arg(schema.isDouble() ? QString::number(schema.toDouble()) : u"(not a number)"_s)
                                             .arg(SchemaVersion));
    if (!root.value(u"data_version"_s).isString() || root.value(u"data_version"_s).toString().isEmpty())
        found.append({u"data_version"_s, root.contains(u"data_version"_s) ? u"expected a non-empty string"_s
                                                                          : u"missing required field"_s});
    dir.m_dataVersion = root.value(u"data_version"_s).toString();

    const QJsonValue forcesValue = root.value(u"forces"_s);
    if (!forcesValue.isArray()) {
        found.append({u"forces"_s, root.contains(u"forces"_s) ? u"expected an array"_s : u"missing required field"_s});
    } else {
        const QJsonArray forces = forcesValue.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < forces.size(); ++i) {
            const QString path = u"forces[%1]"_s.arg(i);
            if (!forces.at(i).isObject()) {
                found.append({path, u"expected an object"_s});
                continue;
            }
            ForceRecord f = readForceRecord(forces.at(i).toObject(), path, &found);
            if (f.id.isEmpty())
                continue;
            if (!ForceIds::isForce(f.id)) {
                found.append({path + u".force_id"_s, u"'%1' is not one of the 43 force ids"_s.arg(f.id)});
                continue;
            }
            if (seen.contains(f.id)) {
                found.append({path + u".force_id"_s, u"duplicate force id '%1'"_s.arg(f.id)});
                continue;
            }
            seen.insert(f.id);
            dir.m_forces.append(f);
        }
        QStringList missing;
        for (const QString &id : ForceIds::all()) {
            if (!seen.contains(id))
                missing.append(id);
        }
        if (!missing.isEmpty())
            found.append({u"forces"_s, u"missing force%1: %2"_s.arg(missing.size() == 1 ? QString() : u"s"_s,
                                                                      missing.join(u", "_s))});
    }

    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return Directory();
    std::sort(dir.m_forces.begin(), dir.m_forces.end(),
              [](const ForceRecord &a, const ForceRecord &b) { return a.id < b.id; });
    return dir;
}

Directory Directory::fromFile(const QString &path, DataIssues *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (issues)
            *issues = {{QString(), u"cannot read %1: %2"_s.arg(path, file.errorString())}};
        return Directory();
    }
    if (file.size() > MaxFileBytes) {
        if (issues)
            *issues = {{QString(), u"the file is %1 bytes; the limit is %2 bytes"_s.arg(file.size()).arg(MaxFileBytes)}};
        return Directory();
    }
    return fromJson(file.readAll(), issues);
}

const ForceRecord *Directory::force(const QString &id) const
{
    const auto it = std::lower_bound(m_forces.cbegin(), m_forces.cend(), id,
                                     [](const ForceRecord &f, const QString &key) { return f.id < key; });
    return (it != m_forces.cend() && it->id == id) ? &*it : nullptr;
}

void Directory::replaceForce(const ForceRecord &force)
{
    for (ForceRecord &f : m_forces) {
        if (f.id == force.id) {
            f = force;
            return;
        }
    }
}

QByteArray Directory::toJson() const
{
    QJsonArray forces;
    for (const ForceRecord &f : m_forces) {
        QJsonObject prov;
        for (auto it = f.provenance.cbegin(); it != f.provenance.cend(); ++it) {
            prov.insert(it.key(), QJsonObject{{u"source"_s, nullable(it->source)},
                                              {u"confidence"_s, it->confidence},
                                              {u"verified_on"_s, it->verifiedOn},
                                              {u"note"_s, nullable(it->note)}});
        }
        QJsonValue address(QJsonValue::Null);
        if (!f.address.isEmpty())
            address = QJsonObject{{u"lines"_s, QJsonArray::fromStringList(f.address.lines)},
                                  {u"postcode"_s, f.address.postcode}};
        forces.append(QJsonObject{
            {u"force_id"_s, f.id},
            {u"force_name"_s, f.forceName},
            {u"country"_s, f.country},
            {u"body_kind"_s, bodyKindKey(f.bodyKind)},
            {u"office_name"_s, f.officeName},
            {u"area_phrase"_s, nullable(f.areaPhrase)},
            {u"holder"_s, personJson(f.holder, true)},
            {u"deputy"_s, personJson(f.deputy, false)},
            {u"address"_s, address},
            {u"email"_s, nullable(f.email)},
            {u"phone"_s, nullable(f.phone)},
            {u"website"_s, nullable(f.website)},
            {u"contact_url"_s, nullable(f.contactUrl)},
            {u"notes"_s, nullable(f.notes)},
            {u"provenance"_s, prov},
        });
        if (f.stalkingSupport.isKnown()) {
            QJsonObject force = forces.last().toObject();
            force.insert(u"stalking_support"_s, f.stalkingSupport.toJson());
            forces.replace(forces.size() - 1, force);
        }
    }
    const QJsonObject root{{u"schema_version"_s, SchemaVersion},
                           {u"data_version"_s, m_dataVersion},
                           {u"forces"_s, forces}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pcc
