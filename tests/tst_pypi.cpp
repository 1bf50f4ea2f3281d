// pypi against the ClickHouse test engine as the public endpoint serves user `demo` (readonly,
// four changeable settings, answers cut at 1,000 rows, a read limit, 60 queries an hour per
// client). A 365-day backfill stores, for every day, figures equal to the engine's own sums —
// downloads, human downloads, each version with its human/bot split, every country, installer,
// file type, Python version and operating system (file types from the file-type rollup: the
// engine's installer rollup keeps arbitrary types after a merge) — in exactly the planned
// queries (a plan and windows under 1,000 rows: 14 for the test package, SPEC's 20-version
// package 26), with no setting outside the four. Python versions and systems add up to each
// day's downloads as the engine sums them, equal its raw downloads, are not doubled by a
// re-collection, and the PyPI page's two tables show the range's shares as SQL computes them.
// Normal runs re-read from the newest stored day in 2 queries and follow the editable installer
// table; quoted and unquoted 64-bit integers store the same figures; a crafted name asks nothing.
// The quota: several packages that do not fit the hour wait (the run spends no more than the
// budget and the engine never refuses), say so in status, and the next hour completes them; a
// quota exhausted mid-run by the server keeps only complete days and the next run completes the
// data exactly; a forced cut (the engine's limits lowered) fails clearly and stores nothing.
#include "clickhouse/daywindows.h"
#include "clickhouse/querybudget.h"
#include "clickhouseengine.h"
#include "collectors/collectionrunner.h"
#include "collectors/pypi/pypidownloads.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "http/httpclient.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "storedcontents.h"
#include "testclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestPyPi : public QObject {
    Q_OBJECT
    const QDate loadedUntil{2026, 5, 19};
    ClickHouseEngine engine{loadedUntil};

    struct Run {
        RunReport report;
        int queries = 0; // requests the engine received
        QString message() const
        {
            QStringList out;
            for (const SourceOutcome &s : report.sources)
                for (const SubjectOutcome &o : s.subjects)
                    if (!o.ok)
                        out << o.message;
            return out.join(u'\n');
        }
    };

    Run collect(Database &db, const QString &dir, const QString &packages, int lookbackDays, TestClock &clock)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), engine.url().toString());
        env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), packages);
        Config config(dir, env);
        MemorySecretStore secrets;
        Tokens tokens(&secrets, env);
        HttpClient http(clock);
        CollectionRunner runner(db, config, tokens, clock, http);
        const int before = engine.queriesServed();
        Run run;
        run.report = runner.run({QStringLiteral("pypi")}, CollectOptions{lookbackDays});
        run.queries = engine.queriesServed() - before;
        return run;
    }

    qint64 engineSum(const QString &sql)
    {
        const auto rows = engine.rows(sql);
        return rows.isEmpty() ? 0 : rows.first().value(QLatin1String("s")).toInteger();
    }

    // The engine's own figures of `metric` per "day|item" (item '' for daily totals).
    QMap<QString, qint64> engineFigures(const QString &sql)
    {
        QMap<QString, qint64> out;
        for (const QJsonObject &r : engine.rows(sql))
            out.insert(r.value(QLatin1String("d")).toString() + u'|' + r.value(QLatin1String("i")).toString(),
                       r.value(QLatin1String("n")).toInteger());
        return out;
    }
    static QMap<QString, qint64> storedFigures(Database &db, const QString &metric, const QString &subject, const QString &field = {})
    {
        QSqlQuery q(db.handle());
        q.prepare(QStringLiteral("SELECT m.date, m.item, %1 FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                 "WHERE t.key = ? AND m.subject = ? AND m.period = 'daily'")
                      .arg(field.isEmpty() ? QStringLiteral("m.value") : QStringLiteral("json_extract(m.metadata, '$.%1')").arg(field)));
        q.addBindValue(metric);
        q.addBindValue(subject);
        q.exec();
        QMap<QString, qint64> out;
        while (q.next())
            out.insert(q.value(0).toString() + u'|' + q.value(1).toString(), q.value(2).toLongLong());
        return out;
    }
    // Every key equal, with the first difference named.
    static bool sameFigures(const QMap<QString, qint64> &stored, const QMap<QString, qint64> &expected, QString &why)
    {
        for (auto it = expected.begin(); it != expected.end(); ++it)
            if (stored.value(it.key(), -1) != it.value()) {
                why = QStringLiteral("%1: stored %2, engine %3").arg(it.key()).arg(stored.value(it.key(), -1)).arg(it.value());
                return false;
            }
        for (auto it = stored.begin(); it != stored.end(); ++it)
            if (!expected.contains(it.key())) {
                why = QStringLiteral("%1: stored %2, not in the engine").arg(it.key()).arg(it.value());
                return false;
            }
        return true;
    }

    // What the collector should spend for [first, last]: a plan, then windows packed from the
    // engine's own count of each day's breakdown rows.
    int plannedQueries(const QString &project, const QDate &first, const QDate &last)
    {
        const QString where = QStringLiteral("project = '%1' AND date BETWEEN '%2' AND '%3'")
                                  .arg(project, first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        QMap<QDate, qint64> rows;
        for (QDate d = first; d <= last; d = d.addDays(1))
            rows.insert(d, 0);
        for (const QJsonObject &r : engine.rows(QStringLiteral(
                 "SELECT toString(date) AS d, count() AS n FROM ("
                 "SELECT date, version FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE %1 GROUP BY date, version "
                 "UNION ALL SELECT date, installer FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE %1 GROUP BY date, installer "
                 "UNION ALL SELECT date, country_code FROM pypi.pypi_downloads_per_day_by_version_by_country WHERE %1 GROUP BY date, country_code "
                 "UNION ALL SELECT date, toString(type) FROM pypi.pypi_downloads_per_day_by_version_by_file_type WHERE %1 GROUP BY date, type"
                 // a day's Python versions come in one row, and so do its systems
                 " UNION ALL SELECT date, 'python' FROM pypi.pypi_downloads_per_day_by_version_by_python WHERE %1 GROUP BY date"
                 " UNION ALL SELECT date, 'system' FROM pypi.pypi_downloads_per_day_by_version_by_system WHERE %1 GROUP BY date"
                 ") GROUP BY date").arg(where)))
            rows[QDate::fromString(r.value(QLatin1String("d")).toString(), Qt::ISODate)] = r.value(QLatin1String("n")).toInteger();
        int queries = 1;
        for (const DayWindow &w : daywindows::pack(rows))
            queries += w.queries();
        return queries;
    }

    // Every request since the last reset: no setting outside the four, every answer under 1,000 rows.
    void checkRequests(int expectedCount = -1)
    {
        const QStringList allowed = ClickHouseEngine::changeableSettings();
        for (const QString &name : engine.settingsSeen())
            QVERIFY2(allowed.contains(name), qPrintable(name));
        const QJsonArray requests = engine.requests().value(QLatin1String("requests")).toArray();
        for (const QJsonValue &r : requests)
            QVERIFY2(r.toObject().value(QLatin1String("result_rows")).toInteger() < 1000,
                     qPrintable(QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact))));
        if (expectedCount >= 0)
            QCOMPARE(int(requests.size()), expectedCount);
    }

    // Every stored day of `subject` is complete: its total equals the sum of its versions,
    // countries, installers, file types, Python versions and systems (all six written together,
    // never half a day).
    static void checkCompleteDays(Database &db, const QString &subject)
    {
        for (const char *breakdown : {"downloads_by_version", "downloads_by_country", "downloads_by_installer", "downloads_by_type",
                                      "downloads_by_python", "downloads_by_system"}) {
            const int broken = scalar(db.handle(), QStringLiteral(
                "SELECT COUNT(*) FROM insight_metric d JOIN insight_metric_type dt ON dt.id = d.metric_type_id AND dt.key = 'downloads_daily' "
                "WHERE d.subject = ? AND d.value <> IFNULL((SELECT SUM(b.value) FROM insight_metric b JOIN insight_metric_type bt "
                "ON bt.id = b.metric_type_id AND bt.key = ? WHERE b.subject = d.subject AND b.date = d.date), 0)"),
                {subject, QString::fromLatin1(breakdown)}).toInt();
            QVERIFY2(broken == 0, breakdown);
            const int orphans = scalar(db.handle(), QStringLiteral(
                "SELECT COUNT(*) FROM insight_metric b JOIN insight_metric_type bt ON bt.id = b.metric_type_id AND bt.key = ? "
                "WHERE b.subject = ? AND NOT EXISTS (SELECT 1 FROM insight_metric d JOIN insight_metric_type dt "
                "ON dt.id = d.metric_type_id AND dt.key = 'downloads_daily' WHERE d.subject = b.subject AND d.date = b.date)"),
                {QString::fromLatin1(breakdown), subject}).toInt();
            QVERIFY2(orphans == 0, breakdown);
        }
    }

