#include "team/teampasswordstore.h"

#include "optionalmodule.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
const QString kService = u"PCC Campaigner team server"_s;
} // namespace

TeamPasswordStore::TeamPasswordStore(QObject *parent)
    : QObject(parent)
{
}

TeamPasswordStore::~TeamPasswordStore() = default;

PasswordKeychain *TeamPasswordStore::keychain(const Done &done)
{
    if (m_keychain)
        return m_keychain.get();
    QString reason;
    if (auto create = OptionalModule::resolve<PccCreatePasswordKeychain>(u"pcc-keychain"_s, "pcc_create_password_keychain", &reason)) {
        m_keychain.reset(create(this));
        return m_keychain.get();
    }
    done(false, tr("the keychain part of PCC Campaigner (pcc-keychain) is missing: %1").arg(reason));
    return nullptr;
}

void TeamPasswordStore::read(const QString &server, Done done)
{
    if (PasswordKeychain *k = keychain(done))
        k->read(kService, server, std::move(done));
}

void TeamPasswordStore::write(const QString &server, const QString &password, Done done)
{
    if (PasswordKeychain *k = keychain(done))
        k->write(kService, server, password, std::move(done));
}

void TeamPasswordStore::remove(const QString &server, Done done)
{
    if (PasswordKeychain *k = keychain(done))
        k->remove(kService, server, std::move(done));
}

} // namespace pcc
