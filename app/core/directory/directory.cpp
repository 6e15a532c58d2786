#include "directory.h"

#include "forceids.h"
#include "jsonduplicates.h"
#include "weblink.h"
#include "postcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

constexpr int MaxLetterSentenceWords = 45;

const QStringList kProvenanceFields = {u"holder"_s, u"address"_s, u"email"_s, u"phone"_s, u"website"_s};

bool looksLikeEmail(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    return re.match(s).hasMatch();
}

bool looksLikeDate(const QString &s)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return re.match(s).hasMatch();
}

// Reads one force object, recording every problem with its JSON path.
class ForceReader
{
public:
    ForceReader(const QJsonObject &obj, QString path, DataIssues *issues)
        : m_obj(obj), m_path(std::move(path)), m_issues(issues)
    {
    }

    ForceRecord read()
    {
        ForceRecord f;
        f.id = requiredString(m_obj, u"force_id"_s, m_path);
        f.forceName = requiredString(m_obj, u"force_name"_s, m_path);
        f.country = requiredString(m_obj, u"country"_s, m_path);
        if (!f.country.isEmpty() && f.country != u"England"_s && f.country != u"Wales"_s)
            issue(m_path + u".country"_s, u"'%1' is not England or Wales"_s.arg(f.country));
        const QString kind = requiredString(m_obj, u"body_kind"_s, m_path);
        if (!kind.isEmpty() && !bodyKindFromKey(kind, &f.bodyKind))
            issue(m_path + u".body_kind"_s,
                  u"'%1' is not one of PCC, PFCC, Mayor, PoliceAuthority, PolicingBoard"_s.arg(kind));
        f.officeName = requiredString(m_obj, u"office_name"_s, m_path);
        f.areaPhrase = optionalString(m_obj, u"area_phrase"_s, m_path, false);
        f.holder = readPerson(u"holder"_s, true);
        f.deputy = readPerson(u"deputy"_s, false);
        readAddress(&f.address);
        f.email = optionalString(m_obj, u"email"_s, m_path);
        if (!f.email.isEmpty() && !looksLikeEmail(f.email))
            issue(m_path + u".email"_s, u"'%1' is not an email address"_s.arg(f.email));
        f.phone = optionalString(m_obj, u"phone"_s, m_path);
        if (!f.phone.isEmpty() && !QRegularExpression(u"^[0-9 +()]{7,20}$"_s).match(f.phone).hasMatch())
            issue(m_path + u".phone"_s, u"'%1' is not a phone number"_s.arg(f.phone));
        f.website = optionalString(m_obj, u"website"_s, m_path);
        if (!f.website.isEmpty() && !isWebAddress(f.website))
            issue(m_path + u".website"_s, u"'%1' is not a web address"_s.arg(f.website));
        f.contactUrl = optionalString(m_obj, u"contact_url"_s, m_path);
        if (!f.contactUrl.isEmpty() && !isWebAddress(f.contactUrl))
            issue(m_path + u".contact_url"_s, u"'%1' is not a web address"_s.arg(f.contactUrl));
        f.notes = optionalString(m_obj, u"notes"_s, m_path, false);
        readProvenance(&f);
        readStalkingSupport(&f.stalkingSupport);
        return f;
    }

private:
    void issue(const QString &path, const QString &message) { m_issues->append({path, message}); }

    QString requiredString(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString p = path + u'.' + key;
        if (!o.contains(key)) {
            issue(p, u"missing required field"_s);
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            issue(p, u"expected a string"_s);
            return {};
        }
        if (v.toString().trimmed().isEmpty())
            issue(p, u"must not be empty"_s);
        return v.toString().trimmed();
    }

    // Present, and either a string or null (missing data stays missing).
    QString optionalString(const QJsonObject &o, const QString &key, const QString &path, bool mustExist = true)
    {
        const QString p = path + u'.' + key;
        if (!o.contains(key)) {
            if (mustExist)
                issue(p, u"missing required field (use null when the value is unknown)"_s);
            return {};
        }
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return {};
        if (!v.isString()) {
            issue(p, u"expected a string or null"_s);
            return {};
        }
        return v.toString().trimmed();
    }

