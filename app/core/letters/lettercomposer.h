#pragma once

#include "dataissue.h"
#include "directory.h"
#include "forcerecord.h"
#include "letterlayout.h"
#include "letter.h"
#include "mailingaddress.h"
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
    static QList<Field> knownFields(); // in the interface's language of the moment
    // Names a template may test with {{#if name}}…{{else}}…{{/if}} (see README, "Templates").
    static QList<Field> knownConditions();
    // Whether a name is one of those fields or conditions: what the editor shows as a field
    // or condition, rather than as text marked as an error.
    static bool isKnownField(const QString &name);
    static bool isKnownCondition(const QString &name);

    static QHash<QString, QString> fieldValues(const ForceRecord &force, const Profile &sender, const QDate &date,
                                               const QHash<QString, QString> &extra = {});
    static QHash<QString, bool> conditionValues(const ForceRecord &force, const Profile &sender);
    // Keeps the branch of each condition that applies; an unknown name, an {{else}} or {{/if}}
    // out of place, or an {{#if}} never closed is a problem with a visible marker.
    static QString resolveConditions(const QString &templateHtml, const QHash<QString, bool> &conditions,
                                     QStringList *problems);
    static QString merge(const QString &templateHtml, const QHash<QString, QString> &values, QStringList *problems,
                         const QHash<QString, bool> &conditions = {});

    static Letter compose(const LetterTemplate &tmpl, const ForceRecord &force, const Profile &sender,
                          const QDate &date, const QHash<QString, QString> &extra = {});
    // A recipient's edited draft: the body is already merged text, only the blocks are rebuilt.
    static Letter composeFromBody(const QString &bodyHtml, const ForceRecord &force, const Profile &sender,
                                  const QDate &date, const QHash<QString, QString> &extra = {});

    // The block printed in the envelope window: the person (and, for a police authority, their
    // title), the address lines and the postcode.
    static QStringList recipientBlock(const ForceRecord &force);
    // The office's postal address for an envelope or a label, with the same "not verified"
    // note as its letter.
    static MailingAddress mailingAddress(const ForceRecord &force);
    // Every office whose block would not fit the layout's window at 10 pt (the smallest size
    // an address is set): `data check` refuses such a file.
    static DataIssues addressBlockIssues(const Directory &directory, const LetterLayout &layout);

    static QString ukLongDate(const QDate &date); // "28 November 2026", in English whatever the locale
};

} // namespace pcc
