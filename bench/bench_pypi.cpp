// PyPI (SPEC §6): the real `insights collect pypi --lookback-days 365` against the ClickHouse test
// engine (chDB with generated rollups, answers cut at 1,000 rows like the public endpoint, which
// then fails the run), fresh data directory each run: ≤ 30 queries; then the daily run right
// after it in the same directory: ≤ 8 queries. Reports queries, wall time and rows written
// (medians); fails when a budget is missed.
//
//   build/bench/bench_pypi [--runs R]
#include "clickhouseengine.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
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
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    ClickHouseEngine engine(QDate::currentDate().addDays(-1));
    if (const QString failure = engine.start(); !failure.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failure));
        return 2;
    }
    QList<int> queries;
    QList<int> dailyQueries;
    QList<double> seconds;
    QList<qint64> rows;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        // One `insights collect pypi [extra…]` in `dir`: the queries it asked, or -1 when it failed.
        const auto collect = [&](const QStringList &extra, double *wall) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), engine.url().toString());
            env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), QStringLiteral("insights-demo"));
            process.setProcessEnvironment(env);
            const int before = engine.queriesServed();
            QEventLoop loop;
            QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(INSIGHTS_BINARY),
                          QStringList{QStringLiteral("collect"), QStringLiteral("pypi"), QStringLiteral("--data-dir"), dir.path()} + extra);
            loop.exec();
            if (wall)
                *wall = timer.nsecsElapsed() / 1e9;
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                std::fprintf(stderr, "run %d failed: %s\n", i + 1, process.readAllStandardError().constData());
                return -1;
            }
            return engine.queriesServed() - before;
        };
        double s = 0;
        const int backfill = collect({QStringLiteral("--lookback-days"), QStringLiteral("365")}, &s);
        if (backfill < 0)
            return 1;
        queries.append(backfill);
        seconds.append(s);
        rows.append(rowsIn(dir.path()));
        const int daily = collect({}, nullptr);
        if (daily < 0)
            return 1;
        dailyQueries.append(daily);
    }
    const bool backfillMet = median(queries) <= 30;
    const bool dailyMet = median(dailyQueries) <= 8;
    std::printf("pypi 365-day backfill (medians of %d runs): %d queries (budget 30), %.2f s wall, %lld rows written; "
                "the daily run after it: %d queries (budget 8)\n",
                runs, median(queries), median(seconds), static_cast<long long>(median(rows)), median(dailyQueries));
    tableRow(QStringLiteral("PyPI 365-day backfill, all metrics"),
             QStringLiteral("%1 queries, %2 s, %3 rows").arg(median(queries)).arg(median(seconds), 0, 'f', 2).arg(median(rows)),
             QStringLiteral("≤ 30 queries"), {}, backfillMet);
    tableRow(QStringLiteral("PyPI daily run after the backfill"), QStringLiteral("%1 queries").arg(median(dailyQueries)),
             QStringLiteral("≤ 8 queries"), {}, dailyMet);
    return backfillMet && dailyMet ? 0 : 1;
}
