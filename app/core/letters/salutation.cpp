#include "salutation.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

// The greeting and the sign-off are the letter's words, and letters are written in English:
// they are never translated with the interface.
namespace {
// A mayor who delegates policing to a deputy mayor (London, Greater Manchester, West Yorkshire,
// York and North Yorkshire): the deputy is the right person to write to about commissioning.
// The research names no deputy for South Yorkshire, so its letters go to the mayor.
bool writesToDeputyMayor(const ForceRecord &f)
{
    return f.bodyKind == BodyKind::Mayor && !f.deputy.isEmpty();
}
} // namespace

QString Salutation::surnameOf(const QString &fullName)
{
    static const QSet<QString> postNominals = {u"OBE"_s, u"MBE"_s, u"CBE"_s, u"KC"_s, u"QC"_s, u"QPM"_s,
                                               u"DL"_s, u"JP"_s, u"MP"_s, u"BEM"_s, u"KBE"_s, u"DBE"_s};
    QStringList words = fullName.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && postNominals.contains(words.constLast()))
        words.removeLast();
    return words.isEmpty() ? QString() : words.constLast();
}

Salutation Salutation::forForce(const ForceRecord &f)
{
    Salutation s;
    const Person &person = writesToDeputyMayor(f) ? f.deputy : f.holder;
    s.recipientName = person.name;
    s.recipientTitle = person.title;
    const QString surname = surnameOf(person.name);

    if (f.bodyKind == BodyKind::PoliceAuthority) {
        s.greeting = u"Dear Chair"_s;
    } else if (surname.isEmpty()) {
        s.greeting = u"Dear Sir or Madam"_s;
        s.signOff = u"Yours faithfully"_s;
        return s;
    } else if (writesToDeputyMayor(f)) {
        s.greeting = u"Dear Deputy Mayor %1"_s.arg(surname);
    } else if (f.bodyKind == BodyKind::Mayor) {
        s.greeting = u"Dear Mayor %1"_s.arg(surname);
    } else if (f.bodyKind == BodyKind::PolicingBoard) {
        s.greeting = u"Dear %1"_s.arg(person.name);
    } else {
        s.greeting = u"Dear Commissioner %1"_s.arg(surname);
    }
    s.signOff = u"Yours sincerely"_s;
    return s;
}

} // namespace pcc
