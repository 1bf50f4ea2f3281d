// `insights collector` on a team database (PostgreSQL), against the Plausible test server with
// six sites: two collectors at once store exactly what one stores, each site collected once; a
// collector killed with SIGKILL in the middle of its run leaves nothing written, its sites stay
// leased until the lease runs out, and then another collector takes them over; SIGTERM stops a
// waiting collector at once with exit 0. "Collect now" in a window on the team database leaves the
// subjects a collector holds alone.
#include "cliharness.h"
#include "serverenvironment.h"
#include "sqlprobe.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "service/pageloader.h"
#include "storage/database.h"
#include "storage/leases.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>
#include <atomic>
#include <csignal>

using namespace insights;
using namespace insights::test;

namespace {

const QStringList kSites = {QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example"),
                            QStringLiteral("d.example"), QStringLiteral("e.example"), QStringLiteral("f.example")};

// What a collection stored, without times or ids: one line per metric row.
QStringList stored(const QString &url)
{
    Database db;
    if (!db.open(url).ok())
        return {QStringLiteral("(cannot open)")};
    QStringList out;
    QSqlQuery q(db.handle());
    q.exec(QStringLiteral("SELECT t.key, m.subject, m.date, m.period, m.item, m.value, m.metadata FROM insight_metric m "
                          "JOIN insight_metric_type t ON t.id = m.metric_type_id"));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    out.sort();
    return out;
}

// Starts the binary without waiting; the caller's event loop keeps the test server answering.
QProcess *start(const QStringList &args, const QProcessEnvironment &env)
{
    auto *p = new QProcess;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        full.insert(key, env.value(key));
    p->setProcessEnvironment(full);
    p->start(QStringLiteral(INSIGHTS_BINARY), args);
    return p;
}

} // namespace

class TestCollector : public QObject {
    Q_OBJECT

    PlausibleTestServer m_plausible;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QString &url, const QString &name)
    {
        QProcessEnvironment env = serverEnvironment(TestServers{nullptr, &m_plausible, nullptr, nullptr});
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), kSites.join(u','));
        env.insert(QStringLiteral("INSIGHT_DATABASE_URL"), url);
        env.insert(QStringLiteral("INSIGHT_COLLECTOR_NAME"), name);
        env.insert(QStringLiteral("INSIGHT_LEASE_SECONDS"), QStringLiteral("3"));
        return env;
    }

    CliRun once(const QString &url, const QString &name)
    {
        return runInsights({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("collector"), QStringLiteral("--once")},
                           environment(url, name));
    }

