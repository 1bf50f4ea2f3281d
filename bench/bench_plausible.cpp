// Plausible 365-day backfill with per-day pages and countries (SPEC §6: ≤ 12 requests): the real
// `insights collect plausible --lookback-days 365` against the local Plausible v2 server, fresh
// data directory each run. Reports requests, wall time and rows written (medians); fails when
// the request budget is missed. The site has --pages pages and --countries countries a day.
//
//   build/bench/bench_plausible [--runs R] [--pages P] [--countries C]
#include "plausibletestserver.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace insights::test;

using namespace insights::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Backfills to time."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages a day."), QStringLiteral("P"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("countries"), QStringLiteral("Countries a day."), QStringLiteral("C"), QStringLiteral("80")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    PlausibleTestServer server;
    const QString site = QStringLiteral("bench.example.org");
    server.addSite(site, parser.value(QStringLiteral("pages")).toInt(), parser.value(QStringLiteral("countries")).toInt());
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 2;
    }
    QList<int> requests;
    QList<double> seconds;
    QList<qint64> rows;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), site);
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), server.key());
        process.setProcessEnvironment(env);
        const int before = server.v2Requests() + server.v1Requests();
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("collect"), QStringLiteral("plausible"),
                                                        QStringLiteral("--lookback-days"), QStringLiteral("365"),
                                                        QStringLiteral("--data-dir"), dir.path()});
        loop.exec();
        const double s = timer.nsecsElapsed() / 1e9;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed: %s\n", i + 1, process.readAllStandardError().constData());
            return 1;
        }
        requests.append(server.v2Requests() + server.v1Requests() - before);
        seconds.append(s);
        rows.append(rowsIn(dir.path()));
    }
    std::printf("plausible 365-day backfill with per-day pages and countries (medians of %d runs): %d requests "
                "(budget 12), %.2f s wall, %lld rows written\n",
                runs, median(requests), median(seconds), static_cast<long long>(median(rows)));
    tableRow(QStringLiteral("Plausible 365-day backfill incl. per-day pages and countries"),
             QStringLiteral("%1 requests, %2 s, %3 rows").arg(median(requests)).arg(median(seconds), 0, 'f', 2).arg(median(rows)),
             QStringLiteral("≤ 12 requests"), {}, median(requests) <= 12);
    return median(requests) <= 12 ? 0 : 1;
}
