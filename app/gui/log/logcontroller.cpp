#include "log/logcontroller.h"

#include "apppaths.h"
#include "contactstage.h"
#include "directory.h"
#include "forceids.h"
#include "logtransfer.h"
#include "log/profiledialog.h"
#include "log/recordcontactdialog.h"
#include "log/replydialog.h"
#include "replyrecorder.h"
#include "shell/filechooser.h"
#include "shell/settings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pcc {

LogController::LogController(const Directory &directory, ProfileService::DistrictsSource districts, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_directory(directory)
    , m_districts(std::move(districts))
    , m_parent(dialogParent)
{
}

LogController::~LogController() = default;

void LogController::warn(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

bool LogController::open()
{
    m_log = std::make_unique<ContactLog>();
    if (!m_log->open(AppPaths::databaseFile(), ContactLog::Check::Quick)) {
        const QString error = m_log->lastError();
        m_log.reset();
        QTimer::singleShot(0, m_parent, [this, error] {
            warn(tr("Contact log unavailable"),
                 error + u"\n\n"_s + tr("You can still browse the directory and write letters; contacts cannot be recorded until this is fixed."));
        });
        return false;
    }
    m_profiles = std::make_unique<ProfileService>(*m_log, m_districts);
    m_recorder = std::make_unique<ContactRecorder>(*m_log);
    QStringList notes;
    if (!m_log->notice().isEmpty())
        notes << m_log->notice();
    notes << m_log->warnings();
    if (!notes.isEmpty())
        QTimer::singleShot(0, m_parent, [this, notes] { QMessageBox::information(m_parent, tr("Contact log"), notes.join(u"\n\n"_s)); });
    verifyLater();
    return true;
}

// The full page check reads the whole file: done once the window is up. Only a log of ours
// that fails it is offered to be kept aside; a busy one is only reported.
void LogController::verifyLater()
{
    QTimer::singleShot(1500, this, [this] {
        if (!m_log || m_log->verify())
            return;
        if (m_log->problem() != ContactLog::Problem::Damaged) {
            warn(tr("Contact log"), m_log->lastError());
            return;
        }
        if (QMessageBox::warning(m_parent, tr("Contact log damaged"),
                                 m_log->lastError() + u"\n\n"_s + tr("Keep the damaged file aside (it is never deleted) and start a fresh log?"),
                                 QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
            return;
        if (!m_log->moveAsideAndStartFresh())
            warn(tr("Contact log"), m_log->lastError());
        else
            QMessageBox::information(m_parent, tr("Contact log"), m_log->notice());
        emit profilesChanged();
    });
}

std::optional<Profile> LogController::currentProfile() const
{
    return m_log ? m_log->currentProfile() : std::nullopt;
}

QList<Profile> LogController::profiles() const
{
    if (!m_log)
        return {};
    const auto all = m_log->profiles();
    if (!all) {
        warn(tr("Contact log"), m_log->lastError());
        return {};
    }
    return *all;
}

void LogController::chooseProfile(const QString &uuid)
{
    if (m_log && !m_profiles->makeCurrent(uuid))
        warn(tr("Profile"), m_profiles->lastError());
    emit profilesChanged();
}

// Saying so when the postcode alone did not settle the volunteer's area, so that they pick it.
QString LogController::savedMessage(const Profile &p, const QString &area) const
{
    if (ForceIds::isNoPccArea(area))
        return tr("Profile “%1” saved. %2 is in %3, which has no police and crime commissioner: the campaign writes "
                  "to the commissioners of England and Wales.").arg(p.name, p.postcode, ForceIds::noPccAreaDisplayName(area));
    if (!p.postcode.isEmpty() && area.isEmpty())
        return tr("Profile “%1” saved. The offline table is not sure which area %2 is in: pick yours on the map, "
                  "or look the postcode up online.").arg(p.name, p.postcode);
    return tr("Profile “%1” saved.").arg(p.name);
}

QString LogController::areaOf(const Profile &p) const
{
    return p.homeForce.isEmpty() ? m_profiles->noPccAreaOf(p.postcode) : p.homeForce;
}

void LogController::newProfile()
{
    if (!m_log)
        return;
    ProfileDialog dialog(Profile(), m_parent);
    if (dialog.exec() == QDialog::Accepted) {
        Profile p = dialog.profile();
        if (!m_profiles->add(&p)) {
            warn(tr("Profile not saved"), m_profiles->lastError());
        } else {
            emit profilesChanged();
            const QString area = areaOf(p);
            emit statusMessage(savedMessage(p, area));
            emit profileSaved(area);
            return;
        }
    }
    emit profilesChanged();
}

void LogController::editProfile()
{
    if (!m_log)
        return;
    const auto current = m_log->currentProfile();
    if (!current) {
        newProfile();
        return;
    }
    ProfileDialog dialog(*current, m_parent);
    if (dialog.exec() == QDialog::Accepted) {
        Profile p = dialog.profile();
        if (!m_profiles->update(&p)) {
            warn(tr("Profile not saved"), m_profiles->lastError());
        } else {
            emit profilesChanged();
            const QString area = areaOf(p);
            emit statusMessage(savedMessage(p, area));
            if (area != areaOf(*current))
                emit profileSaved(area);
            return;
        }
    }
    emit profilesChanged();
}

void LogController::deleteProfile()
{
    const auto current = currentProfile();
    if (!current)
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Delete profile"),
                    tr("Delete the profile “%1”, every contact it recorded and its letter drafts? This cannot be undone.")
                        .arg(current->name),
                    QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    ask.setDefaultButton(QMessageBox::Cancel);
    // Only when this computer syncs with a team server: the copies there go at the next sync.
    QCheckBox *fromTeam = nullptr;
    if (!Settings::teamServer().isEmpty()) {
        fromTeam = new QCheckBox(tr("Also remove its contacts from the team server at the next sync"), &ask);
        fromTeam->setChecked(true);
        ask.setCheckBox(fromTeam);
    }
    if (ask.exec() != QMessageBox::Yes)
        return;
    const auto team = fromTeam && fromTeam->isChecked() ? ContactLog::TeamCopy::Remove : ContactLog::TeamCopy::Keep;
    ProfileService::Removal removal;
    if (!m_profiles->remove(current->uuid, &removal, team))
        warn(tr("Profile not deleted"), m_profiles->lastError());
    else
        QMessageBox::information(m_parent, tr("Profile deleted"), removal.summary);
    emit profilesChanged();
}

bool LogController::ensureProfile()
{
    if (currentProfile())
        return true;
    newProfile();
    return currentProfile().has_value();
}

void LogController::recordContact(const QString &forceId)
{
    const ForceRecord *f = m_directory.force(forceId);
    if (!f || !m_log || !ensureProfile())
        return;
    ContactRecord r;
    r.setSender(*currentProfile());
    r.setRecipient(*f);
    r.date = QDate::currentDate();
    RecordContactDialog dialog(r, f->officeName, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r = dialog.record();
    if (!m_recorder->record(&r))
        warn(tr("Not recorded"), m_recorder->lastError());
    else
        emit statusMessage(tr("Recorded: %1, %2.").arg(f->areaName(), ContactStage{r.status, r.replyOutcome}.label()));
    emit contactsChanged();
}

std::optional<ContactRecord> LogController::contactOrWarn(const QString &uuid) const
{
    if (!m_log)
        return std::nullopt;
    auto r = m_log->contact(uuid);
    if (!r && !m_log->lastError().isEmpty())
        warn(tr("Contact log"), m_log->lastError());
    return r;
}

void LogController::editContact(const QString &uuid)
{
    const auto r = contactOrWarn(uuid);
    if (!r)
        return;
    const ForceRecord *f = m_directory.force(r->forceId);
    RecordContactDialog dialog(*r, f ? f->officeName : r->forceId, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ContactRecord edited = dialog.record();
    if (!m_recorder->update(&edited))
        warn(tr("Not saved"), m_recorder->lastError());
    else
        emit statusMessage(tr("Contact saved."));
    emit contactsChanged();
}

void LogController::recordReply(const QString &uuid)
{
    const auto r = contactOrWarn(uuid);
    if (!r)
        return;
    const ForceRecord *f = m_directory.force(r->forceId);
    ReplyRecorder recorder(*m_log);
    ReplyDialog dialog(uuid, f ? f->officeName : r->bodyName, r->date,
                       [&recorder](Reply *reply, const QStringList &files, QString *error) {
                           if (recorder.record(reply, files))
                               return true;
                           *error = recorder.lastError();
                           return false;
                       },
                       m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Reply saved."));
    emit contactsChanged();
}

void LogController::recordReplyFrom(const QString &forceId)
{
    if (!m_log)
        return;
    const auto sender = m_log->currentProfile();
    if (forceId.isEmpty() || !sender) {
        warn(tr("Record a reply"), forceId.isEmpty() ? tr("Choose the area whose office replied, on the map or in the list.")
                                                     : tr("Create your profile first: replies belong to your letters."));
        return;
    }
    ReplyRecorder recorder(*m_log);
    const QString letter = recorder.letterAnsweredBy(sender->uuid, forceId);
    if (letter.isEmpty()) {
        warn(tr("Record a reply"), recorder.lastError());
        return;
    }
    recordReply(letter);
}

void LogController::snoozeFollowUp(const QString &uuid)
{
    if (m_log && !m_recorder->snoozeFollowUp(uuid))
        warn(tr("Contact log"), m_recorder->lastError());
    emit contactsChanged();
}

std::optional<ContactRecord> LogController::firstDueFollowUp()
{
    if (!m_log)
        return std::nullopt;
    const auto profile = currentProfile();
    const auto due = m_log->dueFollowUps(QDate::currentDate(), profile ? profile->uuid : QString());
    if (!due || due->isEmpty()) {
        QMessageBox::information(m_parent, tr("Follow-ups"), due ? tr("No follow-ups are due.") : m_log->lastError());
        return std::nullopt;
    }
    return due->first();
}

void LogController::exportLog(LogExchange::Privacy privacy)
{
    if (!m_log)
        return;
    const bool anonymous = privacy == LogExchange::Privacy::Anonymous;
    if (!anonymous
        && QMessageBox::question(m_parent, tr("Export with personal data?"),
                                 tr("The full export holds personal data: each volunteer's name, home address and "
                                    "postcode, the full text of every letter, your notes, and the replies with your "
                                    "summaries of them. Share it only with "
                                    "someone you trust.\n\nTo send progress to a coordinator, use “Export for a "
                                    "coordinator (no personal data)” instead.\n\nExport everything?"),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    enum Type { Csv, Json }; // in the order offered; JSON is suggested for everything, as only JSON carries the replies
    const FileChooser::Choice chosen = FileChooser::saveFile(
        m_parent, anonymous ? tr("Export for a coordinator (no personal data)") : tr("Export everything, with personal data"),
        anonymous ? u"contacts-for-coordinator.csv"_s : u"contact-log-personal.json"_s, {{tr("CSV"), u"csv"_s}, {tr("JSON"), u"json"_s}});
    if (chosen.isEmpty())
        return;
    const QString &path = chosen.path;
    const auto format = chosen.type == Json ? LogExchange::Format::Json : LogExchange::Format::Csv;
    const LogTransfer::Export result = LogTransfer::exportTo(*m_log, path, format, privacy);
    if (!result.error.isEmpty()) {
        warn(tr("Export failed"), result.error);
        return;
    }
    QString message = tr("%n contact(s) exported to %1.", nullptr, result.count).arg(QDir::toNativeSeparators(path));
    if (result.replies > 0)
        message += u"\n\n"_s + tr("Replies in the file: %1.").arg(result.replies);
    if (result.documentsLeftOut > 0)
        message += u' ' + tr("Documents that came with them, not in the file (they stay on this computer): %1.")
                              .arg(result.documentsLeftOut);
    if (result.repliesLeftOut > 0)
        message += u"\n\n"_s + tr("The %n reply(ies) recorded are not in this file. Only a JSON export of everything carries "
                                  "replies.", nullptr, result.repliesLeftOut);
    if (!result.warning.isEmpty())
        message += u"\n\n"_s + result.warning;
    QMessageBox::information(m_parent, tr("Export finished"), message);
}

void LogController::importLog()
{
    if (!m_log)
        return;
    const QString path = FileChooser::openFile(m_parent, tr("Import contact log"), tr("Contact logs (*.csv *.json)"));
    if (path.isEmpty())
        return;
    const LogTransfer::Parsed parsed = LogTransfer::read(path);
    if (!parsed.error.isEmpty()) {
        warn(tr("Import failed"), parsed.error);
        return;
    }
    if (!parsed.issues.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < parsed.issues.size() && i < 15; ++i)
            lines << parsed.issues.at(i).toString();
        if (parsed.issues.size() > 15)
            lines << tr("… and %1 more").arg(parsed.issues.size() - 15);
        if (parsed.records.isEmpty()) {
            warn(tr("Nothing imported"), lines.join(u'\n'));
            return;
        }
        if (QMessageBox::warning(m_parent, tr("Problems in the file"),
                                 tr("%n row(s) have problems:", nullptr, int(parsed.issues.size())) + u"\n"_s + lines.join(u'\n') + u"\n\n"_s
                                     + tr("Import the %n good row(s) and skip the rest?", nullptr, int(parsed.records.size())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    ContactLog::ImportReport report;
    if (!m_log->merge(parsed.records, parsed.replies, &report)) {
        warn(tr("Import failed"), m_log->lastError() + u"\n"_s + tr("Nothing was imported."));
        return;
    }
    QString message = tr("Added %1, updated %2, skipped %3 (already up to date).").arg(report.added).arg(report.updated).arg(report.skipped);
    if (!parsed.replies.isEmpty())
        message += u"\n"_s + tr("Replies: added %1, skipped %2 (already here).").arg(report.repliesAdded).arg(report.repliesSkipped);
    if (!report.refusedReplies.isEmpty()) {
        message += u"\n\n"_s + tr("%n reply(ies) could not join the letter as this log holds it:", nullptr,
                                  int(report.refusedReplies.size()));
        for (const auto &refused : std::as_const(report.refusedReplies)) {
            const ForceRecord *office = m_directory.force(refused.forceId);
            message += u"\n• "_s + tr("The reply of %1 from %2: %3")
                                       .arg(QLocale().toString(refused.date, QLocale::LongFormat),
                                            office ? office->officeName : tr("an office not in the directory"), refused.problem);
        }
    }
    QMessageBox::information(m_parent, tr("Import finished"), message);
    emit profilesChanged();
}

} // namespace pcc
