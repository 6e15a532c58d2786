#include "corrections.h"

#include "apppaths.h"
#include "isodates.h"
#include "postcode.h"
#include "weblink.h"

#include "wholefile.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::Corrections)
};

QString kindKey(Correction::Kind k)
{
    return k == Correction::Kind::Correction ? u"correction"_s : u"verification"_s;
}

QString longDate(const QDate &d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, u"d MMMM yyyy"_s);
}

} // namespace

QString Correction::describe(const Directory &directory) const
{
    const ForceRecord *f = directory.force(forceId);
    return u"%1, %2: %3"_s.arg(f ? f->areaName() : forceId, Corrections::fieldLabel(field), QString(value).replace(u'\n', u", "_s));
}

namespace {

// One row per field a volunteer can correct: its key (in corrections.json and the panel's
// links), its label, how to read it from a record and how to store a new value.
struct CorrectableField
{
    const char *key;
    const char *label; // translated through Tr::tr
    QString (*get)(const ForceRecord &);
    void (*set)(ForceRecord *, const QString &);
};

// An address is its lines then its postcode, one per line.
QString addressText(const ForceRecord &f)
{
    return f.address.isEmpty() ? QString() : (f.address.lines + QStringList{f.address.postcode}).join(u'\n');
}

void setAddress(ForceRecord *f, const QString &value)
{
    QStringList lines = value.split(u'\n', Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    const QString last = lines.isEmpty() ? QString() : lines.last();
    if (Postcode::parse(last).isFull()) {
        lines.removeLast();
        f->address.postcode = Postcode::parse(last).toString();
    }
    f->address.lines = lines;
}

void setAdvocacyStatus(ForceRecord *f, const QString &value)
{
    AdvocacyStatus status;
    if (advocacyStatusFromKey(value.trimmed(), &status))
        f->stalkingSupport.status = status;
}

const CorrectableField kFields[] = {
    {"holder", QT_TRANSLATE_NOOP("pcc::Corrections", "Holder"), [](const ForceRecord &f) { return f.holder.name; },
     [](ForceRecord *f, const QString &v) { f->holder.name = v.trimmed(); }},
    {"address", QT_TRANSLATE_NOOP("pcc::Corrections", "Address"), addressText, setAddress},
    {"email", QT_TRANSLATE_NOOP("pcc::Corrections", "Email"), [](const ForceRecord &f) { return f.email; },
     [](ForceRecord *f, const QString &v) { f->email = v.trimmed(); }},
    {"phone", QT_TRANSLATE_NOOP("pcc::Corrections", "Phone"), [](const ForceRecord &f) { return f.phone; },
     [](ForceRecord *f, const QString &v) { f->phone = v.trimmed(); }},
    {"website", QT_TRANSLATE_NOOP("pcc::Corrections", "Website"), [](const ForceRecord &f) { return f.website; },
     [](ForceRecord *f, const QString &v) { f->website = v.trimmed(); }},
    {"contact_url", QT_TRANSLATE_NOOP("pcc::Corrections", "Contact form"), [](const ForceRecord &f) { return f.contactUrl; },
     [](ForceRecord *f, const QString &v) { f->contactUrl = v.trimmed(); }},
    {"evidence_status", QT_TRANSLATE_NOOP("pcc::Corrections", "What it funds for stalking victims"),
     [](const ForceRecord &f) { return advocacyStatusKey(f.stalkingSupport.status); }, setAdvocacyStatus},
    {"evidence_letter_clause", QT_TRANSLATE_NOOP("pcc::Corrections", "What the 2026 letter says"),
     [](const ForceRecord &f) { return f.stalkingSupport.letterClause; },
     [](ForceRecord *f, const QString &v) { f->stalkingSupport.letterClause = v.simplified(); }},
    {"evidence_confirm_question", QT_TRANSLATE_NOOP("pcc::Corrections", "What the letter asks the office to confirm"),
     [](const ForceRecord &f) { return f.stalkingSupport.confirmQuestion; },
     [](ForceRecord *f, const QString &v) { f->stalkingSupport.confirmQuestion = v.simplified(); }},
    {"evidence_service", QT_TRANSLATE_NOOP("pcc::Corrections", "Service or provider"),
     [](const ForceRecord &f) { return f.stalkingSupport.provider; },
     [](ForceRecord *f, const QString &v) { f->stalkingSupport.provider = v.trimmed(); }},
    {"evidence_funder", QT_TRANSLATE_NOOP("pcc::Corrections", "Funder"), [](const ForceRecord &f) { return f.stalkingSupport.funder; },
     [](ForceRecord *f, const QString &v) { f->stalkingSupport.funder = v.trimmed(); }},
    {"evidence_years", QT_TRANSLATE_NOOP("pcc::Corrections", "Years of the evidence"),
     [](const ForceRecord &f) { return f.stalkingSupport.years; },
     [](ForceRecord *f, const QString &v) { f->stalkingSupport.years = v.trimmed(); }},
};

const CorrectableField *findField(const QString &key)
{
    for (const CorrectableField &field : kFields) {
        if (key == QLatin1StringView(field.key))
            return &field;
    }
    return nullptr;
}

} // namespace

const QStringList &Corrections::fields()
{
    static const QStringList list = [] {
        QStringList keys;
        for (const CorrectableField &field : kFields)
            keys << QString::fromLatin1(field.key);
        return keys;
    }();
    return list;
}

QString Corrections::fieldLabel(const QString &field)
{
    const CorrectableField *f = findField(field);
    return f ? Tr::tr(f->label) : field;
}

QString Corrections::valueOf(const ForceRecord &f, const QString &field)
{
    const CorrectableField *spec = findField(field);
    return spec ? spec->get(f) : QString();
}

void Corrections::setValue(ForceRecord *f, const QString &field, const QString &value)
{
    const CorrectableField *spec = findField(field);
    if (!spec)
        return;
    spec->set(f, value);
    if (field.startsWith(u"evidence_"_s)) {
        StalkingSupport &e = f->stalkingSupport;
        // Someone checked it and says where: no longer the research's low-confidence guess.
        if (e.confidence != u"high"_s)
            e.confidence = u"medium"_s;
    }
}

QString Corrections::defaultPath()
{
    return AppPaths::dataDir() + u"/corrections.json"_s;
}

Corrections Corrections::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return fromJson(f.read(1024 * 1024), error);
}

