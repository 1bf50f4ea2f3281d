// The first run (issue 21): from Start on the welcome page to the first filled chart, in the real
// window offscreen, against the test servers on 127.0.0.1 (GitHub anonymously, the ClickHouse
// test engine), without any token. Baseline, same run: the same steps without a window — the
// application service's discovery, tracking and collection until github_stars is stored — so the
// figure shows what the window adds. Budget: under a minute (the promise to a newcomer).
#include "benchutil.h"
#include "clickhouseengine.h"
#include "githubtestserver.h"
#include "mainwindow.h"
#include "pagefilled.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "stargazerserver.h"
#include "starhistoryserver.h"
#include "dashboardpage.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kRepo = QStringLiteral("octo/widgets");

// Milliseconds from Start to the Stars page's first drawn values; -1 on failure.
double windowRun()
{
    QTemporaryDir dir;
    MemorySecretService secrets;
    AppService service(dir.path(), &secrets);
    service.setScheduleEnabled(false);
    MainWindow window(service);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
        return -1;
    }
    WelcomePage *welcome = window.welcomePage();
    welcome->repositoryEdit()->setText(kRepo);
    QElapsedTimer timer;
    timer.start();
    welcome->startButton()->click();
    if (!QTest::qWaitFor([&] { return welcome->trackButton()->isVisible(); }, 60'000)) {
        std::fprintf(stderr, "the repository was not found\n");
        return -1;
    }
    welcome->trackButton()->click();
    if (!QTest::qWaitFor([&] { return pageFilled(window, QStringLiteral("stars")); }, 120'000)) {
        std::fprintf(stderr, "the Stars page did not fill\n");
        return -1;
    }
    const double ms = double(timer.elapsed());
    QSignalSpy finished(&window, &MainWindow::collectionFinished);
    if (window.isCollecting())
        finished.wait(120'000);
    return ms;
}

// The same steps through the service alone: discovery, track, collect until github_stars is in.
double serviceRun()
{
    QTemporaryDir dir;
    MemorySecretService secrets;
    AppService service(dir.path(), &secrets);
    service.setScheduleEnabled(false);
    QElapsedTimer timer;
    timer.start();
    bool stored = false, failed = false;
    QObject context;
    QObject::connect(&service, &AppService::sourceCollected, &context, [&](const QString &source) {
        stored = stored || source == QLatin1String("github_stars");
    });
    service.discoverRepository(kRepo, &context, [&](const Result<DiscoveredRepository> &found) {
        if (!found) {
            std::fprintf(stderr, "discovery failed: %s\n", qPrintable(found.errorMessage()));
            failed = true;
            return;
        }
        TrackingChange wanted;
        wanted.repositories << found->fullName;
        for (const FoundPackage &p : found->packages)
            wanted.packages << p.name;
        failed = !service.track(wanted) || !service.collect();
    });
    if (!QTest::qWaitFor([&] { return stored || failed; }, 120'000) || failed)
        return -1;
    const double ms = double(timer.elapsed());
    QSignalSpy finished(&service, &AppService::collectionFinished);
    if (service.isCollecting())
        finished.wait(120'000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (median)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    GitHubTestServer github;
    StargazerTestServer stars;
    if (!github.listen())
        return 1;
    github.setAnonymousAllowed(true);
    github.repo(kRepo).homepage = QStringLiteral("https://widgets.example.org/");
    stars.setToken(github.token());
    stars.addStars(kRepo, StargazerTestServer::generate(400, QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC)));
    github.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
    ClickHouseEngine clickhouse(QDate::currentDate());
    if (const QString failure = clickhouse.start(); !failure.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failure));
        return 1;
    }
    qputenv("INSIGHT_GITHUB_API_URL", github.apiUrl().toEncoded());
    qputenv("INSIGHT_CLICKHOUSE_URL", clickhouse.url().toEncoded());
    qunsetenv("INSIGHT_GITHUB_TOKEN");

    QList<double> window, baseline;
    for (int i = 0; i < runs; ++i) {
        // Every run is a newcomer's first hour: GitHub's 60 anonymous requests, ClickHouse's quota.
        const auto freshHour = [&] {
            clickhouse.resetQuota();
            github.setAnonymousRateLimit(60, QDateTime::currentSecsSinceEpoch() + 3600);
            stars.history().setUnauthenticatedBudget(StarHistoryServer::kUnauthenticatedLimit,
                                                     QDateTime::currentDateTimeUtc().addSecs(3600));
        };
        freshHour();
        const double w = windowRun();
        freshHour();
        const double b = serviceRun();
        if (w < 0 || b < 0) {
            std::fprintf(stderr, "run %d failed (window %.0f ms, service %.0f ms)\n", i + 1, w, b);
            return 1;
        }
        window << w;
        baseline << b;
        std::printf("run %d: window %.0f ms, service alone %.0f ms\n", i + 1, w, b);
    }
    const bench::Spread w = bench::spreadOf(window), b = bench::spreadOf(baseline);
    bench::tableRow(QStringLiteral("first run: Start → first filled chart (test servers, no token)"), bench::fmt(w, "ms"),
                    QStringLiteral("≤ 60,000 ms"), QStringLiteral("service alone ") + bench::fmt(b, "ms"), w.median <= 60'000);
    return w.median <= 60'000 ? 0 : 1;
}
