#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// What a reply's document is, read from its content, never from its name: a PDF, a PNG or
// JPEG picture, an email message (.eml) or plain text. Anything else (a program renamed .pdf,
// a spreadsheet, a zip) is refused with a sentence saying why.
namespace AttachmentType {
// The media type, or empty with `why` filled in.
QString recognise(const QByteArray &content, QString *why);
QString describe(const QString &mediaType); // "PDF document", "PNG picture", ...
} // namespace AttachmentType

} // namespace pcc
