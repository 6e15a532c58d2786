#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pcc {

// Per-recipient letter drafts, one file per (profile, force) under AppPaths::draftsDir().
// Each save replaces the file atomically (QSaveFile), so a crash or power cut leaves
// either the previous draft or the new one, never half of one.
class DraftStore
{
public:
    struct Draft
    {
        QString templateId;
        QString html;
        QDateTime savedAt;
    };

    static bool save(const QString &profile, const QString &forceId, const Draft &draft, QString *error);
    static std::optional<Draft> load(const QString &profile, const QString &forceId);
    static bool remove(const QString &profile, const QString &forceId);
    static QString pathFor(const QString &profile, const QString &forceId);
};

} // namespace pcc
