// Monthly sums are derived data: whatever is written (new rows, changed rows, rows written
// twice in one batch, gap fills that must not overwrite, unknown values, metadata a month can't
// sum in C++, checkpoints that defer the rebuild), the sums equal a GROUP BY over the daily rows,
// and the dashboard's ranking over any range equals the ranking summed from the days. Also the
// multi-row write path and the compact JSON it stores.
#include "dashboard/pagequery.h"
#include "storage/compactjson.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/migrations.h"
#include "storage/scopedtransaction.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

const QDateTime kNow(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);
const QDate kFirst(2026, 1, 1);

MetricRow page(const QString &site, const QDate &day, const QString &path, std::optional<double> visitors, double pageviews)
{
    MetricRow r = MetricRow::make("top_pages", site, day, Period::Daily, 0, path);
    r.value = visitors;
    r.metadata = {{QStringLiteral("visitors"), visitors ? QJsonValue(*visitors) : QJsonValue()},
                  {QStringLiteral("pageviews"), pageviews}};
    return r;
}

// The sums as the table holds them and as the daily rows define them, as comparable text.
QStringList table(QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList stored(QSqlDatabase &db)
{
    return table(db, QStringLiteral("SELECT metric_type_id, month, subject, item, printf('%.6f', value), printf('%.6f', extra1), "
                                    "printf('%.6f', extra2) FROM insight_metric_month ORDER BY 1, 2, 3, 4"));
}

QStringList derived(QSqlDatabase &db)
{
    return table(db, QStringLiteral(
                         "SELECT m.metric_type_id, substr(m.date, 1, 7), m.subject, m.item, printf('%.6f', SUM(m.value)), "
                         "printf('%.6f', SUM(COALESCE(json_extract(m.metadata, CASE t.key WHEN 'top_pages' THEN '$.pageviews' "
                         "ELSE '$.human' END), 0))), CASE t.key WHEN 'downloads_by_version' THEN printf('%.6f', "
                         "SUM(COALESCE(json_extract(m.metadata, '$.bot'), 0))) ELSE printf('%.6f', NULL) END "
                         "FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                         "WHERE t.key IN ('top_pages', 'downloads_by_version') AND m.period = 'daily' "
                         "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"));
}

} // namespace

