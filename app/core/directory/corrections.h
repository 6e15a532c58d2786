#pragma once

#include "directory.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pcc {

// A volunteer's fix to one contact field of one office, or their word that the field is right.
struct Correction
{
    enum class Kind { Correction, Verification };
    QString forceId;
    QString field;   // holder, address, email, phone, website, contact_url
    QString value;   // the new value (a correction), or the value checked (a verification)
    QString source;  // where it was seen: a URL, or "phoned the office on …"
    QDate date;
    Kind kind = Kind::Correction;
    QString quotation; // optional: the words the change rests on (an office's reply), for the coordinator

    bool operator==(const Correction &o) const = default;
    QString describe(const Directory &directory) const; // "Kent, email: new@kent.example"
};

// The corrections made on this computer (AppPaths::dataDir()/corrections.json): they override
// the shipped or updated directory here, survive updates, and are sent to a coordinator as a
// small JSON file that `data merge` folds into a new directory.
class Corrections
{
public:
    static const QStringList &fields();                  // the fields that can be corrected
    static QString fieldLabel(const QString &field);     // "Email"
    static QString valueOf(const ForceRecord &force, const QString &field);
    static void setValue(ForceRecord *force, const QString &field, const QString &value);

    static QString defaultPath();
    static Corrections load(const QString &path, QString *error); // a missing file is no corrections
    bool save(const QString &path, QString *error) const;
    static Corrections fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    const QList<Correction> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    void set(const Correction &c);                       // replaces one for the same force, field and kind
    bool remove(const QString &forceId, const QString &field); // undo: both kinds for that field
    const Correction *find(const QString &forceId, const QString &field, Correction::Kind kind) const;

    // The directory as this computer shows it: each correction's value, marked "corrected by
    // you on …"; each verification marked "checked by you on …".
    Directory applyTo(const Directory &directory) const;
    // After an update: corrections the update now agrees with are dropped; says which.
    QStringList dropAgreedWith(const Directory &updated);

private:
    QList<Correction> m_items;
};

} // namespace pcc
