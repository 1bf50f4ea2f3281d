// Monthly sums are derived data: whatever is written (new rows, changed rows, rows written
// twice in one batch, gap fills that must not overwrite, unknown values, metadata a month can't
// sum in C++, checkpoints that defer the rebuild), the sums equal a GROUP BY over the daily rows,
// and the dashboard's ranking over any range equals the ranking summed from the days. Also the
// multi-row write path and the compact JSON it stores.
#include "dashboard/pagequery.h"
#include "queries/stargazerqueries.h"
#include "storage/compactjson.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/migrations.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"
#include "testdatabases.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
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

// A figure as comparable text on either backend (each side is compared with itself).
QString fixed(const QString &expression)
{
    return QStringLiteral("CAST(ROUND(CAST(%1 AS NUMERIC), 6) AS TEXT)").arg(expression);
}

QStringList stored(QSqlDatabase &db)
{
    return table(db, QStringLiteral("SELECT metric_type_id, month, subject, item, %1, %2, %3 FROM insight_metric_month "
                                    "ORDER BY 1, 2, 3, 4")
                         .arg(fixed(QStringLiteral("value")), fixed(QStringLiteral("extra1")), fixed(QStringLiteral("extra2"))));
}

QStringList derived(QSqlDatabase &db)
{
    const QString pageviews = Dialect::jsonNumber(db, QStringLiteral("m.metadata"), QStringLiteral("pageviews"));
    const QString human = Dialect::jsonNumber(db, QStringLiteral("m.metadata"), QStringLiteral("human"));
    const QString bot = Dialect::jsonNumber(db, QStringLiteral("m.metadata"), QStringLiteral("bot"));
    return table(db, QStringLiteral(
                         "SELECT m.metric_type_id, substr(m.date, 1, 7), m.subject, m.item, %1, %2, "
                         "CASE t.key WHEN 'downloads_by_version' THEN %3 ELSE %4 END "
                         "FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                         "WHERE t.key IN ('top_pages', 'downloads_by_version') AND m.period = 'daily' "
                         "GROUP BY 1, 2, 3, 4, t.key ORDER BY 1, 2, 3, 4")
                         .arg(fixed(QStringLiteral("SUM(m.value)")),
                              fixed(QStringLiteral("SUM(COALESCE(CASE t.key WHEN 'top_pages' THEN %1 ELSE %2 END, 0))").arg(pageviews, human)),
                              fixed(QStringLiteral("SUM(COALESCE(%1, 0))").arg(bot)), fixed(QStringLiteral("NULL"))));
}

// The random writes' generator: its seed is printed, so that a failure can be replayed with
// INSIGHTS_TEST_SEED=N (a run without it draws a new seed).
QRandomGenerator seeded()
{
    bool given = false;
    quint32 seed = qEnvironmentVariable("INSIGHTS_TEST_SEED").toUInt(&given);
    if (!given)
        seed = QRandomGenerator::system()->generate();
    qInfo("random writes with INSIGHTS_TEST_SEED=%u", seed);
    return QRandomGenerator(seed);
}

} // namespace

class TestRollups : public QObject {
    Q_OBJECT

    const Backend m_backend;
    QTemporaryDir m_dir;
    Database m_db;
    int m_file = 0;

    void open()
    {
        m_db.close();
        const Status opened = m_db.open(test::freshLocation(m_backend, m_dir));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    WriteCounts write(const Batch &batch) { return test::writeCommitted(m_db.handle(), batch, kNow); }

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
        q.prepare(Dialect::portable(m_db.handle(), QStringLiteral(
            "SELECT item, COALESCE(SUM(value), 0) AS total, SUM(COALESCE(json_extract(metadata, '$.pageviews'), 0)) FROM insight_metric "
            "WHERE metric_type_id = (SELECT id FROM insight_metric_type WHERE key = 'top_pages') AND (? = '' OR subject = ?) "
            "AND date BETWEEN ? AND ? GROUP BY item HAVING ABS(SUM(value)) > 1e-6 OR ABS(SUM(COALESCE(json_extract(metadata, '$.pageviews'), 0))) > 1e-6 "
            "ORDER BY total DESC, item")));
        const QString s = subject.isNull() ? QStringLiteral("") : subject;
        q.addBindValue(s);
        q.addBindValue(s);
        q.addBindValue(range.from.toString(Qt::ISODate));
        q.addBindValue(range.to.toString(Qt::ISODate));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList want;
        while (q.next())
            want << QStringLiteral("%1|%2|%3").arg(q.value(0).toString()).arg(q.value(1).toDouble(), 0, 'f', 3).arg(q.value(2).toDouble(), 0, 'f', 3);
        if (got != want) {
            qWarning() << "range" << range.from << range.to << "subject" << subject;
            for (int i = 0; i < std::max(got.size(), want.size()); ++i)
                if (got.value(i) != want.value(i))
                    qWarning() << i << got.value(i) << want.value(i);
        }
        QCOMPARE(got, want);
    }

