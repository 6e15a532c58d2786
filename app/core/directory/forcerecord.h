#pragma once

#include "stalkingsupport.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pcc {

// Who governs a force's policing. PCCs are due to be abolished in May 2028; a force's
// body kind and office are plain data so a successor (mayor, board) is a data update.
enum class BodyKind { Pcc, Pfcc, Mayor, PoliceAuthority, PolicingBoard };

QString bodyKindKey(BodyKind kind);              // "PCC", "PFCC", ... as in the data file
bool bodyKindFromKey(const QString &key, BodyKind *kind);
QString bodyKindLabel(BodyKind kind);            // in the interface's language
QString bodyKindInEnglish(BodyKind kind);        // as a letter names it: letters are written in English
QString bodyKindShortLabel(BodyKind kind);       // for a narrow column, in words: "Commissioner", "Mayor"

// Where a fact came from and how sure the research is.
struct Provenance
{
    QString source;       // URL(s) and remarks as given by the research
    QString confidence;   // "high", "medium" or "low"
    QString verifiedOn;   // YYYY-MM-DD
    QString note;
    QString localNote;    // "corrected by you on …" / "checked by you on …": this computer only, never written out

    bool isHigh() const { return confidence == QLatin1String("high"); }
};

struct Person
{
    QString name;
    QString title;
    QString since;
    QString asOf;
    bool isEmpty() const { return name.isEmpty(); }
};

struct PostalAddress
{
    QStringList lines;
    QString postcode;
    bool isEmpty() const { return lines.isEmpty() && postcode.isEmpty(); }
};

// One police force area and the body that holds the commissioner's role for it.
struct ForceRecord
{
    QString id;
    QString forceName;
    QString country;
    BodyKind bodyKind = BodyKind::Pcc;
    QString officeName;
    QString areaPhrase; // how a sentence names the area: "the West Midlands" (empty: the area name)
    Person holder;
    Person deputy;
    PostalAddress address;
    QString email;
    QString phone;
    QString website;
    QString contactUrl;
    QString notes;
    QHash<QString, Provenance> provenance; // keyed by field: holder, address, email, phone, website
    StalkingSupport stalkingSupport;

    QString areaName() const; // "Avon and Somerset" (the force name without "Police" / "Constabulary")
    // For sentences: "in the West Midlands", "to Hampshire and the Isle of Wight".
    QString areaInSentence() const { return areaPhrase.isEmpty() ? areaName() : areaPhrase; }
    Provenance provenanceOf(const QString &field) const { return provenance.value(field); }
};

} // namespace pcc
