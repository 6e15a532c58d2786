#pragma once

#include "letter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace pcc {

// A letter as email: an RFC 5322 .eml draft (UTF-8, text and HTML parts, X-Unsent: 1 so
// mail programs open it as a draft), or a mailto: link when the body is short enough.
class EmailDraft
{
public:
    static constexpr int MaxMailtoLength = 1800; // many mail programs truncate longer links

    static QByteArray toEml(const Letter &letter, const QString &fromName, const QString &fromEmail,
                            const QDateTime &when = QDateTime::currentDateTime());
    // Writes the .eml atomically (QSaveFile), readable by its owner only; false with the reason.
    static bool save(const QString &path, const Letter &letter, const QString &fromName, const QString &fromEmail,
                     QString *error, QString *warning = nullptr);
    // An empty URL when the body does not fit: the caller copies the text instead.
    static QUrl toMailto(const Letter &letter);
    // The body, then the sender's address under their name; the office's address and the date
    // are left out (they are in the headers).
    static QString emailBodyText(const Letter &letter);
};

} // namespace pcc
