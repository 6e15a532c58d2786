#include "team/teampasswordstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

const QString kService = u"PCC Campaigner team server"_s;

void whenFinished(QKeychain::Job *job, TeamPasswordStore::Done done, std::function<QString(QKeychain::Job *)> value)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), value = std::move(value)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(true, value(j));
        else
            done(false, j->errorString());
    });
    job->setAutoDelete(true);
    job->start();
}

} // namespace

TeamPasswordStore::TeamPasswordStore(QObject *parent)
    : QObject(parent)
{
}

void TeamPasswordStore::read(const QString &server, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(server);
    whenFinished(job, std::move(done), [](QKeychain::Job *j) { return static_cast<QKeychain::ReadPasswordJob *>(j)->textData(); });
}

void TeamPasswordStore::write(const QString &server, const QString &password, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(server);
    job->setTextData(password);
    whenFinished(job, std::move(done), [](QKeychain::Job *) { return QString(); });
}

void TeamPasswordStore::remove(const QString &server, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(server);
    whenFinished(job, std::move(done), [](QKeychain::Job *) { return QString(); });
}

} // namespace pcc
