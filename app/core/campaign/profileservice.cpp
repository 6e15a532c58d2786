#include "profileservice.h"

#include "contactlog.h"
#include "draftstore.h"
#include "postcodeanswer.h"
#include "postcodedistricts.h"

#include <QCoreApplication>

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ProfileService)
};
} // namespace

ProfileService::ProfileService(ContactLog &log, DistrictsSource districts)
    : m_log(log)
    , m_districts(std::move(districts))
{
}

void ProfileService::fillHomeForce(Profile *p)
{
    p->homeForce = (p->postcode.isEmpty() || !m_districts) ? QString() : m_districts().homeForceOf(p->postcode);
}

QString ProfileService::noPccAreaOf(const QString &postcode) const
{
    const Postcode pc = Postcode::parse(postcode);
    if (!pc.isValid() || !m_districts)
        return {};
    const PostcodeAnswer answer = PostcodeAnswer::of(pc, m_districts().find(pc));
    return answer.kind == PostcodeAnswer::Kind::NoPccArea ? answer.forceIds.first() : QString();
}

bool ProfileService::add(Profile *p, Current current)
{
    fillHomeForce(p);
    if (!m_log.addProfile(p) || (current == Current::MakeThisOne && !m_log.setCurrentProfile(p->uuid))) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

bool ProfileService::update(Profile *p)
{
    fillHomeForce(p);
    if (!m_log.updateProfile(*p)) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

bool ProfileService::makeCurrent(const QString &uuid)
{
    if (!m_log.setCurrentProfile(uuid)) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

bool ProfileService::remove(const QString &uuid, Removal *removal, ContactLog::TeamCopy team)
{
    const auto profile = m_log.profileByUuid(uuid);
    const auto contacts = m_log.contactCount(uuid);
    if (!profile || !contacts) {
        m_error = m_log.lastError().isEmpty() ? Tr::tr("That profile no longer exists.") : m_log.lastError();
        return false;
    }
    if (!m_log.deleteProfile(uuid, team)) {
        m_error = m_log.lastError();
        return false;
    }
    Removal r;
    r.name = profile->name;
    r.contacts = *contacts;
    r.drafts = DraftStore::removeAll(*profile);
    // Another profile becomes current, so the app never opens on a deleted one.
    if (const auto rest = m_log.profiles(); rest && !rest->isEmpty() && !m_log.currentProfile())
        m_log.setCurrentProfile(rest->constFirst().uuid);

    QString summary = Tr::tr("Deleted the profile “%1”, its %2 recorded contact(s)").arg(r.name).arg(r.contacts);
    summary += r.drafts >= 0 ? Tr::tr(" and its %1 letter draft(s).").arg(r.drafts)
                             : Tr::tr(". Some of its letter drafts could not be deleted: remove the folder %1 by hand.")
                                   .arg(DraftStore::folderFor(*profile));
    summary += u' ' + Tr::tr("Letter templates are shared by everyone on this computer and were kept.");
    if (team == ContactLog::TeamCopy::Remove)
        summary += u' ' + Tr::tr("The next sync with the team server removes its contacts there too.");
    if (!m_log.warnings().isEmpty())
        summary += u' ' + m_log.warnings().join(u' ');
    r.summary = summary;
    if (removal)
        *removal = r;
    return true;
}

} // namespace pcc
