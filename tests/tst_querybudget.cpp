// The ClickHouse quota as a budget and the day windows that keep answers under 1,000 rows, without
// a server: windows never pass the cut and cover every day once, newest first; a day with more
// rows than an answer holds gets pages; day ranges survive a round trip through their text; the
// days a run reads (normal, backfill, resumed); the budget counts whole UTC hours, adds every
// source's spending for the same endpoint only, and a code 201 blocks it until the time the
// server names; quota waits show up as one status line; a repository's URL pattern matches the
// forms packages use and nothing else.
#include "clickhouse/backfill.h"
#include "clickhouse/clickhouseclient.h"
#include "clickhouse/daywindows.h"
#include "clickhouse/querybudget.h"
#include "collectors/pypi/packagefinder.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"

#include <QFile>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestQueryBudget : public QObject {
    Q_OBJECT

    const QDate today{2026, 5, 20};
    const QDateTime now{today, QTime(14, 20), Qt::UTC};

    static void writeState(Database &db, const QList<StateEntry> &entries)
    {
        ScopedTransaction tx(db.handle());
        QVERIFY(tx.begin().ok());
        Batch batch;
        batch.state = entries;
        QVERIFY(MetricStore(db.handle()).write(batch, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(tx.commit().ok());
    }

private slots:
    void windowsStayUnderTheCutAndCoverEveryDayOnce_data()
    {
        QTest::addColumn<QList<qint64>>("rows"); // per day, oldest first, ending today
        QTest::newRow("a quiet year") << QList<qint64>(365, 3);
        QTest::newRow("a busy year") << QList<qint64>(365, 64);
        QTest::newRow("days without rows") << QList<qint64>{0, 0, 500, 0, 600, 0, 0};
        QTest::newRow("exactly full") << QList<qint64>{999, 999, 1, 998};
        QTest::newRow("a day over the cut") << QList<qint64>{10, 2500, 10, 999, 1000};
    }

    void windowsStayUnderTheCutAndCoverEveryDayOnce()
    {
        QFETCH(QList<qint64>, rows);
        QMap<QDate, qint64> perDay;
        for (qsizetype i = 0; i < rows.size(); ++i)
            perDay.insert(today.addDays(i - rows.size() + 1), rows[i]);
        const QList<DayWindow> windows = daywindows::pack(perDay);
        QMap<QDate, int> covered;
        qint64 total = 0;
        int queries = 0;
        QDate previous;
        for (const DayWindow &w : windows) {
            QVERIFY(w.first <= w.last);
            if (previous.isValid())
                QCOMPARE(w.last, previous.addDays(-1)); // newest first, nothing skipped
            previous = w.first;
            qint64 sum = 0;
            for (QDate d = w.first; d <= w.last; d = d.addDays(1)) {
                ++covered[d];
                sum += perDay.value(d);
            }
            QCOMPARE(w.rows, sum);
            if (w.pages > 1)
                QCOMPARE(w.first, w.last); // only a single day is paged
            QVERIFY(w.rows <= qint64(w.pages) * daywindows::kMaxRows);
            QVERIFY(w.pages == 1 || w.rows > daywindows::kMaxRows);
            total += w.rows;
            queries += w.queries();
        }
        QCOMPARE(covered.size(), perDay.size());
        for (int n : covered)
            QCOMPARE(n, 1);
        qint64 all = 0;
        for (qint64 r : rows)
            all += r;
        QCOMPARE(total, all);
        // Close to the fewest queries that can hold the rows.
        QVERIFY2(queries <= 2 * ((all + daywindows::kMaxRows - 1) / daywindows::kMaxRows) + 1, qPrintable(QString::number(queries)));
    }

    void aYearOfCountriesNeedsSeveralWindows()
    {
        // 30 countries, 20 versions, 12 installers, 2 types a day (SPEC §6's package), and one row
        // of the day's Python versions and one of its operating systems: 66 rows a day.
        QMap<QDate, qint64> perDay;
        for (int i = 0; i < 365; ++i)
            perDay.insert(today.addDays(-i), 64 + 2);
        int queries = 0;
        for (const DayWindow &w : daywindows::pack(perDay))
            queries += w.queries();
        QCOMPARE(queries, 25); // 15 days a window; with the plan, 26 queries for the year (SPEC §6: ≤ 30)
        // Why those two are packed: a row per Python version (a popular package sees ten or more a
        // day) and per system (five) would cut windows to 12 days and pass SPEC's 30.
        for (int i = 0; i < 365; ++i)
            perDay.insert(today.addDays(-i), 64 + 10 + 5);
        QCOMPARE(daywindows::queriesOf(daywindows::pack(perDay)) + 1, 32);
    }

    void dayRangesRoundTrip()
    {
        QList<QDate> days = daywindows::range(QDate(2025, 5, 21), QDate(2025, 8, 24));
        days.append(daywindows::range(today.addDays(-2), today));
        days.append(QDate(2025, 6, 1)); // a duplicate
        const QString text = daywindows::encode(days);
        QCOMPARE(text, QStringLiteral("2025-05-21..2025-08-24,2026-05-18..2026-05-20"));
        QCOMPARE(daywindows::decode(text).size(), 96 + 3);
        QCOMPARE(daywindows::decode(QStringLiteral("garbage,2026-05-20..2026-05-19,2026-05-01..2026-05-01")),
                 QList<QDate>{QDate(2026, 5, 1)});
        const auto spans = daywindows::spans(daywindows::decode(text));
        QCOMPARE(spans.size(), 1); // under 999 days apart: one plan
        QCOMPARE(daywindows::spans(daywindows::range(today.addDays(-2000), today)).size(), 3);
    }

    void theDaysARunReads()
    {
        using backfill::daysToRead;
        // First normal run: the last three days; first github_events run: a year.
        QCOMPARE(daysToRead({today, 0, 3, 3, {}, {}}), daywindows::range(today.addDays(-2), today));
        QCOMPARE(daysToRead({today, 0, 3, 365, {}, {}}).size(), 365);
        QCOMPARE(daysToRead({today, 30, 3, 365, {}, {}}).size(), 30); // unless a window is asked for
        // A normal run after a week away catches up from the newest stored day.
        QCOMPARE(daysToRead({today, 0, 3, 3, today.addDays(-7), {}}), daywindows::range(today.addDays(-7), today));
        // A backfill.
        QCOMPARE(daysToRead({today, 365, 3, 3, today, {}}).size(), 365);
        // An interrupted backfill continues where it stopped, and reads the last days again.
        const QList<QDate> pending = daywindows::range(today.addDays(-364), today.addDays(-200));
        QList<QDate> expected = pending + daywindows::range(today.addDays(-2), today);
        QCOMPARE(daysToRead({today, 365, 3, 3, today, pending}), expected);
        QCOMPARE(daysToRead({today, 0, 3, 3, today, pending}), expected);
        // Asking for more than the interrupted backfill covered adds the older days.
        QCOMPARE(daysToRead({today, 400, 3, 3, today, pending}).first(), today.addDays(-399));
    }

    void theBudgetCountsWholeHoursForEveryoneOfAnEndpoint()
    {
        QTemporaryDir dir;
        const QString file = QueryBudget::fileIn(dir.path());
        const QString endpoint = ClickHouseClient::endpointOf(QUrl(QStringLiteral("https://sql-clickhouse.clickhouse.com")),
                                                              QStringLiteral("demo"));
        QueryBudget pypi = QueryBudget::open(file, endpoint, now);
        QCOMPARE(pypi.remaining(now), QueryBudget::kPerHour);
        QVERIFY(pypi.take(now, 25));
        QCOMPARE(pypi.remaining(now), 35);

        // Another source of the same run (a new budget from the file) sees the spending; another
        // endpoint does not.
        QueryBudget events = QueryBudget::open(file, endpoint, now.addSecs(60));
        QCOMPARE(events.remaining(now.addSecs(60)), 35);
        QVERIFY(!events.take(now, 36));
        QVERIFY(events.take(now, 35));
        QCOMPARE(events.availableAt(now, 1), QDateTime(today, QTime(15, 0), Qt::UTC));
        QueryBudget other = QueryBudget::open(file, ClickHouseClient::endpointOf(QUrl(QStringLiteral("http://127.0.0.1:8123")),
                                                                                  QStringLiteral("demo")), now);
        QCOMPARE(other.remaining(now), QueryBudget::kPerHour);
        QVERIFY(other.take(now, 5)); // and keeps its own count without touching the first
        QCOMPARE(QueryBudget::open(file, endpoint, now).remaining(now), 0);
        // The next hour starts afresh, for a new budget and a running one alike.
        QCOMPARE(QueryBudget::open(file, endpoint, now.addSecs(3600)).remaining(now.addSecs(3600)), QueryBudget::kPerHour);
        QCOMPARE(events.remaining(QDateTime(today, QTime(15, 0), Qt::UTC)), QueryBudget::kPerHour);

        // A 201 blocks until the time the server named, across runs.
        const QDateTime later = now.addSecs(3600);
        QueryBudget blocked = QueryBudget::open(file, endpoint, later);
        const QDateTime until(today, QTime(16, 0), Qt::UTC);
        blocked.exhausted(later, until);
        QCOMPARE(blocked.remaining(later), 0);
        QCOMPARE(blocked.freeAt(later), until);
        QueryBudget next = QueryBudget::open(file, endpoint, later.addSecs(100));
        QCOMPARE(next.remaining(later.addSecs(100)), 0);
        QCOMPARE(next.remaining(until), QueryBudget::kPerHour);

        // Without a data directory nothing is kept; a damaged file is a fresh start.
        QVERIFY(QueryBudget::fileIn(QString()).isEmpty());
        QueryBudget memory = QueryBudget::open(QString(), endpoint, now);
        QVERIFY(memory.take(now, 60));
        QCOMPARE(QueryBudget::open(QString(), endpoint, now).remaining(now), QueryBudget::kPerHour);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"endpoints\": [1, 2");
        damaged.close();
        QCOMPARE(QueryBudget::open(file, endpoint, now).remaining(now), QueryBudget::kPerHour);
    }

    void theServersQuotaTimeIsRead()
    {
        const QByteArray said = "Code: 201. DB::Exception: Quota for user `demo` for 3600s has been exceeded: queries = 61/60. "
                                "Interval will end at 2026-05-20 15:00:00. Name of quota template: `demo`. (QUOTA_EXCEEDED)";
        QCOMPARE(ClickHouseClient::quotaFreesAt(said), QDateTime(today, QTime(15, 0), Qt::UTC));
        QVERIFY(!ClickHouseClient::quotaFreesAt("Code: 201. DB::Exception: Quota exceeded. (QUOTA_EXCEEDED)").isValid());
        // Only the four settings the readonly demo user may change, and only two of them.
        for (const auto &[name, value] : ClickHouseClient::settings())
            QVERIFY2(QList<QByteArray>({"result_overflow_mode", "read_overflow_mode", "max_block_size", "allow_experimental_analyzer"})
                         .contains(name),
                     name.constData());
    }

    void waitingSubjectsMakeOneStatusLine()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        const QString file = QueryBudget::fileIn(dir.path());
        const QStringList packages{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        QVERIFY(quotaWaitWarning(db.handle(), file, QStringLiteral("pypi"), packages, now).isEmpty());
        const QDateTime until(today, QTime(15, 0), Qt::UTC);
        const QList<QDate> days = daywindows::range(today.addDays(-10), today);
        QueryBudget budget = QueryBudget::open(file, QStringLiteral("x|demo"), now);
        budget.setWaiting(QStringLiteral("pypi"), QStringLiteral("b"), until, days);
        budget.setWaiting(QStringLiteral("pypi"), QStringLiteral("c"), until, {});
        budget.setWaiting(QStringLiteral("pypi"), QStringLiteral("gone"), until, days);   // no longer tracked
        budget.setWaiting(QStringLiteral("github_events"), QStringLiteral("a"), until, days); // another source
        QCOMPARE(QueryBudget::open(file, QStringLiteral("x|demo"), now).waitingDays(QStringLiteral("pypi"), QStringLiteral("b")), days);
        const QString line = quotaWaitWarning(db.handle(), file, QStringLiteral("pypi"), packages, now);
        QCOMPARE(line, QStringLiteral("2 of 4 packages wait for the ClickHouse quota until 2026-05-20 15:00 UTC; the next run continues them."));
        // A backfill that stopped half-way (days still to read in collector_state) counts as well.
        writeState(db, {backfill::pendingState(QStringLiteral("pypi"), QStringLiteral("d"), days)});
        QVERIFY(quotaWaitWarning(db.handle(), file, QStringLiteral("pypi"), packages, now).startsWith(QLatin1String("3 of 4 packages wait")));
        // Once the hour is over the days are still to read, and the line says so without a time.
        const QString after = quotaWaitWarning(db.handle(), file, QStringLiteral("pypi"), packages, until.addSecs(60));
        QVERIFY2(after.startsWith(QLatin1String("3 of 4 packages still have days to read")), qPrintable(after));
        budget.clearWaiting(QStringLiteral("pypi"), QStringLiteral("b"));
        budget.clearWaiting(QStringLiteral("pypi"), QStringLiteral("c"));
        writeState(db, {backfill::pendingState(QStringLiteral("pypi"), QStringLiteral("d"), {})});
        QVERIFY(quotaWaitWarning(db.handle(), file, QStringLiteral("pypi"), packages, now).isEmpty());
        QCOMPARE(quotaWaitWarning(db.handle(), file, QStringLiteral("github_events"), {QStringLiteral("a")}, now),
                 QStringLiteral("1 of 1 repositories wait for the ClickHouse quota until 2026-05-20 15:00 UTC; the next run continues them."));
    }

    void aRepositorysUrlPattern_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("names");
        const QList<std::pair<const char *, bool>> urls{
            {"https://github.com/octo/widgets", true},
            {"Homepage, https://github.com/octo/widgets", true},
            {"https://github.com/octo/widgets.git", true},
            {"https://github.com/octo/widgets/", true},
            {"https://github.com/octo/widgets/tree/main/python", true},
            {"https://github.com/octo/widgets#readme", true},
            {"http://github.com/Octo/Widgets", true},
            {"https://www.github.com/octo/widgets", true},
            {"git+https://github.com/octo/widgets.git", true},
            {"git@github.com:octo/widgets.git", true},
            {"https://github.com/octo/widgets-fork", false},
            {"https://github.com/octo/widgets.js", false},
            {"https://github.com/octo/widgetsx", false},
            {"https://github.com/xocto/widgets", false},
            {"https://notgithub.com/octo/widgets", false},
            {"https://gitlab.com/octo/widgets", false},
            {"https://github.com/octo", false},
            {"https://github.com/sponsors/octo", false},
        };
        for (const auto &[url, names] : urls)
            QTest::newRow(url) << QString::fromLatin1(url) << names;
    }

    void aRepositorysUrlPattern()
    {
        QFETCH(QString, url);
        QFETCH(bool, names);
        // RE2 (ClickHouse's match) and PCRE agree on this pattern's syntax.
        QString pattern = PackageFinder::urlPattern(QStringLiteral("octo/widgets"));
        QVERIFY(pattern.startsWith(QLatin1String("(?i)")));
        const QRegularExpression re(pattern.mid(4), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(re.isValid());
        QCOMPARE(re.match(url).hasMatch(), names);
        QVERIFY(PackageFinder::urlPattern(QStringLiteral("octo/widgets'--")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueryBudget)
#include "tst_querybudget.moc"
