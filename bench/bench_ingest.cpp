// Ingest into SQLite during collection (SPEC §6: ≥ 200,000 metric rows/s): a year of the large
// dataset's widest rows (PyPI by version with people/bot metadata, by country, Plausible pages
// with metadata: ~347,000 rows) written by MetricStore the way a collector writes a batch — one
// transaction, monthly sums included — into a fresh database, beside the same kind of rows
// written one per transaction. Then the same batch again (a re-run: nothing changes, nothing
// is written twice).
//
// Team mode (SPEC §6: ≥ 50,000 rows/s): the same batch through the same MetricStore into a fresh
// database on a PostgreSQL server over loopback, beside one row per transaction there; the server
// is scripts/with-test-postgres.sh's (INSIGHTS_TEST_POSTGRES_URL) or --postgres URL, a superuser's.
//
//   build/bench/bench_ingest [--runs R] [--days D] [--postgres URL] [--only sqlite|postgresql]
#include "benchutil.h"
#include "postgresbench.h"

#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <functional>

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

struct Figures {
    QList<double> batched, rerun, single;
};

// `runs` times: the batch into a fresh database and again, then the baseline's sample into
// another. `open` opens a fresh database for run r ("b" for the baseline's).
Result<Figures> measure(const Batch &batch, const QDateTime &now, int runs, int sample,
                        const std::function<Status(Database &, const QString &)> &open)
{
    Figures f;
    const double n = double(batch.rows.size());
    for (int r = 0; r < runs; ++r) {
        {
            Database db;
            if (auto st = open(db, QString::number(r)); !st)
                return st.error();
            auto first = writeSeconds(db, batch, now);
            if (!first)
                return first.error();
            auto again = writeSeconds(db, batch, now.addSecs(3600));
            if (!again)
                return again.error();
            f.batched.append(n / *first);
            f.rerun.append(n / *again);
        }
        // The baseline: one transaction per row, on a sample (it is ~100 times slower).
        Database slow;
        if (auto st = open(slow, QString::number(r) + QLatin1Char('b')); !st)
            return st.error();
        Batch one;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < sample; ++i) {
            one.rows = {batch.rows.at(i)};
            if (auto written = writeSeconds(slow, one, now); !written)
                return written.error();
        }
        f.single.append(sample / (timer.nsecsElapsed() / 1e9));
    }
    return f;
}

// Prints the figures and the §6 row; whether the budget is met.
bool report(const QString &where, const Figures &f, qsizetype rows, double budget, const char *budgetText)
{
    const Spread s = spreadOf(f.batched);
    std::printf("%s: ingest of %lld rows: %s; re-run of the same rows (nothing changes): %s\n", qPrintable(where),
                static_cast<long long>(rows), qPrintable(fmt(s, "rows/s")), qPrintable(fmt(spreadOf(f.rerun), "rows/s")));
    const bool met = s.median >= budget;
    tableRow(QStringLiteral("ingest into %1, one batch of %2 rows").arg(where).arg(qlonglong(rows)), fmt(s, "rows/s"),
             QString::fromUtf8(budgetText),
             QStringLiteral("one row per transaction: ") + fmt(spreadOf(f.single), "rows/s"), met);
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of rows."), QStringLiteral("D"), QStringLiteral("365")});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("A PostgreSQL superuser's URL (default: INSIGHTS_TEST_POSTGRES_URL): the same batch into a "
                                     "fresh database there too."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("sqlite or postgresql."), QStringLiteral("BACKEND")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString only = parser.value(QStringLiteral("only"));
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Batch batch = yearOfRows(today, std::max(1, parser.value(QStringLiteral("days")).toInt()));
    bool allMet = true;

    if (only.isEmpty() || only == QLatin1String("sqlite")) {
        QTemporaryDir dir;
        auto f = measure(batch, now, runs, 3000, [&](Database &db, const QString &run) {
            // One run's files at a time (the previous run's databases are closed by now).
            QDir(dir.path()).removeRecursively();
            QDir().mkpath(dir.path());
            return db.open(dir.filePath(QStringLiteral("run%1.db").arg(run)));
        });
        if (!f) {
            std::fprintf(stderr, "%s\n", qPrintable(f.errorMessage()));
            return 1;
        }
        allMet &= report(QStringLiteral("SQLite"), *f, batch.rows.size(), 200'000, "≥ 200,000 rows/s");
    }

    // Team mode (SPEC §6: ≥ 50,000 rows/s over loopback): the same batch through the same
    // MetricStore into a fresh database on the server, beside one row per transaction there.
    const QString server = postgresServer(parser.value(QStringLiteral("postgres")));
    if (!server.isEmpty() && (only.isEmpty() || only == QLatin1String("postgresql"))) {
        std::printf("PostgreSQL: %s\n", qPrintable(postgresSettings(server)));
        QStringList made;
        const QString prefix = QStringLiteral("insights_bench_ingest_%1_").arg(QCoreApplication::applicationPid());
        auto f = measure(batch, now, runs, 1000, [&](Database &db, const QString &run) -> Status {
            const QString url = freshDatabase(server, prefix + run);
            if (url.isEmpty())
                return makeError(QStringLiteral("cannot create a database on %1").arg(server.section(u'@', 1)), Error::Kind::Storage);
            made << prefix + run;
            return db.open(url);
        });
        for (const QString &name : std::as_const(made))
            dropDatabase(server, name);
        if (!f) {
            std::fprintf(stderr, "%s\n", qPrintable(f.errorMessage()));
            return 1;
        }
        allMet &= report(QStringLiteral("PostgreSQL over loopback"), *f, batch.rows.size(), 50'000, "≥ 50,000 rows/s");
    } else if (server.isEmpty()) {
        std::printf("PostgreSQL: no server (--postgres URL or INSIGHTS_TEST_POSTGRES_URL): not measured\n");
    }
    return allMet ? 0 : 1;
}