private slots:
    void initTestCase()
    {
        const QString failure = engine.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(engine.profile(), QStringLiteral("demo"));
    }

    void init()
    {
        // Each case is a new hour for the engine's quota, and starts a fresh request log.
        QVERIFY(engine.resetQuota());
        QVERIFY(engine.useRealClock());
        QVERIFY(engine.resetLimits());
        QVERIFY(engine.resetRequests());
    }

    void aYearBackfillEqualsTheEnginesOwnSums()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const QDate today = clock.todayUtc();
        const Run run = collect(db, dir.path(), QStringLiteral("Insights_Demo"), 365, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        const int planned = plannedQueries(QStringLiteral("insights-demo"), today.addDays(-364), loadedUntil);
        qInfo("a 365-day backfill of insights-demo: %d queries (planned %d)", run.queries, planned);
        QCOMPARE(run.queries, planned);
        QVERIFY(run.queries <= 30); // SPEC §6
        checkRequests(run.queries);

        const QString subject = QStringLiteral("Insights_Demo");
        QVERIFY(!metricValue(db.handle(), QStringLiteral("downloads_daily"), subject, today).isValid()); // a gap, not 0
        const QString where = QStringLiteral("project = 'insights-demo' AND date BETWEEN '%1' AND '%2'")
                                  .arg(today.addDays(-364).toString(Qt::ISODate), loadedUntil.toString(Qt::ISODate));
        QString why;
        // Daily totals: every day of the year, 0 where nobody downloaded.
        QMap<QString, qint64> daily, human;
        for (QDate d = today.addDays(-364); d <= loadedUntil; d = d.addDays(1)) {
            daily.insert(d.toString(Qt::ISODate) + u'|', 0);
            human.insert(d.toString(Qt::ISODate) + u'|', 0);
        }
        const auto fill = [](QMap<QString, qint64> &into, const QMap<QString, qint64> &from) {
            for (auto it = from.begin(); it != from.end(); ++it)
                into[it.key()] = it.value();
        };
        fill(daily, engineFigures(QStringLiteral("SELECT toString(date) AS d, '' AS i, sum(count) AS n FROM pypi.pypi_downloads_per_day "
                                                 "WHERE %1 GROUP BY date").arg(where)));
        fill(human, engineFigures(QStringLiteral("SELECT toString(date) AS d, '' AS i, sum(count) AS n FROM "
                                                 "pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE %1 AND installer IN "
                                                 "('pip', 'uv') GROUP BY date").arg(where)));
        QCOMPARE(daily.size(), 364);
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_daily"), subject), daily, why), qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_daily_human"), subject), human, why), qPrintable(why));
        // Each version's figure and its human and bot parts.
        const QString versions = QStringLiteral("SELECT toString(date) AS d, version AS i, %2 AS n FROM "
                                                "pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE %1 GROUP BY date, version");
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_version"), subject),
                             engineFigures(versions.arg(where, QStringLiteral("sum(count)"))), why), qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_version"), subject, QStringLiteral("human")),
                             engineFigures(versions.arg(where, QStringLiteral("sumIf(count, installer IN ('pip', 'uv'))"))), why),
                 qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_version"), subject, QStringLiteral("bot")),
                             engineFigures(versions.arg(where, QStringLiteral("sumIf(count, installer NOT IN ('pip', 'uv'))"))), why),
                 qPrintable(why));
        // Every country, installer and file type of every day.
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_country"), subject),
                             engineFigures(QStringLiteral("SELECT toString(date) AS d, if(country_code = '', '(unknown)', country_code) AS i, "
                                                          "sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_country "
                                                          "WHERE %1 GROUP BY date, country_code").arg(where)), why),
                 qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_installer"), subject),
                             engineFigures(QStringLiteral("SELECT toString(date) AS d, if(installer = '', '(none)', installer) AS i, "
                                                          "sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
                                                          "WHERE %1 GROUP BY date, installer").arg(where)), why),
                 qPrintable(why));
        const QMap<QString, qint64> types = engineFigures(QStringLiteral(
            "SELECT toString(date) AS d, toString(type) AS i, sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_file_type "
            "WHERE %1 GROUP BY date, type").arg(where));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_type"), subject), types, why), qPrintable(why));
        // The installer rollup's `type` is not in its key: its per-type sums differ from the truth.
        QVERIFY(engineFigures(QStringLiteral("SELECT toString(date) AS d, toString(type) AS i, sum(count) AS n FROM "
                                             "pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE %1 GROUP BY date, type")
                                  .arg(where))
                != types);
        // Python versions and operating systems, from the rollups that have them in their keys.
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_python"), subject),
                             engineFigures(QStringLiteral("SELECT toString(date) AS d, if(python_minor = '', '(unknown)', python_minor) AS i, "
                                                          "sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_python "
                                                          "WHERE %1 GROUP BY date, python_minor").arg(where)), why),
                 qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_system"), subject),
                             engineFigures(QStringLiteral("SELECT toString(date) AS d, if(system = '', '(unknown)', system) AS i, "
                                                          "sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_system "
                                                          "WHERE %1 GROUP BY date, system").arg(where)), why),
                 qPrintable(why));
        QVERIFY(storedFigures(db, QStringLiteral("downloads_by_country"), subject).size() > 1000); // the cut would have bitten
        QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_total"), subject, today, QStringLiteral("cumulative")).toLongLong(),
                 engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads WHERE project = 'insights-demo'")));
        checkCompleteDays(db, subject);
        QVERIFY(quotaWaitWarning(db.handle(), QueryBudget::fileIn(dir.path()), QStringLiteral("pypi"), {subject}, clock.nowUtc()).isEmpty());
    }

    // What users asked for (pypistats.org #6, pepy #523): downloads by Python version and by
    // operating system. Each day's values add up to the day's downloads as the engine itself sums
    // them, each value is the number of raw downloads with that Python or system, a second
    // collection of the same days changes nothing, and the PyPI page ranks both with shares of
    // the range equal to SQL over the stored days.
    void pythonVersionsAndSystemsAddUpToEachDayAndShowTheirShares()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const QString subject = QStringLiteral("insights-demo");
        // The 61 days up to today, of which the dataset has loaded all but today: 60 days, parts of
        // March and May and all of April (the page takes April from the monthly sums).
        const DateRange range{loadedUntil.addDays(-59), loadedUntil};
        Run run = collect(db, dir.path(), subject, 61, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        const QString where = QStringLiteral("project = 'insights-demo' AND date BETWEEN '%1' AND '%2'")
                                  .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));

        // Per day: the sum of each breakdown is the engine's sum(count) of that day.
        const QMap<QString, qint64> days = engineFigures(QStringLiteral(
            "SELECT toString(date) AS d, '' AS i, sum(count) AS n FROM pypi.pypi_downloads_per_day WHERE %1 GROUP BY date").arg(where));
        QCOMPARE(days.size(), 60);
        for (const char *metric : {"downloads_by_python", "downloads_by_system"}) {
            QMap<QString, qint64> perDay;
            QSet<QString> items;
            const QMap<QString, qint64> stored = storedFigures(db, QString::fromLatin1(metric), subject);
            for (auto it = stored.begin(); it != stored.end(); ++it) {
                perDay[it.key().section(u'|', 0, 0) + u'|'] += it.value();
                items.insert(it.key().section(u'|', 1));
            }
            QCOMPARE(perDay, days);
            QVERIFY2(items.size() >= 4 && items.contains(QStringLiteral("(unknown)")), metric); // several, the unreported one named
        }
        // Per day and item: the raw downloads with that Python or system (not only a rollup's figure).
        const QString raw = QStringLiteral("SELECT toString(date) AS d, if(%2 = '', '(unknown)', %2) AS i, count() AS n FROM pypi.pypi "
                                           "WHERE %1 GROUP BY date, %2");
        QString why;
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_python"), subject),
                             engineFigures(raw.arg(where, QStringLiteral("python_minor"))), why), qPrintable(why));
        QVERIFY2(sameFigures(storedFigures(db, QStringLiteral("downloads_by_system"), subject),
                             engineFigures(raw.arg(where, QStringLiteral("system"))), why), qPrintable(why));

        // Collected again (the same days, from a backfill): nothing is counted twice.
        const QStringList before = storedContents(dir.path());
        run = collect(db, dir.path(), subject, 61, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        QCOMPARE(storedContents(dir.path()), before);
        checkCompleteDays(db, subject);
        // The monthly sums a range reads whole months from: kept for both, equal to the days'.
        const auto months = [&](const QString &sql) {
            QStringList out;
            QSqlQuery q(db.handle());
            if (q.exec(sql))
                while (q.next())
                    out << QStringLiteral("%1|%2|%3|%4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                               .arg(q.value(3).toDouble());
            return out;
        };
        const QString keys = QStringLiteral("('downloads_by_python', 'downloads_by_system')");
        const QStringList sums = months(QStringLiteral("SELECT t.key, s.month, s.item, s.value FROM insight_metric_month s JOIN "
                                                       "insight_metric_type t ON t.id = s.metric_type_id WHERE t.key IN %1 "
                                                       "ORDER BY 1, 2, 3").arg(keys));
        QCOMPARE(sums.size(), 3 * (6 + 4)); // March, April and May; six Pythons and four systems each
        QCOMPARE(sums, months(QStringLiteral("SELECT t.key, substr(m.date, 1, 7), m.item, SUM(m.value) FROM insight_metric m JOIN "
                                             "insight_metric_type t ON t.id = m.metric_type_id WHERE t.key IN %1 AND m.period = 'daily' "
                                             "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").arg(keys)));

        // The page: both tables, every item with the range's downloads and its share of them.
        auto page = DashboardData::load(db.handle(), PageRequest{QStringLiteral("pypi"), range, subject, false});
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        const qint64 downloads = engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day WHERE %1").arg(where));
        for (const auto &[id, metric, title] : {std::tuple{"pythons", "downloads_by_python", "Python versions"},
                                                 std::tuple{"systems", "downloads_by_system", "Operating systems"}}) {
            const auto table = std::find_if(page->tables.cbegin(), page->tables.cend(),
                                            [&](const TableData &t) { return t.id == QLatin1String(id); });
            QVERIFY2(table != page->tables.cend(), id);
            QCOMPARE(table->title, QString::fromLatin1(title));
            QCOMPARE(table->shareColumn, 2);
            QSqlQuery q(db.handle());
            q.prepare(QStringLiteral("SELECT m.item, SUM(m.value), SUM(m.value) / (SELECT SUM(a.value) FROM insight_metric a "
                                     "WHERE a.metric_type_id = m.metric_type_id AND a.subject = m.subject AND a.period = 'daily' "
                                     "AND a.date BETWEEN :from AND :to) FROM insight_metric m JOIN insight_metric_type t "
                                     "ON t.id = m.metric_type_id WHERE t.key = :metric AND m.subject = :subject AND m.period = 'daily' "
                                     "AND m.date BETWEEN :from AND :to GROUP BY m.item ORDER BY SUM(m.value) DESC, m.item"));
            q.bindValue(QStringLiteral(":from"), range.from.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":to"), range.to.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":metric"), QString::fromLatin1(metric));
            q.bindValue(QStringLiteral(":subject"), subject);
            QVERIFY(q.exec());
            qsizetype n = 0;
            double shares = 0, total = 0;
            for (; q.next(); ++n) {
                QVERIFY2(n < table->rows.size(), id);
                const QVariantList &row = table->rows[n];
                QCOMPARE(row.value(0).toString(), q.value(0).toString());
                QCOMPARE(row.value(1).toDouble(), q.value(1).toDouble());
                QVERIFY2(qAbs(row.value(2).toDouble() - q.value(2).toDouble()) < 1e-12, qPrintable(row.value(0).toString()));
                shares += row.value(2).toDouble();
                total += row.value(1).toDouble();
            }
            QCOMPARE(n, table->rows.size());
            QVERIFY(n >= 4);
            QVERIFY(qAbs(shares - 1.0) < 1e-9);
            QCOMPARE(qint64(total), downloads); // every download of the range, once
        }
    }

    void aNormalRunRereadsFromTheNewestDayAndFollowsTheInstallerTable()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
        // A package's first run reads a year (a newcomer sees its history at once), within the
        // backfill budget; the next normal run rereads the newest days only.
        Run run = collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        QCOMPARE(countRows(db.handle(), QStringLiteral("downloads_daily")), PyPiDownloads::kFirstRunDays);
        qInfo("a first run: %d queries", run.queries);
        QVERIFY(run.queries <= 30);
        run = collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        qInfo("a daily run: %d queries", run.queries);
        QCOMPARE(run.queries, 2); // the plan and one window

        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pypi_installer_class(installer, class) VALUES ('poetry', 'human')")));
        // A name a user typed travels inertly inside the Array(String) parameter.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pypi_installer_class(installer, class) VALUES ('it''s\\odd'']', 'human')")));
        run = collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        const QString day = loadedUntil.toString(Qt::ISODate);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_daily_human"), QStringLiteral("insights-demo"), loadedUntil).toLongLong(),
                 engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
                                          "WHERE project = 'insights-demo' AND date = '%1' AND installer IN ('pip', 'uv', 'poetry')").arg(day)));

        // A week later the normal run catches up the whole week, still in 2 queries.
        clock.advanceDays(7);
        run = collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
        QCOMPARE(run.queries, 2);
        checkCompleteDays(db, QStringLiteral("insights-demo"));
        checkRequests();
    }

    void quotedAndUnquotedIntegersStoreTheSameFigures()
    {
        QStringList fingerprints;
        for (const char *mode : {"on", "off"}) {
            QVERIFY(engine.forceQuote64(QString::fromLatin1(mode)));
            QTemporaryDir dir;
            Database db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
            TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
            const Run run = collect(db, dir.path(), QStringLiteral("insights-demo"), 60, clock);
            QVERIFY2(!run.report.anyFailed(), qPrintable(run.message()));
            QVERIFY(countRows(db.handle(), QStringLiteral("downloads_by_version")) > 100);
            fingerprints.append(scalar(db.handle(), QStringLiteral("SELECT group_concat(date || item || value || ifnull(metadata, ''), '|') "
                                                                     "FROM (SELECT * FROM insight_metric ORDER BY metric_type_id, date, item)")).toString());
        }
        QVERIFY(engine.forceQuote64(QStringLiteral("client")));
        QVERIFY(!fingerprints.first().isEmpty());
        QCOMPARE(fingerprints.first(), fingerprints.last());
        checkRequests(); // no setting was sent to ask for either form
    }

    void aCraftedPackageNameStoresNothingAndAsksNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
        const Run run = collect(db, dir.path(), QStringLiteral("insights-demo')OR(project!='')--"), 30, clock);
        QVERIFY(run.report.anyFailed());
        QVERIFY2(run.message().contains(QLatin1String("not a PyPI package name")), qPrintable(run.message()));
        QCOMPARE(run.queries, 0);
        QCOMPARE(countRows(db.handle()), 0);
    }

    // Four packages backfilled twice in one hour need more than 60 queries: the second run stops
    // where the budget ends (the engine never refuses one), says who waits until when, and the
    // next hour completes the data exactly as one undisturbed run stores it.
    void whatDoesNotFitTheHourWaitsForTheNext()
    {
        const QString packages = QStringLiteral("insights-demo,other-package,widgets-cli,widgets-extra");
        QTemporaryDir referenceDir, dir;
        Database reference, db;
        QVERIFY(reference.open(referenceDir.filePath(QStringLiteral("insights.db"))).ok());
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(14, 5), Qt::UTC));
        QVERIFY(engine.setClock(clock.nowUtc()));
        const Run alone = collect(reference, referenceDir.path(), packages, 365, clock);
        QVERIFY2(!alone.report.anyFailed(), qPrintable(alone.message()));
        qInfo("365 days of 4 packages: %d queries", alone.queries);
        QVERIFY(alone.queries <= QueryBudget::kPerHour);
        QVERIFY(engine.resetQuota());

        const Run first = collect(db, dir.path(), packages, 365, clock);
        QVERIFY2(!first.report.anyFailed(), qPrintable(first.message()));
        const int spentBefore = first.queries;
        // The same hour, the same backfill again: only what is left of the 60 is spent.
        const Run second = collect(db, dir.path(), packages, 365, clock);
        QVERIFY(second.report.anyFailed());
        qInfo("the second backfill in the hour: %d queries, %d before", second.queries, spentBefore);
        QVERIFY(spentBefore + second.queries <= QueryBudget::kPerHour);
        QVERIFY(spentBefore + second.queries >= QueryBudget::kPerHour - 2); // a subject needs 2 to start
        QCOMPARE(engine.quotaUsed(), spentBefore + second.queries); // the engine counted the same, and refused nothing
        const QJsonArray requests = engine.requests().value(QLatin1String("requests")).toArray();
        for (const QJsonValue &r : requests)
            QCOMPARE(r.toObject().value(QLatin1String("code")).toInt(), 0);
        const QString until = QStringLiteral("2026-05-20 15:00 UTC");
        QVERIFY2(second.message().contains(until), qPrintable(second.message()));
        int waiting = 0;
        for (const SubjectOutcome &o : second.report.sources.first().subjects)
            waiting += o.ok ? 0 : 1;
        QVERIFY(waiting >= 1);
        const QString status = quotaWaitWarning(db.handle(), QueryBudget::fileIn(dir.path()), QStringLiteral("pypi"), packages.split(u','), clock.nowUtc());
        QVERIFY2(status == QStringLiteral("%1 of 4 packages wait for the ClickHouse quota until %2; the next run continues them.")
                               .arg(waiting)
                               .arg(until),
                 qPrintable(status));
        for (const QString &p : packages.split(u','))
            checkCompleteDays(db, p);

        // Any further run within the hour (here a normal one) asks nothing.
        QCOMPARE(collect(db, dir.path(), packages, 0, clock).queries, 0);

        // The next hour, a normal run: the waiting packages continue where they stopped, the
        // others re-read their newest day.
        clock.setNow(QDateTime(loadedUntil.addDays(1), QTime(15, 1), Qt::UTC));
        QVERIFY(engine.setClock(clock.nowUtc()));
        const Run next = collect(db, dir.path(), packages, 0, clock);
        QVERIFY2(!next.report.anyFailed(), qPrintable(next.message()));
        qInfo("the next hour: %d queries", next.queries);
        QVERIFY(quotaWaitWarning(db.handle(), QueryBudget::fileIn(dir.path()), QStringLiteral("pypi"), packages.split(u','), clock.nowUtc()).isEmpty());
        QCOMPARE(storedContents(dir.path()).size(), storedContents(referenceDir.path()).size());
        // Equal figures (the cumulative total is dated by the run that stored it).
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT group_concat(date || subject || item || value || ifnull(metadata, ''), '|') FROM "
                                                     "(SELECT * FROM insight_metric WHERE period = 'daily' ORDER BY metric_type_id, subject, date, item)")),
                 scalar(reference.handle(), QStringLiteral("SELECT group_concat(date || subject || item || value || ifnull(metadata, ''), '|') FROM "
                                                            "(SELECT * FROM insight_metric WHERE period = 'daily' ORDER BY metric_type_id, subject, date, item)")));
        checkRequests();
    }

    // The server's own quota runs out mid-backfill (another client of the same address used most
    // of it): the run stops with the time the quota frees, only complete days are stored, and the
    // next run after that time stores exactly what an undisturbed run does.
    void aQuotaExhaustedMidRunKeepsWholeDaysAndTheNextRunCompletes()
    {
        QTemporaryDir referenceDir, dir;
        Database reference, db;
        QVERIFY(reference.open(referenceDir.filePath(QStringLiteral("insights.db"))).ok());
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 20), Qt::UTC));
        QVERIFY(engine.setClock(clock.nowUtc()));
        QVERIFY2(!collect(reference, referenceDir.path(), QStringLiteral("insights-demo"), 365, clock).report.anyFailed(), "reference");

        QVERIFY(engine.resetQuota());
        QVERIFY(engine.setQuota(8));
        const Run stopped = collect(db, dir.path(), QStringLiteral("insights-demo"), 365, clock);
        QVERIFY(stopped.report.anyFailed());
        QCOMPARE(stopped.queries, 9); // 8 answered, the 9th refused with code 201
        const QString until = QStringLiteral("2026-05-20 13:00 UTC");
        QCOMPARE(engine.quotaIntervalEnd(), QDateTime(QDate(2026, 5, 20), QTime(13, 0), Qt::UTC));
        QVERIFY2(stopped.message().contains(until) && stopped.message().contains(QLatin1String("insights-demo")),
                 qPrintable(stopped.message()));
        const qint64 days = countRows(db.handle(), QStringLiteral("downloads_daily"));
        QVERIFY2(days > 0 && days < 364, qPrintable(QString::number(days)));
        checkCompleteDays(db, QStringLiteral("insights-demo"));
        QVERIFY(!metricValue(db.handle(), QStringLiteral("downloads_total"), QStringLiteral("insights-demo"), clock.todayUtc(),
                             QStringLiteral("cumulative")).isValid());
        QCOMPARE(quotaWaitWarning(db.handle(), QueryBudget::fileIn(dir.path()), QStringLiteral("pypi"), {QStringLiteral("insights-demo")}, clock.nowUtc()),
                 QStringLiteral("1 of 1 packages wait for the ClickHouse quota until %1; the next run continues them.").arg(until));
        // Before that time, nothing is asked.
        clock.setNow(QDateTime(loadedUntil.addDays(1), QTime(12, 50), Qt::UTC));
        QCOMPARE(collect(db, dir.path(), QStringLiteral("insights-demo"), 365, clock).queries, 0);

        // After it, the rest (the plan again and the windows left).
        QVERIFY(engine.setQuota(QueryBudget::kPerHour));
        clock.setNow(QDateTime(loadedUntil.addDays(1), QTime(13, 0, 30), Qt::UTC));
        QVERIFY(engine.setClock(clock.nowUtc()));
        const Run next = collect(db, dir.path(), QStringLiteral("insights-demo"), 365, clock);
        QVERIFY2(!next.report.anyFailed(), qPrintable(next.message()));
        qInfo("stopped after %d queries; the next run needed %d", stopped.queries, next.queries);
        QVERIFY(next.queries < plannedQueries(QStringLiteral("insights-demo"), clock.todayUtc().addDays(-364), loadedUntil));
        QCOMPARE(storedContents(dir.path()), storedContents(referenceDir.path()));
        QVERIFY(quotaWaitWarning(db.handle(), QueryBudget::fileIn(dir.path()), QStringLiteral("pypi"), {QStringLiteral("insights-demo")}, clock.nowUtc()).isEmpty());
    }

    void aForcedCutFailsClearlyAndStoresNothing_data()
    {
        QTest::addColumn<qint64>("maxResultRows");
        QTest::addColumn<qint64>("maxRowsToRead");
        QTest::newRow("answers cut at 100 rows") << qint64(100) << qint64(-1);
        QTest::newRow("reads cut at 5,000 rows") << qint64(-1) << qint64(5000);
    }

    void aForcedCutFailsClearlyAndStoresNothing()
    {
        QFETCH(qint64, maxResultRows);
        QFETCH(qint64, maxRowsToRead);
        QVERIFY(engine.setLimits(maxResultRows, maxRowsToRead));
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const Run run = collect(db, dir.path(), QStringLiteral("insights-demo"), 365, clock);
        QVERIFY(engine.resetLimits());
        QVERIFY(run.report.anyFailed());
        QVERIFY2(run.message().contains(QLatin1String("ClickHouse would have cut the answer")) && run.message().contains(QLatin1String("insights-demo")),
                 qPrintable(run.message()));
        QCOMPARE(countRows(db.handle()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPyPi)
#include "tst_pypi.moc"
