#include "appservice.h"

#include "dashboard/dashboarddata.h"
#include "notes/notes.h"
#include "service/collectionworker.h"
#include "service/pageloader.h"
#include "service/runsummary.h"
#include "service/sourcecatalog.h"
#include "storage/databaselocation.h"
#include "collectors/pypi/installerclasses.h"
#include "collectors/reddit/redditposts.h"
#include "sample/sampledata.h"
#include "secrets/keychain.h"
#include "secrets/secretsnapshot.h"
#include "secrets/tokens.h"
#include "storage/scopedtransaction.h"

#include <QTimer>

namespace insights {

AppService::AppService(const QString &dataDir, SecretService *secrets, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_sample(SampleData::isSample(dataDir)),
      m_config(std::make_unique<Config>(dataDir)), m_secrets(secrets)
{
    qRegisterMetaType<insights::RunReport>();
    qRegisterMetaType<insights::CollectOptions>();
    qRegisterMetaType<insights::AppStatus>();
    qRegisterMetaType<insights::PageData>();
    qRegisterMetaType<QList<insights::Alert>>();
    if (!m_secrets && !m_sample) {
        m_ownSecrets = std::make_unique<Keychain>();
        m_secrets = m_ownSecrets.get();
    }

    m_worker = new CollectionWorker(m_dataDir);
    m_worker->moveToThread(&m_collectThread);
    connect(&m_collectThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CollectionWorker::progress, this, &AppService::progress);
    connect(m_worker, &CollectionWorker::finished, this, &AppService::onRunFinished);
    connect(m_worker, &CollectionWorker::redditTracked, this, &AppService::redditTracked);
    connect(m_worker, &CollectionWorker::sourceCollected, this, &AppService::sourceCollected);
    connect(m_worker, &CollectionWorker::alertsRaised, this, &AppService::alertsRaised);
    m_collectThread.start();

    m_loader = new PageLoader;
    m_loader->moveToThread(&m_readThread);
    connect(&m_readThread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &PageLoader::loaded, this, &AppService::pageLoaded);
    connect(m_loader, &PageLoader::rowCountsLoaded, this, &AppService::rowCountsLoaded);
    // A collector elsewhere stored data: the window reloads what shows it, as after its own run.
    connect(m_loader, &PageLoader::dataChanged, this, [this](const QString &source) {
        emit sourceCollected(source);
        refreshStatus();
        announceUnnotifiedAlerts(); // a collector's round may have raised some (team mode)
    });
    m_readThread.start();
    connectDatabase(); // pages asked for meanwhile wait in the reading thread, in order

    m_schedule = new QTimer(this);
    m_schedule->setInterval(60'000);
    connect(m_schedule, &QTimer::timeout, this, &AppService::collectDue);
    // Nothing is ever collected into sample data. (On a team database the tick writes the weekly
    // digest only: its collectors, `insights collector`, collect.)
    if (!m_sample) {
        m_schedule->start();
        QTimer::singleShot(5'000, this, &AppService::collectDue);
    }
}

AppService::~AppService()
{
    m_worker->cancel();
    m_collectThread.quit();
    m_collectThread.wait();
    m_readThread.quit();
    m_readThread.wait();
}

void AppService::settingsSaved()
{
    m_config->sync();
    if (m_config->databaseLocation() != m_databaseText)
        reconnectDatabase(); // Settings → General named another database
    emit settingsChanged();
    refreshStatus();
}

void AppService::post(std::function<void(QSqlDatabase *, const QString &)> task)
{
    m_loader->post(std::move(task));
}

int AppService::loadPage(const PageRequest &request)
{
    const int token = ++m_pageToken;
    m_loader->request(token, request);
    return token;
}

void AppService::refreshStatus()
{
    if (!m_ready) {
        if (!m_dbError.isEmpty()) {
            AppStatus failed;
            failed.error = m_dbError;
            emit statusChanged(failed);
        }
        return;
    }
    const QString dataDir = m_dataDir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    post([this, dataDir, now](QSqlDatabase *db, const QString &error) {
        AppStatus status;
        if (db)
            status = AppStatus::build(*db, Config(dataDir), now);
        else
            status.error = error;
        QMetaObject::invokeMethod(this, [this, status] { emit statusChanged(status); }, Qt::QueuedConnection);
    });
    m_loader->requestRowCounts(); // queued after any page asked for
}

void AppService::refreshRowCounts()
{
    m_loader->requestRowCounts();
}

void AppService::setScheduleEnabled(bool enabled)
{
    if (enabled && !m_sample)
        m_schedule->start();
    else
        m_schedule->stop();
}

bool AppService::isScheduleEnabled() const
{
    return m_schedule->isActive();
}

void AppService::collectDue()
{
    if (m_ready && m_schedule->isActive())
        writeDueDigest(QDate::currentDate());
    if (m_collecting || !m_ready || !m_schedule->isActive() || isTeamDatabase())
        return;
    const QString dataDir = m_dataDir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    post([this, dataDir, now](QSqlDatabase *db, const QString &) {
        if (!db)
            return;
        QStringList due;
        const AppStatus status = AppStatus::build(*db, Config(dataDir), now, &due);
        QMetaObject::invokeMethod(this, [this, due, status] {
            emit statusChanged(status);
            // A source whose token or key is known to be missing waits for it (the window asks
            // for it) instead of failing on every tick.
            QStringList runnable = due;
            runnable.removeIf([this](const QString &source) {
                const std::optional<TokenKind> kind = SourceCatalog::credentialOf(source);
                return kind && m_credentials.contains(int(*kind)) && !hasCredential(*kind);
            });
            if (!runnable.isEmpty() && m_schedule->isActive()) {
                CollectOptions options;
                options.scheduled = true;
                collect(runnable, options);
            }
        }, Qt::QueuedConnection);
    });
}

bool AppService::collect(const QStringList &sources, const CollectOptions &options)
{
    if (m_sample) {
        emit notice(tr("This is sample data: nothing is collected into it."));
        return false;
    }
    if (m_collecting || !m_dbError.isEmpty() || !m_secrets)
        return false;
    setCollecting(true);
    emit collectionStarted(sources);
    if (!m_ready) // the database is still being opened: the run starts when it is
        m_startWhenReady = [this, sources, options] { startRun(sources, options); };
    else
        startRun(sources, options);
    return true;
}

void AppService::startRun(const QStringList &sources, const CollectOptions &options)
{
    // The tokens first, read here and without waiting (queued behind a token Settings may still be
    // storing); the run then gets them as values. Nothing in the collection thread touches the keychain.
    const int run = ++m_runSerial;
    m_waitingForSecrets = true;
    SecretSnapshot::load(*m_secrets, Tokens::keychainKeysToRead(), this, SecretSnapshot::kDefaultTimeoutMs,
                         [this, run, sources, options](const SecretSnapshot &secrets) {
                             if (run != m_runSerial)
                                 return; // cancelled while the keychain was asked
                             m_waitingForSecrets = false;
                             learnCredentials(secrets); // the banners follow what the run will find
                             m_worker->resetCancel();
                             QMetaObject::invokeMethod(
                                 m_worker, [worker = m_worker, sources, options, secrets] { worker->run(sources, options, secrets); },
                                 Qt::QueuedConnection);
                         });
}

void AppService::cancel()
{
    if (!m_collecting)
        return;
    if (m_waitingForSecrets || m_startWhenReady) { // nothing has started: the keychain's answer is dropped
        ++m_runSerial;
        m_waitingForSecrets = false;
        m_startWhenReady = nullptr;
        RunReport nothing;
        SourceOutcome cancelled;
        cancelled.source = QStringLiteral("collection");
        cancelled.state = SourceOutcome::State::Cancelled;
        cancelled.message = tr("Collection cancelled before it started.");
        nothing.sources << cancelled;
        onRunFinished(nothing, 0);
        return;
    }
    m_worker->cancel();
}

void AppService::failRun(const QString &message)
{
    RunReport failed;
    SourceOutcome outcome;
    outcome.source = QStringLiteral("database");
    outcome.state = SourceOutcome::State::Failed;
    outcome.message = message;
    failed.sources << outcome;
    onRunFinished(failed, 0);
}

void AppService::onRunFinished(const RunReport &report, int stars)
{
    setCollecting(false);
    const QString summary = RunSummary::lines(report).join(QLatin1Char('\n'));
    if (stars > 0)
        emit newStars(stars);
    emit collectionFinished(report, summary);
    refreshStatus();
}

void AppService::setCollecting(bool collecting)
{
    if (m_collecting == collecting)
        return;
    m_collecting = collecting;
    emit collectingChanged(collecting);
}

void AppService::trackRedditPost(const QString &link)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, link] { worker->trackRedditPost(link); }, Qt::QueuedConnection);
}

void AppService::removeRedditPost(const QString &postId, bool purge, QObject *context, std::function<void(const Status &)> done)
{
    read<bool>(
        [postId, purge](QSqlDatabase &db) -> Result<bool> {
            ScopedTransaction tx(db);
            if (auto st = tx.begin(); !st)
                return st.error();
            auto removed = RedditPosts(db).remove(postId, purge);
            if (!removed)
                return removed.error();
            if (auto st = tx.commit(); !st)
                return st.error();
            return *removed;
        },
        context, [done](const Result<bool> &removed) { done(removed ? Status(Ok{}) : Status(removed.error())); });
}

void AppService::loadTable(const PageRequest &request, const QString &tableId, const TableQuery &query, QObject *context,
                           std::function<void(const Result<TableData> &)> done)
{
    read<TableData>([request, tableId, query](QSqlDatabase &db) { return DashboardData::table(db, request, tableId, query); }, context,
                    std::move(done));
}

void AppService::addNote(const QDate &date, const QString &text, const QString &subject, QObject *context,
                         std::function<void(const Result<qint64> &)> done)
{
    read<qint64>([date, text, subject](QSqlDatabase &db) { return Notes(db).add(date, text, subject); }, context, std::move(done));
}

void AppService::updateNote(qint64 id, const QDate &date, const QString &text, const QString &subject, QObject *context,
                            std::function<void(const Status &)> done)
{
    read<bool>(
        [id, date, text, subject](QSqlDatabase &db) -> Result<bool> {
            if (auto st = Notes(db).update(id, date, text, subject); !st)
                return st.error();
            return true;
        },
        context, [done](const Result<bool> &updated) { done(updated ? Status(Ok{}) : Status(updated.error())); });
}

void AppService::removeNote(qint64 id, QObject *context, std::function<void(const Status &)> done)
{
    read<bool>(
        [id](QSqlDatabase &db) -> Result<bool> {
            auto removed = Notes(db).remove(id);
            if (removed && !*removed)
                return makeError(Notes::tr("There is no note %1.").arg(id), Error::Kind::Config);
            return removed;
        },
        context, [done](const Result<bool> &removed) { done(removed ? Status(Ok{}) : Status(removed.error())); });
}

QDate AppService::firstNoteDate()
{
    return Notes::firstDate();
}

QDate AppService::lastNoteDate()
{
    return Notes::lastDate(QDate::currentDate());
}

void AppService::setInstallerClass(const QString &installer, const QString &cls)
{
    read<bool>(
        [installer, cls](QSqlDatabase &db) -> Result<bool> {
            if (auto st = InstallerClasses::set(db, installer, cls); !st)
                return st.error();
            return true;
        },
        this, [this, installer, cls](const Result<bool> &set) {
            emit notice(set ? tr("PyPI: %1 now counts as %2; the next pypi collection applies it to the days it reads.")
                                  .arg(installer.isEmpty() ? tr("(no installer)") : installer, cls)
                            : set.errorMessage());
            emit settingsChanged();
        });
}

} // namespace insights
