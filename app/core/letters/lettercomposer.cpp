#include "lettercomposer.h"

#include "letterrenderer.h"
#include "salutation.h"
#include "templatesyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::LetterComposer)
};

QString problemMarker(const QString &text)
{
    return u"<span style=\"background-color:#fecaca; color:#7f1d1d;\">[%1]</span>"_s.arg(text.toHtmlEscaped());
}

QStringList recipientBlockOf(const ForceRecord &f, const Salutation &s)
{
    QStringList block;
    if (!s.recipientName.isEmpty())
        block << s.recipientName;
    if (f.bodyKind == BodyKind::PoliceAuthority && !s.recipientTitle.isEmpty())
        block << s.recipientTitle;
    if (f.address.isEmpty()) {
        block << f.officeName;
    } else {
        block << f.address.lines;
        block << f.address.postcode;
    }
    return block;
}

// The sender's address lines and postcode, no empty line.
QStringList postalAddressOf(const Profile &p)
{
    QStringList lines = p.address;
    lines << p.postcode;
    lines.removeAll(QString());
    return lines;
}

// What a letter prints as its sender: the name, the postal address, the email and the phone.
QStringList senderBlockOf(const Profile &p)
{
    QStringList block = QStringList{p.name} + postalAddressOf(p) + QStringList{p.email, p.phone};
    block.removeAll(QString());
    return block;
}

// An office the letter asks outright: general services only, nothing found, no research, or a
// status whose curated sentence is missing (a letter never thanks or welcomes without one).
bool noServiceFound(const StalkingSupport &e)
{
    switch (e.status) {
    case AdvocacyStatus::FundsAdvocacy:
    case AdvocacyStatus::FundedMayHaveEnded:
    case AdvocacyStatus::Commissioning:
    case AdvocacyStatus::PoliceLedOrOtherOnly:
        return e.letterClause.trimmed().isEmpty();
    case AdvocacyStatus::GeneralServicesOnly:
    case AdvocacyStatus::NothingFound:
    case AdvocacyStatus::None:
        return true;
    }
    return true;
}

QString addressNote(const ForceRecord &force)
{
    QString area = force.areaInSentence();
    if (!area.isEmpty())
        area[0] = area.at(0).toUpper();
    return Tr::tr("%1: the address is not verified; check it on the office website before posting.").arg(area);
}

void fillEnvelope(Letter *l, const ForceRecord &force, const Profile &sender, const QDate &date)
{
    const Salutation s = Salutation::forForce(force);
    l->forceId = force.id;
    l->recipientBlock = recipientBlockOf(force, s);
    l->senderBlock = senderBlockOf(sender);
    l->senderName = sender.name.trimmed();
    l->senderAddress = postalAddressOf(sender);
    l->dateText = LetterComposer::ukLongDate(date);
    l->toEmail = force.email;
    // What the office reads is English whatever the interface's language, as the campaign's letter is.
    l->subject = u"Funding specialist support services for stalking victims in %1"_s.arg(force.areaInSentence());
    l->title = Tr::tr("Letter to %1 about stalking support").arg(force.areaInSentence()); // as a sentence names it, not the office's bracketed name
    if (!force.address.isEmpty() && !force.provenanceOf(u"address"_s).isHigh())
        l->unverified << u"address"_s;
    if (!force.email.isEmpty() && !force.provenanceOf(u"email"_s).isHigh())
        l->unverified << u"email"_s;
    // The area as a sentence names it, capitalised to start the line: "The City of London: …".
    QString area = force.areaInSentence();
    if (!area.isEmpty())
        area[0] = area.at(0).toUpper();
    const QString emailNote = Tr::tr("%1: the email is not verified; check it on the office website before sending.").arg(area);
    l->unverifiedPostNote = l->unverified.contains(u"address"_s) ? addressNote(force) : QString();
    l->unverifiedEmailNote = l->unverified.contains(u"email"_s) ? emailNote : QString();
    if (l->unverified.size() == 2)
        l->unverifiedNote = Tr::tr("%1: the address and the email are not verified; check them on the office website before posting "
                                   "or sending.")
                                .arg(area);
    else if (l->unverified.contains(u"address"_s))
        l->unverifiedNote = addressNote(force);
    else if (l->unverified.contains(u"email"_s))
        l->unverifiedNote = emailNote;
    if (force.address.isEmpty())
        l->problems << Tr::tr("No verified postal address for %1: check the office website before posting.").arg(force.officeName);
    if (sender.name.trimmed().isEmpty())
        l->problems << Tr::tr("No sender: create a volunteer profile first.");
}

} // namespace

