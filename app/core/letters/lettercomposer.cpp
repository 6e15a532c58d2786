#include "lettercomposer.h"

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

void fillEnvelope(Letter *l, const ForceRecord &force, const Profile &sender, const QDate &date)
{
    const Salutation s = Salutation::forForce(force);
    l->forceId = force.id;
    l->recipientBlock = recipientBlockOf(force, s);
    l->senderBlock = senderBlockOf(sender);
    l->dateText = LetterComposer::ukLongDate(date);
    l->toEmail = force.email;
    l->subject = Tr::tr("Funding specialist support services for stalking victims in %1").arg(force.areaName());
    l->title = Tr::tr("Letter to %1 about stalking support").arg(force.officeName);
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
        {u"evidence_service"_s, Tr::tr("The specialist stalking service the office funds (medium or high confidence only)"),
         Tr::tr("Service they fund")},
        {u"evidence_funder"_s, Tr::tr("Who funds it, as the sources state"), Tr::tr("Funder")},
        {u"evidence_years"_s, Tr::tr("The years the evidence covers, e.g. 2022-2025"), Tr::tr("Years of the evidence")},
        {u"evidence_funding_end"_s, Tr::tr("When the funding was seen to end, e.g. March 2025"), Tr::tr("Funding seen to end")},
    };
    return fields;
}

const QList<LetterComposer::Field> &LetterComposer::knownConditions()
{
    static const QList<Field> conditions = {
        {u"funds_specialist_service"_s,
         Tr::tr("The research found the office funding a specialist stalking service, on medium or high confidence"),
         Tr::tr("Funds a specialist service")},
        {u"funding_ended"_s, Tr::tr("…and that funding was seen to end with no renewal seen"), Tr::tr("Funding seen to end")},
        {u"commissioner_role_ends"_s, Tr::tr("The office is a police and crime commissioner (or police, fire and crime "
                                         "commissioner), a role due to end in May 2028"),
         Tr::tr("Commissioner's role ends in 2028")},
    };
    return conditions;
}

QHash<QString, bool> LetterComposer::conditionValues(const ForceRecord &force)
{
    const StalkingSupport &e = force.stalkingSupport;
    return {{u"funds_specialist_service"_s, e.fundsSpecialistService()},
            {u"funding_ended"_s, e.fundingEnded()},
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
    // Evidence is a field only where it counts as funding: low-confidence or unknown
    // evidence used outside an {{#if funds_specialist_service}} is a missing field.
    const StalkingSupport &e = f.stalkingSupport;
    const bool funds = e.fundsSpecialistService();
    v.insert(u"evidence_service"_s, funds ? e.provider : QString());
    v.insert(u"evidence_funder"_s, funds ? e.funder : QString());
    v.insert(u"evidence_years"_s, funds ? e.years : QString());
    v.insert(u"evidence_funding_end"_s, e.fundingEnded() ? e.fundingSeenToEnd : QString());
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
    l.bodyHtml = merge(tmpl.html, fieldValues(force, sender, date, extra), &l.problems, conditionValues(force));
    return l;
}

Letter LetterComposer::composeFromBody(const QString &bodyHtml, const ForceRecord &force, const Profile &sender,
                                       const QDate &date, const QHash<QString, QString> &extra)
{
    Letter l;
    l.templateId = u"draft"_s;
    fillEnvelope(&l, force, sender, date);
    // A draft may still hold fields the user typed or kept: merge them too.
    l.bodyHtml = merge(bodyHtml, fieldValues(force, sender, date, extra), &l.problems, conditionValues(force));
    return l;
}

} // namespace pcc
