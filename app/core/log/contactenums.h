#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

enum class Channel { Post, Email, Both, Phone, Meeting };
enum class ContactStatus { Drafted, Sent, Acknowledged, Replied };
enum class ReplyOutcome { None, Acknowledgement, Substantive, Commitment, Declined, NoReply };

// What the map shows for one force: the furthest a profile's contacts have got.
enum class ForceProgress { NotContacted = 0, Sent = 1, Replied = 2, Commitment = 3 };

// The stored key of each value. These functions hold the only copy of the keys: the SQL
// schema's CHECK constraints, the CSV/JSON exchange files and the command line all use them.
QString channelKey(Channel c);
bool channelFromKey(const QString &key, Channel *c);
QStringList channelKeys();

QString statusKey(ContactStatus s);
bool statusFromKey(const QString &key, ContactStatus *s);
QStringList statusKeys();

QString replyOutcomeKey(ReplyOutcome o); // "" for None
bool replyOutcomeFromKey(const QString &key, ReplyOutcome *o);
QStringList replyOutcomeKeys();           // includes "" (no reply recorded)

// Words for people (translated); never stored or matched.
QString channelLabel(Channel c);
QString statusLabel(ContactStatus s);
QString replyOutcomeLabel(ReplyOutcome o);
QString forceProgressLabel(ForceProgress p);

} // namespace pcc