    Person readPerson(const QString &key, bool required)
    {
        Person person;
        const QString p = m_path + u'.' + key;
        if (!m_obj.contains(key)) {
            if (required)
                issue(p, u"missing required field"_s);
            return person;
        }
        const QJsonValue v = m_obj.value(key);
        if (v.isNull())
            return person;
        if (!v.isObject()) {
            issue(p, u"expected an object or null"_s);
            return person;
        }
        const QJsonObject o = v.toObject();
        person.name = optionalString(o, u"name"_s, p);
        person.title = optionalString(o, u"title"_s, p);
        person.since = optionalString(o, u"since"_s, p, false);
        person.asOf = optionalString(o, u"as_of"_s, p, false);
        return person;
    }

    void readAddress(PostalAddress *address)
    {
        const QString p = m_path + u".address"_s;
        if (!m_obj.contains(u"address"_s)) {
            issue(p, u"missing required field (use null when the address is unknown)"_s);
            return;
        }
        const QJsonValue v = m_obj.value(u"address"_s);
        if (v.isNull())
            return;
        if (!v.isObject()) {
            issue(p, u"expected an object or null"_s);
            return;
        }
        const QJsonObject o = v.toObject();
        const QJsonValue lines = o.value(u"lines"_s);
        if (!lines.isArray() || lines.toArray().isEmpty()) {
            issue(p + u".lines"_s, o.contains(u"lines"_s) ? u"expected a non-empty array of strings"_s
                                                          : u"missing required field"_s);
        } else {
            const QJsonArray arr = lines.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                if (!arr.at(i).isString() || arr.at(i).toString().trimmed().isEmpty())
                    issue(p + u".lines[%1]"_s.arg(i), u"expected a non-empty string"_s);
                else
                    address->lines.append(arr.at(i).toString().trimmed());
            }
        }
        address->postcode = requiredString(o, u"postcode"_s, p);
        if (!address->postcode.isEmpty() && !Postcode::isValidFull(address->postcode))
            issue(p + u".postcode"_s, u"'%1' is not a UK postcode"_s.arg(address->postcode));
    }

    void readProvenance(ForceRecord *f)
    {
        const QString p = m_path + u".provenance"_s;
        const QJsonValue v = m_obj.value(u"provenance"_s);
        if (!m_obj.contains(u"provenance"_s)) {
            issue(p, u"missing required field"_s);
            return;
        }
        if (!v.isObject()) {
            issue(p, u"expected an object"_s);
            return;
        }
        const QJsonObject o = v.toObject();
        for (const QString &field : kProvenanceFields) {
            const QString fp = p + u'.' + field;
            if (!o.contains(field)) {
                issue(fp, u"missing required field"_s);
                continue;
            }
            if (!o.value(field).isObject()) {
                issue(fp, u"expected an object"_s);
                continue;
            }
            const QJsonObject po = o.value(field).toObject();
            Provenance prov;
            prov.source = optionalString(po, u"source"_s, fp);
            prov.confidence = requiredString(po, u"confidence"_s, fp);
            if (!prov.confidence.isEmpty() && prov.confidence != u"high"_s && prov.confidence != u"medium"_s
                && prov.confidence != u"low"_s)
                issue(fp + u".confidence"_s, u"'%1' is not high, medium or low"_s.arg(prov.confidence));
            prov.verifiedOn = requiredString(po, u"verified_on"_s, fp);
            if (!prov.verifiedOn.isEmpty() && !looksLikeDate(prov.verifiedOn))
                issue(fp + u".verified_on"_s, u"'%1' is not a YYYY-MM-DD date"_s.arg(prov.verifiedOn));
            prov.note = optionalString(po, u"note"_s, fp, false);
            f->provenance.insert(field, prov);
        }
    }

    void readStalkingSupport(StalkingSupport *s)
    {
        const QString p = m_path + u".stalking_support"_s;
        const QJsonValue v = m_obj.value(u"stalking_support"_s);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject()) {
            issue(p, u"expected an object or null"_s);
            return;
        }
        const QJsonObject o = v.toObject();
        const QString status = requiredString(o, u"advocacy_status"_s, p);
        if (!status.isEmpty() && !advocacyStatusFromKey(status, &s->status))
            issue(p + u".advocacy_status"_s, u"'%1' is not one of funds_advocacy, commissioning, funded_may_have_ended, "
                                             "police_led_or_other_only, general_services_only, nothing_found"_s.arg(status));
        s->evidenceAsOf = optionalString(o, u"evidence_as_of"_s, p, false);
        if (!s->evidenceAsOf.isEmpty() && !QRegularExpression(u"^\\d{4}$"_s).match(s->evidenceAsOf).hasMatch())
            issue(p + u".evidence_as_of"_s, u"'%1' is not a year"_s.arg(s->evidenceAsOf));
        s->letterClause = optionalString(o, u"letter_clause"_s, p, false);
        s->confirmQuestion = optionalString(o, u"confirm_question"_s, p, false);
        checkLetterSentence(s->letterClause, p + u".letter_clause"_s);
        checkLetterSentence(s->confirmQuestion, p + u".confirm_question"_s);
        const bool needsSentences = s->status == AdvocacyStatus::FundsAdvocacy || s->status == AdvocacyStatus::Commissioning
            || s->status == AdvocacyStatus::FundedMayHaveEnded || s->status == AdvocacyStatus::PoliceLedOrOtherOnly;
        if (needsSentences && s->letterClause.isEmpty())
            issue(p + u".letter_clause"_s, u"a letter needs this sentence for the status '%1'"_s.arg(status));
        if (needsSentences && s->confirmQuestion.isEmpty())
            issue(p + u".confirm_question"_s, u"a letter needs this question for the status '%1'"_s.arg(status));
        if (!needsSentences && (!s->letterClause.isEmpty() || !s->confirmQuestion.isEmpty()))
            issue(p + u".letter_clause"_s, u"must be null for the status '%1': the letter's own ask covers it"_s.arg(status));
        s->researchStatus = optionalString(o, u"research_status"_s, p, false);
        s->summary = optionalString(o, u"summary"_s, p, false);
        s->provider = optionalString(o, u"service_or_provider"_s, p, false);
        s->funder = optionalString(o, u"funder"_s, p, false);
        s->years = optionalString(o, u"years"_s, p, false);
        s->confidence = optionalString(o, u"confidence"_s, p, false);
        if (!s->confidence.isEmpty() && s->confidence != u"high"_s && s->confidence != u"medium"_s && s->confidence != u"low"_s)
            issue(p + u".confidence"_s, u"'%1' is not high, medium or low"_s.arg(s->confidence));
        s->fundingSeenToEnd = optionalString(o, u"funding_seen_to_end"_s, p, false);
        const QJsonArray sources = o.value(u"sources"_s).toArray();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QString src = sources.at(i).toString().trimmed();
            // A link the app hands to the desktop to open: only web addresses.
            if (!isWebAddress(src))
                issue(p + u".sources[%1]"_s.arg(i), u"'%1' is not an http or https web address"_s.arg(src.left(80)));
            else
                s->sources.append(src);
        }
    }

    // A sentence printed as it is in a letter: plain words, no brackets, not too long.
    void checkLetterSentence(const QString &text, const QString &path)
    {
        if (text.isEmpty())
            return;
        if (text.contains(u'(') || text.contains(u')') || text.contains(u'[') || text.contains(u']'))
            issue(path, u"must not contain brackets"_s);
        if (text.split(u' ', Qt::SkipEmptyParts).size() > MaxLetterSentenceWords)
            issue(path, u"has more than %1 words"_s.arg(MaxLetterSentenceWords));
    }

    QJsonObject m_obj;
    QString m_path;
    DataIssues *m_issues;
};

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
            ForceRecord f = ForceReader(forces.at(i).toObject(), path, &found).read();
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
            const StalkingSupport &s = f.stalkingSupport;
            QJsonObject force = forces.last().toObject();
            force.insert(u"stalking_support"_s,
                         QJsonObject{{u"advocacy_status"_s, advocacyStatusKey(s.status)},
                                     {u"evidence_as_of"_s, nullable(s.evidenceAsOf)},
                                     {u"letter_clause"_s, nullable(s.letterClause)},
                                     {u"confirm_question"_s, nullable(s.confirmQuestion)},
                                     {u"research_status"_s, nullable(s.researchStatus)},
                                     {u"summary"_s, nullable(s.summary)},
                                     {u"service_or_provider"_s, nullable(s.provider)},
                                     {u"funder"_s, nullable(s.funder)},
                                     {u"years"_s, nullable(s.years)},
                                     {u"sources"_s, QJsonArray::fromStringList(s.sources)},
                                     {u"confidence"_s, nullable(s.confidence)},
                                     {u"funding_seen_to_end"_s, nullable(s.fundingSeenToEnd)}});
            forces.replace(forces.size() - 1, force);
        }
    }
    const QJsonObject root{{u"schema_version"_s, SchemaVersion},
                           {u"data_version"_s, m_dataVersion},
                           {u"forces"_s, forces}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pcc