Corrections Corrections::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray items = doc.object().value(u"corrections"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || doc.object().value(u"format"_s).toString() != u"pcc-corrections-1"_s) {
        *error = Tr::tr("This is not a PCC Campaigner corrections file.");
        return {};
    }
    Corrections out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        Correction c;
        c.forceId = o.value(u"force_id"_s).toString();
        c.field = o.value(u"field"_s).toString();
        c.value = o.value(u"value"_s).toString();
        c.source = o.value(u"source"_s).toString();
        c.date = IsoDates::parseDate(o.value(u"date"_s).toString());
        c.quotation = o.value(u"quotation"_s).toString();
        const QString kind = o.value(u"kind"_s).toString();
        AdvocacyStatus status;
        c.kind = kind == u"verification"_s ? Correction::Kind::Verification : Correction::Kind::Correction;
        if (c.forceId.isEmpty() || !fields().contains(c.field) || !c.date.isValid() || c.source.trimmed().isEmpty()
            || (kind != u"correction"_s && kind != u"verification"_s) || (c.kind == Correction::Kind::Correction && c.value.trimmed().isEmpty())
            || (c.field == u"evidence_status"_s && !advocacyStatusFromKey(c.value, &status))) {
            *error = Tr::tr("Correction %1 in the file is incomplete (force, field, value, source and date are all needed).").arg(i + 1);
            return {};
        }
        out.m_items << c;
    }
    return out;
}

QByteArray Corrections::toJson() const
{
    QJsonArray items;
    for (const Correction &c : m_items) {
        QJsonObject item{{u"force_id"_s, c.forceId},
                         {u"field"_s, c.field},
                         {u"value"_s, c.value},
                         {u"source"_s, c.source},
                         {u"date"_s, IsoDates::date(c.date)},
                         {u"kind"_s, kindKey(c.kind)}};
        if (!c.quotation.isEmpty())
            item.insert(u"quotation"_s, c.quotation);
        items.append(item);
    }
    return QJsonDocument(QJsonObject{{u"format"_s, u"pcc-corrections-1"_s}, {u"corrections"_s, items}}).toJson(QJsonDocument::Indented);
}

bool Corrections::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath()); // the data folder, on a first correction
    return WholeFile::writePrivate(path, toJson(), error); // what a volunteer checked, and when
}

void Corrections::set(const Correction &c)
{
    for (Correction &existing : m_items) {
        if (existing.forceId == c.forceId && existing.field == c.field && existing.kind == c.kind) {
            existing = c;
            return;
        }
    }
    m_items << c;
}

bool Corrections::remove(const QString &forceId, const QString &field)
{
    return m_items.removeIf([&](const Correction &c) { return c.forceId == forceId && c.field == field; }) > 0;
}

const Correction *Corrections::find(const QString &forceId, const QString &field, Correction::Kind kind) const
{
    for (const Correction &c : m_items) {
        if (c.forceId == forceId && c.field == field && c.kind == kind)
            return &c;
    }
    return nullptr;
}

Directory Corrections::applyTo(const Directory &directory) const
{
    Directory out = directory;
    for (const Correction &c : m_items) {
        const ForceRecord *original = out.force(c.forceId);
        if (!original)
            continue;
        ForceRecord f = *original;
        const QString note = c.kind == Correction::Kind::Correction ? Tr::tr("corrected by you on %1").arg(longDate(c.date))
                                                                    : Tr::tr("checked by you on %1").arg(longDate(c.date));
        if (c.kind == Correction::Kind::Correction)
            setValue(&f, c.field, c.value);
        else if (valueOf(f, c.field) != c.value)
            continue; // checked a value that has changed since: it says nothing about this one
        if (c.field.startsWith(u"evidence_"_s)) {
            f.stalkingSupport.localNote = note;
            // Only a web address joins the evidence's links (the panel opens them); any other
            // source ("a phone call to the office") stays with the correction.
            if (isWebAddress(c.source) && !f.stalkingSupport.sources.contains(c.source))
                f.stalkingSupport.sources << c.source;
        } else if (c.field != u"contact_url"_s) {
            Provenance p = f.provenance.value(c.field);
            p.source = c.source;
            p.verifiedOn = IsoDates::date(c.date);
            p.localNote = note;
            f.provenance.insert(c.field, p);
        }
        out.replaceForce(f);
    }
    return out;
}

QStringList Corrections::dropAgreedWith(const Directory &updated)
{
    QStringList dropped;
    m_items.removeIf([&](const Correction &c) {
        const ForceRecord *f = updated.force(c.forceId);
        if (c.kind != Correction::Kind::Correction || !f)
            return false;
        ForceRecord probe = *f;
        setValue(&probe, c.field, c.value); // the value as it would be stored
        if (valueOf(probe, c.field) != valueOf(*f, c.field))
            return false;
        dropped << c.describe(updated);
        return true;
    });
    return dropped;
}

} // namespace pcc
