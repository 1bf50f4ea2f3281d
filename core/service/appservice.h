#pragma once
// The running application, one object per data directory, between the window (or the command
// line) and the core. It owns the settings (one Config, with a change signal), the keychain, the
// collection thread and the reading thread, the schedule timer and the status of every source,
// and it is the only thing the window talks to: the window asks, the service answers through a
// signal or a callback bound to the caller's lifetime (a callback whose context is gone is
// dropped). Nothing it offers waits: SQL runs in the reading thread, collections and Reddit
// lookups in the collection thread, token tests on a pool thread, the keychain on this (the UI)
// thread through its asynchronous interface. A new page asks loadPage(); a new source is a
// collector (collectors/registry) and needs nothing here.
#include "service/appstatus.h"
#include "alerts/alert.h"
#include "collectors/collector.h"
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "dashboard/pagedata.h"
#include "onboarding/repositorydiscovery.h"
#include "onboarding/tracking.h"
#include "secrets/tokenkind.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

class QTimer;
class QSqlDatabase;

namespace insights {

class CollectionWorker;
class PageLoader;
class SecretService;
class SecretSnapshot;

// A Settings "Test": what the token (or Reddit client id) can do, or why it was refused.
struct CheckOutcome {
    bool ok = false;
    QString text;
};

struct TokenCheckRequest {
    TokenKind kind = TokenKind::GitHub;
    QString token;        // empty: the environment's, else the one in the keychain
    QUrl base;            // empty: the configured base URL
    QStringList subjects; // GitHub: repositories to check access to; Plausible: sites (the first is asked)
};

class AppService final : public QObject {
    Q_OBJECT
public:
    // `secrets`: where tokens are kept (not owned); null: the system keychain, owned here.
    explicit AppService(const QString &dataDir, SecretService *secrets = nullptr, QObject *parent = nullptr);
    ~AppService() override;

    QString dataDir() const { return m_dataDir; }
    // The one Config of the UI thread. Change it, then call settingsSaved(): the schedule and the
    // window re-read it. Other threads read settings.ini through their own Config.
    Config &config() { return *m_config; }
    void settingsSaved();
    // Null when the system has no keychain to offer (and for sample data, which needs none).
    SecretService *secrets() const { return m_secrets; }
    // The data directory holds sample data (sample/sampledata.h): nothing is collected into it,
    // no keychain is asked, and the window says so.
    bool isSample() const { return m_sample; }

    // --- first run (appserviceonboarding.cpp) ----------------------------------------------------
    // Nothing is tracked yet: the window shows its welcome page. (A window on a team database
    // shows what the team's collectors collect, whatever this computer's settings track.)
    bool isTrackingEmpty() const;
    // Asks GitHub (and ClickHouse for the packages) about a repository on a pool thread.
    void discoverRepository(const QString &input, QObject *context,
                            std::function<void(const Result<DiscoveredRepository> &)> done);
    // Adds the chosen subjects to the settings (settingsChanged follows); what was new.
    Result<TrackingChange> track(const TrackingChange &wanted);
    // The sample data beside this data directory, created (on a pool thread) when missing or not
    // from today; `done` gets its directory.
    void prepareSample(QObject *context, std::function<void(const Result<QString> &)> done);
    // Whether a token or key of `kind` is at hand (environment or keychain), remembered from the
    // last time the keychain was asked; credentialsKnown() says when that answer changes.
    bool hasCredential(TokenKind kind) const { return m_credentials.value(int(kind), false); }
    void refreshCredentials();

    // --- the database ------------------------------------------------------------------------
    // Opened (and, when unreadable, moved aside) in the reading thread right after construction;
    // ready() says when. Until then nothing collects.
    bool isReady() const { return m_ready; }
    QString databaseError() const { return m_dbError; }
    QString recoveryNote() const { return m_recoveryNote; }
    // --- where the data lives (appservicedatabase.cpp) -------------------------------------------
    // A team's PostgreSQL server: the window is a viewer there (no schedule of its own; "Collect
    // now" claims each subject with a lease).
    bool isTeamDatabase() const;
    // INSIGHT_DATABASE_URL decides, not Settings.
    bool databaseFromEnvironment() const;
    // The team database's URL as configured, without any password ('' for the local file).
    QString configuredDatabaseUrl() const;
    // What is wrong with `url` as Settings' team database (a password in it, not postgresql://…),
    // or an empty string.
    static QString databaseUrlProblem(const QString &url);
    // Opens the configured place again (settingsSaved() does when it changed; a stored password
    // does): the reading thread reconnects, ready() follows, the window reloads.
    void reconnectDatabase();
    // The connection as it is: the file and its size, or the server, role, schema and rights.
    void describeDatabase(QObject *context, std::function<void(const CheckOutcome &)> done);
    // Settings' "Test connection", on a pool thread, without creating anything. `password`
    // empty: INSIGHT_DATABASE_PASSWORD, else the one in the keychain.
    void checkDatabase(const QString &url, const QString &password, QObject *context,
                       std::function<void(const CheckOutcome &)> done);
    // The password of the role and database `url` names, kept in the keychain only.
    void storeDatabasePassword(const QString &url, const QString &password, QObject *context,
                               std::function<void(const Status &)> done);
    void hasStoredDatabasePassword(const QString &url, QObject *context, std::function<void(bool)> done);

