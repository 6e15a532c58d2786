#include "logexchange.h"

#include "contactrecorder.h"
#include "replyrecorder.h"
#include "uuidtext.h"

#include "csv.h"
#include "forceids.h"
#include "isodates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

const QStringList kFullColumns = {u"uuid"_s, u"profile_uuid"_s, u"profile"_s, u"force_id"_s, u"body"_s, u"holder"_s, u"channel"_s,
                                  u"date"_s, u"template"_s, u"status"_s, u"reply_date"_s, u"reply_outcome"_s,
                                  u"notes"_s, u"follow_up_due"_s, u"updated_at"_s, u"letter_text"_s};
const QStringList kAnonymousColumns = {u"uuid"_s, u"force_id"_s, u"date"_s, u"channel"_s, u"status"_s};

QStringList fieldsOf(const ContactRecord &r, LogExchange::Privacy privacy)
{
    if (privacy == LogExchange::Privacy::Anonymous)
        return {r.uuid, r.forceId, IsoDates::date(r.date), channelKey(r.channel), statusKey(r.status)};
    return {r.uuid, r.profileUuid, r.profileName, r.forceId, r.bodyName, r.holderName, channelKey(r.channel),
            IsoDates::date(r.date), r.templateName, statusKey(r.status), IsoDates::date(r.replyDate),
            replyOutcomeKey(r.replyOutcome), r.notes, IsoDates::date(r.followUpDue), IsoDates::utcDateTime(r.updatedAt), r.letterText};
}

// The full columns in kFullColumns' order: a row's values are asked for by position in that
// list, so that reading a CSV line looks up nothing by name.
enum Column { Uuid, ProfileUuid, Profile, ForceId, Body, Holder, ChannelColumn, Date, Template, Status, ReplyDate,
              ReplyOutcomeColumn, Notes, FollowUpDue, UpdatedAt, LetterText, ColumnCount };

// Validates one record; appends issues prefixed with where() (built only when there is one).
// get(Column) gives a row's value: a CSV line or a JSON object.
template <typename Get, typename Where>
bool recordFrom(const Get &get, const Where &where, ContactRecord *r, DataIssues *issues)
{
    const qsizetype before = issues->size();
    auto bad = [&](const QString &msg) { issues->append({where(), msg}); };
    // "{ABC...}" and "abc..." are one id, kept written one way.
    r->uuid = get(Uuid).trimmed();
    if (const auto id = UuidText::parse(r->uuid))
        r->uuid = *id;
    else
        bad(u"uuid '%1' is not a UUID"_s.arg(r->uuid));
    r->profileUuid = get(ProfileUuid).trimmed();
    r->profileName = get(Profile).trimmed();
    if (const auto id = UuidText::parse(r->profileUuid))
        r->profileUuid = *id;
    else if (!r->profileUuid.isEmpty())
        bad(u"profile_uuid '%1' is not a UUID"_s.arg(r->profileUuid));
    if (r->profileUuid.isEmpty() && r->profileName.isEmpty()) {
        r->profileUuid = LogExchange::AnonymousProfileUuid;
        r->profileName = LogExchange::AnonymousProfileName;
    }
    r->forceId = get(ForceId).trimmed();
    if (!ForceIds::isForce(r->forceId))
        bad(u"force id '%1' is not one of the 43 force ids"_s.arg(r->forceId));
    r->bodyName = get(Body);
    r->holderName = get(Holder);
    if (!channelFromKey(get(ChannelColumn).trimmed(), &r->channel))
        bad(u"channel '%1' is not post, email, both, phone or meeting"_s.arg(get(ChannelColumn)));
    r->date = IsoDates::parseDate(get(Date).trimmed());
    if (!r->date.isValid())
        bad(u"date '%1' is not a YYYY-MM-DD date"_s.arg(get(Date)));
    r->templateName = get(Template);
    if (!statusFromKey(get(Status).trimmed(), &r->status))
        bad(u"status '%1' is not drafted, sent, acknowledged or replied"_s.arg(get(Status)));
    for (const auto &[column, target] : {std::pair{ReplyDate, &r->replyDate}, std::pair{FollowUpDue, &r->followUpDue}}) {
        const QString text = get(column).trimmed();
        const QString &key = kFullColumns.at(column);
        *target = IsoDates::parseDate(text);
        if (!text.isEmpty() && !target->isValid())
            bad(u"%1 '%2' is not a YYYY-MM-DD date"_s.arg(key, text));
    }
    if (!replyOutcomeFromKey(get(ReplyOutcomeColumn).trimmed(), &r->replyOutcome))
        bad(u"reply outcome '%1' is not one of: %2"_s.arg(get(ReplyOutcomeColumn), replyOutcomeKeys().mid(1).join(u", "_s)));
    r->notes = get(Notes);
    r->letterText = get(LetterText);
    const QString updated = get(UpdatedAt).trimmed();
    r->updatedAtKnown = !updated.isEmpty();
    r->updatedAt = updated.isEmpty() ? QDateTime(r->date, QTime(0, 0), Qt::UTC)
                                     : IsoDates::parseDateTime(updated);
    if (!r->updatedAt.isValid())
        bad(u"updated_at '%1' is not an ISO date and time"_s.arg(updated));
    // The dates a letter typed in must have: none still to come (but a draft's), no reply before
    // its letter. Otherwise one row skews every office's figures (a reply in 2098). A week's grace,
    // as a team sync allows, for another computer's clock or time zone.
    if (issues->size() == before) {
        constexpr int ClockGraceDays = 7;
        if (const QString problem = ContactRecorder::datesProblem(*r, QDate::currentDate().addDays(ClockGraceDays)); !problem.isEmpty())
            bad(problem);
    }
    return issues->size() == before;
}

