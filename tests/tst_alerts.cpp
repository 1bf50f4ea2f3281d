// Alerts (issue 24): a spike in the data raises exactly one alert, once, with its likely cause;
// a referrer new in the top 10 is one too; the rules decide (a subject's own rule, a minimum that
// keeps 1 → 4 quiet, a rule turned off); a re-check of the same days and a restart never notify
// twice; the Overview lists what was raised; Settings → Alerts writes the rules. On a team
// database (PostgreSQL) the same spikes raise the same alerts, and each window shows each new one
// once without writing to the shared table.
#include "alerts/alertdetector.h"
#include "alerts/alertrules.h"
#include "alerts/alertrun.h"
#include "alerts/alertstore.h"
#include "config/config.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "settings/alertspage.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storewrite.h"
#include "tablemodel.h"
#include "tableview.h"
#include "testclock.h"
#include "testdatabases.h"

#include <QCheckBox>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

const QString kRepo = QStringLiteral("acme/rocket");
const QString kTiny = QStringLiteral("tiny/one");
const QString kPackage = QStringLiteral("rocketlib");

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT

    const QDate today = QDate::currentDate();
    // The views spike: ten times a usual day, with a release that day.
    QDate viewsDay() const { return today.addDays(-3); }
    // The stars spike: with a referrer new in the top 10 that day.
    QDate starsDay() const { return today.addDays(-5); }

    // Sixty days of a repository with ~40 views and 1–2 stars a day, a package at ~500 downloads
    // by people a day, and a small repository at 1 view a day that once had 4.
    void fill(QSqlDatabase &db)
    {
        Batch batch;
        for (int back = 60; back >= 0; --back) {
            const QDate day = today.addDays(-back);
            batch.rows.append(MetricRow::make("views", kRepo, day, Period::Daily, day == viewsDay() ? 400 : 35 + back % 11));
            batch.rows.append(MetricRow::make("views", kTiny, day, Period::Daily, back == 2 ? 4 : 1));
            batch.rows.append(MetricRow::make("downloads_daily", kPackage, day, Period::Daily, 9000 + back % 7 * 10));
            batch.rows.append(MetricRow::make("downloads_daily_human", kPackage, day, Period::Daily, 480 + back % 5 * 10));
            const int stars = day == starsDay() ? 30 : 1 + back % 2;
            for (int n = 0; n < stars; ++n) {
                MetricRow star = MetricRow::make("new_star", kRepo, day, Period::Event, 1, QStringLiteral("user%1_%2").arg(back).arg(n));
                star.metadata = {{QStringLiteral("username"), star.item},
                                 {QStringLiteral("starred_at"), QDateTime(day, QTime(12, n), Qt::UTC).toString(Qt::ISODate)}};
                batch.rows.append(star);
            }
        }
        batch.rows.append(MetricRow::make("releases", kRepo, viewsDay(), Period::Event, 1, QStringLiteral("v2.0")));
        const auto referrers = [&](const QDate &day, const QStringList &names) {
            SnapshotSet set{QStringLiteral("referrers"), kRepo, day, {}};
            for (const QString &name : names)
                set.rows.append(MetricRow::make("referrers", kRepo, day, Period::Snapshot, 50, name));
            batch.snapshots.append(set);
        };
        referrers(starsDay().addDays(-1), {QStringLiteral("google.com"), QStringLiteral("github.com")});
        referrers(starsDay(), {QStringLiteral("google.com"), QStringLiteral("github.com"), QStringLiteral("news.ycombinator.com")});
        test::writeCommitted(db, batch);
    }

    static QList<Alert> only(const QList<Alert> &alerts, const QString &rule, const QString &metric, const QString &subject)
    {
        QList<Alert> out;
        for (const Alert &a : alerts)
            if (a.rule == rule && a.metric == metric && a.subject == subject)
                out.append(a);
        return out;
    }

    // The spike and referrer checks on a database of `location` (a file or a team's server).
    void spikesRaiseOneAlertOnce(const Config &config, const QString &location)
    {
        Database db;
        QVERIFY(db.open(location).ok());
        fill(db.handle());
        test::TestClock clock(QDateTime(today, QTime(18, 0), Qt::UTC));

        auto raised = AlertRun::afterCollection(db.handle(), config, clock);
        QVERIFY2(raised.ok(), qPrintable(raised.errorMessage()));
        const QList<Alert> views = only(*raised, QStringLiteral("spike"), QStringLiteral("views"), kRepo);
        QCOMPARE(views.size(), 1);
        QCOMPARE(views[0].date, viewsDay());
        QCOMPARE(views[0].value, 400.0);
        QVERIFY2(views[0].baseline >= 35 && views[0].baseline <= 45, qPrintable(QString::number(views[0].baseline)));
        QVERIFY2(views[0].cause.contains(QStringLiteral("v2.0")) && views[0].cause.contains(QStringLiteral("that day")),
                 qPrintable(views[0].cause));
        QVERIFY(views[0].id > 0);

        const QList<Alert> stars = only(*raised, QStringLiteral("spike"), QStringLiteral("stars"), kRepo);
        QCOMPARE(stars.size(), 1);
        QCOMPARE(stars[0].date, starsDay());
        QCOMPARE(stars[0].value, 30.0);
        QVERIFY2(stars[0].cause.contains(QStringLiteral("news.ycombinator.com")), qPrintable(stars[0].cause));

        const QList<Alert> referrers = only(*raised, QStringLiteral("new_referrer"), QStringLiteral("referrers"), kRepo);
        QCOMPARE(referrers.size(), 1);
        QCOMPARE(referrers[0].detail, QStringLiteral("news.ycombinator.com"));
        QCOMPARE(referrers[0].date, starsDay());

        // Nothing else: the package runs steady, and 1 → 4 views is below the minimum.
        QCOMPARE(raised->size(), 3);
        const QString text = AlertText::describe(views[0]);
        QVERIFY2(text.startsWith(kRepo + QStringLiteral(": 400 views on ")) && text.contains(QStringLiteral("the usual")), qPrintable(text));

        // The same days checked again (a re-collection, the next run): nothing new.
        auto again = AlertRun::afterCollection(db.handle(), config, clock);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        auto stored = AlertStore(db.handle()).list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(AlertStore(db.handle()).unnotified()->size(), 3);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aSpikeRaisesOneAlertOnceWithItsCause()
    {
        QTemporaryDir dir;
        Config config(dir.path());
        spikesRaiseOneAlertOnce(config, config.databasePath());
    }

    // The same on a team database, where `insights collector` checks them after each round.
    void aSpikeOnATeamDatabase()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        QTemporaryDir dir;
        Config config(dir.path());
        spikesRaiseOneAlertOnce(config, test::freshPostgresDatabase());
    }

    // A window on a team database shows each alert once, remembers that on this computer (every
    // maintainer's window shows it once; a viewer may not write), writes nothing to the database,
    // and does not announce the team's history on its first connection.
    void aTeamWindowShowsEachNewAlertOnceAndWritesNothing()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        const QString url = test::freshPostgresDatabase();
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(url).ok());
            fill(db.handle());
            QCOMPARE(AlertRun::afterCollection(db.handle(), Config(dir.path()), SystemClock::instance())->size(), 3);
        }
        qputenv("INSIGHT_DATABASE_URL", url.toUtf8());
        const auto finish = qScopeGuard([] { qunsetenv("INSIGHT_DATABASE_URL"); });
        MemorySecretService secrets;
        const auto answeredInOrder = [](AppService &service) { // every question asked before is answered
            bool answered = false;
            QObject context;
            service.read<bool>([](QSqlDatabase &) -> Result<bool> { return true; }, &context,
                               [&answered](const Result<bool> &) { answered = true; });
            return QTest::qWaitFor([&] { return answered; }, 20'000);
        };
        {
            AppService service(dir.path(), &secrets);
            QSignalSpy raised(&service, &AppService::alertsRaised);
            QTRY_VERIFY_WITH_TIMEOUT(service.isReady(), 20'000);
            service.announceUnnotifiedAlerts();
            QVERIFY(answeredInOrder(service));
            QCoreApplication::processEvents();
            QCOMPARE(raised.count(), 0); // the history before this computer connected

            // A collector raises a new one and says so: this window announces it, once.
            Database owner;
            QVERIFY(owner.open(url).ok());
            Alert fresh;
            fresh.rule = QStringLiteral("spike");
            fresh.metric = QStringLiteral("views");
            fresh.subject = kTiny;
            fresh.date = today;
            fresh.value = 90;
            fresh.baseline = 1;
            QCOMPARE(AlertStore(owner.handle()).record({fresh})->size(), 1);
            QSqlQuery notify(owner.handle());
            QVERIFY(notify.exec(QStringLiteral("SELECT pg_notify('insights_data', 'alerts')")));
            QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 20'000);
            const auto alerts = raised.first().first().value<QList<Alert>>();
            QCOMPARE(alerts.size(), 1);
            QCOMPARE(alerts.first().subject, kTiny);
            service.markAlertsNotified({alerts.first().id});
        }
        {
            AppService again(dir.path(), &secrets);
            QSignalSpy raised(&again, &AppService::alertsRaised);
            QTRY_VERIFY_WITH_TIMEOUT(again.isReady(), 20'000);
            again.announceUnnotifiedAlerts();
            QVERIFY(answeredInOrder(again));
            QCoreApplication::processEvents();
            QCOMPARE(raised.count(), 0); // shown once on this computer
        }
        Database check;
        QVERIFY(check.open(url).ok());
        QCOMPARE(AlertStore(check.handle()).unnotified()->size(), 4); // the shared table untouched
    }

    void theRulesDecide()
    {
        QTemporaryDir dir;
        Config config(dir.path());
        Database db;
        QVERIFY(db.open(config.databasePath()).ok());
        fill(db.handle());
        const DateRange days{today.addDays(-13), today};

        // Without the minimum, the small repository's 4 views are 4× its usual 1.
        AlertRules loose = AlertRules::defaults();
        loose.spikes.append({QStringLiteral("views"), kTiny, 3, 0, true});
        auto found = AlertDetector(db.handle(), loose).detect(days);
        QVERIFY(found.ok());
        QCOMPARE(only(*found, QStringLiteral("spike"), QStringLiteral("views"), kTiny).size(), 1);

        // A subject's own rule wins over the rule for every subject; a rule turned off is off.
        AlertRules strict = AlertRules::defaults();
        strict.spikes.append({QStringLiteral("views"), kRepo, 20, 100, true});
        strict.spikes[0].enabled = false; // stars, every subject
        strict.newReferrer = false;
        found = AlertDetector(db.handle(), strict).detect(days);
        QVERIFY(found.ok());
        QVERIFY2(found->isEmpty(), qPrintable(found->isEmpty() ? QString() : AlertText::describe(found->first())));

        // A day that stands out only because the weeks before are unknown raises nothing.
        found = AlertDetector(db.handle(), AlertRules::defaults()).detect({today.addDays(-60), today.addDays(-50)});
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());
    }

    void rulesSurviveTheSettingsFile()
    {
        QTemporaryDir dir;
        {
            Config config(dir.path());
            QCOMPARE(AlertRules::load(config), AlertRules::defaults());
            AlertRules rules = AlertRules::defaults();
            rules.spikes.append({QStringLiteral("downloads_people"), kPackage, 5, 1000, true});
            rules.trafficRisk = false;
            rules.save(config);
            config.sync();
        }
        Config config(dir.path());
        AlertRules loaded = AlertRules::load(config);
        QCOMPARE(loaded.spikes.size(), 4);
        QCOMPARE(loaded.ruleFor(QStringLiteral("downloads_people"), kPackage)->factor, 5.0);
        QCOMPARE(loaded.ruleFor(QStringLiteral("downloads_people"), QStringLiteral("other"))->factor, 3.0);
        QVERIFY(!loaded.trafficRisk);
        // A hand-edited file: a line that cannot be read is skipped, a lost rule is the default.
        const AlertRules edited = AlertRules::fromLines({QStringLiteral("spike views * x 10 on"), QStringLiteral("spike nonsense * 3 1 on"),
                                                         QStringLiteral("new_referrer off")});
        QCOMPARE(edited.spikes, AlertRules::defaults().spikes);
        QVERIFY(!edited.newReferrer);
    }

    void theWindowNotifiesOnceAndListsThem()
    {
        QTemporaryDir dir;
        {
            Config config(dir.path());
            config.setGithubRepos({kRepo});
            config.setLastPage(QStringLiteral("overview"));
            config.sync();
            Database db;
            QVERIFY(db.open(config.databasePath()).ok());
            fill(db.handle());
            // Raised by `insights collect` while the window was closed.
            QVERIFY(AlertRun::afterCollection(db.handle(), config, SystemClock::instance()).ok());
        }
        QStringList messages;
        {
            MemorySecretService secrets;
            MainWindow window(dir.path(), &secrets);
            connect(&window, &MainWindow::notify, this, [&](const QString &title, const QString &message) { messages << title + QLatin1Char('\n') + message; });
            window.show();
            QVERIFY(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 20'000));
            QCOMPARE(messages.size(), 1);
            QVERIFY2(messages[0].startsWith(QStringLiteral("3 alert")), qPrintable(messages[0])); // "3 alerts" where translations are installed
            QVERIFY2(messages[0].contains(QStringLiteral("news.ycombinator.com")) && messages[0].contains(QStringLiteral("400 views")),
                     qPrintable(messages[0]));

            // The Overview lists them, with their causes.
            QVERIFY(QTest::qWaitFor([&] { return window.isIdle() && window.page(QStringLiteral("overview"))->data().request.page == QLatin1String("overview"); }, 20'000));
            auto *table = window.page(QStringLiteral("overview"))->findChild<DataTable *>(QStringLiteral("table_alerts"));
            QVERIFY(table);
            QCOMPARE(table->model()->rowCount(), 3);
            QStringList causes;
            for (int row = 0; row < 3; ++row)
                causes << table->model()->index(row, 3).data().toString();
            QVERIFY2(causes.join(u'|').contains(QStringLiteral("v2.0")), qPrintable(causes.join(u'|')));
            // Marked as shown in the reading thread before the window closes.
            QVERIFY(QTest::qWaitFor([&] {
                Database check;
                return check.open(Config(dir.path()).databasePath()).ok() && AlertStore(check.handle()).unnotified()->isEmpty();
            }, 20'000));
        }
        // A restart: nothing to say again.
        MemorySecretService secrets;
        MainWindow window(dir.path(), &secrets);
        QSignalSpy notified(&window, &MainWindow::notify);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.isIdle() && window.page(QStringLiteral("overview"))->data().request.page == QLatin1String("overview"); }, 20'000));
        // The reading thread answers in order: once a question asked now is answered, the one about
        // unshown alerts (asked when the database opened) has been too.
        bool answered = false;
        window.service().read<bool>([](QSqlDatabase &) -> Result<bool> { return true; }, &window,
                                    [&answered](const Result<bool> &) { answered = true; });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 20'000));
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 0);
    }

    void settingsWriteTheRules()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        {
            Config config(dir.path());
            config.setGithubRepos({kRepo});
            config.sync();
        }
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        AlertsPage *page = dialog.alertsPage();
        QCOMPARE(page->spikeTable()->rowCount(), 3);
        page->addSpikeRow({QStringLiteral("views"), kRepo, 10, 500, true});
        page->findChild<QCheckBox *>(QStringLiteral("newReferrerAlert"))->setChecked(false);
        QCOMPARE(dialog.applyAndValidate(), QString());
        const AlertRules saved = AlertRules::load(service.config());
        QCOMPARE(saved.ruleFor(QStringLiteral("views"), kRepo)->factor, 10.0);
        QCOMPARE(saved.ruleFor(QStringLiteral("views"), kRepo)->minimum, 500.0);
        QVERIFY(!saved.newReferrer);

        // The same measure and subject twice is refused, and nothing is saved.
        page->addSpikeRow({QStringLiteral("views"), kRepo, 4, 500, true});
        QVERIFY(dialog.applyAndValidate().contains(QStringLiteral("same measure and subject")));
        QCOMPARE(AlertRules::load(service.config()).ruleFor(QStringLiteral("views"), kRepo)->factor, 10.0);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
