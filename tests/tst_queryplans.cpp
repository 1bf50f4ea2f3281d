// Every query a dashboard page runs is served by an index: loads every page over every preset on
// the generated dataset with SQLite's statement trace on, then asks EXPLAIN QUERY PLAN about each
// statement and fails on a full scan of the metric table (the thing that made a five-year range
// read a million rows). Ranges must be narrowed by the unique key or a partial index.
#include "dashboard/dashboarddata.h"
#include "sample/datasetgenerator.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
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

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT

private slots:
    void everyPageQueryUsesAnIndex()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(Database::fileName())).ok());
        const QDate today = QDate::currentDate();
        QVERIFY(DatasetGenerator::generate(db, DatasetSpec::small(today)).ok());

        QSet<QString> statements;
        sqlite3 *handle = handleOf(db.handle());
        QVERIFY(handle);
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, collect, &statements);
        QList<RangePreset> presets = DateRanges::presets();
        presets.removeAll(RangePreset::Custom);
        for (const QString &page : DashboardData::pages())
            for (RangePreset preset : presets)
                for (const QString &subject : {QString(), QStringLiteral("octo/insights")}) {
                    PageRequest request{page, DateRanges::forPreset(preset, today), subject, true, preset == RangePreset::All};
                    auto data = DashboardData::load(db.handle(), request);
                    QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
                }
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
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
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