const QStringList kReplyTextFields = {u"uuid"_s, u"contact_uuid"_s, u"date"_s, u"outcome"_s, u"summary"_s, u"commitment_what"_s,
                                       u"commitment_amount"_s, u"commitment_from"_s, u"commitment_until"_s, u"commitment_quote"_s};

QJsonObject replyObject(const Reply &r)
{
    const Commitment &c = r.commitment;
    const QStringList values = {r.uuid, r.contactUuid, IsoDates::date(r.date), replyOutcomeKey(r.outcome), r.summary, c.what,
                                c.amount, IsoDates::date(c.from), IsoDates::date(c.until), c.quotation};
    QJsonObject o;
    for (qsizetype i = 0; i < kReplyTextFields.size(); ++i)
        o.insert(kReplyTextFields.at(i), values.at(i));
    o.insert(u"share_summary"_s, r.shareSummary);
    return o;
}

// One reply of a JSON file, to one of the file's good contacts, checked for all that needs no
// letter (its letter's part is checked on import). Empty, with issues, when it cannot be kept.
std::optional<Reply> replyFrom(const QJsonValue &value, const QString &where, const QHash<QString, const ContactRecord *> &letters,
                               DataIssues *issues)
{
    auto bad = [&](const QString &field, const QString &msg) {
        issues->append({field.isEmpty() ? where : where + u'.' + field, msg});
        return std::nullopt;
    };
    if (!value.isObject())
        return bad({}, u"expected an object"_s);
    const QJsonObject o = value.toObject();
    // Fields this version does not know (a later version's, say) are passed over.
    for (const QString &key : kReplyTextFields) {
        if (const QJsonValue v = o.value(key); !v.isString() && !v.isNull() && !v.isUndefined())
            return bad(key, u"expected a string"_s);
    }
    if (const QJsonValue v = o.value(u"share_summary"_s); !v.isBool() && !v.isNull() && !v.isUndefined())
        return bad(u"share_summary"_s, u"expected true or false"_s);
    const auto get = [&o](const QString &key) { return o.value(key).toString().trimmed(); }; // trimmed, as the window keeps them
    Reply r;
    const auto uuid = UuidText::parse(get(u"uuid"_s));
    if (!uuid)
        return bad(u"uuid"_s, u"'%1' is not a UUID"_s.arg(get(u"uuid"_s)));
    r.uuid = *uuid;
    if (get(u"contact_uuid"_s).isEmpty())
        return bad(u"contact_uuid"_s, u"missing: the letter this reply answers"_s);
    const auto contact = UuidText::parse(get(u"contact_uuid"_s));
    const ContactRecord *letter = contact ? letters.value(*contact) : nullptr;
    if (!letter)
        return bad(u"contact_uuid"_s, u"'%1' is not a contact of this file that could be read"_s.arg(get(u"contact_uuid"_s)));
    r.contactUuid = *contact;
    r.forceId = letter->forceId;
    r.date = IsoDates::parseDate(get(u"date"_s));
    if (!r.date.isValid())
        return bad(u"date"_s, u"'%1' is not a YYYY-MM-DD date"_s.arg(get(u"date"_s)));
    if (!replyOutcomeFromKey(get(u"outcome"_s), &r.outcome))
        return bad(u"outcome"_s, u"'%1' is not acknowledgement, substantive, commitment or declined"_s.arg(get(u"outcome"_s)));
    r.summary = get(u"summary"_s);
    r.shareSummary = o.value(u"share_summary"_s).toBool() && !r.summary.isEmpty(); // nothing to share otherwise
    Commitment &c = r.commitment;
    c.what = get(u"commitment_what"_s);
    c.amount = get(u"commitment_amount"_s);
    c.quotation = get(u"commitment_quote"_s);
    for (const auto &[key, target] : {std::pair{u"commitment_from"_s, &c.from}, std::pair{u"commitment_until"_s, &c.until}}) {
        *target = IsoDates::parseDate(get(key));
        if (!get(key).isEmpty() && !target->isValid())
            return bad(key, u"'%1' is not a YYYY-MM-DD date"_s.arg(get(key)));
    }
    // Whether it fits its letter is asked of the letter as the log holds it, when it is imported.
    if (const QString problem = ReplyRecorder::replyProblem(r, QDate::currentDate()); !problem.isEmpty())
        return bad({}, problem);
    return r;
}

} // namespace

