// Every page of the window, light and dark, at 1280 and 1024 px wide (and two repositories
// compared, by date and aligned by start on a log axis), on the generated "small" dataset with a GitHub token at hand (as a user who has set one up sees it): drawn to
// page-KEY-WIDTH-THEME.png in INSIGHTS_SCREENSHOT_DIR (docs/screenshots for the README; the test's
// own folder otherwise), and checked on the way: each page fits the width without a sideways
// scroll bar, says which subject it shows, and in the dark palette its charts and tables are
// dark too.
#include "chartview.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "sample/datasetgenerator.h"
#include "daterangebar.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "darkpalette.h"
#include "storewrite.h"
#include "storage/runlog.h"
#include "tableview.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace insights;

class TestScreenshots : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString out;

    bool waitForPage(MainWindow &window, const QString &key)
    {
        if (key == QLatin1String("sources"))
            return QTest::qWaitFor([&] { return window.isIdle(); }, 10'000);
        return QTest::qWaitFor([&] { return window.isIdle() && window.page(key) && window.page(key)->data().request.page == key; }, 10'000);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(QDate::currentDate())).ok());
        // A token from the environment: the Traffic page shows traffic, not the "add a token"
        // banner of a user without one. Nothing is collected (the schedule is off).
        {
            // Every source collected a minute ago, as for a user of some weeks: no "never
            // collected" warnings over the pictures.
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Config config(dir.path(), QProcessEnvironment());
            for (const QString &repo : config.githubRepos())
                for (const char *source : {"github_traffic", "github_stars", "github_events"})
                    QVERIFY(RunLog(db.handle()).record({QLatin1String(source), repo, now.addSecs(-90), now.addSecs(-60), QStringLiteral("ok"), 1, {}}).ok());
            QSqlQuery collected(db.handle());
            collected.prepare(QStringLiteral("UPDATE insight_source SET last_collected_at = ?"));
            collected.addBindValue(now.addSecs(-60).toString(Qt::ISODate));
            QVERIFY(collected.exec());
        }
        qputenv("INSIGHT_GITHUB_TOKEN", "ghp_ScreenshotsOnlyNeverSent0000000000");
        qputenv("INSIGHT_PLAUSIBLE_API_KEY", "screenshots-only-never-sent");
        out = qEnvironmentVariable("INSIGHTS_SCREENSHOT_DIR", QStringLiteral(INSIGHTS_TEST_OUTPUT_DIR));
        QVERIFY(QDir().mkpath(out));
    }

    void cleanupTestCase()
    {
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        qunsetenv("INSIGHT_PLAUSIBLE_API_KEY");
    }

    void everyPageLightAndDarkAtTwoWidths_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("dark");
        for (const auto &[w, h] : {std::pair{1280, 800}, std::pair{1024, 768}})
            for (bool dark : {false, true})
                QTest::addRow("%d-%s", w, dark ? "dark" : "light") << w << h << dark;
    }

    void everyPageLightAndDarkAtTwoWidths()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(bool, dark);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(insights::test::darkPalette());
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });

        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(width, height);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList pages = DashboardData::pages();
        pages.append(QStringLiteral("sources"));
        for (const QString &key : std::as_const(pages)) {
            window.showPage(key);
            QVERIFY2(waitForPage(window, key), qPrintable(key));
            QTest::qWait(120); // Qt Charts lays out titles and axes after the data
            if (DashboardPage *page = window.page(key); page && key != QLatin1String("sources")) {
                QVERIFY2(!page->isShowingEmptyState(), qPrintable(key));
                // Fits the width: no sideways scrolling of the page.
                auto *scroll = page->findChild<QScrollArea *>();
                QVERIFY(scroll);
                if (scroll->horizontalScrollBar()->isVisible())
                    window.grab().save(QDir(out).filePath(QStringLiteral("overflow-%1-%2.png").arg(key).arg(width)));
                QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(QStringLiteral("%1 at %2 px").arg(key).arg(width)));
                // Says what it shows.
                bool titled = false;
                for (QLabel *label : page->findChildren<QLabel *>())
                    titled = titled || (label->isVisible() && (label->text().startsWith(DashboardData::title(key) + QStringLiteral(" — "))
                                                               || (key == QLatin1String("overview") && label->text() == DashboardData::title(key))));
                QVERIFY2(titled, qPrintable(key));
                for (ChartView *chart : page->charts()) {
                    const int lightness = chart->chart()->backgroundBrush().color().lightness();
                    QVERIFY2(dark ? lightness < 60 : lightness > 200, qPrintable(QStringLiteral("%1: %2").arg(key).arg(lightness)));
                }
                for (DataTable *table : page->findChildren<DataTable *>())
                    QCOMPARE(table->view()->palette().color(QPalette::Base).lightness() < 60, dark);
                if (key == QLatin1String("traffic"))
                    for (QWidget *w : window.findChildren<QWidget *>(QStringLiteral("tokenBanner")))
                        QVERIFY(!w->isVisible());
            }
            const QString file = QDir(out).filePath(QStringLiteral("page-%1-%2-%3.png").arg(key).arg(width).arg(dark ? "dark" : "light"));
            const QImage shot = window.grab().toImage();
            QCOMPARE(shot.width(), width);
            QVERIFY2(shot.save(file), qPrintable(file));
        }
    }

    void comparisonAlignedAndLogScale()
    {
        // A second, younger repository: the sample's stars 200 days later, and 55 % of its traffic.
        const QString younger = QStringLiteral("octo/widgets");
        {
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            QSqlQuery rows(db.handle());
            QVERIFY(rows.exec(QStringLiteral("SELECT t.key, m.date, m.period, m.item, m.value, m.metadata FROM insight_metric m "
                                             "JOIN insight_metric_type t ON t.id = m.metric_type_id WHERE m.subject = 'octo/insights' "
                                             "AND t.key IN ('new_star', 'views', 'unique_visitors', 'clones', 'unique_cloners')")));
            Batch batch;
            const QDate today = QDate::currentDate();
            while (rows.next()) {
                const bool star = rows.value(0).toString() == QLatin1String("new_star");
                MetricRow row;
                row.metric = rows.value(0).toString();
                row.subject = younger;
                row.date = QDate::fromString(rows.value(1).toString(), Qt::ISODate).addDays(star ? 200 : 0);
                if (row.date > today)
                    continue;
                row.period = star ? Period::Event : Period::Daily;
                row.item = rows.value(3).toString();
                row.value = star ? 1.0 : std::round(rows.value(4).toDouble() * 0.55);
                if (star)
                    row.metadata = QJsonDocument::fromJson(rows.value(5).toString().toUtf8()).object();
                batch.rows.append(row);
            }
            insights::test::writeCommitted(db.handle(), batch);
        }
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto compareOn = [&](const QString &key) {
            window.showPage(key);
            QVERIFY(waitForPage(window, key));
            window.page(key)->setComparedSubjects({QStringLiteral("octo/insights"), younger});
            window.reloadPage();
            QVERIFY(QTest::qWaitFor([&] { return window.isIdle() && window.page(key)->data().request.subjects.size() == 2; }, 10'000));
            QTest::qWait(120);
        };
        compareOn(QStringLiteral("traffic"));
        QCOMPARE(window.page(QStringLiteral("traffic"))->charts().first()->data().series.size(), 2);
        QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("compare-traffic-1280-light.png"))));

        // Stars of both from their first star, on a log axis.
        window.rangeBar()->setPreset(RangePreset::All);
        compareOn(QStringLiteral("stars"));
        DashboardPage *stars = window.page(QStringLiteral("stars"));
        stars->alignButton()->setChecked(true);
        stars->setLogScale(true);
        QVERIFY(QTest::qWaitFor([&] { return window.isIdle() && stars->data().request.alignByStart; }, 10'000));
        QTest::qWait(120);
        QVERIFY(stars->charts().first()->data().daysSinceStart);
        QVERIFY(stars->charts().first()->data().logScale);
        QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("compare-stars-aligned-log-1280-light.png"))));
        stars->setLogScale(false);
        Config(dir.path(), QProcessEnvironment()).setLogScale(QStringLiteral("stars"), false);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
