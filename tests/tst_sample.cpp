// The sample data agrees with itself the way collected data does (so a demo never shows a page
// whose numbers contradict each other), asked day by day in SQL over a real generated database:
// PyPI's people are the installers the database's rules count as people and every breakdown adds
// up to the day; traffic, Plausible, activity, stars and Reddit keep their relations. And
// SampleData makes a marked sample folder with everything switched off, refuses other folders,
// and replaces an earlier sample whole.
#include "collectors/pypi/installerclasses.h"
#include "collectors/registry.h"
#include "config/config.h"
#include "sample/datasetgenerator.h"
#include "sample/sampledata.h"
#include "sample/samplemath.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <numeric>

using namespace insights;

namespace {

const QDate kToday(2026, 5, 20);

struct Row {
    QString item;
    double value = 0;
    QJsonObject meta;
};
using Days = QMap<QString, QList<Row>>; // date → the metric's rows of that day

double sum(const QList<Row> &rows, const char *key = nullptr)
{
    double total = 0;
    for (const Row &r : rows)
        total += key ? r.meta.value(QLatin1String(key)).toDouble() : r.value;
    return total;
}

QList<double> sortedValues(const QList<Row> &rows)
{
    QList<double> values;
    for (const Row &r : rows)
        values.append(r.value);
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

class TestSample : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    Days rows(const char *metric)
    {
        QSqlQuery q(m_db.handle());
        q.prepare(QStringLiteral("SELECT m.date, m.item, m.value, m.metadata FROM insight_metric m JOIN insight_metric_type t "
                                 "ON t.id = m.metric_type_id WHERE t.key = ? ORDER BY m.date, m.item"));
        q.addBindValue(QLatin1String(metric));
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastQuery()));
        Days days;
        while (q.next())
            days[q.value(0).toString()].append(
                {q.value(1).toString(), q.value(2).toDouble(), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
        return days;
    }
    double value(const Days &days, const QString &date) { return days.value(date).value(0).value; }
    static QString contentHash(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        q.exec(QStringLiteral("SELECT metric_type_id, subject, date, period, item, value, metadata FROM insight_metric "
                              "ORDER BY metric_type_id, subject, date, period, item"));
        while (q.next())
            for (int c = 0; c < 7; ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '|'));
        return QString::fromLatin1(hash.result().toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(Database::fileName())).ok());
        QElapsedTimer timer;
        timer.start();
        auto written = DatasetGenerator::generate(m_db, DatasetSpec::small(kToday));
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        qInfo("small dataset: %lld rows in %lld ms", static_cast<long long>(*written), static_cast<long long>(timer.elapsed()));
        QCOMPARE(rows("downloads_daily").size(), 365);
    }

    void partsAddUpToTheirWhole()
    {
        using sample::apportion;
        QCOMPARE(apportion(10, {1, 1, 1}), (QList<qint64>{4, 3, 3})); // the unit left goes to the first of equals
        QCOMPARE(apportion(100, {0.5, 0.3, 0.2}), (QList<qint64>{50, 30, 20}));
        QCOMPARE(apportion(7, {0.01, 0.01, 100}, 1), (QList<qint64>{1, 1, 5})); // every row gets one first
        QCOMPARE(apportion(2, {0.01, 0.01, 100}, 1), (QList<qint64>{0, 0, 2})); // unless the total is too small
        QCOMPARE(apportion(10, {5, 1, 1}, QList<qint64>{2, 9, 9}), (QList<qint64>{2, 4, 4})); // capped, the rest goes on
        for (qint64 total : {0, 1, 999, 123457}) {
            const QList<qint64> parts = apportion(total, {0.3, 0.25, 1e-9, 0.2, 0.15, 0.1});
            QCOMPARE(std::accumulate(parts.begin(), parts.end(), qint64(0)), total);
        }
    }

    void peopleAreTheInstallersTheRulesCountAsPeople()
    {
        auto classes = InstallerClasses::load(m_db.handle());
        QVERIFY(classes.ok());
        const Days human = rows("downloads_daily_human"), installers = rows("downloads_by_installer"), all = rows("downloads_daily");
        double pip = 0, everything = 0;
        for (auto it = installers.cbegin(); it != installers.cend(); ++it) {
            double people = 0;
            for (const Row &r : it.value()) // the collector stores PyPI's empty installer as "(none)"
                if (classes->isHuman(r.item == QLatin1String("(none)") ? QString() : r.item))
                    people += r.value;
            QCOMPARE(value(human, it.key()), people);
            for (const Row &r : it.value())
                if (r.item == QLatin1String("pip"))
                    pip += r.value;
        }
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            everything += it.value().value(0).value;
        // As on real PyPI: mostly mirrors and CI, pip a few per cent.
        QVERIFY2(pip / everything > 0.01 && pip / everything < 0.1, qPrintable(QString::number(pip / everything)));
    }

    void peopleFollowRulesTheUserEdited()
    {
        QTemporaryDir other;
        Database db;
        QVERIFY(db.open(other.filePath(Database::fileName())).ok());
        QVERIFY(InstallerClasses::set(db.handle(), QStringLiteral("poetry"), QStringLiteral("human")).ok());
        DatasetSpec spec = DatasetSpec::small(kToday);
        spec.days = 30;
        spec.stars = 100;
        QVERIFY(DatasetGenerator::generate(db, spec).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT d.date, d.value, (SELECT SUM(i.value) FROM insight_metric i WHERE i.metric_type_id = "
            "(SELECT id FROM insight_metric_type WHERE key = 'downloads_by_installer') AND i.date = d.date "
            "AND i.item IN ('pip', 'uv', 'poetry')) FROM insight_metric d WHERE d.metric_type_id = "
            "(SELECT id FROM insight_metric_type WHERE key = 'downloads_daily_human')")));
        int days = 0;
        for (; q.next(); ++days)
            QVERIFY2(q.value(1).toDouble() == q.value(2).toDouble(), qPrintable(q.value(0).toString()));
        QCOMPARE(days, 30);
    }

    void everyBreakdownAddsUpToTheDaysDownloads()
    {
        const Days all = rows("downloads_daily");
        for (const char *metric : {"downloads_by_version", "downloads_by_country", "downloads_by_installer", "downloads_by_type",
                                   "downloads_by_python", "downloads_by_system"}) {
            const Days parts = rows(metric);
            QCOMPARE(parts.size(), all.size());
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                QVERIFY2(sum(parts.value(it.key())) == it.value().value(0).value, qPrintable(QLatin1String(metric) + u' ' + it.key()));
        }
        double window = 0;
        for (const auto &day : all)
            window += day.value(0).value;
        QVERIFY(rows("downloads_total").first().value(0).value >= window);
    }

    void pythonVersionsAndSystemsAddUpToTheDayInSql()
    {
        // In SQL over the stored rows, as the page's shares rest on it: no day whose Python
        // versions (or systems) add up to anything but its downloads_daily, and none without them.
        for (const char *metric : {"downloads_by_python", "downloads_by_system"}) {
            QSqlQuery q(m_db.handle());
            q.prepare(QStringLiteral(
                "SELECT COUNT(*), SUM(d.value <> IFNULL((SELECT SUM(b.value) FROM insight_metric b WHERE b.metric_type_id = "
                "(SELECT id FROM insight_metric_type WHERE key = ?) AND b.subject = d.subject AND b.date = d.date "
                "AND b.period = 'daily'), -1)) FROM insight_metric d WHERE d.metric_type_id = "
                "(SELECT id FROM insight_metric_type WHERE key = 'downloads_daily')"));
            q.addBindValue(QLatin1String(metric));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 365);
            QVERIFY2(q.value(1).toInt() == 0, metric);
        }
        // As on real PyPI: Linux (servers, CI) far ahead; newer Pythons gain on older ones, so the
        // first and last months of the year rank them differently.
        const auto share = [&](const char *metric, const QString &item, const QString &from, const QString &to) {
            QSqlQuery q(m_db.handle());
            q.prepare(QStringLiteral("SELECT SUM(CASE WHEN m.item = ? THEN m.value END) / SUM(m.value) FROM insight_metric m "
                                     "WHERE m.metric_type_id = (SELECT id FROM insight_metric_type WHERE key = ?) "
                                     "AND m.date BETWEEN ? AND ?"));
            for (const QString &bind : {item, QString::fromLatin1(metric), from, to})
                q.addBindValue(bind);
            return q.exec() && q.next() ? q.value(0).toDouble() : -1.0;
        };
        const QString first = kToday.addDays(-364).toString(Qt::ISODate), firstMonth = kToday.addDays(-335).toString(Qt::ISODate);
        const QString lastMonth = kToday.addDays(-29).toString(Qt::ISODate), last = kToday.toString(Qt::ISODate);
        QVERIFY(share("downloads_by_system", QStringLiteral("Linux"), first, last) > 0.7);
        QVERIFY(share("downloads_by_python", QStringLiteral("3.13"), lastMonth, last)
                > 1.5 * share("downloads_by_python", QStringLiteral("3.13"), first, firstMonth));
        QVERIFY(share("downloads_by_python", QStringLiteral("3.8"), lastMonth, last)
                < share("downloads_by_python", QStringLiteral("3.8"), first, firstMonth));
    }

    void versionsSplitIntoPeopleAndBots()
    {
        const Days versions = rows("downloads_by_version"), human = rows("downloads_daily_human");
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            for (const Row &r : it.value()) {
                QCOMPARE(r.meta.value(QLatin1String("human")).toDouble() + r.meta.value(QLatin1String("bot")).toDouble(), r.value);
                QVERIFY(r.meta.value(QLatin1String("human")).toDouble() >= 0 && r.meta.value(QLatin1String("bot")).toDouble() >= 0);
            }
            QCOMPARE(sum(it.value(), "human"), value(human, it.key()));
        }
        // A version first seen after the first day is the release of that day.
        const Days releases = rows("releases");
        QSet<QString> seen;
        int newVersions = 0;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            for (const Row &r : it.value())
                if (!seen.contains(r.item)) {
                    seen.insert(r.item);
                    if (it == versions.cbegin())
                        continue;
                    ++newVersions;
                    QCOMPARE(releases.value(it.key()).value(0).item, u'v' + r.item);
                }
        QCOMPARE(newVersions, int(releases.size()));
    }

    void breakdownsAreNotCopiesOfEachOther()
    {
        const Days versions = rows("downloads_by_version"), countries = rows("downloads_by_country"),
                   installers = rows("downloads_by_installer");
        QHash<QString, double> byCountry, byInstaller;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            const QList<double> v = sortedValues(it.value()), c = sortedValues(countries.value(it.key())),
                                i = sortedValues(installers.value(it.key()));
            QVERIFY(v != c && v != i && c != i);
            for (const Row &r : countries.value(it.key()))
                byCountry[r.item] += r.value;
            for (const Row &r : installers.value(it.key()))
                byInstaller[r.item] += r.value;
        }
        // Different leaders, as on real PyPI: the US among countries, the mirrors among installers.
        const auto leader = [](const QHash<QString, double> &totals) {
            QString top;
            for (auto it = totals.cbegin(); it != totals.cend(); ++it)
                if (top.isNull() || it.value() > totals.value(top))
                    top = it.key();
            return top;
        };
        QCOMPARE(leader(byCountry), QStringLiteral("US"));
        QCOMPARE(leader(byInstaller), QStringLiteral("bandersnatch"));
    }

    void trafficUniquesStayWithinTheirCounts()
    {
        const Days views = rows("views"), visitors = rows("unique_visitors"), clones = rows("clones"), cloners = rows("unique_cloners");
        const Days views14 = rows("views_14d"), visitors14 = rows("unique_visitors_14d"), clones14 = rows("clones_14d");
        const Days referrers = rows("referrers"), paths = rows("popular_paths");
        const QStringList dates = views.keys();
        for (qsizetype d = 0; d < dates.size(); ++d) {
            const QString &date = dates[d];
            QVERIFY(value(visitors, date) <= value(views, date));
            QVERIFY(value(cloners, date) <= value(clones, date));
            double windowViews = 0, windowVisitors = 0, windowClones = 0, busiest = 0;
            for (qsizetype j = std::max<qsizetype>(0, d - 13); j <= d; ++j) {
                windowViews += value(views, dates[j]);
                windowVisitors += value(visitors, dates[j]);
                windowClones += value(clones, dates[j]);
                busiest = std::max(busiest, value(visitors, dates[j]));
            }
            QCOMPARE(value(views14, date), windowViews);
            QCOMPARE(value(clones14, date), windowClones);
            QVERIFY(value(visitors14, date) >= busiest && value(visitors14, date) <= windowVisitors);
            for (const Days *top : {&referrers, &paths}) {
                QVERIFY(!top->value(date).isEmpty());
                QVERIFY(sum(top->value(date)) <= value(views14, date));
                for (const Row &r : top->value(date)) {
                    QCOMPARE(r.meta.value(QLatin1String("count")).toDouble(), r.value);
                    QVERIFY(r.meta.value(QLatin1String("uniques")).toDouble() <= r.value);
                    QVERIFY(r.meta.value(QLatin1String("uniques")).toDouble() <= value(visitors14, date));
                }
            }
        }
    }

    void plausibleBreakdownsAgreeWithTheDay()
    {
        const Days visitors = rows("visitors"), pageviews = rows("pageviews"), duration = rows("avg_duration");
        const Days pages = rows("top_pages"), countries = rows("top_countries");
        int quiet = 0;
        for (auto it = visitors.cbegin(); it != visitors.cend(); ++it) {
            const QString &date = it.key();
            const double people = it.value().value(0).value;
            QVERIFY(value(pageviews, date) >= people);
            if (people == 0) { // a quiet day: nothing to break down, no duration
                ++quiet;
                QVERIFY(!pages.contains(date) && !countries.contains(date));
                continue;
            }
            QCOMPARE(sum(countries.value(date), "visitors"), people);
            QCOMPARE(sum(countries.value(date)), people);
            QCOMPARE(sum(pages.value(date), "pageviews"), value(pageviews, date));
            double visits = 0, seconds = 0;
            for (const Row &r : pages.value(date)) {
                const double entries = r.meta.value(QLatin1String("entries")).toDouble();
                QVERIFY(r.value <= r.meta.value(QLatin1String("pageviews")).toDouble() && r.value <= people && r.value >= 1);
                QVERIFY(entries <= r.value);
                QCOMPARE(r.meta.value(QLatin1String("entry_visit_duration")).isNull(), entries == 0);
                visits += entries;
                seconds += entries * r.meta.value(QLatin1String("entry_visit_duration")).toDouble();
            }
            QVERIFY(visits <= people && visits > 0);
            QCOMPARE(value(duration, date), std::round(seconds / visits));
        }
        QVERIFY(quiet > 0 && quiet < 30);
    }

    void activityIsTheSumOfItsParts()
    {
        const Days activity = rows("activity_summary"), starEvents = rows("star_events"), stars = rows("new_star");
        const Days forks = rows("forks"), releases = rows("releases");
        for (auto it = activity.cbegin(); it != activity.cend(); ++it) {
            const Row &day = it.value().first();
            double parts = 0;
            for (const QString &key : day.meta.keys())
                parts += day.meta.value(key).toDouble();
            QCOMPARE(parts, day.value);
            QCOMPARE(day.meta.value(QLatin1String("stars")).toDouble(), value(starEvents, it.key()));
            QCOMPARE(day.meta.value(QLatin1String("stars")).toDouble(), double(stars.value(it.key()).size()));
            QCOMPARE(day.meta.value(QLatin1String("forks")).toDouble(), double(forks.value(it.key()).size()));
            QCOMPARE(day.meta.value(QLatin1String("releases")).toDouble(), double(releases.value(it.key()).size()));
        }
    }

    void starsAreNumberedInTheOrderTheyWereGiven()
    {
        QSqlQuery q(m_db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT m.date, json_extract(m.metadata, '$.starred_at'), json_extract(m.metadata, '$.star_number') "
                                      "FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                      "WHERE t.key = 'new_star' ORDER BY 2, m.item")));
        int number = 0;
        QString last;
        while (q.next()) {
            QCOMPARE(q.value(2).toInt(), ++number);
            QVERIFY(q.value(1).toString() > last);
            QCOMPARE(q.value(0).toString(), q.value(1).toString().left(10));
            last = q.value(1).toString();
        }
        QCOMPARE(number, DatasetSpec::small(kToday).stars);

        // stars_total counts the stars up to its day; stars_daily and the timeline's star days
        // are the collector's own derivations; forks_total steps with every fork.
        const Days stars = rows("new_star"), total = rows("stars_total"), daily = rows("stars_daily");
        const Days forks = rows("forks"), forksTotal = rows("forks_total");
        double given = 0, previousForks = -1;
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            given += double(stars.value(it.key()).size());
            QCOMPARE(it.value().value(0).value, given);
            QCOMPARE(value(daily, it.key()), double(stars.value(it.key()).size()));
            const double f = value(forksTotal, it.key());
            if (previousForks >= 0)
                QCOMPARE(f - previousForks, double(forks.value(it.key()).size()));
            previousForks = f;
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM insight_event WHERE kind = 'star_day'")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(stars.size()));
    }

    void redditCommentsOnlyGrow()
    {
        QSqlQuery q(m_db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT m.subject, m.value, json_extract(m.metadata, '$.comments') FROM insight_metric m "
                                      "JOIN insight_metric_type t ON t.id = m.metric_type_id WHERE t.key = 'post_stats' "
                                      "ORDER BY m.subject, m.date")));
        QString post;
        double score = 0, comments = 0;
        QSet<QString> posts;
        while (q.next()) {
            if (q.value(0).toString() != post) {
                post = q.value(0).toString();
                posts.insert(post);
                score = comments = 0;
            }
            QVERIFY(q.value(1).toDouble() >= 1);
            QVERIFY2(q.value(1).toDouble() >= score * 0.97, qPrintable(post)); // late votes dip a little, never crash
            QVERIFY(q.value(2).toDouble() >= comments);
            score = q.value(1).toDouble();
            comments = q.value(2).toDouble();
        }
        QCOMPARE(posts.size(), DatasetSpec::small(kToday).redditPosts);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reddit_post")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(posts.size()));
    }

    void theSameSpecGivesTheSameData()
    {
        QTemporaryDir other;
        Database again;
        QVERIFY(again.open(other.filePath(Database::fileName())).ok());
        QVERIFY(DatasetGenerator::generate(again, DatasetSpec::small(kToday)).ok());
        QCOMPARE(contentHash(again.handle()), contentHash(m_db.handle()));
    }

    void aSampleGoesIntoAnEmptyFolderWithEverythingOff()
    {
        const QString dir = SampleData::defaultDirFor(m_dir.filePath(QStringLiteral("real")));
        QCOMPARE(dir, m_dir.filePath(QStringLiteral("real/sample-data")));
        QVERIFY(QDir().mkpath(dir)); // an empty folder is as good as none
        QVERIFY(!SampleData::isSample(dir));
        QElapsedTimer timer;
        timer.start();
        auto rows = SampleData::create(dir, QStringLiteral("small"), kToday);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        qInfo("SampleData::create small: %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(*rows > 10'000);
        QVERIFY(SampleData::isSample(dir));
        QFile marker(QDir(dir).filePath(SampleData::markerFileName()));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(marker.readAll());
        QVERIFY2(text.contains(QLatin1String("Sample data of Insights")) && text.contains(QLatin1String("safe to delete"))
                     && text.contains(kToday.toString(Qt::ISODate)) && text.contains(QLatin1String("small")),
                 qPrintable(text));

        const Config config(dir, QProcessEnvironment());
        QCOMPARE(config.githubRepos(), QStringList{DatasetGenerator::repository()});
        QCOMPARE(config.pypiPackages(), QStringList{DatasetGenerator::package()});
        QCOMPARE(config.plausibleSites(), QStringList{DatasetGenerator::site()});
        for (const QString &key : allSourceKeys())
            QVERIFY2(!config.isEnabled(key), qPrintable(key));
        Database db;
        QVERIFY(db.open(config.databasePath()).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(enabled) FROM insight_source")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(allSourceKeys().size()));
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reddit_post")) && q.next());
        QCOMPARE(q.value(0).toInt(), DatasetSpec::small(kToday).redditPosts);
        QCOMPARE(QDir(QFileInfo(dir).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("sample-data")}); // nothing left beside it
    }

    void aFolderWithOtherFilesIsRefusedUntouched()
    {
        const QString dir = m_dir.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkpath(dir));
        QFile notes(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("my own notes") == 12);
        notes.close();
        auto rows = SampleData::create(dir, QStringLiteral("small"), kToday);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.errorMessage().contains(QDir::toNativeSeparators(dir)) && rows.errorMessage().contains(QLatin1String("other files")),
                 qPrintable(rows.errorMessage()));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("notes.txt")});
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("my own notes"));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(Database::fileName())));
        QVERIFY(!SampleData::isSample(dir));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".mine*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void anEarlierSampleIsReplacedWhole()
    {
        const QString dir = SampleData::defaultDirFor(m_dir.filePath(QStringLiteral("real")));
        QVERIFY(SampleData::isSample(dir)); // from the first test
        QFile stray(QDir(dir).filePath(QStringLiteral("stray.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        const QDate later = kToday.addDays(3);
        auto rows = SampleData::create(dir, QStringLiteral("small"), later);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QVERIFY(SampleData::isSample(dir));
        QVERIFY(!QFileInfo::exists(stray.fileName())); // the earlier sample went whole
        Database db;
        QVERIFY(db.open(QDir(dir).filePath(Database::fileName())).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(date) FROM insight_metric")) && q.next());
        QCOMPARE(q.value(0).toString(), later.toString(Qt::ISODate));
        QCOMPARE(QDir(QFileInfo(dir).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("sample-data")});
    }

    void theSizeIsSmallOrLarge()
    {
        const QString dir = m_dir.filePath(QStringLiteral("medium"));
        auto rows = SampleData::create(dir, QStringLiteral("medium"), kToday);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.errorMessage().contains(QLatin1String("medium")), qPrintable(rows.errorMessage()));
        QVERIFY(!QFileInfo::exists(dir));
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
