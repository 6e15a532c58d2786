#include "forcerecordreader.h"

#include "emailaddress.h"
#include "forceids.h"
#include "postcode.h"
#include "weblink.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {


constexpr int MaxLetterSentenceWords = 45;

const QStringList kProvenanceFields = {u"holder"_s, u"address"_s, u"email"_s, u"phone"_s, u"website"_s};

bool looksLikeDate(const QString &s)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"\\d{4}-\\d{2}-\\d{2}"_s));
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
        if (!f.email.isEmpty() && !isEmailAddress(f.email))
            issue(m_path + u".email"_s, u"'%1' is not an email address"_s.arg(f.email));
        f.phone = optionalString(m_obj, u"phone"_s, m_path);
        if (!f.phone.isEmpty() && !QRegularExpression(QRegularExpression::anchoredPattern(u"[0-9 +()]{7,20}"_s)).match(f.phone).hasMatch())
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
        if (!s->evidenceAsOf.isEmpty() && !QRegularExpression(QRegularExpression::anchoredPattern(u"\\d{4}"_s)).match(s->evidenceAsOf).hasMatch())
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

} // namespace

ForceRecord readForceRecord(const QJsonObject &object, const QString &path, DataIssues *issues)
{
    return ForceReader(object, path, issues).read();
}

} // namespace pcc
