// Full star collection of a large repository (SPEC §6): the real `insights` binary collects
// 40,000 stars with profiles from the local GraphQL server, into a fresh data directory, several
// times. Reports requests, wall time and the collecting process's peak memory (medians), then
// the cost of a run with nothing new. Fails when a request budget is missed.
//
//   build/bench/bench_stars [--stars N] [--runs R] [--rest]
#include "stargazerserver.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace insights::test;
using namespace insights::bench;

namespace {

struct Sample {
    int requests = 0;
    double seconds = 0;
    long peakKiB = 0;
    bool ok = false;
};

// Runs `insights collect github_stars` while this thread's event loop keeps the server answering.
Sample collect(StargazerTestServer &server, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
    env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), server.token());
    env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), QStringLiteral("bench/large"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    const qsizetype before = server.http().requests().size();
    Sample s;
    // The kernel's high-water mark of the collecting process, read while it runs.
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                s.peakKiB = std::max(s.peakKiB, line.mid(6).trimmed().split(' ').first().toLong());
    });
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(INSIGHTS_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("github_stars"), QStringLiteral("--data-dir"), dataDir});
    sampler.start(10);
    loop.exec();
    sampler.stop();
    s.seconds = timer.nsecsElapsed() / 1e9;
    s.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    s.requests = int(server.http().requests().size() - before);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("stars"), QStringLiteral("Stars in the repository."), QStringLiteral("N"), QStringLiteral("40000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Full collections to time."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("rest"), QStringLiteral("Serve no GraphQL: the REST way (one request per profile).")});
    parser.process(app);
    const bool rest = parser.isSet(QStringLiteral("rest"));
    const int stars = parser.value(QStringLiteral("stars")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    StargazerTestServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 2;
    }
    server.setGraphQlEnabled(!rest);
    server.addStars(QStringLiteral("bench/large"),
                    StargazerTestServer::generate(stars, QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC), 42));

    QList<int> requests;
    QList<double> seconds;
    QList<long> peaks;
    QTemporaryDir keep;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const Sample s = collect(server, dir.path());
        if (!s.ok) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 1;
        }
        std::fprintf(stderr, "full run %d: %d requests, %.2f s, peak RSS %.1f MiB\n", i + 1, s.requests, s.seconds,
                     s.peakKiB / 1024.0);
        requests.append(s.requests);
        seconds.append(s.seconds);
        peaks.append(s.peakKiB);
        if (i == runs - 1)
            QDir().rename(dir.path(), keep.path() + QStringLiteral("/data"));
    }

    // The same data directory again: nothing new.
    QList<int> quietRequests;
    QList<double> quietSeconds;
    for (int i = 0; i < runs; ++i) {
        const Sample s = collect(server, keep.path() + QStringLiteral("/data"));
        if (!s.ok)
            return 1;
        quietRequests.append(s.requests);
        quietSeconds.append(s.seconds);
    }

    // SPEC §6: ⌈N/100⌉ + 2 through GraphQL; ⌈N/100⌉ + N the REST way (a profile per star).
    const int budget = (stars + 99) / 100 + (rest ? stars : 2);
    std::printf("stars: %d%s (medians of %d runs)\n", stars, rest ? " via REST" : "", runs);
    std::printf("full collection: %d requests (budget %d), %.2f s wall, peak RSS %.1f MiB\n", median(requests), budget,
                median(seconds), median(peaks) / 1024.0);
    std::printf("nothing new:     %d request(s) (budget 1), %.2f s wall\n", median(quietRequests), median(quietSeconds));
    tableRow(QStringLiteral("HTTP requests, full star collection of %1 with profiles%2").arg(stars).arg(rest ? QStringLiteral(", REST") : QString()),
             QStringLiteral("%1 requests, %2 s, peak RSS %3 MiB").arg(median(requests)).arg(median(seconds), 0, 'f', 2).arg(median(peaks) / 1024.0, 0, 'f', 1),
             QStringLiteral("≤ %1").arg(budget), {}, median(requests) <= budget);
    tableRow(QStringLiteral("HTTP requests, star collection with no new stars"), QStringLiteral("%1").arg(median(quietRequests)),
             QStringLiteral("1"), {}, median(quietRequests) <= 1);
    const bool withinBudget = median(requests) <= budget && median(quietRequests) <= 1;
    if (!withinBudget)
        std::printf("OVER BUDGET\n");
    return withinBudget ? 0 : 1;
}
