// The digest of a week (issue 24): a fixed week of known data, written through the real write
// path, digests to the figures of a hand-checked Markdown file (tests/fixtures/digest/); the HTML
// digest the real binary writes is well-formed, self-contained, escapes a hostile referrer and
// carries its charts as PNG images; `insights digest` writes the default week, --from/--to and
// --out, says when there is nothing to digest (exit 1) and refuses bad input (exit 2).
#include "alerts/alertstore.h"
#include "cliharness.h"
#include "config/config.h"
#include "digest/digest.h"
#include "digest/markdowndigest.h"
#include "notes/notes.h"
#include "storage/database.h"
#include "storewrite.h"
#include "testclock.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kRepo = QStringLiteral("octo/widgets");
const QString kPackage = QStringLiteral("widgets");
const QString kSite = QStringLiteral("widgets.example");
const QString kHostile = QStringLiteral("<script>alert(1)</script>");
const QDate kMonday(2026, 11, 30); // the week digested: 2026-11-30 to 2026-12-06; the one before from 2026-11-23

MetricRow row(const char *metric, const QString &subject, const QDate &day, double value, Period period = Period::Daily,
              const QString &item = {}, const QJsonObject &metadata = {})
{
    MetricRow r = MetricRow::make(metric, subject, day, period, value, item);
    r.metadata = metadata;
    return r;
}

// The fixed fortnight, as the collectors would store it. Per day of the week before, then of the week:
//   new stars      2 a day              | 1 2 3 10 2 1 1        (14 → 20, in all 34)
//   views/uniques  100/40 a day         | 120/50 130/50 500/200 140/60 110/40 100/40 100/40
//   downloads      1000 (100 people)    | 1500 (150) a day, 12-04: 3000 (400)
//   visitors       50 a day             | 60 a day, 12-05: 200; pages / 40 (50 views), /docs 20 (30) a day,
//                                         12-05 also /blog/<b>launch</b> 150 (160)
// a release v1.2 on 12-02; referrers on 11-29 (google, github.com) and on 12-06 (google,
// news.ycombinator.com and a hostile one); paths on 12-06.
void writeFortnight(QSqlDatabase &db)
{
    Batch batch;
    const QList<int> stars{1, 2, 3, 10, 2, 1, 1}, views{120, 130, 500, 140, 110, 100, 100}, uniques{50, 50, 200, 60, 40, 40, 40};
    int login = 0;
    for (int i = 0; i < 7; ++i) {
        const QDate before = kMonday.addDays(-7 + i), day = kMonday.addDays(i);
        for (int s = 0; s < 2; ++s)
            batch.rows.append(row("new_star", kRepo, before, 1, Period::Event, QStringLiteral("user%1").arg(++login)));
        for (int s = 0; s < stars[i]; ++s)
            batch.rows.append(row("new_star", kRepo, day, 1, Period::Event, QStringLiteral("user%1").arg(++login)));
        batch.rows += {row("views", kRepo, before, 100), row("unique_visitors", kRepo, before, 40),
                       row("views", kRepo, day, views[i]), row("unique_visitors", kRepo, day, uniques[i])};
        const bool busy = day == QDate(2026, 12, 4);
        batch.rows += {row("downloads_daily", kPackage, before, 1000), row("downloads_daily_human", kPackage, before, 100),
                       row("downloads_daily", kPackage, day, busy ? 3000 : 1500),
                       row("downloads_daily_human", kPackage, day, busy ? 400 : 150)};
        const bool launch = day == QDate(2026, 12, 5);
        batch.rows += {row("visitors", kSite, before, 50), row("visitors", kSite, day, launch ? 200 : 60),
                       row("top_pages", kSite, day, 40, Period::Daily, QStringLiteral("/"), {{"visitors", 40}, {"pageviews", 50}}),
                       row("top_pages", kSite, day, 20, Period::Daily, QStringLiteral("/docs"), {{"visitors", 20}, {"pageviews", 30}})};
        if (launch)
            batch.rows.append(row("top_pages", kSite, day, 150, Period::Daily, QStringLiteral("/blog/<b>launch</b>"),
                                  {{"visitors", 150}, {"pageviews", 160}}));
    }
    batch.rows.append(row("releases", kRepo, QDate(2026, 12, 2), 1, Period::Event, QStringLiteral("v1.2")));
    const auto listed = [&](const char *metric, const QDate &day, const QString &item, double count, double unique) {
        batch.rows.append(row(metric, kRepo, day, count, Period::Snapshot, item, {{"count", count}, {"uniques", unique}}));
    };
    listed("referrers", QDate(2026, 11, 29), QStringLiteral("Google"), 300, 100);
    listed("referrers", QDate(2026, 11, 29), QStringLiteral("github.com"), 200, 80);
    listed("referrers", QDate(2026, 12, 6), QStringLiteral("Google"), 400, 150);
    listed("referrers", QDate(2026, 12, 6), QStringLiteral("news.ycombinator.com"), 350, 200);
    listed("referrers", QDate(2026, 12, 6), kHostile, 5, 1);
    listed("popular_paths", QDate(2026, 12, 6), QStringLiteral("/octo/widgets"), 900, 300);
    listed("popular_paths", QDate(2026, 12, 6), QStringLiteral("/octo/widgets/issues"), 100, 50);
    writeCommitted(db, batch);

    const TestClock clock;
    Notes notes(db, clock);
    QVERIFY(notes.add(QDate(2026, 12, 2), QStringLiteral("Posted on Hacker News"), kRepo).ok());
    QVERIFY(notes.add(QDate(2026, 12, 4), QStringLiteral("Newsletter went out")).ok());
    QVERIFY(notes.add(QDate(2026, 11, 20), QStringLiteral("Before the week")).ok());
    Alert spike;
    spike.rule = QStringLiteral("spike");
    spike.metric = QStringLiteral("views");
    spike.subject = kRepo;
    spike.date = QDate(2026, 12, 2);
    spike.value = 500;
    spike.baseline = 100;
    spike.cause = QStringLiteral("Release v1.2 (octo/widgets), that day");
    QVERIFY(AlertStore(db, clock).record({spike}).ok());
}