namespace {
// The sources of each field's texts: translated when asked for, in the language of that moment.
struct FieldText
{
    const char *name;
    const char *description;
    const char *label;
};

QList<LetterComposer::Field> translated(const QList<FieldText> &texts)
{
    QList<LetterComposer::Field> fields;
    for (const FieldText &t : texts)
        fields.append({QString::fromLatin1(t.name), Tr::tr(t.description), Tr::tr(t.label)});
    return fields;
}
} // namespace

QList<LetterComposer::Field> LetterComposer::knownFields()
{
    static const QList<FieldText> fields = {
        {"salutation", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Greeting, e.g. “Dear Commissioner Moody”"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Salutation")},
        {"sign_off", QT_TRANSLATE_NOOP("pcc::LetterComposer", "“Yours sincerely” or “Yours faithfully”, to match the greeting"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Sign-off")},
        {"recipient_name", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The person written to"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Recipient")},
        {"recipient_title", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Their title"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Recipient's title")},
        {"office_name", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office, e.g. Office of the Police and Crime Commissioner for Kent"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Office")},
        {"recipient_address", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office's address lines"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Office address")},
        {"recipient_postcode", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office's postcode"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Office postcode")},
        {"area_name", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The police force area, e.g. Kent"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Area")},
        {"force_name", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The force, e.g. Kent Police"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Force")},
        {"body_kind", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Kind of body, e.g. Police and Crime Commissioner"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Kind of body")},
        {"sender_name", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your name (from your profile)"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your name")},
        {"sender_address", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your address"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your address")},
        {"sender_postcode", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your postcode"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your postcode")},
        {"sender_email", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your email"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your email")},
        {"sender_phone", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your phone"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your phone")},
        {"date", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Today's date, e.g. 28 November 2026"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Date")},
        {"first_letter_date", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Date of your first letter (follow-ups)"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "First letter's date")},
        {"area_phrase", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The area as a sentence names it, e.g. the West Midlands"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Area in a sentence")},
        {"letter_clause", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The campaign's one sentence on what the office funds for stalking victims"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "What they fund")},
        {"confirm_question", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The question that asks the office to confirm that sentence"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Question to confirm")},
    };
    return translated(fields);
}

