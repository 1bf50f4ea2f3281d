// PyPI 365-day backfill (SPEC §6: ≤ 8 queries): the real `insights collect pypi --lookback-days 365`
// against the ClickHouse test engine (chDB with generated rollups), fresh data directory each run.
// Reports queries, wall time and rows written (medians); fails when the query budget is missed.
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
    QList<double> seconds;
    QList<qint64> rows;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
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
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("collect"), QStringLiteral("pypi"), QStringLiteral("--lookback-days"),
                                                        QStringLiteral("365"), QStringLiteral("--data-dir"), dir.path()});
        loop.exec();
        const double s = timer.nsecsElapsed() / 1e9;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed: %s\n", i + 1, process.readAllStandardError().constData());
            return 1;
        }
        queries.append(engine.queriesServed() - before);
        seconds.append(s);
        rows.append(rowsIn(dir.path()));
    }
    std::printf("pypi 365-day backfill (medians of %d runs): %d queries (budget 8), %.2f s wall, %lld rows written\n", runs,
                median(queries), median(seconds), static_cast<long long>(median(rows)));
    tableRow(QStringLiteral("PyPI 365-day backfill, all metrics"),
             QStringLiteral("%1 queries, %2 s, %3 rows").arg(median(queries)).arg(median(seconds), 0, 'f', 2).arg(median(rows)),
             QStringLiteral("≤ 8 queries"), {}, median(queries) <= 8);
    return median(queries) <= 8 ? 0 : 1;
}
