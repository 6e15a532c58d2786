#pragma once

#include "forcerecord.h"
#include "letter.h"
#include "lettertemplate.h"
#include "profile.h"

#include <QDate>
#include <QHash>

namespace pcc {

// Fills a template's merge fields for one recipient and sender. Unknown or empty fields
// are never printed blank: they become a visible "[missing: …]" marker and a problem.
class LetterComposer
{
public:
    struct Field
    {
        QString name;
        QString description;
        QString label; // short, for the editor's field chips: "Salutation"
    };
    static const QList<Field> &knownFields();

    static QHash<QString, QString> fieldValues(const ForceRecord &force, const Profile &sender, const QDate &date,
                                               const QHash<QString, QString> &extra = {});
    static QString merge(const QString &templateHtml, const QHash<QString, QString> &values, QStringList *problems);

    static Letter compose(const LetterTemplate &tmpl, const ForceRecord &force, const Profile &sender,
                          const QDate &date, const QHash<QString, QString> &extra = {});
    // A recipient's edited draft: the body is already merged text, only the blocks are rebuilt.
    static Letter composeFromBody(const QString &bodyHtml, const ForceRecord &force, const Profile &sender,
                                  const QDate &date, const QHash<QString, QString> &extra = {});

    static QString ukLongDate(const QDate &date); // "28 November 2026", in English whatever the locale
};

} // namespace pcc