private slots:
    void initTestCase()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        for (const QString &site : kSites)
            m_plausible.addSite(site, 12, 4);
        QVERIFY(m_plausible.listen());
    }

    void twoCollectorsStoreWhatOneStores()
    {
        const QString alone = freshPostgresDatabase();
        const CliRun one = once(alone, QStringLiteral("solo"));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err.mid(one.err.indexOf(QLatin1String("Database error")), 600)));
        const QStringList want = stored(alone);
        QVERIFY(want.size() > 100);

        const QString shared = freshPostgresDatabase();
        std::unique_ptr<QProcess> a(start({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("collector"), QStringLiteral("--once")},
                                          environment(shared, QStringLiteral("one"))));
        std::unique_ptr<QProcess> b(start({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("collector"), QStringLiteral("--once")},
                                          environment(shared, QStringLiteral("two"))));
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning, 120'000);
        const QString errA = QString::fromUtf8(a->readAllStandardError()), errB = QString::fromUtf8(b->readAllStandardError());
        QVERIFY2(a->exitCode() == 0, qPrintable(errA.right(900)));
        QVERIFY2(b->exitCode() == 0, qPrintable(errB.right(900)));
        QCOMPARE(stored(shared), want);
        Database db;
        QVERIFY(db.open(shared).ok());
        // Every site collected once, by one of the two; no lease left behind.
        for (const QString &site : kSites)
            QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE subject = ? AND status = 'ok'"), {site}).toInt(), 1);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE holder NOT IN ('one', 'two')")).toInt(), 0);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_lease")).toInt(), 0);
        // `insights status` on the team database says which collector collected last.
        QProcessEnvironment viewer;
        viewer.insert(QStringLiteral("INSIGHT_DATABASE_URL"), shared);
        viewer.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), kSites.join(u','));
        const CliRun status = runInsights({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("status")}, viewer);
        QVERIFY2(QRegularExpression(QStringLiteral("collected: .* by (one|two)\\n")).match(status.out).hasMatch(), qPrintable(status.out.left(1500)));
        // Run again at once: nothing is due, nothing is collected twice.
        const CliRun again = once(shared, QStringLiteral("one"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE status = 'ok'")).toInt(), int(kSites.size()));
    }

    void aKilledCollectorsSitesAreTakenOverAfterItsLease()
    {
        const QString url = freshPostgresDatabase();
        // The fourth request never gets an answer: the collector is in the middle of its run.
        TestResponse hang;
        hang.hang = true;
        m_plausible.http().clearRequests();
        m_plausible.http().injectFault(QString(), hang, 1, 3);
        // Its leases are claimed after it starts and last 6 s: every claim runs out by 6 s after
        // this timer starts, and none before the timer's 6 s minus the time to start.
        QElapsedTimer sinceStart;
        sinceStart.start();
        QProcessEnvironment doomedEnv = environment(url, QStringLiteral("doomed"));
        doomedEnv.insert(QStringLiteral("INSIGHT_LEASE_SECONDS"), QStringLiteral("6"));
        std::unique_ptr<QProcess> doomed(start({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("collector"), QStringLiteral("--once")},
                                               doomedEnv));
        QTRY_VERIFY_WITH_TIMEOUT(m_plausible.http().requestCount() >= 4, 60'000);
        ::kill(pid_t(doomed->processId()), SIGKILL);
        QVERIFY(doomed->waitForFinished(10'000));
        m_plausible.http().clearFaults();

        Database db;
        QVERIFY(db.open(url).ok());
        QCOMPARE(countRows(db.handle()), 0); // nothing half-written
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_lease WHERE holder = 'doomed'")).toInt(), int(kSites.size()));

        // While the dead collector's leases last, another one leaves its sites alone ...
        const CliRun early = once(url, QStringLiteral("heir"));
        QVERIFY2(early.exitCode == 0, qPrintable(early.err));
        if (sinceStart.elapsed() < 5'000) // (a very slow machine may be past the leases already)
            QCOMPARE(countRows(db.handle()), 0);
        // ... and takes them over once they ran out.
        // (Expiry is kept to the second: a lease is over in the second after it runs out.)
        QTest::qWait(int(std::max<qint64>(0, 8'000 - sinceStart.elapsed())));
        const CliRun late = once(url, QStringLiteral("heir"));
        QVERIFY2(late.exitCode == 0, qPrintable(late.err.right(1200)));
        for (const QString &site : kSites)
            QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE subject = ? AND status = 'ok' AND holder = 'heir'"), {site}).toInt(), 1);
        QVERIFY(countRows(db.handle()) > 100);
    }

    // A window on the team database (its reading thread's PageLoader) hears of a collection
    // by another process and reads the new data without being restarted.
    void aViewerSeesACollectionWithoutARestart()
    {
        const QString url = freshPostgresDatabase();
        PageLoader viewer;
        viewer.setLocation(*DatabaseLocation::parse(url));
        QSignalSpy changed(&viewer, &PageLoader::dataChanged);
        QSignalSpy loaded(&viewer, &PageLoader::loaded);
        const PageRequest request{QStringLiteral("plausible"), DateRanges::forPreset(RangePreset::Days30, QDate::currentDate()),
                                  QString(), false};
        viewer.request(1, request);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!loaded.last().at(1).value<PageData>().empty.isEmpty()); // nothing stored yet

        const CliRun run = once(url, QStringLiteral("elsewhere"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(600)));
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("plausible"));
        viewer.request(2, request);
        QTRY_COMPARE(loaded.size(), 2);
        const PageData now = loaded.last().at(1).value<PageData>();
        QVERIFY2(now.empty.isEmpty() && now.error.isEmpty(), qPrintable(now.empty + now.error));
        QVERIFY(!now.cards.isEmpty() && now.cards.first().value.value_or(0) > 0);
    }

    // A notification that comes while the window's reading thread waits on a query of its own is
    // sent with that query's answer (the server holds it until the query is done), and read off
    // the socket with it: it must still reach the window, not wait for the next one.
    void aNotificationDuringAQueryStillArrives()
    {
        const QString url = freshPostgresDatabase();
        Database holder, notifier;
        QVERIFY(holder.open(url).ok());
        QVERIFY(notifier.open(url).ok());
        // In a thread of its own, as the application service runs it.
        QThread reading;
        auto *viewer = new PageLoader;
        viewer->moveToThread(&reading);
        connect(&reading, &QThread::finished, viewer, &QObject::deleteLater);
        reading.start();
        const auto stop = qScopeGuard([&] {
            reading.quit();
            reading.wait();
        });
        viewer->setLocation(*DatabaseLocation::parse(url));
        QSignalSpy changed(viewer, &PageLoader::dataChanged);
        QSqlQuery hold(holder.handle());
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)")));
        std::atomic<int> backend{0};
        std::atomic<bool> done{false};
        viewer->post([&](QSqlDatabase *db, const QString &) {
            if (db) {
                QSqlQuery q(*db);
                if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
                    backend = q.value(0).toInt();
                QSqlQuery wait(*db);
                wait.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)")); // until the test lets go
            }
            done = true;
        });
        QTRY_VERIFY(backend != 0 || done);
        QVERIFY(backend != 0);
        // The reading thread's query waits on the lock; another process notifies meanwhile.
        const auto waiting = [&] {
            return scalar(notifier.handle(), QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted"), {int(backend)}).toInt();
        };
        QTRY_COMPARE(waiting(), 1);
        QVERIFY(QSqlQuery(notifier.handle()).exec(QStringLiteral("SELECT pg_notify('insights_data', 'reddit')")));
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY(done);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("reddit"));
    }

    // "Collect now" in a window on the team database: the sites a collector holds are left to it;
    // the others are collected under the window's own leases, given back when it is done.
    void collectNowInAWindowLeavesLeasedSubjectsAlone()
    {
        const QString url = freshPostgresDatabase();
        Database db;
        QVERIFY(db.open(url).ok());
        Leases other(db.handle(), QStringLiteral("other"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            QVERIFY(*other.claim(QStringLiteral("plausible"), kSites.at(i), now, std::chrono::hours(1)));

        const QProcessEnvironment env = environment(url, QStringLiteral("desk"));
        for (const QString &key : env.keys())
            qputenv(qPrintable(key), env.value(key).toUtf8());
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        QTRY_VERIFY_WITH_TIMEOUT(service.isReady(), 30'000);
        QVERIFY(service.isTeamDatabase());
        QSignalSpy finished(&service, &AppService::collectionFinished);
        QVERIFY(service.collect({QStringLiteral("plausible")}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        for (const QString &key : env.keys())
            qunsetenv(qPrintable(key));

        for (int i = 0; i < kSites.size(); ++i) {
            const QVariantList site{kSites.at(i)};
            const int runs = scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE subject = ?"), site).toInt();
            const int rows = scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_metric WHERE subject = ?"), site).toInt();
            if (i < 3) {
                QCOMPARE(runs, 0); // the other collector's: not touched
                QCOMPARE(rows, 0);
            } else {
                QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE subject = ? AND status = 'ok' AND holder = 'desk'"), site).toInt(), 1);
                QVERIFY(rows > 10);
            }
        }
        // The window's leases are given back; the other collector's remain.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_lease WHERE holder = 'desk'")).toInt(), 0);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_lease WHERE holder = 'other'")).toInt(), 3);
    }

    void sigtermStopsAWaitingCollector()
    {
        const QString url = freshPostgresDatabase();
        std::unique_ptr<QProcess> p(start({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("collector")}, environment(url, QStringLiteral("svc"))));
        QVERIFY(p->waitForStarted());
        // Its first round done (every site ran), it waits for the next minute.
        Database db;
        QVERIFY(db.open(url).ok());
        QString said;
        connect(p.get(), &QProcess::readyReadStandardError, this, [&] { said += QString::fromUtf8(p->readAllStandardError()); });
        QTRY_VERIFY2_WITH_TIMEOUT(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run WHERE status = 'ok'")).toInt()
                                      == int(kSites.size()),
                                  qPrintable(said.right(800)), 60'000);
        ::kill(pid_t(p->processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 10'000);
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        said += QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("collector svc stopped")), qPrintable(said.right(400)));
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
