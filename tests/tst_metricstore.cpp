// The one write path: upserts, gap fills that never overwrite, snapshot sets, events, NULLs,
// and transactions that leave nothing behind — on SQLite and on PostgreSQL.
#include "sqlprobe.h"
#include "testdatabases.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"
#include "storewrite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

MetricRow daily(const QString &metric, const QDate &date, std::optional<double> value, bool overwrite = true)
{
    MetricRow r;
    r.metric = metric;
    r.subject = QStringLiteral("o/r");
    r.date = date;
    r.value = value;
    r.overwrite = overwrite;
    return r;
}

const QDateTime kNow(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);

} // namespace

class TestMetricStore : public QObject {
    Q_OBJECT

    const Backend m_backend;
    QTemporaryDir m_dir;
    Database m_db;

    WriteCounts write(const Batch &batch) { return test::writeCommitted(m_db.handle(), batch, kNow); }

public:
    explicit TestMetricStore(Backend backend) : m_backend(backend) {}

private slots:
    void init()
    {
        m_db.close();
        const Status opened = m_db.open(freshLocation(m_backend, m_dir));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(Dialect::of(m_db.handle()), m_backend);
    }

    // A statement the database cannot prepare (on a team database: a function of a newer schema)
    // is reported with the database's own reason, not with the error of executing nothing
    // ("syntax error at or near \"(\"", as QPSQL's EXECUTE of no statement gave).
    void aStatementThatCannotBePreparedSaysWhy()
    {
        QSqlQuery q(m_db.handle());
        q.prepare(QStringLiteral("SELECT insight_no_such_function(?)"));
        q.addBindValue(1);
        const Status st = execPrepared(q);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QLatin1String("insight_no_such_function")), qPrintable(st.errorMessage()));
        // The same query, prepared again with a statement that works, runs.
        QVERIFY(q.prepare(QStringLiteral("SELECT 1 + ?")));
        q.addBindValue(1);
        QVERIFY(execPrepared(q).ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void upsertReplacesAndNeverDuplicates()
    {
        const QDate d(2026, 5, 1);
        QCOMPARE(write({{daily(QStringLiteral("views"), d, 5)}, {}, {}, {}, {}}).changed, 1);
        QCOMPARE(write({{daily(QStringLiteral("views"), d, 9)}, {}, {}, {}, {}}).changed, 1);
        QCOMPARE(write({{daily(QStringLiteral("views"), d, 9)}, {}, {}, {}, {}}).changed, 0);
        QCOMPARE(countRows(m_db.handle(), QStringLiteral("views")), 1);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), d).toInt(), 9);
    }

    void fillRowsNeverOverwrite()
    {
        const QDate d(2026, 5, 2);
        write({{daily(QStringLiteral("views"), d, 7)}, {}, {}, {}, {}});
        QCOMPARE(write({{daily(QStringLiteral("views"), d, 0, false)}, {}, {}, {}, {}}).changed, 0);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), d).toInt(), 7);
        const QDate fresh(2026, 5, 3);
        QCOMPARE(write({{daily(QStringLiteral("views"), fresh, 0, false)}, {}, {}, {}, {}}).changed, 1);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), fresh).toInt(), 0);
    }

    void unknownValuesStayNull()
    {
        const QDate d(2026, 5, 4);
        write({{daily(QStringLiteral("bounce_rate"), d, std::nullopt)}, {}, {}, {}, {}});
        const QVariant v = metricValue(m_db.handle(), QStringLiteral("bounce_rate"), QStringLiteral("o/r"), d);
        QVERIFY(v.isNull());
        QCOMPARE(countRows(m_db.handle(), QStringLiteral("bounce_rate")), 1);
    }

    void snapshotSetsReplaceTheirItems()
    {
        const QDate d(2026, 5, 5);
        auto item = [](const QString &key, double v) {
            MetricRow r;
            r.item = key;
            r.value = v;
            return r;
        };
        SnapshotSet first{QStringLiteral("referrers"), QStringLiteral("o/r"), d, {item(QStringLiteral("a"), 1), item(QStringLiteral("b"), 2)}};
        QCOMPARE(write({{}, {first}, {}, {}, {}}).changed, 2);
        SnapshotSet second{QStringLiteral("referrers"), QStringLiteral("o/r"), d, {item(QStringLiteral("b"), 3)}};
        const WriteCounts counts = write({{}, {second}, {}, {}, {}});
        QCOMPARE(counts.changed, 1);
        QCOMPARE(counts.removed, 1);
        QCOMPARE(countRows(m_db.handle(), QStringLiteral("referrers")), 1);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("referrers"), QStringLiteral("o/r"), d, QStringLiteral("snapshot"),
                             QStringLiteral("b")).toInt(), 3);
    }

    void eventsAreUpdatedInPlace()
    {
        EventRow e{QStringLiteral("github_stars"), QStringLiteral("o/r"), QDate(2026, 5, 6), QStringLiteral("star_day"), {},
                   QStringLiteral("#99 - ncthuc"), {}};
        QCOMPARE(write({{}, {}, {e}, {}, {}}).events, 1);
        e.title = QStringLiteral("#99-#100 (2 stars)");
        QCOMPARE(write({{}, {}, {e}, {}, {}}).events, 1);
        QCOMPARE(write({{}, {}, {e}, {}, {}}).events, 0);
        QCOMPARE(scalar(m_db.handle(), QStringLiteral("SELECT count(*) FROM insight_event")).toInt(), 1);
        QCOMPARE(scalar(m_db.handle(), QStringLiteral("SELECT title FROM insight_event")).toString(), e.title);
    }

    void anUncommittedTransactionLeavesNothing()
    {
        {
            ScopedTransaction tx(m_db.handle());
            QVERIFY(tx.begin().ok());
            MetricStore store(m_db.handle());
            QVERIFY(store.write({{daily(QStringLiteral("views"), QDate(2026, 5, 7), 3)}, {}, {}, {}, {}}, kNow).ok());
        } // no commit: rolled back
        QCOMPARE(countRows(m_db.handle()), 0);
    }

    // Text reaches the database as it was: quotes, backslashes, SQL and any script. (PostgreSQL's
    // rows travel as literals.)
    void hostileTextRoundTrips()
    {
        const QString subject = QStringLiteral("o'r\\x\"; DROP TABLE insight_metric; --");
        const QString item = QStringLiteral("/p\u00e4th?q='1'\\n$$ \u4e2d\U0001F600");
        MetricRow r = daily(QStringLiteral("popular_paths"), QDate(2026, 5, 9), 4);
        r.subject = subject;
        r.item = item;
        r.metadata = {{QStringLiteral("title"), QStringLiteral("it's \\ \"quoted\"")}};
        QCOMPARE(write({{r}, {}, {}, {}, {}}).changed, 1);
        QCOMPARE(write({{r}, {}, {}, {}, {}}).changed, 0);
        QSqlQuery q(m_db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT subject, item, metadata FROM insight_metric")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), subject);
        QCOMPARE(q.value(1).toString(), item);
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), r.metadata);
    }

    // The same row twice in one batch is written twice in order, the last figure wins, and
    // thousands of rows cross every statement boundary.
    void aRowTwiceInOneBatchKeepsTheLast()
    {
        Batch batch;
        for (int i = 0; i < 3000; ++i)
            batch.rows.append(daily(QStringLiteral("views"), QDate(2020, 1, 1).addDays(i), i));
        batch.rows.append(daily(QStringLiteral("views"), QDate(2020, 1, 1), 42));
        batch.rows.append(daily(QStringLiteral("views"), QDate(2020, 1, 2), 43));
        QCOMPARE(write(batch).changed, 3002);
        QCOMPARE(countRows(m_db.handle(), QStringLiteral("views")), 3000);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), QDate(2020, 1, 1)).toInt(), 42);
        QCOMPARE(metricValue(m_db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), QDate(2020, 1, 2)).toInt(), 43);
        QCOMPARE(scalar(m_db.handle(), QStringLiteral("SELECT SUM(value) FROM insight_metric")).toDouble(),
                 2999.0 * 3000 / 2 - 0 - 1 + 42 + 43);
        QCOMPARE(write(batch).changed, 4); // the first two days go 42 → 0 → 42 and 43 → 1 → 43
    }

    void unknownMetricIsAnErrorNotASilentDrop()
    {
        ScopedTransaction tx(m_db.handle());
        QVERIFY(tx.begin().ok());
        MetricStore store(m_db.handle());
        auto result = store.write({{daily(QStringLiteral("no_such_metric"), QDate(2026, 5, 8), 1)}, {}, {}, {}, {}}, kNow);
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(QLatin1String("no_such_metric")));
    }
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestMetricStore)
#include "tst_metricstore.moc"
