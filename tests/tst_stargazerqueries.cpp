// The stargazer questions the Stars page asks, over stored rows: top locations and companies
// with spellings merged, account ages in buckets, the newest stargazers with their followers,
// each for a date range, with unstarred stars left out. On both backends.
#include "dashboard/dashboarddata.h"
#include "queries/stargazerqueries.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

struct Star {
    QString login;
    QDate date;
    QJsonValue location, company;
    QJsonValue ageDays;
    int followers;
    bool unstarred = false;
};

} // namespace

class TestStargazerQueries : public QObject {
    Q_OBJECT
    const Backend m_backend;
    QTemporaryDir dir;
    Database db;
    const QString repo = QStringLiteral("octo/widgets");

    void write(const QList<Star> &stars, const QString &subject)
    {
        Batch batch;
        int number = 0;
        for (const Star &s : stars) {
            MetricRow row;
            row.metric = QStringLiteral("new_star");
            row.subject = subject;
            row.date = s.date;
            row.period = Period::Event;
            row.item = s.login;
            row.value = 1;
            row.metadata = {{QStringLiteral("username"), s.login}, {QStringLiteral("location"), s.location},
                            {QStringLiteral("company"), s.company}, {QStringLiteral("account_age_days"), s.ageDays},
                            {QStringLiteral("followers"), s.followers},
                            {QStringLiteral("starred_at"), s.date.startOfDay(Qt::UTC).toString(Qt::ISODate)},
                            {QStringLiteral("star_number"), ++number}};
            if (s.unstarred)
                row.metadata.insert(QStringLiteral("unstarred_at"), QStringLiteral("2026-03-01T00:00:00Z"));
            batch.rows.append(row);
        }
        ScopedTransaction tx(db.handle());
        QVERIFY(tx.begin().ok());
        MetricStore store(db.handle());
        QVERIFY(store.write(batch, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(tx.commit().ok());
    }

public:
    explicit TestStargazerQueries(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase()
    {
        QVERIFY(db.open(test::freshLocation(m_backend, dir)).ok());
        const QDate d(2026, 1, 1);
        const QJsonValue none(QJsonValue::Null);
        write({{QStringLiteral("a"), d, QStringLiteral("Berlin"), QStringLiteral("@acme"), 10, 5},
               {QStringLiteral("b"), d.addDays(1), QStringLiteral("berlin "), QStringLiteral("Acme"), 400, 50},
               {QStringLiteral("c"), d.addDays(2), QStringLiteral("東京"), none, 800, 7},
               {QStringLiteral("d"), d.addDays(3), QStringLiteral("Berlin"), QStringLiteral("Initech"), 4000, 0},
               {QStringLiteral("e"), d.addDays(10), none, QStringLiteral("initech"), none, 1},
               {QStringLiteral("f"), d.addDays(11), QStringLiteral("東京"), QStringLiteral("ACME"), 100, 2},
               {QStringLiteral("g"), d.addDays(12), QStringLiteral("Paris"), QStringLiteral("Globex"), 100, 9, true}},
              repo);
        write({{QStringLiteral("z"), d, QStringLiteral("Paris"), QStringLiteral("Globex"), 3, 3}}, QStringLiteral("octo/other"));
    }

    void topLocationsMergeSpellingsAndSkipUnknown()
    {
        StargazerQueries q(db.handle(), repo);
        const auto top = q.topLocations({});
        QVERIFY(top.ok());
        QCOMPARE(top->size(), 2); // Paris belongs to an unstarred star only
        QCOMPARE(top->at(0).value, QStringLiteral("Berlin"));
        QCOMPARE(top->at(0).count, 3);
        QCOMPARE(top->at(1).value, QStringLiteral("東京"));
        QCOMPARE(top->at(1).count, 2);
    }

    void topCompaniesIgnoreTheAtSignAndCase()
    {
        StargazerQueries q(db.handle(), repo);
        const auto top = q.topCompanies({}, 1);
        QVERIFY(top.ok());
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->at(0).count, 3); // @acme, Acme, ACME
        QCOMPARE(top->at(0).value.toLower(), QStringLiteral("acme"));
    }

    void aDateRangeLimitsEveryAnswer()
    {
        StargazerQueries q(db.handle(), repo);
        const DateRange firstDays{QDate(2026, 1, 1), QDate(2026, 1, 3)};
        QCOMPARE(q.count(firstDays).value(), 3);
        QCOMPARE(q.topLocations(firstDays)->at(0).count, 2);
        QCOMPARE(q.count({QDate(2026, 1, 10), QDate()}).value(), 2);
        QCOMPARE(StargazerQueries(db.handle(), QString()).count({}).value(), 7); // every repository
    }

    void accountAgesFallIntoBuckets()
    {
        StargazerQueries q(db.handle(), repo);
        const auto buckets = q.accountAges({});
        QVERIFY(buckets.ok());
        QHash<QString, int> byLabel;
        for (const AgeBucket &b : *buckets)
            byLabel.insert(b.label, b.count);
        QCOMPARE(byLabel.value(QStringLiteral("< 1 month")), 1);  // 10 days
        QCOMPARE(byLabel.value(QStringLiteral("1–6 months")), 1); // 100
        QCOMPARE(byLabel.value(QStringLiteral("1–2 years")), 1);  // 400
        QCOMPARE(byLabel.value(QStringLiteral("2–5 years")), 1);  // 800
        QCOMPARE(byLabel.value(QStringLiteral("10+ years")), 1);  // 4000
        QCOMPARE(byLabel.value(QStringLiteral("unknown")), 1);
        QCOMPARE(byLabel.value(QStringLiteral("6–12 months")), 0);
        int total = 0;
        for (const AgeBucket &b : *buckets)
            total += b.count;
        QCOMPARE(total, 6);
    }

    void theNewestStargazersComeWithTheirFollowers()
    {
        StargazerQueries q(db.handle(), repo);
        const auto newest = q.newest({}, 3);
        QVERIFY(newest.ok());
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->at(0).login, QStringLiteral("f"));
        QCOMPARE(newest->at(0).followers.value_or(-1), 2);
        QCOMPARE(newest->at(1).login, QStringLiteral("e"));
        QCOMPARE(newest->at(2).login, QStringLiteral("d"));
        QCOMPARE(newest->at(2).starNumber, 4);
    }

    void theNewestOfEveryRepositoryAreTheNewestOverAll()
    {
        // Three repositories whose stars interleave by day: the newest of all of them together
        // are found whichever repository's stars reach furthest back (the page reads only the
        // stars from a day on; that day must not cut any of them off). One star counted out by
        // an unstar is among the newest.
        const QDate first(2024, 1, 1);
        QList<Star> early, late, sparse;
        for (int i = 0; i < 60; ++i) {
            early.append({QStringLiteral("early-%1").arg(i), first.addDays(i), QStringLiteral("Oslo"), QStringLiteral("A"), 1, 1, i == 58});
            late.append({QStringLiteral("late-%1").arg(i), first.addDays(30 + i / 3), QStringLiteral("Rome"), QStringLiteral("B"), 1, 1});
        }
        for (int i = 0; i < 4; ++i)
            sparse.append({QStringLiteral("sparse-%1").arg(i), first.addDays(20 * i + 1), QStringLiteral("Lima"), QStringLiteral("C"), 1, 1});
        write(early, QStringLiteral("mix/early"));
        write(late, QStringLiteral("mix/late"));
        write(sparse, QStringLiteral("mix/sparse"));
        struct Stored {
            QDate date;
            QString login;
        };
        QList<Stored> all;
        for (const QList<Star> *list : {&early, &late, &sparse})
            for (const Star &s : *list)
                if (!s.unstarred)
                    all.append({s.date, s.login});
        std::sort(all.begin(), all.end(), [](const Stored &a, const Stored &b) { return a.date > b.date; });
        const DateRange range{first, first.addDays(100)};
        for (const int limit : {1, 5, 25, 45, 80, 200}) {
            const auto newest = StargazerQueries(db.handle(), QString()).newest(range, limit);
            QVERIFY(newest.ok());
            const qsizetype expected = std::min<qsizetype>(limit, all.size());
            QCOMPARE(newest->size(), expected);
            // Within a day the order is the star's time, the same for all here: the days are the
            // newest days, one per star, and no star is listed twice or counted out.
            QSet<QString> seen;
            for (qsizetype i = 0; i < expected; ++i) {
                QCOMPARE(newest->at(i).starredAt.date(), all[i].date);
                QVERIFY(!seen.contains(newest->at(i).login));
                seen.insert(newest->at(i).login);
            }
            QVERIFY(!seen.contains(QStringLiteral("early-58")));
        }
    }

    void aCappedListLoadsMoreAndSearchesEveryStar()
    {
        // 2,500 stars: the page lists the newest 1,000; more come 1,000 at a time, and a search
        // reads every star of the range (a match among the oldest is found), its text as text.
        const QString many = QStringLiteral("octo/many");
        QList<Star> stars;
        const QDate first(2025, 1, 1);
        for (int i = 0; i < 2500; ++i)
            stars.append({QStringLiteral("user-%1").arg(i), first.addDays(i / 10), QStringLiteral("Town %1").arg(i % 7),
                          i % 500 == 3 ? QStringLiteral("50%_off") : QStringLiteral("Firm"), 100, i, i == 2499});
        write(stars, many);
        const PageRequest request{QStringLiteral("stars"), {first, first.addDays(400)}, many, false};
        const auto table = [&](int limit, const QString &search) {
            auto t = DashboardData::table(db.handle(), request, QStringLiteral("stargazers"), {limit, search});
            if (!t)
                qWarning() << t.errorMessage();
            return t.ok() ? *t : TableData{};
        };
        const auto logins = [](const TableData &t) {
            QStringList out;
            for (const QVariantList &row : t.rows)
                out.append(row.value(1).toString());
            return out;
        };
        TableData newest = table(1000, {});
        QCOMPARE(newest.rows.size(), 1000);
        QCOMPARE(newest.totalRows, 2499); // the unstarred one is not a stargazer
        QCOMPARE(logins(newest).first(), QStringLiteral("user-2498"));
        QVERIFY(!logins(newest).contains(QStringLiteral("user-12")));
        QCOMPARE(table(2000, {}).rows.size(), 2000);
        const TableData all = table(3000, {});
        QCOMPARE(all.rows.size(), 2499);
        QCOMPARE(all.totalRows, -1); // complete: nothing more to load

        TableData found = table(1000, QStringLiteral("USER-12"));
        QCOMPARE(found.search, QStringLiteral("USER-12"));
        int expected = 0;
        for (int i = 0; i < 2499; ++i)
            expected += QStringLiteral("user-%1").arg(i).contains(QLatin1String("user-12"));
        QCOMPARE(found.rows.size(), expected);
        QCOMPARE(found.totalRows, -1);
        QVERIFY(logins(found).contains(QStringLiteral("user-12"))); // among the oldest
        for (const QString &login : logins(found))
            QVERIFY2(login.startsWith(QLatin1String("user-12")), qPrintable(login));
        // "%" and "_" are the user's text, not wildcards.
        found = table(1000, QStringLiteral("50%_"));
        QCOMPARE(found.rows.size(), 5);
        QCOMPARE(table(1000, QStringLiteral("5_%")).rows.size(), 0);
        // A cut search says how many match in all.
        found = table(10, QStringLiteral("town 3"));
        QCOMPARE(found.rows.size(), 10);
        QCOMPARE(found.totalRows, 357);
        QVERIFY(!DashboardData::table(db.handle(), request, QStringLiteral("locations"), {}).ok());
    }
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestStargazerQueries)
#include "tst_stargazerqueries.moc"
