#include "salutation.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::Salutation)
};

// London, Greater Manchester and West Yorkshire delegate policing to a deputy mayor, who
// is the right person to write to about commissioning.
bool writesToDeputyMayor(const ForceRecord &f)
{
    return f.bodyKind == BodyKind::Mayor && !f.deputy.isEmpty()
        && (f.id == u"metropolitan"_s || f.id == u"greater-manchester"_s || f.id == u"west-yorkshire"_s);
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
        s.greeting = Tr::tr("Dear Chair");
    } else if (surname.isEmpty()) {
        s.greeting = Tr::tr("Dear Sir or Madam");
        s.signOff = Tr::tr("Yours faithfully");
        return s;
    } else if (writesToDeputyMayor(f)) {
        s.greeting = Tr::tr("Dear Deputy Mayor %1").arg(surname);
    } else if (f.bodyKind == BodyKind::Mayor) {
        s.greeting = Tr::tr("Dear Mayor %1").arg(surname);
    } else if (f.bodyKind == BodyKind::PolicingBoard) {
        s.greeting = Tr::tr("Dear %1").arg(person.name);
    } else {
        s.greeting = Tr::tr("Dear Commissioner %1").arg(surname);
    }
    s.signOff = Tr::tr("Yours sincerely");
    return s;
}

} // namespace pcc
