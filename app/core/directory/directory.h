#pragma once

#include "dataissue.h"
#include "forcerecord.h"

#include <QByteArray>
#include <QList>

namespace pcc {

// The validated contents of policing_bodies.json: one ForceRecord per force id.
class Directory
{
public:
    static constexpr int SchemaVersion = 2; // 2: advocacy status, letter sentences, area phrase
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    // Parses and validates; on any issue the returned directory is empty and
    // `issues` lists every field-level problem found.
    static Directory fromJson(const QByteArray &json, DataIssues *issues);
    static Directory fromFile(const QString &path, DataIssues *issues);

    bool isEmpty() const { return m_forces.isEmpty(); }
    QString dataVersion() const { return m_dataVersion; }
    const QList<ForceRecord> &forces() const { return m_forces; }
    const ForceRecord *force(const QString &id) const;

    QByteArray toJson() const; // the same keys as the data file

    // For corrections and merges: the record with this id is replaced; the version raised.
    void replaceForce(const ForceRecord &force);
    void setDataVersion(const QString &version) { m_dataVersion = version; }

private:
    QString m_dataVersion;
    QList<ForceRecord> m_forces; // sorted by id
};

} // namespace pcc
