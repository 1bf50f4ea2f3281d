// The one write path: upserts, gap fills that never overwrite, snapshot sets, events, NULLs,
// and transactions that leave nothing behind.
#include "sqlprobe.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"

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

    QTemporaryDir m_dir;
    Database m_db;

    WriteCounts write(const Batch &batch) { return test::writeCommitted(m_db.handle(), batch, kNow); }

private slots:
    void init()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("insights.db")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("insights.db"))).ok());
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

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