QStringList LogExchange::csvHeader(Privacy privacy)
{
    return privacy == Privacy::Anonymous ? kAnonymousColumns : kFullColumns;
}

namespace {
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString LogExchange::neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    // An apostrophe that already leads a formula-like cell is escaped too, so that reading
    // back removes exactly what writing added.
    if (isFormulaStart(cell.front()) || (cell.size() > 1 && cell.front() == u'\'' && (isFormulaStart(cell[1]) || cell[1] == u'\'')))
        return u'\'' + cell;
    return cell;
}

QString LogExchange::restoreFormula(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && (isFormulaStart(cell[1]) || cell[1] == u'\''))
        return cell.mid(1);
    return cell;
}

bool LogExchange::carriesReplies(Format format, Privacy privacy)
{
    return format == Format::Json && privacy == Privacy::Full;
}

QByteArray LogExchange::write(const QList<ContactRecord> &records, Format format, Privacy privacy, const QList<Reply> &replies)
{
    const QStringList columns = csvHeader(privacy);
    const bool anonymous = privacy == Privacy::Anonymous;
    if (format == Format::Csv) {
        // U+FEFF, written as the UTF-8 byte-order mark (QString::fromUtf8 would drop it).
        QString out = QChar(u'\uFEFF') + Csv::formatRow(columns) + u"\r\n"_s;
        out.reserve(records.size() * (anonymous ? 80 : 400));
        for (const ContactRecord &r : records) {
            QStringList cells = fieldsOf(r, privacy);
            for (QString &cell : cells)
                cell = neutraliseFormula(cell);
            out += Csv::formatRow(cells);
            out += u"\r\n"_s;
        }
        return out.toUtf8();
    }
    QJsonArray arr;
    for (const ContactRecord &r : records) {
        const QStringList values = fieldsOf(r, privacy);
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), values.at(i));
        arr.append(o);
    }
    QJsonObject root{{u"format"_s, u"pcc-campaigner-contact-log"_s},
                     {u"version"_s, 3},
                     {u"anonymous"_s, anonymous},
                     {u"contacts"_s, arr}};
    if (carriesReplies(format, privacy) && !replies.isEmpty()) {
        QJsonArray out;
        for (const Reply &r : replies)
            out.append(replyObject(r));
        root.insert(u"replies"_s, out);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LogExchange::Format LogExchange::formatForFile(const QString &fileName, const QByteArray &data)
{
    if (fileName.endsWith(u".json"_s, Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return Format::Csv;
    return data.trimmed().startsWith('{') ? Format::Json : Format::Csv;
}

QList<ContactRecord> LogExchange::read(const QByteArray &data, Format format, DataIssues *issues, QString *notice, QList<Reply> *replies)
{
    QList<ContactRecord> out;
    if (data.size() > MaxImportBytes) {
        issues->append({{}, u"the file is %1 MB; the limit is %2 MB"_s.arg(data.size() / (1024 * 1024)).arg(MaxImportBytes / (1024 * 1024))});
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError() && format == Format::Csv) {
        // A CSV that Excel saved back on Windows: its code page, not UTF-8.
        text = Csv::decodeWindows1252(data);
        if (notice)
            *notice = QCoreApplication::translate("pcc::LogExchange", "The file is not UTF-8; it was read as Windows-1252, "
                                                                      "as Excel saves CSV on Windows. Check accented names.");
    } else if (decoder.hasError()) {
        issues->append({{}, u"the file is not valid UTF-8 text"_s});
        return out;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QSet<QString> seen;
    auto accept = [&](ContactRecord &&r, const auto &where) {
        if (const QString problem = r.controlCharacterProblem(); !problem.isEmpty()) {
            issues->append({where(), problem});
            return;
        }
        if (seen.contains(r.uuid)) {
            issues->append({where(), u"duplicate uuid %1 in this file"_s.arg(r.uuid)});
            return;
        }
        seen.insert(r.uuid);
        out.append(std::move(r));
    };

    if (format == Format::Json) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError) {
            issues->append({{}, u"malformed JSON at byte %1: %2"_s.arg(err.offset).arg(err.errorString())});
            return out;
        }
        const QJsonValue contacts = doc.isObject() ? doc.object().value(u"contacts"_s) : QJsonValue(doc.array());
        if (!contacts.isArray()) {
            issues->append({u"contacts"_s, u"expected an array of contacts"_s});
            return out;
        }
        const QJsonArray arr = contacts.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString where = u"contacts[%1]"_s.arg(i);
            if (!arr.at(i).isObject()) {
                issues->append({where, u"expected an object"_s});
                continue;
            }
            const QJsonObject o = arr.at(i).toObject();
            QHash<QString, QString> values;
            bool fieldsBad = false;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.value().isString() && !it.value().isNull()) {
                    issues->append({where + u'.' + it.key(), u"expected a string"_s});
                    fieldsBad = true;
                }
                values.insert(it.key(), it.value().toString());
            }
            if (fieldsBad) // never stored with the field emptied, even with --skip-bad
                continue;
            ContactRecord r;
            const auto get = [&values](Column column) { return values.value(kFullColumns.at(column)); };
            const auto at = [&where] { return where; };
            if (recordFrom(get, at, &r, issues))
                accept(std::move(r), at);
        }
        // A file of contacts alone: a bare list, no "replies", or "replies": null.
        const QJsonValue replyList = doc.isObject() ? doc.object().value(u"replies"_s) : QJsonValue(QJsonValue::Undefined);
        if (replies && !replyList.isUndefined() && !replyList.isNull()) {
            if (!replyList.isArray()) {
                issues->append({u"replies"_s, u"expected an array of replies"_s});
                return out;
            }
            QHash<QString, const ContactRecord *> letters;
            for (const ContactRecord &r : std::as_const(out))
                letters.insert(r.uuid, &r);
            QSet<QString> seenReplies;
            const QJsonArray list = replyList.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where = u"replies[%1]"_s.arg(i);
                std::optional<Reply> reply = replyFrom(list.at(i), where, letters, issues);
                if (!reply)
                    continue;
                if (seenReplies.contains(reply->uuid)) {
                    issues->append({where, u"duplicate uuid %1 in this file"_s.arg(reply->uuid)});
                    continue;
                }
                seenReplies.insert(reply->uuid);
                replies->append(std::move(*reply));
            }
        }
        return out;
    }

    // Each row is checked as it is read: the file's rows are never all held at once.
    const qsizetype issuesBefore = issues->size();
    std::optional<QStringList> header;
    bool headerBad = false;
    std::array<qsizetype, ColumnCount> columnIndex;
    auto takeHeader = [&](const QStringList &fields) {
        header = fields;
        for (const QString &required : kAnonymousColumns) {
            if (!header->contains(required)) {
                issues->append({u"line 1"_s, u"missing column '%1' (expected columns: %2)"_s.arg(required, kFullColumns.join(u", "_s))});
                return false;
            }
        }
        for (int c = 0; c < ColumnCount; ++c) {
            const QString &name = kFullColumns.at(c);
            columnIndex[size_t(c)] = header->indexOf(name);
            // A spreadsheet can leave a column twice: which one holds the data is not for the app to guess.
            if (header->count(name) > 1) {
                issues->append({u"line 1"_s, u"the column '%1' appears more than once"_s.arg(name)});
                return false;
            }
        }
        return true;
    };
    auto takeRow = [&](Csv::Row &&row) {
        if (headerBad)
            return;
        if (!header) {
            headerBad = !takeHeader(row.fields);
            return;
        }
        const auto where = [&row] { return u"line %1"_s.arg(row.line); };
        if (row.fields.size() != header->size()) {
            issues->append({where(), u"%1 fields, but the header has %2"_s.arg(row.fields.size()).arg(header->size())});
            return;
        }
        const auto get = [&](Column column) {
            const qsizetype i = columnIndex[size_t(column)];
            return i < 0 ? QString() : restoreFormula(row.fields.at(i));
        };
        ContactRecord r;
        if (recordFrom(get, where, &r, issues))
            accept(std::move(r), where);
    };
    // Room for the rows the file can hold: at most one a line, and no row is shorter than its
    // uuid, force, date, channel and status (a file of blank lines must not reserve millions).
    const qsizetype rowsAtMost = std::min(data.count('\n') + 1, data.size() / 60 + 1);
    seen.reserve(rowsAtMost);
    out.reserve(rowsAtMost);
    int errorLine = 0;
    if (!Csv::forEachRow(text, takeRow, &errorLine)) {
        issues->resize(issuesBefore);
        issues->append({u"line %1"_s.arg(errorLine), u"a quoted field is never closed"_s});
        return {}; // the rows read before it, and the room kept for them, go
    }
    if (!header)
        issues->append({{}, u"the file is empty"_s});
    return out;
}

} // namespace pcc
