// Every query a dashboard page runs is served by an index, on both backends: loads every page over
// every preset on the generated dataset, collects the statements and their plans, and fails on a
// full scan of the metric table (the thing that made a five-year range read a million rows).
// Ranges must be narrowed by the unique key or a partial index.
//  - SQLite: the statement trace, then EXPLAIN QUERY PLAN of each statement (the plan does not
//    depend on the row counts).
//  - PostgreSQL: the plan each statement was run with, as the server chose it from its statistics
//    of the dataset (auto_explain, loaded into the test's own session, reports every plan to the
//    client as a notice). The dataset is five years long, so that a table scan is what the planner
//    picks only where no index narrows the rows; enable_seqscan is left on: a forced index would
//    hide the difference.
#include "dashboard/dashboarddata.h"
#include "sample/datasetgenerator.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <dlfcn.h>
#include <sqlite3.h>

using namespace insights;

namespace {

int collect(unsigned, void *context, void *statement, void *)
{
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql) {
        static_cast<QSet<QString> *>(context)->insert(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    return qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

// libpq's notice processor, reached through the copy of libpq that Qt's PostgreSQL driver has
// loaded (the test does not link libpq itself): every notice of the connection goes to `sink`.
using NoticeProcessor = void (*)(void *, const char *);
using SetNoticeProcessor = NoticeProcessor (*)(void *, NoticeProcessor, void *);

SetNoticeProcessor setNoticeProcessor()
{
    void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
    return libpq ? reinterpret_cast<SetNoticeProcessor>(dlsym(libpq, "PQsetNoticeProcessor")) : nullptr;
}

void *pgconnOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*" (PGconn is its typedef).
    const bool pgconn = qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0;
    return pgconn ? *static_cast<void *const *>(v.constData()) : nullptr;
}

void appendNotice(void *sink, const char *message)
{
    static_cast<QStringList *>(sink)->append(QString::fromUtf8(message));
}

// Loads every page over every preset, for all subjects and for one.
void loadEveryPage(QSqlDatabase &db, const QDate &today)
{
    QList<RangePreset> presets = DateRanges::presets();
    presets.removeAll(RangePreset::Custom);
    for (const QString &page : DashboardData::pages())
        for (RangePreset preset : presets)
            for (const QString &subject : {QString(), QStringLiteral("octo/insights")}) {
                PageRequest request{page, DateRanges::forPreset(preset, today), subject, true, preset == RangePreset::All};
                auto data = DashboardData::load(db, request);
                QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
            }
}

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT
public:
    explicit TestQueryPlans(Backend backend) : m_backend(backend) {}

private slots:
    void everyPageQueryUsesAnIndex()
    {
        if (m_backend == Backend::PostgreSQL)
            return everyPostgresPlanUsesAnIndex();
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(Database::fileName())).ok());
        const QDate today = QDate::currentDate();
        QVERIFY(DatasetGenerator::generate(db, DatasetSpec::small(today)).ok());

        QSet<QString> statements;
        sqlite3 *handle = handleOf(db.handle());
        QVERIFY(handle);
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, collect, &statements);
        loadEveryPage(db.handle(), today);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(statements.size() > 20);

        int metricQueries = 0;
        for (const QString &sql : std::as_const(statements)) {
            if (!sql.contains(QLatin1String("insight_metric ")))
                continue;
            ++metricQueries;
            QSqlQuery plan(db.handle());
            QVERIFY2(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(sql));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            for (const QString &step : std::as_const(steps))
                QVERIFY2(!(step.startsWith(QLatin1String("SCAN ")) && (step.contains(QLatin1String("insight_metric"))
                                                                    || step == QLatin1String("SCAN m"))),
                         qPrintable(QStringLiteral("%1\n  plan: %2").arg(sql, steps.join(QStringLiteral(" | ")))));
        }
        QVERIFY(metricQueries > 20);
    }

private:
    void everyPostgresPlanUsesAnIndex()
    {
        Database db;
        QVERIFY(db.open(test::freshPostgresDatabase()).ok());
        const QDate today = QDate::currentDate();
        DatasetSpec spec = DatasetSpec::small(today);
        spec.days = 5 * 365; // the reference dataset's length: the metric table's share of one metric is what it is there
        QVERIFY(DatasetGenerator::generate(db, spec).ok());
        QSqlQuery setup(db.handle());
        QVERIFY(setup.exec(QStringLiteral("ANALYZE"))); // what autovacuum does after the load

        const SetNoticeProcessor set = setNoticeProcessor();
        void *conn = pgconnOf(db.handle());
        QVERIFY2(set, "libpq's PQsetNoticeProcessor is not reachable: Qt's PostgreSQL driver has not loaded libpq.so.5");
        QVERIFY2(conn, db.handle().driver()->handle().typeName());
        QStringList notices;
        const NoticeProcessor before = set(conn, appendNotice, &notices);
        for (const char *sql : {"LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0", "SET auto_explain.log_level = notice",
                                "SET auto_explain.log_format = text", "SET client_min_messages = notice"})
            QVERIFY2(setup.exec(QString::fromLatin1(sql)), qPrintable(setup.lastError().text()));
        loadEveryPage(db.handle(), today);
        setup.exec(QStringLiteral("SET auto_explain.log_min_duration = -1"));
        set(conn, before, nullptr);
        if (QTest::currentTestFailed())
            return;

        // One notice per statement: "Query Text: …" and then its plan.
        static const QRegularExpression tableScan(QStringLiteral("Seq Scan on (insight_metric|insight_metric_month)\\b"));
        QSet<QString> statements;
        int metricQueries = 0;
        for (const QString &notice : std::as_const(notices)) {
            const qsizetype textAt = notice.indexOf(QLatin1String("Query Text: "));
            if (textAt < 0)
                continue;
            const QString plan = notice.mid(textAt);
            statements.insert(plan.section(QLatin1Char('\n'), 0, 0));
            if (!plan.contains(QLatin1String("insight_metric ")) && !plan.contains(QLatin1String("insight_metric_month ")))
                continue;
            ++metricQueries;
            QVERIFY2(!plan.contains(tableScan), qPrintable(plan));
        }
        QVERIFY2(statements.size() > 20, qPrintable(QString::number(statements.size())));
        QVERIFY(metricQueries > 20);
    }

    Backend m_backend;
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestQueryPlans)
#include "tst_queryplans.moc"
