// A page's all-time record ("All-time record: 50 visitors in a day") is kept between loads, since
// reading it means reading every row of its metric; it must still move the moment a better day
// is stored: by the window's own connection, by another program on the same file, or by a
// collector on another machine writing to the team database. A day written but not yet
// committed is not a record; its commit makes it one. On both backends.
#include "dashboard/dashboarddata.h"
#include "queries/daterange.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

const QString kSite = QStringLiteral("insights.example.org");
const QDate kToday(2026, 11, 30);

Batch visitors(const QDate &day, double value)
{
    Batch batch;
    batch.rows.append(MetricRow::make("visitors", kSite, day, Period::Daily, value));
    return batch;
}

// The record the Plausible page of the last 30 days marks ("" when none).
QString shownRecord(QSqlDatabase &db)
{
    PageRequest request{QStringLiteral("plausible"), DateRanges::forPreset(RangePreset::Days30, kToday), kSite};
    auto data = DashboardData::load(db, request);
    if (!data)
        return QStringLiteral("<failed: %1>").arg(data.errorMessage());
    for (const ChartData &chart : data->charts)
        for (const Annotation &a : chart.annotations)
            if (a.kind == Annotation::Kind::Record)
                return a.date.toString(Qt::ISODate) + QLatin1Char(' ') + a.title;
    return {};
}

QString record(int day, int value)
{
    return QStringLiteral("2026-11-%1 All-time record: %2 visitors in a day").arg(day, 2, 10, QLatin1Char('0')).arg(value);
}

} // namespace

class TestRecordCache : public QObject {
    Q_OBJECT

    const Backend m_backend;
    QTemporaryDir m_dir;

public:
    explicit TestRecordCache(Backend backend) : m_backend(backend) {}

private slots:
    void aBetterDayIsTheRecordAtOnceWhoeverWritesIt()
    {
        const QString location = test::freshLocation(m_backend, m_dir);
        Database window, other;
        QVERIFY(window.open(location).ok());
        QVERIFY(other.open(location).ok());
        for (int d = 1; d <= 10; ++d)
            test::writeCommitted(other.handle(), visitors(QDate(2026, 11, d), 10 + d));
        QCOMPARE(shownRecord(window.handle()), record(10, 20));
        QCOMPARE(shownRecord(window.handle()), record(10, 20)); // kept: nothing was written

        // Another connection (a collector, another program).
        test::writeCommitted(other.handle(), visitors(QDate(2026, 11, 12), 50));
        QCOMPARE(shownRecord(window.handle()), record(12, 50));

        // Written and not committed yet: not a record; committed: one.
        {
            ScopedTransaction tx(other.handle());
            QVERIFY(tx.begin().ok());
            QVERIFY(MetricStore(other.handle()).write(visitors(QDate(2026, 11, 14), 80), QDateTime::currentDateTimeUtc()).ok());
            QCOMPARE(shownRecord(window.handle()), record(12, 50));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(shownRecord(window.handle()), record(14, 80));

        // The window's own connection.
        test::writeCommitted(window.handle(), visitors(QDate(2026, 11, 20), 120));
        QCOMPARE(shownRecord(window.handle()), record(20, 120));

        // A day corrected downwards: the record goes back to the best that remains.
        Batch corrected = visitors(QDate(2026, 11, 20), 5);
        test::writeCommitted(other.handle(), corrected);
        QCOMPARE(shownRecord(window.handle()), record(14, 80));
    }
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestRecordCache)
#include "tst_recordcache.moc"
