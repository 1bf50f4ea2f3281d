// The background schedule: each enabled source with something to track is due once its interval
// has passed since its last complete run; a failed attempt waits before the next try; disabled,
// unconfigured or unimplemented sources never run. Time is a parameter (an injectable clock).
// The last attempts come from the collection log, one run per subject.
#include "scheduling/schedule.h"
#include "storage/database.h"
#include "storage/runlog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestSchedule : public QObject {
    Q_OBJECT

    const QDateTime now{QDate(2026, 5, 20), QTime(12, 0), Qt::UTC};

    static SourceStatus source(const QString &key, int hours, const QDateTime &last, bool enabled = true,
                               QStringList subjects = {QStringLiteral("octo/widgets")})
    {
        SourceStatus s;
        s.key = key;
        s.intervalHours = hours;
        s.lastCollectedAt = last;
        s.enabled = enabled;
        s.implemented = true;
        s.subjects = subjects;
        return s;
    }

private slots:
    void dueOnceTheIntervalHasPassed()
    {
        const QList<SourceStatus> sources = {source(QStringLiteral("github_traffic"), 6, now.addSecs(-6 * 3600)),
                                             source(QStringLiteral("github_stars"), 24, now.addSecs(-23 * 3600)),
                                             source(QStringLiteral("plausible"), 1, QDateTime()),
                                             source(QStringLiteral("pypi"), 24, QDateTime(), false),
                                             source(QStringLiteral("reddit"), 6, QDateTime(), true, {})};
        QCOMPARE(Schedule::dueSources(sources, {}, now), (QStringList{"github_traffic", "plausible"}));
        QCOMPARE(Schedule::nextDue(sources, {}, now), now); // something is due now
        // An hour later the stars are due too.
        QCOMPARE(Schedule::dueSources(sources, {}, now.addSecs(3600)), (QStringList{"github_traffic", "github_stars", "plausible"}));
    }

    void aFailureWaitsBeforeTheNextTry()
    {
        const QList<SourceStatus> sources = {source(QStringLiteral("github_traffic"), 6, now.addSecs(-7 * 3600))};
        const QHash<QString, Schedule::Attempt> failed = {{QStringLiteral("github_traffic"), {now.addSecs(-10 * 60), true}}};
        QVERIFY(Schedule::dueSources(sources, failed, now).isEmpty());
        // A quarter of the 6-hour interval is 90 minutes, capped at an hour after the failure.
        QCOMPARE(Schedule::nextDue(sources, failed, now), now.addSecs(50 * 60));
        QVERIFY(Schedule::dueSources(sources, failed, now.addSecs(49 * 60)).isEmpty());
        QCOMPARE(Schedule::dueSources(sources, failed, now.addSecs(50 * 60)), QStringList{"github_traffic"});
        // An hourly source waits at least 15 minutes.
        const QList<SourceStatus> hourly = {source(QStringLiteral("plausible"), 1, now.addSecs(-2 * 3600))};
        const QHash<QString, Schedule::Attempt> justFailed = {{QStringLiteral("plausible"), {now, true}}};
        QCOMPARE(Schedule::nextDue(hourly, justFailed, now), now.addSecs(15 * 60));
    }

    // Two repositories: the first keeps failing (say, its token lost access), the second works
    // and is collected after it. The source is not collected (its time moves only when every
    // subject succeeds), so it must wait as after a failure, not be due again at every tick.
    void aSubjectThatFailsBeforeOneThatWorksStillWaits()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("runs.db"))).ok());
        RunLog log(db.handle());
        const auto run = [&](const QString &subject, int minutesAgo, const char *status) {
            const QDateTime at = now.addSecs(-60 * minutesAgo);
            QVERIFY(log.record({QStringLiteral("github_stars"), subject, at.addSecs(-5), at, QString::fromLatin1(status), 0, QString()}).ok());
        };
        const QList<SourceStatus> stars = {source(QStringLiteral("github_stars"), 24, now.addSecs(-30 * 3600), true,
                                                  {QStringLiteral("octo/gone"), QStringLiteral("octo/widgets")})};
        run(QStringLiteral("octo/gone"), 10, "failed");
        run(QStringLiteral("octo/widgets"), 9, "ok");
        auto attempts = Schedule::lastAttempts(db.handle());
        QVERIFY(attempts.ok());
        QVERIFY(Schedule::dueSources(stars, *attempts, now).isEmpty());
        QCOMPARE(Schedule::nextDue(stars, *attempts, now), now.addSecs(50 * 60)); // an hour after the failure

        // Both work on the next try: nothing holds the source back any more.
        run(QStringLiteral("octo/gone"), 3, "ok");
        run(QStringLiteral("octo/widgets"), 2, "ok");
        attempts = Schedule::lastAttempts(db.handle());
        QVERIFY(attempts.ok());
        QCOMPARE(Schedule::dueSources(stars, *attempts, now), QStringList{"github_stars"}); // its last complete run is old
        QVERIFY(!attempts->value(QStringLiteral("github_stars")).failed);
    }

    void nothingConfiguredMeansNothingScheduled()
    {
        QVERIFY(!Schedule::nextDue({source(QStringLiteral("pypi"), 24, QDateTime(), true, {})}, {}, now).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
