// The pcc-keychain module: PasswordKeychain on QtKeychain. Built as a separate shared module so
// that the program loads QtKeychain (and, on Linux, its D-Bus talk) only when a password is needed.
#include "passwordkeychain.h"

#include <QObject>

#include <qt6keychain/keychain.h>

namespace {

class QtPasswordKeychain : public pcc::PasswordKeychain
{
public:
    explicit QtPasswordKeychain(QObject *parent)
        : m_parent(parent)
    {
    }

    void read(const QString &service, const QString &key, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service, m_parent);
        job->setKey(key);
        start(job, std::move(done), [](QKeychain::Job *j) { return static_cast<QKeychain::ReadPasswordJob *>(j)->textData(); });
    }

    void write(const QString &service, const QString &key, const QString &password, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service, m_parent);
        job->setKey(key);
        job->setTextData(password);
        start(job, std::move(done), [](QKeychain::Job *) { return QString(); });
    }

    void remove(const QString &service, const QString &key, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(service, m_parent);
        job->setKey(key);
        start(job, std::move(done), [](QKeychain::Job *) { return QString(); });
    }

private:
    static void start(QKeychain::Job *job, Done done, std::function<QString(QKeychain::Job *)> value)
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

    QObject *m_parent;
};

} // namespace

extern "C" Q_DECL_EXPORT pcc::PasswordKeychain *pcc_create_password_keychain(QObject *parent)
{
    return new QtPasswordKeychain(parent);
}
