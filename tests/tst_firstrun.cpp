// The first run as a newcomer has it, in the real window offscreen and against the test servers,
// without any token: an empty data directory shows the welcome page; typing a repository and
// Start asks GitHub (anonymously) and ClickHouse's pypi.projects, offers the packages ticked and
// the homepage as a Plausible site unticked; "Track and collect" saves them and collects what
// needs no token. Then the Stars page shows the star history, Activity and PyPI show data whose
// figures equal the servers', and the Traffic page asks for a token instead of showing empty
// axes. Sample data opens in its own window and directory, and leaving it returns to the real
// one. With INSIGHTS_SCREENSHOT_DIR set, each step is drawn to firstrun-*.png there.
#include "chartview.h"
#include "clickhouseengine.h"
#include "config/config.h"
#include "dashboardpage.h"
#include "emptystateview.h"
#include "githubtestserver.h"
#include "mainwindow.h"
#include "pagefilled.h"
#include "sample/sampledata.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "stargazerserver.h"
#include "summarycard.h"
#include "tokenbanner.h"
#include "welcomepage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kRepo = QStringLiteral("octo/widgets");

void screenshot(QWidget &window, const QString &name)
{
    const QString out = qEnvironmentVariable("INSIGHTS_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QCoreApplication::processEvents();
    window.grab().save(QDir(out).filePath(QStringLiteral("firstrun-%1.png").arg(name)));
}

std::optional<double> card(MainWindow &window, const QString &key, const QString &label)
{
    for (const CardData &c : window.page(key)->data().cards)
        if (c.label == label)
            return c.value;
    return std::nullopt;
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
    GitHubTestServer github;
    StargazerTestServer stars;
    std::unique_ptr<ClickHouseEngine> clickhouse;
    QList<FixtureStar> fixtureStars;

private slots:
    void initTestCase()
    {
        QVERIFY(github.listen());
        github.setAnonymousAllowed(true); // public repositories answer without a token, as on GitHub
        GitHubTestServer::Repo &repo = github.repo(kRepo);
        repo.homepage = QStringLiteral("https://widgets.example.org/");
        repo.description = QStringLiteral("Widgets for everyone");
        stars.setToken(github.token());
        // Stars of the last weeks (none in the future): the range the window opens with holds most.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const FixtureStar &star : StargazerTestServer::generate(25, now.addDays(-35)))
            if (star.starredAt < now)
                fixtureStars << star;
        stars.addStars(kRepo, fixtureStars);
        github.setStargazers([this](const TestRequest &r) { return stars.answer(r); });
        clickhouse = std::make_unique<ClickHouseEngine>(QDate::currentDate());
        const QString failure = clickhouse->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        qputenv("INSIGHT_GITHUB_API_URL", github.apiUrl().toEncoded());
        qputenv("INSIGHT_CLICKHOUSE_URL", clickhouse->url().toEncoded());
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        qunsetenv("INSIGHT_GITHUB_REPOS");
        qunsetenv("INSIGHT_PYPI_PACKAGES");
    }

    void fromAnEmptyDataDirectoryToTheFirstCharts()
    {
        QTemporaryDir dir;
        MemorySecretService secrets; // an empty keychain: no token anywhere
        AppService service(dir.path(), &secrets);
        service.setScheduleEnabled(false);
        MainWindow window(service);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingWelcome());
        screenshot(window, QStringLiteral("1-welcome"));

        WelcomePage *welcome = window.welcomePage();
        QElapsedTimer sinceStart;
        welcome->repositoryEdit()->setText(QStringLiteral("https://github.com/octo/widgets"));
        sinceStart.start();
        QTest::mouseClick(welcome->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->trackButton()->isVisible(), 30'000);
        // The packages that name the repository, ticked; the homepage as a site, not ticked.
        const TrackingChange offered = welcome->choice();
        QCOMPARE(offered.repositories, QStringList{kRepo});
        QCOMPARE(QSet<QString>(offered.packages.begin(), offered.packages.end()),
                 (QSet<QString>{QStringLiteral("insights-demo"), QStringLiteral("widgets-extra"), QStringLiteral("widgets-cli")}));
        QVERIFY(offered.sites.isEmpty());
        bool siteOffered = false;
        for (QCheckBox *box : welcome->findChildren<QCheckBox *>())
            siteOffered = siteOffered || (box->text().contains(QLatin1String("widgets.example.org")) && !box->isChecked());
        QVERIFY(siteOffered);
        screenshot(window, QStringLiteral("2-found"));

        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        QTest::mouseClick(welcome->trackButton(), Qt::LeftButton);
        QVERIFY(!window.isShowingWelcome());
        QCOMPARE(service.config().githubRepos(), QStringList{kRepo});
        QCOMPARE(service.config().pypiPackages().size(), 3);
        QVERIFY(service.config().plausibleSites().isEmpty());
        QVERIFY(window.isCollecting());
        // The Stars page is shown and fills as soon as github_stars is stored.
        QTRY_VERIFY_WITH_TIMEOUT(pageFilled(window, QStringLiteral("stars")), 60'000);
        qInfo("Start to the first filled chart: %lld ms", sinceStart.elapsed());
        QVERIFY(finished.wait(120'000) || !finished.isEmpty());
        QCOMPARE(finished.first().first().toBool(), false); // skipped for want of a token is not a failure
        screenshot(window, QStringLiteral("3-stars"));

        // Stars: the history without identities, every fixture star of the range shown.
        const DateRange starRange = window.page(QStringLiteral("stars"))->data().request.range;
        const auto inRange = std::count_if(fixtureStars.begin(), fixtureStars.end(), [&](const FixtureStar &star) {
            return star.starredAt.date() >= starRange.from && star.starredAt.date() <= starRange.to;
        });
        QVERIFY(inRange > 0);
        QTRY_COMPARE(card(window, QStringLiteral("stars"), QStringLiteral("New stars")).value_or(-1), double(inRange));

        // Activity and PyPI: data, equal to ClickHouse's own figures for the range shown.
        window.showPage(QStringLiteral("activity"));
        QTRY_VERIFY_WITH_TIMEOUT(pageFilled(window, QStringLiteral("activity")), 20'000);
        screenshot(window, QStringLiteral("4-activity"));
        window.showPage(QStringLiteral("pypi"));
        QTRY_VERIFY_WITH_TIMEOUT(pageFilled(window, QStringLiteral("pypi")), 20'000);
        const DateRange shown = window.page(QStringLiteral("pypi"))->data().request.range;
        const auto expected = clickhouse->rows(
            QStringLiteral("SELECT toString(sum(count)) AS n FROM pypi.pypi_downloads_per_day WHERE project IN "
                           "('insights-demo', 'widgets-extra', 'widgets-cli') AND date BETWEEN '%1' AND '%2'")
                .arg(shown.from.toString(Qt::ISODate), shown.to.toString(Qt::ISODate)));
        QCOMPARE(expected.size(), 1);
        QCOMPARE(card(window, QStringLiteral("pypi"), QStringLiteral("Downloads")).value_or(-1),
                 expected.first().value(QLatin1String("n")).toString().toDouble());
        screenshot(window, QStringLiteral("5-pypi"));

        // Traffic: no empty axes, but the banner that asks for a token, with a way to make one.
        window.showPage(QStringLiteral("traffic"));
        QTRY_VERIFY(window.page(QStringLiteral("traffic"))->isShowingEmptyState());
        QVERIFY(window.tokenBanner()->isVisible());
        for (ChartView *chart : window.page(QStringLiteral("traffic"))->charts())
            QVERIFY(!chart->isVisible());
        screenshot(window, QStringLiteral("6-traffic-token"));

        // Plausible (nothing tracked) offers the settings page; nothing tells the user to run a
        // command or set a variable.
        window.showPage(QStringLiteral("plausible"));
        QTRY_VERIFY(window.page(QStringLiteral("plausible"))->isShowingEmptyState());
        const EmptyState plausible = window.page(QStringLiteral("plausible"))->emptyStateView()->state();
        QCOMPARE(plausible.action, EmptyState::Action::Settings);
        QCOMPARE(plausible.settingsPage, QStringLiteral("plausible"));
        for (DashboardPage *page : {window.page(QStringLiteral("traffic")), window.page(QStringLiteral("plausible"))}) {
            const QString text = page->emptyStateView()->state().title + page->emptyStateView()->state().text;
            QVERIFY2(!text.contains(QLatin1String("INSIGHT_")) && !text.contains(QLatin1String("insights ")), qPrintable(text));
        }
    }

    void anUnknownRepositoryIsRefusedAndNothingIsTracked()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        service.setScheduleEnabled(false);
        MainWindow window(service);
        window.show();
        WelcomePage *welcome = window.welcomePage();
        welcome->repositoryEdit()->setText(QStringLiteral("octo/nowhere"));
        QTest::mouseClick(welcome->startButton(), Qt::LeftButton);
        const QLabel *message = welcome->findChild<QLabel *>(QStringLiteral("welcomeMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(welcome->startButton()->isEnabled() && message->text().contains(QLatin1String("octo/nowhere")),
                                 30'000);
        QVERIFY(!welcome->trackButton()->isVisible());
        QVERIFY(window.isShowingWelcome());
        QVERIFY(service.config().githubRepos().isEmpty());
    }

    void sampleDataOpensApartAndLeavingReturns()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        service.setScheduleEnabled(false);
        MainWindow window(service);
        window.show();
        QVERIFY(window.isShowingWelcome());
        QSignalSpy opened(&window, &MainWindow::sampleOpened);
        QTest::mouseClick(window.welcomePage()->findChild<QPushButton *>(QStringLiteral("welcomeSample")), Qt::LeftButton);
        QVERIFY(opened.wait(60'000));
        MainWindow *sample = window.sampleWindow();
        QVERIFY(sample);
        QVERIFY(sample->service().isSample());
        QVERIFY(sample->service().dataDir() != dir.path());
        QVERIFY(SampleData::isSample(sample->service().dataDir()));
        QVERIFY(!window.isVisible());
        QVERIFY(!sample->isShowingWelcome());
        QVERIFY(sample->windowTitle().contains(QLatin1String("sample")));
        QTRY_VERIFY_WITH_TIMEOUT(pageFilled(*sample, sample->currentPage()->key()), 20'000);
        screenshot(*sample, QStringLiteral("7-sample"));
        // Nothing is collected into it.
        QVERIFY(!sample->service().collect());

        QPointer<MainWindow> gone = sample;
        QTest::mouseClick(sample->findChild<QPushButton *>(QStringLiteral("leaveSample")), Qt::LeftButton);
        QTRY_VERIFY(gone.isNull());
        QVERIFY(window.isVisible());
        QVERIFY(window.isShowingWelcome());
        // The real data directory holds nothing of the sample.
        QVERIFY(service.config().githubRepos().isEmpty());
        QVERIFY(!SampleData::isSample(dir.path()));
    }

    void cleanupTestCase()
    {
        qunsetenv("INSIGHT_GITHUB_API_URL");
        qunsetenv("INSIGHT_CLICKHOUSE_URL");
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
