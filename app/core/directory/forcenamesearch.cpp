#include "forcenamesearch.h"

#include "directory.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc::ForceNameSearch {

namespace {

QString normalised(QString s)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    s = s.toLower().replace(u"&"_s, u" and "_s);
    return u' ' + s.replace(nonWord, u" "_s).simplified() + u' ';
}

} // namespace

QStringList find(const Directory &directory, const QString &text)
{
    const QString wanted = normalised(text);
    if (wanted.trimmed().size() < 3)
        return {};
    QStringList exact, prefix, words;
    for (const ForceRecord &f : directory.forces()) {
        const QString area = normalised(f.areaName());
        const QString force = normalised(f.forceName);
        if (area == wanted || force == wanted)
            exact << f.id;
        else if (area.startsWith(wanted) || force.startsWith(wanted))
            prefix << f.id;
        else if (area.contains(wanted) || force.contains(wanted))
            words << f.id;
    }
    return exact + prefix + words;
}

} // namespace pcc::ForceNameSearch