    // --- collecting ----------------------------------------------------------------------------
    // Reads the secrets the run needs (asynchronously), then runs `sources` (empty: every enabled
    // one) in the collection thread. Returns false when a run is already under way.
    bool collect(const QStringList &sources = {}, const CollectOptions &options = {});
    // The sources whose interval has passed (the schedule's tick; also the tray and tests).
    void collectDue();
    void cancel();
    bool isCollecting() const { return m_collecting; }
    // Background collection on each source's interval (on by default).
    void setScheduleEnabled(bool enabled);
    bool isScheduleEnabled() const;

    // --- reading -------------------------------------------------------------------------------
    // Loads a page's data in the reading thread; the answer comes as pageLoaded(token, data).
    int loadPage(const PageRequest &request);
    // One capped table of a page again, with more rows or searched through everything stored
    // (DashboardData::table), in the reading thread.
    void loadTable(const PageRequest &request, const QString &tableId, const TableQuery &query, QObject *context,
                   std::function<void(const Result<TableData> &)> done);
    // Status of every source and the next collection, built in the reading thread → statusChanged.
    void refreshStatus();
    void refreshRowCounts();
    // Runs `task` in the reading thread with its connection and hands the result to `done` on
    // the UI thread, if `context` still exists. For the small questions of Settings pages.
    template<typename T>
    void read(std::function<Result<T>(QSqlDatabase &db)> task, QObject *context, std::function<void(const Result<T> &)> done);

    // --- small changes -------------------------------------------------------------------------
    // The user's notes (core/notes), written in the reading thread; a wrong date or text comes
    // back as an error of kind Config, to show beside the input. `subject` empty: the whole project.
    void addNote(const QDate &date, const QString &text, const QString &subject, QObject *context,
                 std::function<void(const Result<qint64> &)> done);
    void updateNote(qint64 id, const QDate &date, const QString &text, const QString &subject, QObject *context,
                    std::function<void(const Status &)> done);
    void removeNote(qint64 id, QObject *context, std::function<void(const Status &)> done);
    // The alerts a notification has shown (or that notifications are off for): never again.
    void markAlertsNotified(const QList<qint64> &ids);
    // alertsRaised() for the alerts stored but never shown: raised by `insights collect` while the
    // window was closed (the window asks once it is ready; the command line never does).
    void announceUnnotifiedAlerts();
    // --- the digest (appservicedigest.cpp) --------------------------------------------------------
    // The last complete week (Monday to Sunday) before `today`: the digest's default.
    static DateRange digestWeek(const QDate &today);
    // The digest of `range` as Markdown, built in the reading thread.
    void loadDigest(const DateRange &range, QObject *context, std::function<void(const Result<QString> &)> done);
    // Writes the digest of `range` to `path` ("md" or "html", charts drawn) with `insights digest`
    // in a process of its own; `done` gets its answer.
    void writeDigest(const DateRange &range, const QString &format, const QString &path, QObject *context,
                     std::function<void(const Status &)> done);
    // The weekly digest to Settings' folder, when one is due (the schedule's tick asks).
    void writeDueDigest(const QDate &today);
    // The `insights` binary that writes digests (default: this program; tests name the real one).
    void setDigestProgram(const QString &program);
    // The dates a note may have (for a date picker).
    static QDate firstNoteDate();
    static QDate lastNoteDate();
    void trackRedditPost(const QString &link);
    void removeRedditPost(const QString &postId, bool purge, QObject *context, std::function<void(const Status &)> done);
    // "human" or "bot"; the next pypi collection applies it to the days it reads.
    void setInstallerClass(const QString &installer, const QString &cls);

