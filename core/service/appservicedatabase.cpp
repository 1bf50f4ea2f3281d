// AppService: where the data lives. The local file, or a team's PostgreSQL server whose password
// the keychain keeps (asked here, asynchronously, never in the reading or collection thread).
// Settings → General changes it while the window runs: the reading thread closes its connection
// and opens the new place, and the window reloads what it shows.
#include "appservice.h"

#include "secrets/secretservice.h"
#include "secrets/secretsnapshot.h"
#include "service/collectionworker.h"
#include "service/pageloader.h"
#include "service/pooltask.h"
#include "storage/connectioninfo.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QLocale>

namespace insights {

bool AppService::databaseFromEnvironment() const
{
    return m_config->isOverriddenByEnvironment(QStringLiteral("INSIGHT_DATABASE_URL"));
}

bool AppService::isTeamDatabase() const
{
    return DatabaseLocation::looksLikeUrl(m_databaseText); // known at once, before the keychain answers
}

QString AppService::configuredDatabaseUrl() const
{
    const QString configured = m_config->databaseLocation();
    if (!DatabaseLocation::looksLikeUrl(configured))
        return {};
    auto parsed = DatabaseLocation::parse(configured);
    return parsed ? parsed->display() : configured;
}

QString AppService::databaseUrlProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return tr("Give the team database's URL (postgresql://USER@HOST/DATABASE), or keep the data on this computer.");
    auto parsed = DatabaseLocation::parse(url);
    if (!parsed)
        return parsed.errorMessage();
    if (!parsed->isPostgres())
        return tr("The server is named by a postgresql:// URL; a file path is not a server.");
    if (!parsed->password.isEmpty())
        return tr("Leave the password out of the URL and type it in the Password field: the keychain keeps it, "
                  "settings.ini never does.");
    return {};
}

void AppService::connectDatabase()
{
    const int serial = ++m_databaseSerial;
    m_ready = false;
    m_databaseText = m_config->databaseLocation();
    auto parsed = DatabaseLocation::parse(m_config->databaseLocation());
    if (!parsed) { // said by the first page, the status and every run
        useDatabase(DatabaseLocation::file(m_config->databaseLocation()), serial, parsed.errorMessage());
        return;
    }
    DatabaseLocation location = *parsed;
    if (!location.needsKeychainPassword() || !m_secrets) {
        useDatabase(location, serial, {});
        return;
    }
    // Behind any password Settings is still storing (the keychain answers in order).
    SecretSnapshot::load(*m_secrets, {location.keychainKey()}, this, SecretSnapshot::kDefaultTimeoutMs,
                         [this, serial, location](const SecretSnapshot &secrets) mutable {
                             if (serial != m_databaseSerial)
                                 return; // Settings named another database meanwhile
                             auto stored = secrets.read(location.keychainKey());
                             if (stored && stored->has_value())
                                 location.password = **stored;
                             // No password stored: the server may not need one (trust, ~/.pgpass);
                             // if it does, its refusal says where a password comes from.
                             useDatabase(location, serial, {});
                         });
}

void AppService::useDatabase(const DatabaseLocation &location, int serial, const QString &problem)
{
    m_location = location;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, location] { worker->setLocation(location); }, Qt::QueuedConnection);
    // A damaged database file is moved aside (never overwritten) and a new one starts: checked
    // first thing in the reading thread, before any page or status is read.
    const QString path = location.isPostgres() || !problem.isEmpty() ? QString() : location.filePath;
    auto recovery = std::make_shared<std::pair<QString, QString>>(); // error, note
    m_loader->setLocation(location, [path, recovery] {
        if (path.isEmpty())
            return;
        if (auto recovered = Database::recoverIfUnreadable(path); !recovered)
            recovery->first = recovered.errorMessage();
        else
            recovery->second = *recovered;
    });
    post([this, serial, problem, recovery](QSqlDatabase *, const QString &openError) {
        const QString error = !problem.isEmpty() ? problem : !recovery->first.isEmpty() ? recovery->first : openError;
        const QString note = recovery->second;
        QMetaObject::invokeMethod(this, [this, serial, error, note] {
            if (serial != m_databaseSerial)
                return;
            m_dbError = error;
            m_recoveryNote = note;
            m_ready = error.isEmpty();
            emit ready();
            refreshStatus();
            if (auto start = std::exchange(m_startWhenReady, nullptr)) {
                if (m_ready)
                    start();
                else
                    failRun(error);
            }
        }, Qt::QueuedConnection);
    });
}