QList<LetterComposer::Field> LetterComposer::knownConditions()
{
    static const QList<FieldText> conditions = {
        {"funds_advocacy", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office funds independent stalking advocacy, current in 2024 or later"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "Funds stalking advocacy")},
        {"funded_may_have_ended", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office funded stalking advocacy, but the funding may have ended"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "Funding may have ended")},
        {"commissioning", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office is buying a stalking advocacy service; no award seen yet"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "Buying a service")},
        {"police_led_or_other_only", QT_TRANSLATE_NOOP("pcc::LetterComposer", "Stalking work exists, but none of it is independent advocacy the office funds"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "Police-led or other work only")},
        {"no_service_found", QT_TRANSLATE_NOOP("pcc::LetterComposer", "General victim services only, or nothing found"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "No stalking service found")},
        {"thanks_allowed", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office may be thanked: it funds, or funded, independent stalking advocacy"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "May be thanked")},
        {"writes_from_area", QT_TRANSLATE_NOOP("pcc::LetterComposer", "You live in this area (your profile's home area)"), QT_TRANSLATE_NOOP("pcc::LetterComposer", "Your own area")},
        {"commissioner_role_ends", QT_TRANSLATE_NOOP("pcc::LetterComposer", "The office is a police and crime commissioner (or police, fire and crime "
                                         "commissioner), a role due to end in May 2028"),
         QT_TRANSLATE_NOOP("pcc::LetterComposer", "Commissioner's role ends in 2028")},
    };
    return translated(conditions);
}

namespace {
QSet<QString> namesOf(const QList<LetterComposer::Field> &fields)
{
    QSet<QString> names;
    for (const LetterComposer::Field &f : fields)
        names.insert(f.name);
    return names;
}
} // namespace

bool LetterComposer::isKnownField(const QString &name)
{
    static const QSet<QString> names = namesOf(knownFields());
    return names.contains(name);
}

bool LetterComposer::isKnownCondition(const QString &name)
{
    static const QSet<QString> names = namesOf(knownConditions());
    return names.contains(name);
}

QHash<QString, bool> LetterComposer::conditionValues(const ForceRecord &force, const Profile &sender)
{
    const StalkingSupport &e = force.stalkingSupport;
    return {{u"funds_advocacy"_s, e.asksToSustain()},
            {u"funded_may_have_ended"_s, e.status == AdvocacyStatus::FundedMayHaveEnded && e.thanksAllowed()},
            {u"commissioning"_s, e.status == AdvocacyStatus::Commissioning && !e.letterClause.isEmpty()},
            {u"police_led_or_other_only"_s, e.status == AdvocacyStatus::PoliceLedOrOtherOnly && !e.letterClause.isEmpty()},
            {u"no_service_found"_s, noServiceFound(e)},
            {u"thanks_allowed"_s, e.thanksAllowed()},
            {u"writes_from_area"_s, !sender.homeForce.isEmpty() && sender.homeForce == force.id},
            {u"commissioner_role_ends"_s, force.bodyKind == BodyKind::Pcc || force.bodyKind == BodyKind::Pfcc}};
}

QString LetterComposer::resolveConditions(const QString &templateHtml, const QHash<QString, bool> &conditions, QStringList *problems)
{
    struct Frame
    {
        bool parentActive;
        bool value;
        bool inElse;
        QString name;
    };
    // Template comments are notes for template authors, not part of the letter (and may
    // show the condition syntax as an example).
    static const QRegularExpression comments(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    const QString html = QString(templateHtml).remove(comments);
    QList<Frame> stack;
    auto active = [&] { return stack.isEmpty() || (stack.constLast().parentActive && (stack.constLast().value != stack.constLast().inElse)); };
    auto problem = [&](const QString &text, const QString &marker) {
        if (problems)
            problems->append(text);
        return problemMarker(marker);
    };
    QString out;
    qsizetype last = 0;
    for (const TemplateTag &tag : TemplateSyntax::tags(html)) {
        if (tag.kind == TemplateTag::Kind::Field)
            continue; // filled in by merge()
        if (active())
            out += QStringView(html).mid(last, tag.start - last);
        last = tag.end();
        switch (tag.kind) {
        case TemplateTag::Kind::If: {
            const bool parent = active();
            if (!conditions.contains(tag.name)) {
                if (parent)
                    out += problem(Tr::tr("Unknown condition {{#if %1}}").arg(tag.name), Tr::tr("unknown condition: %1").arg(tag.name));
                stack.append({parent, false, false, tag.name});
            } else {
                stack.append({parent, conditions.value(tag.name), false, tag.name});
            }
            break;
        }
        case TemplateTag::Kind::Else:
            if (stack.isEmpty() || stack.constLast().inElse)
                out += problem(Tr::tr("{{else}} without an {{#if}} before it"), Tr::tr("stray {{else}}"));
            else
                stack.last().inElse = true;
            break;
        case TemplateTag::Kind::EndIf:
            if (stack.isEmpty())
                out += problem(Tr::tr("{{/if}} without an {{#if}} before it"), Tr::tr("stray {{/if}}"));
            else
                stack.removeLast();
            break;
        case TemplateTag::Kind::Unknown:
            out += problem(Tr::tr("Unknown template instruction {{%1}}: only {{#if name}}, {{else}} and {{/if}} exist").arg(tag.name),
                           Tr::tr("unknown instruction: %1").arg(tag.name));
            break;
        case TemplateTag::Kind::Unclosed:
            out += problem(Tr::tr("{{%1 is never closed with }}").arg(tag.name), Tr::tr("unclosed {{%1").arg(tag.name));
            break;
        case TemplateTag::Kind::Field:
            break;
        }
    }
    if (active())
        out += QStringView(html).mid(last);
    for (const Frame &f : std::as_const(stack))
        out += problem(Tr::tr("{{#if %1}} is never closed with {{/if}}").arg(f.name), Tr::tr("unclosed {{#if %1}}").arg(f.name));
    return out;
}

QStringList LetterComposer::recipientBlock(const ForceRecord &force)
{
    return recipientBlockOf(force, Salutation::forForce(force));
}

MailingAddress LetterComposer::mailingAddress(const ForceRecord &force)
{
    Letter letter;
    fillEnvelope(&letter, force, Profile{}, QDate::currentDate());
    MailingAddress address{force.id, letter.recipientBlock, {}, {}};
    if (force.address.isEmpty())
        address.problem = Tr::tr("No verified postal address for %1: check the office website before posting.").arg(force.officeName);
    else if (letter.unverified.contains(u"address"_s))
        address.unverifiedNote = addressNote(force);
    return address;
}

DataIssues LetterComposer::addressBlockIssues(const Directory &directory, const LetterLayout &layout)
{
    DataIssues issues;
    for (const ForceRecord &f : directory.forces()) {
        int fit = 0;
        const int lines = LetterRenderer::addressLinesAtMinimum(recipientBlock(f), layout, &fit);
        if (lines > fit)
            issues.append({u"forces[%1].address"_s.arg(f.id),
                           u"the recipient's block takes %1 lines at 10 pt and the envelope window holds %2: shorten it"_s.arg(lines).arg(fit)});
    }
    return issues;
}

QString LetterComposer::ukLongDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
}

QHash<QString, QString> LetterComposer::fieldValues(const ForceRecord &f, const Profile &sender, const QDate &date,
                                                    const QHash<QString, QString> &extra)
{
    const Salutation s = Salutation::forForce(f);
    QHash<QString, QString> v{
        {u"salutation"_s, s.greeting},
        {u"sign_off"_s, s.signOff},
        {u"recipient_name"_s, s.recipientName},
        {u"recipient_title"_s, s.recipientTitle},
        {u"office_name"_s, f.officeName},
        {u"recipient_address"_s, f.address.lines.join(u'\n')},
        {u"recipient_postcode"_s, f.address.postcode},
        {u"area_name"_s, f.areaName()},
        {u"area_phrase"_s, f.areaInSentence()},
        {u"force_name"_s, f.forceName},
        {u"body_kind"_s, bodyKindInEnglish(f.bodyKind)},
        {u"sender_name"_s, sender.name},
        {u"sender_address"_s, sender.address.join(u'\n')},
        {u"sender_postcode"_s, sender.postcode},
        {u"sender_email"_s, sender.email},
        {u"sender_phone"_s, sender.phone},
        {u"date"_s, ukLongDate(date)},
        {u"first_letter_date"_s, QString()},
    };
    // The curated sentences only, never the research's own fields: a letter quotes no
    // abbreviation, bracket or provider name the campaign has not written as a sentence.
    v.insert(u"letter_clause"_s, f.stalkingSupport.letterClause);
    v.insert(u"confirm_question"_s, f.stalkingSupport.confirmQuestion);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        v.insert(it.key(), it.value());
    return v;
}

QString LetterComposer::merge(const QString &templateHtml, const QHash<QString, QString> &values, QStringList *problems,
                             const QHash<QString, bool> &conditions)
{
    const QString html = resolveConditions(templateHtml, conditions, problems);

    QString out;
    qsizetype last = 0;
    for (const TemplateTag &tag : TemplateSyntax::tags(html)) {
        if (tag.kind != TemplateTag::Kind::Field)
            continue;
        out += QStringView(html).mid(last, tag.start - last);
        last = tag.end();
        const QString &name = tag.name;
        if (!values.contains(name)) {
            if (problems)
                problems->append(Tr::tr("Unknown merge field {{%1}}").arg(name));
            out += problemMarker(Tr::tr("unknown field: %1").arg(name));
            continue;
        }
        const QString value = values.value(name).trimmed();
        if (value.isEmpty()) {
            if (problems)
                problems->append(Tr::tr("The merge field {{%1}} is empty for this letter").arg(name));
            out += problemMarker(Tr::tr("missing: %1").arg(name));
            continue;
        }
        out += value.toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s);
    }
    out += QStringView(html).mid(last);
    return out.trimmed();
}

Letter LetterComposer::compose(const LetterTemplate &tmpl, const ForceRecord &force, const Profile &sender,
                               const QDate &date, const QHash<QString, QString> &extra)
{
    Letter l;
    l.templateId = tmpl.id;
    fillEnvelope(&l, force, sender, date);
    l.bodyHtml = merge(tmpl.html, fieldValues(force, sender, date, extra), &l.problems, conditionValues(force, sender));
    return l;
}

Letter LetterComposer::composeFromBody(const QString &bodyHtml, const ForceRecord &force, const Profile &sender,
                                       const QDate &date, const QHash<QString, QString> &extra)
{
    Letter l;
    l.templateId = u"draft"_s;
    fillEnvelope(&l, force, sender, date);
    // A draft may still hold fields the user typed or kept: merge them too.
    l.bodyHtml = merge(bodyHtml, fieldValues(force, sender, date, extra), &l.problems, conditionValues(force, sender));
    return l;
}

} // namespace pcc
