#include "lettercomposer.h"

#include "letterrenderer.h"
#include "salutation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::LetterComposer)
};

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    return re;
}

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

QStringList senderBlockOf(const Profile &p)
{
    QStringList block;
    block << p.name << p.address;
    if (!p.postcode.isEmpty())
        block << p.postcode;
    if (!p.email.isEmpty())
        block << p.email;
    if (!p.phone.isEmpty())
        block << p.phone;
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
    l->dateText = LetterComposer::ukLongDate(date);
    l->toEmail = force.email;
    l->subject = Tr::tr("Funding specialist support services for stalking victims in %1").arg(force.areaInSentence());
    l->title = Tr::tr("Letter to %1 about stalking support").arg(force.officeName);
    if (!force.address.isEmpty() && !force.provenanceOf(u"address"_s).isHigh())
        l->unverified << u"address"_s;
    if (!force.email.isEmpty() && !force.provenanceOf(u"email"_s).isHigh())
        l->unverified << u"email"_s;
    // The area as a sentence names it, capitalised to start the line: "The City of London: …".
    QString area = force.areaInSentence();
    if (!area.isEmpty())
        area[0] = area.at(0).toUpper();
    if (l->unverified.size() == 2)
        l->unverifiedNote = Tr::tr("%1: the address and the email are not verified; check them on the office website before posting "
                                   "or sending.")
                                .arg(area);
    else if (l->unverified.contains(u"address"_s))
        l->unverifiedNote = addressNote(force);
    else if (l->unverified.contains(u"email"_s))
        l->unverifiedNote = Tr::tr("%1: the email is not verified; check it on the office website before sending.").arg(area);
    if (force.address.isEmpty())
        l->problems << Tr::tr("No verified postal address for %1: check the office website before posting.").arg(force.officeName);
    if (sender.name.trimmed().isEmpty())
        l->problems << Tr::tr("No sender: create a volunteer profile first.");
}

} // namespace

const QList<LetterComposer::Field> &LetterComposer::knownFields()
{
    static const QList<Field> fields = {
        {u"salutation"_s, Tr::tr("Greeting, e.g. “Dear Commissioner Moody”"), Tr::tr("Salutation")},
        {u"sign_off"_s, Tr::tr("“Yours sincerely” or “Yours faithfully”, to match the greeting"), Tr::tr("Sign-off")},
        {u"recipient_name"_s, Tr::tr("The person written to"), Tr::tr("Recipient")},
        {u"recipient_title"_s, Tr::tr("Their title"), Tr::tr("Recipient's title")},
        {u"office_name"_s, Tr::tr("The office, e.g. Office of the Police and Crime Commissioner for Kent"), Tr::tr("Office")},
        {u"recipient_address"_s, Tr::tr("The office's address lines"), Tr::tr("Office address")},
        {u"recipient_postcode"_s, Tr::tr("The office's postcode"), Tr::tr("Office postcode")},
        {u"area_name"_s, Tr::tr("The police force area, e.g. Kent"), Tr::tr("Area")},
        {u"force_name"_s, Tr::tr("The force, e.g. Kent Police"), Tr::tr("Force")},
        {u"body_kind"_s, Tr::tr("Kind of body, e.g. Police and Crime Commissioner"), Tr::tr("Kind of body")},
        {u"sender_name"_s, Tr::tr("Your name (from your profile)"), Tr::tr("Your name")},
        {u"sender_address"_s, Tr::tr("Your address"), Tr::tr("Your address")},
        {u"sender_postcode"_s, Tr::tr("Your postcode"), Tr::tr("Your postcode")},
        {u"sender_email"_s, Tr::tr("Your email"), Tr::tr("Your email")},
        {u"sender_phone"_s, Tr::tr("Your phone"), Tr::tr("Your phone")},
        {u"date"_s, Tr::tr("Today's date, e.g. 28 November 2026"), Tr::tr("Date")},
        {u"first_letter_date"_s, Tr::tr("Date of your first letter (follow-ups)"), Tr::tr("First letter's date")},
        {u"area_phrase"_s, Tr::tr("The area as a sentence names it, e.g. the West Midlands"), Tr::tr("Area in a sentence")},
        {u"letter_clause"_s, Tr::tr("The campaign's one sentence on what the office funds for stalking victims"),
         Tr::tr("What they fund")},
        {u"confirm_question"_s, Tr::tr("The question that asks the office to confirm that sentence"), Tr::tr("Question to confirm")},
    };
    return fields;
}

const QList<LetterComposer::Field> &LetterComposer::knownConditions()
{
    static const QList<Field> conditions = {
        {u"funds_advocacy"_s, Tr::tr("The office funds independent stalking advocacy, current in 2024 or later"),
         Tr::tr("Funds stalking advocacy")},
        {u"funded_may_have_ended"_s, Tr::tr("The office funded stalking advocacy, but the funding may have ended"),
         Tr::tr("Funding may have ended")},
        {u"commissioning"_s, Tr::tr("The office is buying a stalking advocacy service; no award seen yet"),
         Tr::tr("Buying a service")},
        {u"police_led_or_other_only"_s, Tr::tr("Stalking work exists, but none of it is independent advocacy the office funds"),
         Tr::tr("Police-led or other work only")},
        {u"no_service_found"_s, Tr::tr("General victim services only, or nothing found"), Tr::tr("No stalking service found")},
        {u"thanks_allowed"_s, Tr::tr("The office may be thanked: it funds, or funded, independent stalking advocacy"),
         Tr::tr("May be thanked")},
        {u"writes_from_area"_s, Tr::tr("You live in this area (your profile's home area)"), Tr::tr("Your own area")},
        {u"commissioner_role_ends"_s, Tr::tr("The office is a police and crime commissioner (or police, fire and crime "
                                         "commissioner), a role due to end in May 2028"),
         Tr::tr("Commissioner's role ends in 2028")},
    };
    return conditions;
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
    static const QRegularExpression token(u"\\{\\{\\s*(#if\\s+([A-Za-z0-9_]+)|else|/if|[#/][^}]*)\\s*\\}\\}"_s);
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
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (active())
            out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString word = m.captured(1).simplified();
        if (!m.captured(2).isEmpty()) {
            const QString name = m.captured(2);
            const bool parent = active();
            if (!conditions.contains(name)) {
                if (parent)
                    out += problem(Tr::tr("Unknown condition {{#if %1}}").arg(name), Tr::tr("unknown condition: %1").arg(name));
                stack.append({parent, false, false, name});
            } else {
                stack.append({parent, conditions.value(name), false, name});
            }
        } else if (word == u"else"_s) {
            if (stack.isEmpty() || stack.constLast().inElse)
                out += problem(Tr::tr("{{else}} without an {{#if}} before it"), Tr::tr("stray {{else}}"));
            else
                stack.last().inElse = true;
        } else if (word == u"/if"_s) {
            if (stack.isEmpty())
                out += problem(Tr::tr("{{/if}} without an {{#if}} before it"), Tr::tr("stray {{/if}}"));
            else
                stack.removeLast();
        } else {
            out += problem(Tr::tr("Unknown template instruction {{%1}}: only {{#if name}}, {{else}} and {{/if}} exist").arg(word),
                           Tr::tr("unknown instruction: %1").arg(word));
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
        {u"body_kind"_s, bodyKindLabel(f.bodyKind)},
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
    auto it = fieldPattern().globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
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