    // --- tokens --------------------------------------------------------------------------------
    void checkToken(const TokenCheckRequest &request, QObject *context, std::function<void(const CheckOutcome &)> done);
    void checkRedditClientId(const QString &clientId, const QString &username, const QUrl &webBase, QObject *context,
                             std::function<void(const CheckOutcome &)> done);
    // Stores a token in the keychain; `done` gets the keychain's answer (an error when there is none).
    void storeToken(TokenKind kind, const QString &token, QObject *context, std::function<void(const Status &)> done);
    // Whether the keychain holds a token of `kind` (false when it cannot be asked).
    void hasStoredToken(TokenKind kind, QObject *context, std::function<void(bool)> done);
    static QString tokenVariable(TokenKind kind);
    bool tokenFromEnvironment(TokenKind kind) const;

signals:
    void ready();
    void settingsChanged();
    void collectingChanged(bool collecting);
    // A run starts: `sources` (empty: every enabled one).
    void collectionStarted(const QStringList &sources);
    void progress(const QString &message);
    // `summary`: a line per source for the window's log (the command line prints the report).
    void collectionFinished(const insights::RunReport &report, const QString &summary);
    void newStars(int count);
    void redditTracked(bool ok, const QString &message);
    void pageLoaded(int token, const insights::PageData &data);
    void statusChanged(const insights::AppStatus &status);
    void rowCountsLoaded(const QHash<QString, qint64> &counts);
    // Something the user should read in the log (a rule changed, a keychain problem).
    void notice(const QString &message);
    // hasCredential() may answer differently now.
    void credentialsKnown();
    // One source of a run is written (the window reloads what shows it).
    void sourceCollected(const QString &source);
    // The weekly digest was written to `path` (empty: it failed; notice() said why).
    void digestWritten(const QString &path);
    // Alerts no notification has shown yet: raised by a run of this service, or asked for with
    // announceUnnotifiedAlerts(). The window shows them and calls markAlertsNotified(); the
    // command line prints them.
    void alertsRaised(const QList<insights::Alert> &alerts);

private:
    void post(std::function<void(QSqlDatabase *db, const QString &error)> task);
    void startRun(const QStringList &sources, const CollectOptions &options);
    void onRunFinished(const RunReport &report, int newStars);
    void failRun(const QString &message);
    void setCollecting(bool collecting);
    void setCredential(TokenKind kind, bool atHand);
    // What the secrets a run just read say about the tokens at hand (no second keychain read).
    void learnCredentials(const SecretSnapshot &secrets);
    void connectDatabase();
    void announceTeamAlerts();
    // Calls `answer` from the event loop (never from inside the asking call), if `context` is alive.
    void answerLater(QObject *context, std::function<void()> answer);
    // Whether the keychain holds a non-empty secret under `key` (false when it cannot be asked).
    void hasStoredSecret(const QString &key, QObject *context, std::function<void(bool)> done);
    void useDatabase(const DatabaseLocation &location, int serial, const QString &problem);

    QString m_dataDir;
    bool m_sample = false;
    QHash<int, bool> m_credentials; // TokenKind → at hand
    std::unique_ptr<Config> m_config;
    std::unique_ptr<SecretService> m_ownSecrets;
    SecretService *m_secrets = nullptr;
    QThread m_collectThread;
    QThread m_readThread;
    CollectionWorker *m_worker = nullptr;
    PageLoader *m_loader = nullptr;
    QTimer *m_schedule = nullptr;
    bool m_ready = false;
    bool m_collecting = false;
    bool m_waitingForSecrets = false;
    std::function<void()> m_startWhenReady; // "Collect" before the database was open
    int m_runSerial = 0; // a run waiting for the keychain is dropped when this moves on
    int m_pageToken = 0;
    QString m_digestProgram;
    bool m_writingDigest = false;
    QString m_dbError;
    QString m_recoveryNote;
    DatabaseLocation m_location; // with the password read from the keychain, if any
    QString m_databaseText;      // the configured location it was opened from
    int m_databaseSerial = 0;    // an older keychain answer is dropped when this moves on
    bool m_reconnectQueued = false;
};

template<typename T>
void AppService::read(std::function<Result<T>(QSqlDatabase &db)> task, QObject *context,
                      std::function<void(const Result<T> &)> done)
{
    QPointer<QObject> guard(context);
    post([this, task = std::move(task), guard, done = std::move(done)](QSqlDatabase *db, const QString &error) {
        Result<T> value = db ? task(*db) : Result<T>(makeError(error));
        // Back to the UI thread (the service outlives its threads), then to the caller if alive.
        QMetaObject::invokeMethod(
            this, [guard, done, value = std::move(value)] {
                if (guard)
                    done(value);
            },
            Qt::QueuedConnection);
    });
}

} // namespace insights