// The figures of each line that has any ("+142.9", "1,200", "2026", "11", "30"), signs kept:
// what the digest says, whatever its layout.
QList<QStringList> figureLines(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("[+−]?\\d+(?:[.,]\\d+)*"));
    QList<QStringList> out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QStringList figures;
        for (auto it = number.globalMatch(line); it.hasNext();)
            figures.append(it.next().captured());
        if (!figures.isEmpty())
            out.append(figures);
    }
    return out;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDigest : public QObject {
    Q_OBJECT

    QTemporaryDir dir; // the fixed fortnight
    Database db;

    CliRun digest(QStringList args, const QString &dataDir = {})
    {
        args.prepend(QStringLiteral("digest"));
        args << QStringLiteral("--data-dir") << (dataDir.isEmpty() ? dir.path() : dataDir);
        return runInsights(args);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the fixture's "1,200" and "12/2/26"
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        writeFortnight(db.handle());
    }

    void lastWeekIsMondayToSundayBeforeToday()
    {
        QCOMPARE(Digest::lastWeek(QDate(2026, 12, 7)), (DateRange{QDate(2026, 11, 30), QDate(2026, 12, 6)})); // a Monday
        QCOMPARE(Digest::lastWeek(QDate(2026, 12, 10)), (DateRange{QDate(2026, 11, 30), QDate(2026, 12, 6)}));
        QCOMPARE(Digest::lastWeek(QDate(2026, 12, 6)), (DateRange{QDate(2026, 11, 23), QDate(2026, 11, 29)})); // Sunday: not over
    }

    void theWeekHasTheHandCheckedFigures()
    {
        auto built = Digest::build(db.handle(), {kMonday, kMonday.addDays(6)});
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QVERIFY(built->hasData());
        const QString markdown = toMarkdown(*built);
        const QString expected = readAll(QStringLiteral(INSIGHTS_SOURCE_DIR "/tests/fixtures/digest/week-2026-11-30.md"));
        QVERIFY(!expected.isEmpty());
        const QList<QStringList> got = figureLines(markdown), want = figureLines(expected);
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QVERIFY2(got[i] == want[i], qPrintable(QStringLiteral("figure line %1: got %2, expected %3\n%4")
                                                        .arg(i + 1)
                                                        .arg(got[i].join(u' '), want[i].join(u' '), markdown)));
        QCOMPARE(got.size(), want.size());
        // The headings too: a subject, the alerts or the notes missing would not show in figures alone.
        const auto headings = [](const QString &text) {
            QStringList out;
            for (const QString &line : text.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1Char('#')) || line.endsWith(QLatin1Char(':')))
                    out.append(line.trimmed());
            return out;
        };
        QCOMPARE(headings(markdown), headings(expected));
        // The hostile referrer is text, not markup.
        QVERIFY(markdown.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>")));
        QVERIFY(!markdown.contains(kHostile));
    }

    void cliWritesTheAskedWeekToStdoutOrAFile()
    {
        const CliRun both = digest({QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-12-06")});
        QCOMPARE(both.exitCode, 0);
        QVERIFY2(both.out.startsWith(QStringLiteral("# Insights digest, 2026-11-30 to 2026-12-06\n")), qPrintable(both.out + both.err));
        static const QRegularExpression views(QStringLiteral("\\| Views \\| 1,?200 \\| 700 \\| \\+71\\.4 % \\|")); // the locale's separator
        QVERIFY(both.out.contains(views));
        QVERIFY(both.out.contains(QStringLiteral("news.ycombinator.com (350 views, 200 unique)")));
        // One date: the week it starts, or ends.
        QCOMPARE(digest({QStringLiteral("--from"), QStringLiteral("2026-11-30")}).out, both.out);
        QCOMPARE(digest({QStringLiteral("--to"), QStringLiteral("2026-12-06")}).out, both.out);
        // --out: the same text in the file, nothing on stdout.
        const QString file = dir.filePath(QStringLiteral("week.md"));
        const CliRun toFile = digest({QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--out"), file});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QVERIFY(toFile.err.contains(file));
        QCOMPARE(readAll(file), both.out);
    }

    void htmlIsSelfContainedEscapedWithItsChartsInside()
    {
        const QString file = dir.filePath(QStringLiteral("week.html"));
        const CliRun run = digest({QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("html"),
                                   QStringLiteral("--out"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString html = readAll(file);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        // Well-formed: every element closed, only XML's own entities.
        QXmlStreamReader xml(html);
        int images = 0;
        QStringList pngSizes;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("img")) {
                ++images;
                const QString src = xml.attributes().value(QStringLiteral("src")).toString();
                const QString prefix = QStringLiteral("data:image/png;base64,");
                QVERIFY2(src.startsWith(prefix), qPrintable(src.left(80)));
                QImage image;
                QVERIFY(image.loadFromData(QByteArray::fromBase64(src.mid(prefix.size()).toLatin1()), "PNG"));
                pngSizes.append(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()));
            }
            QVERIFY2(xml.name() != QLatin1String("script"), "a script element");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        // The main charts of the repository (stars, traffic), the package and the site.
        QCOMPARE(images, 4);
        QCOMPARE(pngSizes, QStringList(4, QStringLiteral("960x400")));
        // Self-contained: nothing to fetch from anywhere.
        QVERIFY(!html.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("https://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        // The hostile referrer and page name are text.
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("/blog/&lt;b&gt;launch&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("+71.4 %")));
    }

    void withoutDatesTheLastCompleteWeek()
    {
        // Views on each of the last 21 days: 10 a day.
        QTemporaryDir recent;
        {
            Database other;
            QVERIFY(other.open(Config(recent.path(), QProcessEnvironment()).databasePath()).ok());
            Batch batch;
            for (int i = 1; i <= 21; ++i)
                batch.rows.append(row("views", kRepo, QDate::currentDate().addDays(-i), 10));
            writeCommitted(other.handle(), batch);
        }
        const DateRange week = Digest::lastWeek(QDate::currentDate());
        const CliRun run = digest({}, recent.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("# Insights digest, %1 to %2\n")
                                        .arg(week.from.toString(Qt::ISODate), week.to.toString(Qt::ISODate))),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("| Views | 70 | 70 |")), qPrintable(run.out));
    }

    void nothingToDigestSaysSo()
    {
        // A week without any data.
        const CliRun empty = digest({QStringLiteral("--from"), QStringLiteral("2020-01-06")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.out.isEmpty());
        QVERIFY2(empty.err.contains(QStringLiteral("Nothing is stored for 2020-01-06 to 2020-01-12")), qPrintable(empty.err));
        // Nothing tracked at all.
        QTemporaryDir nothing;
        {
            Database none;
            QVERIFY(none.open(Config(nothing.path(), QProcessEnvironment()).databasePath()).ok());
        }
        const QString file = nothing.filePath(QStringLiteral("week.md"));
        const CliRun untracked = digest({QStringLiteral("--out"), file}, nothing.path());
        QCOMPARE(untracked.exitCode, 1);
        QVERIFY2(untracked.err.contains(QStringLiteral("Nothing is tracked")), qPrintable(untracked.err));
        QVERIFY(!QFile::exists(file));
        // A data directory that does not exist is not created.
        const QString missing = nothing.filePath(QStringLiteral("missing"));
        QCOMPARE(digest({}, missing).exitCode, 1);
        QVERIFY(!QFile::exists(missing));
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30")} << QStringLiteral("--from takes a date");
        QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-06"), QStringLiteral("--to"), QStringLiteral("2026-11-30")}
                                       << QStringLiteral("--from is after --to");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")} << QStringLiteral("md or html");
        QTest::newRow("csv is export's") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << QStringLiteral("md or html");
        QTest::newRow("an argument") << QStringList{QStringLiteral("week")} << QStringLiteral("usage: insights digest");
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString file = dir.filePath(QStringLiteral("refused.md"));
        const CliRun run = digest(args + QStringList{QStringLiteral("--out"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestDigest)
#include "tst_digest.moc"