    // The rankings through the monthly counts, against the same ranking grouped in SQL over the
    // stars themselves (the way it was computed before the counts existed).
    void comparePlaces(const QString &subject, const DateRange &range)
    {
        StargazerQueries queries(m_db.handle(), subject);
        auto both = queries.topLocationsAndCompanies(range, 100);
        QVERIFY2(both.ok(), qPrintable(both.errorMessage()));
        for (const auto &[field, got] : {std::pair{QStringLiteral("location"), both->first}, std::pair{QStringLiteral("company"), both->second}}) {
            const QString value = QStringLiteral("trim(json_extract(m.metadata, '$.%1'), ' ')").arg(field);
            const QString shown = field == QLatin1String("company") ? QStringLiteral("ltrim(%1, '@ ')").arg(value) : value;
            QSqlQuery q(m_db.handle());
            q.prepare(Dialect::portable(m_db.handle(), QStringLiteral(
                "WITH v AS (SELECT lower(%1) AS k, %1 AS shown FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM "
                "insight_metric_type WHERE key = 'new_star') AND (? = '' OR m.subject = ?) AND m.date BETWEEN ? AND ? AND "
                "json_extract(m.metadata, '$.unstarred_at') IS NULL AND %1 <> ''), "
                "spelled AS (SELECT k, shown, COUNT(*) AS n FROM v GROUP BY k, shown), "
                "best AS (SELECT shown, SUM(n) OVER (PARTITION BY k) AS total, ROW_NUMBER() OVER (PARTITION BY k ORDER BY n DESC, shown) AS r FROM spelled) "
                "SELECT shown, total FROM best WHERE r = 1 ORDER BY total DESC, shown").arg(shown)));
            const QString s = subject.isNull() ? QStringLiteral("") : subject;
            q.addBindValue(s);
            q.addBindValue(s);
            q.addBindValue(range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
            q.addBindValue(range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList want, mine;
            while (q.next())
                want << QStringLiteral("%1=%2").arg(q.value(0).toString()).arg(q.value(1).toInt());
            for (const RankedValue &v : got)
                mine << QStringLiteral("%1=%2").arg(v.value).arg(v.count);
            QCOMPARE(mine, want);
        }
    }

public:
    explicit TestRollups(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { open(); }

    void sumsEqualTheDailyRowsWhateverIsWritten()
    {
        QRandomGenerator generator = seeded();
        auto *rng = &generator;
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

    // A range from the 15th reads its first month whole less the 14 days before it: a page seen
    // only on those days is no page of the range, nor is a page with nothing but zeros in it,
    // and the figures equal the daily rows'.
    void subtractedDaysLeaveNoItemBehind()
    {
        open();
        Batch batch;
        for (int d = 0; d < 90; ++d)
            batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 1).addDays(d), QStringLiteral("/daily"), 10 + d, 20));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 3), QStringLiteral("/before-only"), 40, 50));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 3), QStringLiteral("/zeros"), 5, 5));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 20), QStringLiteral("/zeros"), 0, 0));
        write(batch);
        const DateRange range{QDate(2026, 1, 15), QDate(2026, 3, 2)};
        auto split = Rollups::split(m_db.handle(), QStringLiteral("top_pages"), QString(), range, true);
        QVERIFY(split.ok());
        QCOMPARE(split->firstMonth, QStringLiteral("2026-01"));
        QCOMPARE(split->minusDays.size(), 1);
        QCOMPARE(split->minusDays[0].to, QDate(2026, 1, 14));
        compareRanking(QString(), range);
        compareRanking(QStringLiteral("a.example"), range);
        PageQuery query(m_db.handle(), PageRequest{QStringLiteral("plausible"), range, QString(), false});
        auto ranked = query.topItems(QStringLiteral("top_pages"), range, 10, {QStringLiteral("pageviews")});
        QVERIFY(ranked.ok());
        QStringList items;
        for (const ItemTotal &t : std::as_const(*ranked))
            items << t.item;
        QCOMPARE(items, (QStringList{QStringLiteral("/daily")}));
    }

    // A range from the 15th reads January whole less its first 14 days: a page whose visitors
    // are known only on those days sums to 0 there, while a page never known sums to NULL over
    // its days. Both show 0 visitors, so they rank as equals, by path, whichever way the range
    // is read. (CI saw the two swap on PostgreSQL.)
    void pagesOfUnknownVisitorsRankAsEquals()
    {
        open();
        Batch batch;
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 3), QStringLiteral("/b-known-before"), 5, 0));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 20), QStringLiteral("/b-known-before"), std::nullopt, 3));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 1, 21), QStringLiteral("/a-never-known"), std::nullopt, 3));
        batch.rows.append(page(QStringLiteral("a.example"), QDate(2026, 2, 21), QStringLiteral("/c-known"), 1, 1));
        write(batch);
        const DateRange range{QDate(2026, 1, 15), QDate(2026, 3, 2)};
        PageQuery query(m_db.handle(), PageRequest{QStringLiteral("plausible"), range, QString(), false});
        auto ranked = query.topItems(QStringLiteral("top_pages"), range, 10, {QStringLiteral("pageviews")});
        QVERIFY2(ranked.ok(), qPrintable(ranked.errorMessage()));
        QStringList items;
        for (const ItemTotal &t : std::as_const(*ranked))
            items << QStringLiteral("%1=%2").arg(t.item).arg(t.value);
        QCOMPARE(items, (QStringList{QStringLiteral("/c-known=1"), QStringLiteral("/a-never-known=0"), QStringLiteral("/b-known-before=0")}));
        compareRanking(QString(), range);
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
        if (m_backend == Backend::PostgreSQL)
            QSKIP("a PostgreSQL database starts at the latest schema");
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

    void starPlacesEqualTheStarsWhateverIsWritten()
    {
        // Locations and companies counted per month must rank like the stars themselves, through
        // new stars, unstars (an overwrite adding unstarred_at), stars coming back, odd spellings.
        QRandomGenerator generator = seeded();
        auto *rng = &generator;
        const QStringList places = {QStringLiteral("Berlin"), QStringLiteral(" berlin "), QStringLiteral("BERLIN"),
                                    QStringLiteral("@KDE"), QStringLiteral("kde"), QStringLiteral("São Paulo"),
                                    QStringLiteral(""), QStringLiteral("  "), QStringLiteral("@ Google")};
        QList<MetricRow> all;
        for (int round = 0; round < 8; ++round) {
            Batch batch;
            for (int i = 0; i < 150; ++i) {
                const int n = int(all.size());
                MetricRow r = MetricRow::make("new_star", QStringLiteral("o/r%1").arg(rng->bounded(0, 2)), kFirst.addDays(rng->bounded(0, 120)),
                                              Period::Event, 1, QStringLiteral("user%1").arg(n));
                r.metadata = {{QStringLiteral("username"), r.item}};
                if (rng->bounded(0, 8))
                    r.metadata.insert(QStringLiteral("location"), places[rng->bounded(0, int(places.size()))]);
                if (rng->bounded(0, 8))
                    r.metadata.insert(QStringLiteral("company"), places[rng->bounded(0, int(places.size()))]);
                else
                    r.metadata.insert(QStringLiteral("company"), QJsonValue());
                all.append(r);
                batch.rows.append(r);
            }
            for (int k = 0; k < 30 && !all.isEmpty(); ++k) { // unstars and returns
                MetricRow &r = all[rng->bounded(0, int(all.size()))];
                if (r.metadata.contains(QStringLiteral("unstarred_at")))
                    r.metadata.remove(QStringLiteral("unstarred_at"));
                else
                    r.metadata.insert(QStringLiteral("unstarred_at"), QStringLiteral("2026-05-01T00:00:00Z"));
                batch.rows.append(r);
            }
            batch.deferDerived = round == 4;
            write(batch);
            for (const QString &subject : {QString(), QStringLiteral("o/r1")})
                for (const DateRange &range : {DateRange{kFirst, kFirst.addDays(119)}, DateRange{QDate(2026, 1, 20), QDate(2026, 3, 3)},
                                              DateRange{QDate(2026, 2, 1), QDate(2026, 3, 31)}, DateRange{}})
                    comparePlaces(subject, range);
        }
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

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestRollups)
#include "tst_rollups.moc"