void AppService::reconnectDatabase()
{
    if (m_sample || m_reconnectQueued)
        return;
    // Queued: a password Settings stores right after saving is asked of the keychain first, so the
    // read below is answered after it, with the new password (the keychain answers in order).
    m_reconnectQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_reconnectQueued = false;
        connectDatabase();
        emit settingsChanged(); // the window reloads its page and status from the new place
    }, Qt::QueuedConnection);
}

void AppService::describeDatabase(QObject *context, std::function<void(const CheckOutcome &)> done)
{
    const DatabaseLocation location = m_location;
    read<QString>(
        [location](QSqlDatabase &db) -> Result<QString> {
            if (!location.isPostgres()) {
                const qint64 bytes = QFileInfo(location.filePath).size();
                return tr("This computer: %1 (%2).").arg(location.filePath, QLocale().formattedDataSize(bytes));
            }
            auto info = ConnectionInfo::read(db);
            if (!info)
                return info.error();
            return info->describe(location);
        },
        context, [done](const Result<QString> &text) { done(CheckOutcome{text.ok(), text ? *text : text.errorMessage()}); });
}

void AppService::checkDatabase(const QString &url, const QString &password, QObject *context,
                               std::function<void(const CheckOutcome &)> done)
{
    auto parsed = DatabaseLocation::parse(url);
    if (!parsed || !parsed->isPostgres()) {
        const QString why = parsed ? tr("Give a postgresql:// URL to test.") : parsed.errorMessage();
        answerLater(context, [done, why] { done(CheckOutcome{false, why}); });
        return;
    }
    const auto ask = [context, done](DatabaseLocation location) {
        runOnPool<CheckOutcome>(
            [location] {
                Database db;
                if (auto st = db.connectOnly(location); !st)
                    return CheckOutcome{false, st.errorMessage()};
                auto info = ConnectionInfo::read(db.handle());
                return info ? CheckOutcome{true, info->describe(location)} : CheckOutcome{false, info.errorMessage()};
            },
            context, done);
    };
    DatabaseLocation location = *parsed;
    if (!password.isEmpty())
        location.password = password;
    if (!location.needsKeychainPassword() || !m_secrets) {
        ask(location);
        return;
    }
    // Nothing typed: the stored password, asked of the keychain without waiting for it.
    m_secrets->read(location.keychainKey(), context, [ask, location](const Result<std::optional<QString>> &stored) mutable {
        if (stored && stored->has_value())
            location.password = **stored;
        ask(location);
    });
}

void AppService::storeDatabasePassword(const QString &url, const QString &password, QObject *context,
                                       std::function<void(const Status &)> done)
{
    auto parsed = DatabaseLocation::parse(url);
    if (!parsed || !parsed->isPostgres() || !m_secrets) {
        const QString why = !parsed ? parsed.errorMessage()
                            : !m_secrets ? tr("No keychain is available: give the password in INSIGHT_DATABASE_PASSWORD.")
                                         : tr("Only a team database has a password.");
        answerLater(context, [done, why] { done(makeError(why)); });
        return;
    }
    m_secrets->write(parsed->keychainKey(), password, context, std::move(done));
    // The database in use now (or the one Settings just named) reconnects with it.
    if (auto current = DatabaseLocation::parse(m_config->databaseLocation());
        current && current->isPostgres() && current->keychainKey() == parsed->keychainKey())
        reconnectDatabase();
}

void AppService::hasStoredDatabasePassword(const QString &url, QObject *context, std::function<void(bool)> done)
{
    auto parsed = DatabaseLocation::parse(url);
    if (!parsed || !parsed->isPostgres()) {
        answerLater(context, [done] { done(false); });
        return;
    }
    hasStoredSecret(parsed->keychainKey(), context, std::move(done));
}

} // namespace insights
