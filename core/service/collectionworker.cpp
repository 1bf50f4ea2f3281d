#include "collectionworker.h"

#include "alerts/alertrun.h"
#include "collectors/collectionsession.h"
#include "collectors/reddit/reddittracker.h"
#include "config/config.h"
#include "service/subjectleases.h"
#include "service/teamcollector.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace insights {

namespace {

qint64 starCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM insight_metric WHERE metric_type_id = (SELECT id FROM "
                               "insight_metric_type WHERE key = 'new_star')")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace

CollectionWorker::CollectionWorker(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Status CollectionWorker::open(Database &db, const Config &config) const
{
    return m_location ? db.open(*m_location) : db.open(config.databaseLocation());
}

void CollectionWorker::trackRedditPost(const QString &link)
{
    Config config(m_dataDir);
    Database db;
    if (auto st = open(db, config); !st) {
        emit redditTracked(false, st.errorMessage());
        return;
    }
    HttpClient http(SystemClock::instance());
    RedditTracker tracker(db, config, SystemClock::instance(), http);
    auto added = tracker.add(link);
    if (!added) {
        emit redditTracked(false, added.errorMessage());
        return;
    }
    emit redditTracked(true, added->alreadyTracked
                                 ? tr("Already tracked: r/%1 “%2” (score %3).").arg(added->post.subreddit, added->post.title).arg(added->post.score)
                                 : tr("Now tracking r/%1 “%2” (score %3).").arg(added->post.subreddit, added->post.title).arg(added->post.score));
}

void CollectionWorker::run(const QStringList &sources, const CollectOptions &options, const SecretSnapshot &secrets)
{
    Config config(m_dataDir);
    Database db;
    if (auto st = open(db, config); !st) {
        RunReport failed;
        SourceOutcome outcome;
        outcome.source = QStringLiteral("database");
        outcome.state = SourceOutcome::State::Failed;
        outcome.message = st.errorMessage();
        failed.sources << outcome;
        emit finished(failed, 0);
        return;
    }
    CollectionSession session(db, config, &secrets, SystemClock::instance());
    session.setCancelFlag(&m_cancelled);
    session.setProgressHandler([this](const QString &message) { emit progress(message); });
    // A team database: only subjects no collector is collecting right now, each under a lease.
    std::optional<SubjectLeases> leases;
    if (db.isPostgres()) {
        leases.emplace(db.handle(), TeamCollector::defaultHolder(), TeamCollector::defaultLease(), SystemClock::instance(),
                       SubjectLeases::Claim::Any);
        session.setSubjectGuard(leases->guard());
    }
    session.setSourceDoneHandler([this, &leases](const SourceOutcome &outcome) {
        if (leases)
            leases->release(outcome.source, [this](const QString &message) { emit progress(message); });
        if (outcome.changed() > 0)
            emit sourceCollected(outcome.source);
    });
    const qint64 starsBefore = starCount(db.handle());
    const RunReport report = session.run(sources, options);
    const int newStars = int(std::max<qint64>(0, starCount(db.handle()) - starsBefore));
    // What the new data says, by the user's rules. A failure here is not the run's: it is said
    // in the log and the data stays.
    if (auto raised = AlertRun::afterCollection(db.handle(), config, SystemClock::instance()); !raised)
        emit progress(tr("Alerts could not be checked: %1").arg(raised.errorMessage()));
    else if (!raised->isEmpty())
        emit alertsRaised(*raised);
    emit finished(report, newStars);
}

} // namespace insights
