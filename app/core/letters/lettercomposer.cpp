#include "lettercomposer.h"

#include "salutation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("pcc::LetterComposer", s);
}

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
    l->subject = tr("Funding specialist support services for stalking victims in %1").arg(force.areaName());
    l->title = tr("Letter to %1 about stalking support").arg(force.officeName);
    if (force.address.isEmpty())
        l->problems << tr("No verified postal address for %1: check the office website before posting.").arg(force.officeName);
    if (sender.name.trimmed().isEmpty())
        l->problems << tr("No sender: create a volunteer profile first.");
}

} // namespace

const QList<LetterComposer::Field> &LetterComposer::knownFields()
{
    static const QList<Field> fields = {
        {u"salutation"_s, tr("Greeting, e.g. “Dear Commissioner Moody”"), tr("Salutation")},
        {u"sign_off"_s, tr("“Yours sincerely” or “Yours faithfully”, to match the greeting"), tr("Sign-off")},
        {u"recipient_name"_s, tr("The person written to"), tr("Recipient")},
        {u"recipient_title"_s, tr("Their title"), tr("Recipient's title")},
        {u"office_name"_s, tr("The office, e.g. Office of the Police and Crime Commissioner for Kent"), tr("Office")},
        {u"recipient_address"_s, tr("The office's address lines"), tr("Office address")},
        {u"recipient_postcode"_s, tr("The office's postcode"), tr("Office postcode")},
        {u"area_name"_s, tr("The police force area, e.g. Kent"), tr("Area")},
        {u"force_name"_s, tr("The force, e.g. Kent Police"), tr("Force")},
        {u"body_kind"_s, tr("Kind of body, e.g. Police and Crime Commissioner"), tr("Kind of body")},
        {u"sender_name"_s, tr("Your name (from your profile)"), tr("Your name")},
        {u"sender_address"_s, tr("Your address"), tr("Your address")},
        {u"sender_postcode"_s, tr("Your postcode"), tr("Your postcode")},
        {u"sender_email"_s, tr("Your email"), tr("Your email")},
        {u"sender_phone"_s, tr("Your phone"), tr("Your phone")},
        {u"date"_s, tr("Today's date, e.g. 28 November 2026"), tr("Date")},
        {u"first_letter_date"_s, tr("Date of your first letter (follow-ups)"), tr("First letter's date")},
    };
    return fields;
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
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        v.insert(it.key(), it.value());
    return v;
}

QString LetterComposer::merge(const QString &templateHtml, const QHash<QString, QString> &values, QStringList *problems)
{
    // Template comments are notes for template authors, not part of the letter.
    static const QRegularExpression comments(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    QString html = templateHtml;
    html.remove(comments);

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
                problems->append(tr("Unknown merge field {{%1}}").arg(name));
            out += problemMarker(tr("unknown field: %1").arg(name));
            continue;
        }
        const QString value = values.value(name).trimmed();
        if (value.isEmpty()) {
            if (problems)
                problems->append(tr("The merge field {{%1}} is empty for this letter").arg(name));
            out += problemMarker(tr("missing: %1").arg(name));
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
    l.bodyHtml = merge(tmpl.html, fieldValues(force, sender, date, extra), &l.problems);
    return l;
}

Letter LetterComposer::composeFromBody(const QString &bodyHtml, const ForceRecord &force, const Profile &sender,
                                       const QDate &date, const QHash<QString, QString> &extra)
{
    Letter l;
    l.templateId = u"draft"_s;
    fillEnvelope(&l, force, sender, date);
    // A draft may still hold fields the user typed or kept: merge them too.
    l.bodyHtml = merge(bodyHtml, fieldValues(force, sender, date, extra), &l.problems);
    return l;
}

} // namespace pcc
