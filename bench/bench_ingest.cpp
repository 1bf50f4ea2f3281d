// Ingest into SQLite during collection (SPEC §6: ≥ 200,000 metric rows/s): a year of the large
// dataset's widest rows (PyPI by version with people/bot metadata, by country, Plausible pages
// with metadata: ~347,000 rows) written by MetricStore the way a collector writes a batch — one
// transaction, monthly sums included — into a fresh database, beside the same kind of rows
// written one per transaction. Then the same batch again (a re-run: nothing changes, nothing
// is written twice).
//
//   build/bench/bench_ingest [--runs R] [--days D]
#include "benchutil.h"

#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace insights;
using namespace insights::bench;

namespace {

Batch yearOfRows(const QDate &today, int days)
{
    Batch batch;
    for (int d = 0; d < days; ++d) {
        const QDate day = today.addDays(-d);
        for (int v = 0; v < 300; ++v) {
            MetricRow r = MetricRow::make("downloads_by_version", QStringLiteral("insights-demo"), day, Period::Daily,
                                          1000.0 / (v + 1) + d, QStringLiteral("1.%1.0").arg(v));
            r.metadata = {{QStringLiteral("human"), 30 + v}, {QStringLiteral("bot"), 970 + d}};
            batch.rows.append(std::move(r));
        }
        for (int c = 0; c < 150; ++c)
            batch.rows.append(MetricRow::make("downloads_by_country", QStringLiteral("insights-demo"), day, Period::Daily,
                                              500.0 / (c + 1), QStringLiteral("C%1").arg(c)));
        for (int p = 0; p < 500; ++p) {
            MetricRow r = MetricRow::make("top_pages", QStringLiteral("insights.example.org"), day, Period::Daily, 200.0 / (p + 1),
                                          QStringLiteral("/docs/page-%1").arg(p));
            r.metadata = {{QStringLiteral("visitors"), *r.value}, {QStringLiteral("pageviews"), *r.value * 1.6},
                          {QStringLiteral("duration"), 45}};
            batch.rows.append(std::move(r));
        }
    }
    return batch;
}

Result<double> writeSeconds(Database &db, const Batch &batch, const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    ScopedTransaction tx(db.handle());
    if (auto st = tx.begin(); !st)
        return st.error();
    MetricStore store(db.handle());
    if (auto written = store.write(batch, now); !written)
        return written.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of rows."), QStringLiteral("D"), QStringLiteral("365")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Batch batch = yearOfRows(today, std::max(1, parser.value(QStringLiteral("days")).toInt()));
    const double n = double(batch.rows.size());

    QList<double> batched, rerun, single;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir dir;
        Database db;
        if (auto st = db.open(dir.filePath(Database::fileName())); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
            return 1;
        }
        auto first = writeSeconds(db, batch, now);
        auto again = writeSeconds(db, batch, now.addSecs(3600));
        if (!first || !again) {
            std::fprintf(stderr, "%s\n", qPrintable((!first ? first : again).errorMessage()));
            return 1;
        }
        batched.append(n / *first);
        rerun.append(n / *again);

        // The baseline: one transaction per row, on a sample (it is ~100 times slower).
        Database slow;
        QTemporaryDir slowDir;
        if (auto st = slow.open(slowDir.filePath(Database::fileName())); !st)
            return 1;
        Batch one;
        QElapsedTimer timer;
        timer.start();
        const int sample = 3000;
        for (int i = 0; i < sample; ++i) {
            one.rows = {batch.rows.at(i)};
            if (!writeSeconds(slow, one, now))
                return 1;
        }
        single.append(sample / (timer.nsecsElapsed() / 1e9));
    }
    const Spread s = spreadOf(batched);
    std::printf("ingest of %lld rows: %s; re-run of the same rows (nothing changes): %s\n", static_cast<long long>(n),
                qPrintable(fmt(s, "rows/s")), qPrintable(fmt(spreadOf(rerun), "rows/s")));
    tableRow(QStringLiteral("ingest into SQLite, one batch of %1 rows").arg(qlonglong(n)), fmt(s, "rows/s"),
             QStringLiteral("≥ 200,000 rows/s"), QStringLiteral("one row per transaction: ") + fmt(spreadOf(single), "rows/s"),
             s.median >= 200'000);
    return s.median >= 200'000 ? 0 : 1;
}