class TestRollups : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    int m_file = 0;

    void open()
    {
        m_db.close();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_file))).ok());
    }

    WriteCounts write(const Batch &batch)
    {
        ScopedTransaction tx(m_db.handle());
        if (!tx.begin().ok())
            qFatal("begin failed");
        MetricStore store(m_db.handle());
        auto counts = store.write(batch, kNow);
        if (!counts.ok())
            qFatal("%s", qPrintable(counts.errorMessage()));
        if (!tx.commit().ok())
            qFatal("commit failed");
        return *counts;
    }

    int staleMonths()
    {
        QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM insight_metric_month_stale"), m_db.handle());
        return q.next() ? q.value(0).toInt() : -1;
    }

    // The ranking PageQuery gives, against the same ranking summed from the daily rows.
    void compareRanking(const QString &subject, const DateRange &range)
    {
        PageQuery query(m_db.handle(), PageRequest{QStringLiteral("plausible"), range, subject, false});
        auto ranked = query.topItems(QStringLiteral("top_pages"), range, 1000, {QStringLiteral("pageviews")});
        QVERIFY2(ranked.ok(), qPrintable(ranked.errorMessage()));
        QStringList got;
        for (const ItemTotal &t : std::as_const(*ranked))
            got << QStringLiteral("%1|%2|%3").arg(t.item).arg(t.value, 0, 'f', 3).arg(t.extra.value(0), 0, 'f', 3);
        QSqlQuery q(m_db.handle());
        q.prepare(QStringLiteral(
            "SELECT item, SUM(value) AS total, SUM(COALESCE(json_extract(metadata, '$.pageviews'), 0)) FROM insight_metric "
            "WHERE metric_type_id = (SELECT id FROM insight_metric_type WHERE key = 'top_pages') AND (? = '' OR subject = ?) "
            "AND date BETWEEN ? AND ? GROUP BY item ORDER BY total DESC, item"));
        const QString s = subject.isNull() ? QStringLiteral("") : subject;
        q.addBindValue(s);
        q.addBindValue(s);
        q.addBindValue(range.from.toString(Qt::ISODate));
        q.addBindValue(range.to.toString(Qt::ISODate));
        QVERIFY(q.exec());
        QStringList want;
        while (q.next())
            want << QStringLiteral("%1|%2|%3").arg(q.value(0).toString()).arg(q.value(1).toDouble(), 0, 'f', 3).arg(q.value(2).toDouble(), 0, 'f', 3);
        QCOMPARE(got, want);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { open(); }

    void sumsEqualTheDailyRowsWhateverIsWritten()
    {
        auto *rng = QRandomGenerator::global();
        const QStringList sites = {QStringLiteral("a.example"), QStringLiteral("b.example")};
        for (int round = 0; round < 12; ++round) {
            Batch batch;
            const int n = int(rng->bounded(1, 400));
            for (int i = 0; i < n; ++i) {
                const QDate day = kFirst.addDays(rng->bounded(0, 100));
                const QString site = sites[rng->bounded(0, 2)];
                const QString path = QStringLiteral("/p%1").arg(rng->bounded(0, 30));
                const std::optional<double> visitors = rng->bounded(0, 20) == 0 ? std::nullopt : std::optional<double>(rng->bounded(1, 500));
                MetricRow r = page(site, day, path, visitors, rng->bounded(0, 900) / 3.0);
                r.overwrite = rng->bounded(0, 6) != 0;
                if (rng->bounded(0, 40) == 0)
                    r.metadata.insert(QStringLiteral("pageviews"), QStringLiteral("12")); // text: summed by SQL only
                batch.rows.append(r);
                if (rng->bounded(0, 10) == 0)
                    batch.rows.append(r); // the same row twice in one batch
                MetricRow v = MetricRow::make("downloads_by_version", QStringLiteral("pkg"), day, Period::Daily,
                                              rng->bounded(0, 1000), QStringLiteral("1.%1").arg(rng->bounded(0, 5)));
                v.metadata = {{QStringLiteral("human"), rng->bounded(0, 30)}, {QStringLiteral("bot"), rng->bounded(0, 900)}};
                batch.rows.append(v);
            }
            batch.deferDerived = round % 5 == 3; // a checkpoint: the rebuild waits for the next write
            write(batch);
            if (!batch.deferDerived) {
                QCOMPARE(staleMonths(), 0);
                QCOMPARE(stored(m_db.handle()), derived(m_db.handle()));
            }
            for (const QString &subject : {QString(), sites[0]})
                for (const DateRange &range : {DateRange{kFirst, kFirst.addDays(99)}, DateRange{QDate(2026, 1, 15), QDate(2026, 3, 2)},
                                              DateRange{QDate(2026, 2, 1), QDate(2026, 2, 28)}, DateRange{QDate(2026, 2, 3), QDate(2026, 2, 9)},
                                              DateRange{QDate(2025, 12, 20), QDate(2026, 4, 30)}})
                    compareRanking(subject, range);
        }
        QVERIFY(!stored(m_db.handle()).isEmpty());
    }

    void aRerunThatChangesNothingRebuildsNothing()
    {
        Batch batch;
        for (int d = 0; d < 60; ++d)
            for (int p = 0; p < 10; ++p)
                batch.rows.append(page(QStringLiteral("a.example"), kFirst.addDays(d), QStringLiteral("/p%1").arg(p), p + d, p * 2.0));
        QCOMPARE(write(batch).changed, 600);
        const QStringList before = stored(m_db.handle());
        QCOMPARE(write(batch).changed, 0);
        QCOMPARE(staleMonths(), 0);
        QCOMPARE(stored(m_db.handle()), before);
        // One figure moves: only its month is rebuilt, and the sums follow.
        Batch one;
        one.rows.append(page(QStringLiteral("a.example"), kFirst.addDays(40), QStringLiteral("/p3"), 1000, 7));
        QCOMPARE(write(one).changed, 1);
        QCOMPARE(stored(m_db.handle()), derived(m_db.handle()));
        QVERIFY(stored(m_db.handle()) != before);
    }

    void anOlderDatabaseGetsItsSumsOnTheNextWrite()
    {
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            Database old;
            QVERIFY(old.openRaw(path).ok());
            QVERIFY(Migrations::migrate(old.handle(), 6).ok());
            QSqlQuery q(old.handle());
            for (int d = 0; d < 45; ++d)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, metadata, "
                                              "created_at, updated_at) SELECT '%1', id, 'a.example', '/x', %2, 'daily', "
                                              "'{\"pageviews\":%3}', 'now', 'now' FROM insight_metric_type WHERE key = 'top_pages'")
                                   .arg(kFirst.addDays(d).toString(Qt::ISODate))
                                   .arg(d)
                                   .arg(d * 2)));
        }
        QVERIFY(m_db.open(path).ok()); // migrates to the newest schema
        QCOMPARE(staleMonths(), 2);
        compareRanking({}, DateRange{kFirst, kFirst.addDays(44)}); // stale months are read from the days
        write(Batch{});
        QCOMPARE(staleMonths(), 0);
        QCOMPARE(stored(m_db.handle()), derived(m_db.handle()));
        compareRanking({}, DateRange{kFirst, kFirst.addDays(44)});
    }

    void compactJsonIsWhatQtWritesAndReadsBack()
    {
        const QList<QJsonObject> objects = {
            {{QStringLiteral("visitors"), 12}, {QStringLiteral("pageviews"), 19.5}, {QStringLiteral("duration"), 45.0}},
            {{QStringLiteral("username"), QStringLiteral("zoë \"q\" \\ back\nline\ttab\x01")}, {QStringLiteral("location"), QJsonValue()},
             {QStringLiteral("pro"), true}, {QStringLiteral("gone"), false}, {QStringLiteral("big"), 9007199254740991.0},
             {QStringLiteral("tiny"), 1e-7}, {QStringLiteral("neg"), -3}, {QStringLiteral("huge"), 1e300}},
            {{QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), 1}}}},
            {},
        };
        for (const QJsonObject &o : objects) {
            const QByteArray mine = compactJson(o);
            QJsonParseError error;
            const QJsonDocument back = QJsonDocument::fromJson(mine, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, mine.constData());
            QCOMPARE(back.object(), o);
            QCOMPARE(mine, QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
