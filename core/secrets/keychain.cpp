#include "keychain.h"

#include <QPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace insights {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    using namespace QKeychain;
    switch (job.error()) {
    case NoBackendAvailable:
    case OtherError:
        // Headless sessions and desktops without a Secret Service end up here.
        return makeError(Keychain::tr("No keychain is available (%1). Start a Secret Service (for example "
                                      "gnome-keyring or KWallet) or set the token in the environment "
                                      "(INSIGHT_GITHUB_TOKEN, INSIGHT_PLAUSIBLE_API_KEY).")
                             .arg(job.errorString()),
                         Error::Kind::Config);
    case AccessDenied:
    case AccessDeniedByUser:
        return makeError(Keychain::tr("Access to the keychain was denied (%1).").arg(job.errorString()),
                         Error::Kind::Permission);
    default:
        return makeError(Keychain::tr("Keychain error: %1").arg(job.errorString()), Error::Kind::Config);
    }
}

// Delivers `answer` to `context`'s thread, later; dropped when `context` is gone.
template<typename Answer, typename Callback>
void deliver(const QPointer<QObject> &context, Callback done, Answer answer)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context.data(), [done = std::move(done), answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
}

// Runs `start` on `owner`'s thread: at once when already there, else queued to it.
template<typename Start>
void onOwnerThread(QObject *owner, Start start)
{
    if (QThread::currentThread() == owner->thread())
        start();
    else
        QMetaObject::invokeMethod(owner, std::move(start), Qt::QueuedConnection);
}

} // namespace

Keychain::Keychain(QString service, QObject *parent) : SecretService(parent), m_service(std::move(service)) {}

void Keychain::read(const QString &key, QObject *context, ReadDone done)
{
    onOwnerThread(this, [this, key, guard = QPointer<QObject>(context), done = std::move(done)] {
        // Jobs have no parent: a job deleted while the Secret Service has not answered is called
        // back anyway by libsecret and crashes, so a job outlives this object and deletes itself
        // after `finished`; the connection below ends with this object, the answer is dropped.
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            Result<std::optional<QString>> answer = std::optional<QString>();
            if (read->error() == QKeychain::NoError)
                answer = std::optional<QString>(read->textData());
            else if (read->error() != QKeychain::EntryNotFound)
                answer = keychainError(*read);
            deliver(guard, done, std::move(answer));
        });
        job->start();
    });
}

void Keychain::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    onOwnerThread(this, [this, key, secret, guard = QPointer<QObject>(context), done = std::move(done)] {
        auto *job = new QKeychain::WritePasswordJob(m_service); // no parent: see read()
        job->setKey(key);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
            deliver(guard, done, finished->error() == QKeychain::NoError ? Status(Ok{}) : Status(keychainError(*finished)));
        });
        job->start();
    });
}

void Keychain::remove(const QString &key, QObject *context, Done done)
{
    onOwnerThread(this, [this, key, guard = QPointer<QObject>(context), done = std::move(done)] {
        auto *job = new QKeychain::DeletePasswordJob(m_service); // no parent: see read()
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
            const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
            deliver(guard, done, gone ? Status(Ok{}) : Status(keychainError(*finished)));
        });
        job->start();
    });
}

} // namespace insights
