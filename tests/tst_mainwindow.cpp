// The first window, offscreen: what a user sees after double-clicking, and the settings dialog
// refusing what it cannot use.
#include "config/config.h"
#include "githubtestserver.h"
#include "clickhouseengine.h"
#include "stargazerserver.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "settingsdialog.h"
#include "sourcetablemodel.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/runlog.h"
#include "storage/scopedtransaction.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestMainWindow : public QObject {
    Q_OBJECT

    static int rowOf(const SourceTableModel &model, const QString &key)
    {
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.sources().at(i).key == key)
                return i;
        return -1;
    }

private slots:
    void showsEverySourceWithItsStoredRows()
    {
        QTemporaryDir dir;
        {
            Config config(dir.path(), QProcessEnvironment());
            config.setGithubRepos({QStringLiteral("octo/widgets")});
            config.sync();
            Database db;
            QVERIFY(db.open(config.databasePath()).ok());
            ScopedTransaction tx(db.handle());
            QVERIFY(tx.begin().ok());
            Batch batch;
            for (int i = 0; i < 5; ++i) {
                MetricRow row;
                row.metric = QStringLiteral("views");
                row.subject = QStringLiteral("octo/widgets");
                row.date = QDate::currentDate().addDays(-i);
                row.value = 10 + i;
                batch.rows.append(row);
            }
            QVERIFY(MetricStore(db.handle()).write(batch, QDateTime::currentDateTimeUtc()).ok());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(RunLog(db.handle()).record({QStringLiteral("github_traffic"), QStringLiteral("octo/widgets"), now, now,
                                                QStringLiteral("ok"), 5, QString()}).ok());
            QVERIFY(tx.commit().ok());
        }

        MainWindow window(dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const SourceTableModel &model = *window.sourceModel();
        QTRY_COMPARE(model.rowCount(), 6); // the status is built in the service's reading thread
        const int traffic = rowOf(model, QStringLiteral("github_traffic"));
        // Counted in the reader thread, after the page: "counting…" until then.
        QTRY_COMPARE(model.index(traffic, SourceTableModel::Rows).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(traffic, SourceTableModel::Subjects).data().toString(), QStringLiteral("octo/widgets"));
        const int events = rowOf(model, QStringLiteral("plausible"));
        QCOMPARE(model.index(events, SourceTableModel::LastRun).data().toString(), QStringLiteral("never"));
        QVERIFY(model.index(events, SourceTableModel::State).data().toString().contains(QLatin1String("no sites are tracked")));

        const QString png = QDir(QStringLiteral(INSIGHTS_TEST_OUTPUT_DIR)).filePath(QStringLiteral("mainwindow.png"));
        QVERIFY(window.grab().save(png));
    }

    void aFailedCollectionIsSaidOnItsOwnPageOnly()
    {
        QTemporaryDir dir;
        const QString failure = QStringLiteral("GitHub answered 502 Bad Gateway");
        {
            Config config(dir.path(), QProcessEnvironment());
            config.setGithubRepos({QStringLiteral("octo/widgets")});
            config.sync();
            Database db;
            QVERIFY(db.open(config.databasePath()).ok());
            ScopedTransaction tx(db.handle());
            QVERIFY(tx.begin().ok());
            Batch batch;
            for (const QString &metric : {QStringLiteral("views"), QStringLiteral("stars_daily")}) {
                MetricRow row;
                row.metric = metric;
                row.subject = QStringLiteral("octo/widgets");
                row.date = QDate::currentDate().addDays(-1);
                row.value = 10;
                batch.rows.append(row);
            }
            QVERIFY(MetricStore(db.handle()).write(batch, QDateTime::currentDateTimeUtc()).ok());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(RunLog(db.handle()).record({QStringLiteral("github_traffic"), QStringLiteral("octo/widgets"), now.addSecs(-60), now,
                                                QStringLiteral("failed"), 0, failure}).ok());
            QVERIFY(tx.commit().ok());
        }
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("traffic"));
        DashboardPage *traffic = nullptr;
        QTRY_VERIFY((traffic = window.page(QStringLiteral("traffic"))) && traffic->data().request.page == QLatin1String("traffic"));
        // The stored views are shown, with why they are not renewed above them.
        QTRY_VERIFY2(traffic->sourceProblem().contains(failure), qPrintable(traffic->sourceProblem()));
        QVERIFY(!traffic->isShowingEmptyState());
        QSignalSpy retry(traffic, &DashboardPage::retryRequested);
        for (QPushButton *button : traffic->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Try again") && button->isVisible())
                button->click();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toString(), QStringLiteral("github_traffic"));
        // It does not follow the user to a page of another source, nor sit in the status bar.
        window.showPage(QStringLiteral("stars"));
        DashboardPage *stars = nullptr;
        QTRY_VERIFY((stars = window.page(QStringLiteral("stars"))) && stars->data().request.page == QLatin1String("stars"));
        QVERIFY(stars->sourceProblem().isEmpty());
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(failure), qPrintable(label->text()));
    }

    void collectNowRunsInTheBackgroundAndShowsTheResult()
    {
        GitHubTestServer server;
        QVERIFY(server.listen());
        server.repo(QStringLiteral("octo/widgets")).windowEnd = QDateTime::currentDateTimeUtc().date();
        StargazerTestServer stars; // "Collect now" runs every enabled source, stars included
        stars.setToken(server.token());
        stars.addStars(QStringLiteral("octo/widgets"), StargazerTestServer::generate(12, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
        server.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
        ClickHouseEngine clickhouse; // and github_events reads the events dataset
        const QString engineFailure = clickhouse.start();
        QVERIFY2(engineFailure.isEmpty(), qPrintable(engineFailure));
        qputenv("INSIGHT_CLICKHOUSE_URL", clickhouse.url().toEncoded());
        qputenv("INSIGHT_GITHUB_API_URL", server.apiUrl().toEncoded());
        qputenv("INSIGHT_GITHUB_TOKEN", server.token().toUtf8());
        qputenv("INSIGHT_GITHUB_REPOS", "octo/widgets");
        QTemporaryDir dir;
        MainWindow window(dir.path());
        window.show();
        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        window.collectNow();
        QVERIFY(window.isCollecting());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().toBool(), false);
        const int traffic = rowOf(*window.sourceModel(), QStringLiteral("github_traffic"));
        QTRY_VERIFY(window.sourceModel()->index(traffic, SourceTableModel::Rows).data().toString().toInt() > 0);
        QVERIFY(window.sourceModel()->index(traffic, SourceTableModel::LastRun).data().toString() != QStringLiteral("never"));
        qunsetenv("INSIGHT_GITHUB_API_URL");
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        qunsetenv("INSIGHT_GITHUB_REPOS");
        qunsetenv("INSIGHT_CLICKHOUSE_URL");
    }

    void settingsRefuseAnInvalidRepository()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service_dialog(dir.path(), &secrets);
        SettingsDialog dialog(service_dialog);
        dialog.setRepositoriesText(QStringLiteral("octo/widgets\nnot a repo"));
        const QString error = dialog.applyAndValidate();
        QVERIFY2(error.contains(QLatin1String("owner/repo")), qPrintable(error));
        QVERIFY(Config(dir.path(), QProcessEnvironment()).githubRepos().isEmpty()); // nothing saved

        dialog.setRepositoriesText(QStringLiteral("octo/widgets\n\nocto/gadgets"));
        dialog.setTokenText(QStringLiteral("ghp_from_dialog"));
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QCOMPARE(dialog.applyAndValidate(), QString());
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).githubRepos(),
                 (QStringList{QStringLiteral("octo/widgets"), QStringLiteral("octo/gadgets")}));
        QVERIFY(dialog.isStoringSecrets()); // the keychain answers later, never while Save waits
        QVERIFY(stored.wait(5'000));
        QCOMPARE(stored.first().first().toStringList(), QStringList());
        QCOMPARE(secrets.value(QStringLiteral("github-token")).value_or(QString()), QStringLiteral("ghp_from_dialog"));
        QFile settings(Config(dir.path(), QProcessEnvironment()).settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("ghp_from_dialog")); // the token went to the keychain only
    }

    void settingsSaveWhatToTrackAndKeepKeysInTheKeychain()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        MemorySecretService secrets;
        AppService service_dialog(dir.path(), &secrets);
        SettingsDialog dialog(service_dialog);
        dialog.setSitesText(QStringLiteral("docs.example.org\nnot a domain"));
        QVERIFY(dialog.applyAndValidate().contains(QLatin1String("not a domain")));
        QVERIFY(Config(dir.path(), QProcessEnvironment()).plausibleSites().isEmpty());

        dialog.setSitesText(QStringLiteral("docs.example.org\nblog.example.org"));
        dialog.setPackagesText(QStringLiteral("Insights_Demo"));
        dialog.setPlausibleKeyText(QStringLiteral("plausible-secret-key"));
        dialog.setAutostartChecked(true);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QCOMPARE(dialog.applyAndValidate(), QString());
        QVERIFY(stored.wait(5'000));
        const Config saved(dir.path(), QProcessEnvironment());
        QCOMPARE(saved.plausibleSites(), (QStringList{QStringLiteral("docs.example.org"), QStringLiteral("blog.example.org")}));
        QCOMPARE(saved.pypiPackages(), QStringList{QStringLiteral("Insights_Demo")});
        QCOMPARE(secrets.value(QStringLiteral("plausible-api-key")).value_or(QString()), QStringLiteral("plausible-secret-key"));
        QFile settings(saved.settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("plausible-secret-key"));
        // Start at login: an XDG autostart entry, removed again when unticked.
        const QString entry = config.filePath(QStringLiteral("autostart/insights.desktop"));
        QVERIFY(QFile::exists(entry));
        QFile desktop(entry);
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        QVERIFY(desktop.readAll().contains("Exec="));
        QProcess validate; // the entry follows the Desktop Entry spec (desktop-file-utils is a test dependency)
        validate.start(QStringLiteral("desktop-file-validate"), {entry});
        QVERIFY(validate.waitForFinished(30'000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        dialog.setAutostartChecked(false);
        QCOMPARE(dialog.applyAndValidate(), QString());
        QVERIFY(!QFile::exists(entry));
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
