#include "plainwords.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc::PlainWords {

QString expand(const QString &text)
{
    // Longest first, so that "OPCC" and "PFCC" are never read as "PCC".
    static const QList<QPair<QRegularExpression, QString>> words = [] {
        const QList<QPair<QString, QString>> forms{
            {u"OPCC"_s, u"commissioner's office"_s},
            {u"PFCC"_s, u"police, fire and crime commissioner"_s},
            {u"PCC"_s, u"police and crime commissioner"_s},
            {u"MOPAC"_s, u"Mayor's Office for Policing and Crime"_s},
            {u"GMCA"_s, u"Greater Manchester Combined Authority"_s},
            {u"MHCLG"_s, u"Ministry of Housing, Communities and Local Government"_s},
            {u"MoJ"_s, u"Ministry of Justice"_s},
            {u"VAWG"_s, u"violence against women and girls"_s},
            {u"DA"_s, u"domestic abuse"_s},
            {u"ISACs"_s, u"independent stalking advocacy caseworkers"_s},
            {u"ISAC"_s, u"independent stalking advocacy caseworker"_s},
        };
        // Compiled once: whole short forms only, never inside a longer word.
        QList<QPair<QRegularExpression, QString>> compiled;
        for (const auto &[shortForm, plain] : forms)
            compiled.append({QRegularExpression(u"(?<![\\w])"_s + QRegularExpression::escape(shortForm) + u"(?![\\w])"_s), plain});
        return compiled;
    }();
    QString out = text;
    for (const auto &[word, plain] : words)
        out.replace(word, plain);
    // "PCC/PFCC" reads as "… or …"; a slash with a digit beside it ("2024/25", "decision
    // 35/2022") is part of a year or a reference and stays as written.
    static const QRegularExpression slash(u"(?<=\\p{L})/(?=\\p{L})"_s);
    out.replace(slash, u" or "_s);
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

} // namespace pcc::PlainWords
