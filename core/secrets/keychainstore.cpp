#include "keychainstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace insights {

namespace {

template<typename Job>
void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job)
{
    using namespace QKeychain;
    switch (job.error()) {
    case NoBackendAvailable:
    case OtherError:
        // Headless sessions and desktops without a Secret Service end up here.
        return makeError(KeychainStore::tr("No keychain is available (%1). Start a Secret Service (for example "
                                           "gnome-keyring or KWallet) or set the token in the environment "
                                           "(INSIGHT_GITHUB_TOKEN, INSIGHT_PLAUSIBLE_API_KEY).")
                             .arg(job.errorString()),
                         Error::Kind::Config);
    case AccessDenied:
    case AccessDeniedByUser:
        return makeError(KeychainStore::tr("Access to the keychain was denied (%1).").arg(job.errorString()),
                         Error::Kind::Permission);
    default:
        return makeError(KeychainStore::tr("Keychain error: %1").arg(job.errorString()), Error::Kind::Config);
    }
}

} // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QString>> KeychainStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return std::optional<QString>(job.textData());
}

Status KeychainStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return Ok{};
}

Status KeychainStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return Ok{};
}

} // namespace insights
