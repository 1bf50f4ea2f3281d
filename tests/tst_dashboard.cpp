// The dashboard offscreen, on the small reference dataset written through the app's own storage
// code: every page renders with data (and is saved as a PNG to look at), a range change
// re-queries and redraws every visible series, the previous period and gap shading are drawn,
// exports have the asked size, `insights chart NAME` writes a PNG and an SVG for each page, and
// the tray's clipboard action takes a Reddit link and refuses other text.
#include "chartexport.h"
#include "chartview.h"
#include "collectors/reddit/clipboardlink.h"
#include "config/config.h"
#include "darkpalette.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "reddittrackbar.h"
#include "sample/datasetgenerator.h"
#include "daterangebar.h"
#include "mainwindow.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "summarycard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolButton>
#include <QProcess>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QLabel>
#include <QStatusBar>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    const QDate today = QDate::currentDate();

    static qsizetype pointsOf(const QChart *chart, const QString &name)
    {
        qsizetype n = 0;
        for (QAbstractSeries *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == name)
                n += line->count();
        return n;
    }
    static bool hasSeries(const QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->name() == name)
                return true;
        return false;
    }

    bool waitForPage(MainWindow &window, const QString &key)
    {
        return QTest::qWaitFor([&] { return window.isIdle() && window.page(key) && window.page(key)->data().request.page == key; }, 10'000);
    }

private slots:
    void initTestCase()
    {
        auto rows = DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(today)); // data and what it tracks
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QVERIFY(*rows > 10'000);
        // Two days the traffic collector never saw: a gap, not zeros.
        for (int back : {10, 11})
            QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("DELETE FROM insight_metric WHERE date = '%1' AND metric_type_id IN "
                                                               "(SELECT id FROM insight_metric_type WHERE key IN ('views', 'unique_visitors'))")
                                                    .arg(today.addDays(-back).toString(Qt::ISODate))));
    }

    void everyPageRendersWithData()
    {
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString shots = QStringLiteral(INSIGHTS_TEST_OUTPUT_DIR); // the README's pictures: tst_screenshots
        for (const QString &key : DashboardData::pages()) {
            window.showPage(key);
            QVERIFY2(waitForPage(window, key), qPrintable(key));
            DashboardPage *page = window.page(key);
            QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));
            QVERIFY2(page->data().empty.isEmpty(), qPrintable(key + QLatin1String(": ") + page->data().empty));
            if (key == QLatin1String("overview")) { // a row of cards per subject, no chart
                QVERIFY(page->cards().size() >= 5);
                const QList<SummaryCard *> cards = page->cards(); // a copy: begin() and end() of one list
                QVERIFY(std::all_of(cards.begin(), cards.end(), [](SummaryCard *c) { return !c->data().page.isEmpty(); }));
                QCOMPARE(page->tables()->count(), 3); // highlights, alerts, your notes
                QTest::qWait(150);
                QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("page-%1.png").arg(key))));
                continue;
            }
            QVERIFY(!page->charts().isEmpty());
            for (ChartView *chart : page->charts())
                QVERIFY2(!chart->chart()->series().isEmpty(), qPrintable(key + QLatin1Char(' ') + chart->data().id));
            QVERIFY(!page->cards().isEmpty());
            QVERIFY2(page->cards().first()->valueText() != QLatin1String("–"), qPrintable(key));
            QVERIFY(page->tables()->count() > 0);
            QTest::qWait(150); // let Qt Charts lay out titles and axes before the picture
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("page-%1.png").arg(key))));
        }

        // A dark palette redraws the charts dark (the chart background follows the palette).
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        window.showPage(QStringLiteral("plausible"));
        QVERIFY(waitForPage(window, QStringLiteral("plausible")));
        QTest::qWait(150);
        ChartView *chart = window.page(QStringLiteral("plausible"))->charts().first();
        QVERIFY(chart->chart()->backgroundBrush().color().lightness() < 60);
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("page-plausible-dark.png"))));
        QApplication::setPalette(light);
    }

    void aRangeChangeRequeriesAndRedrawsEverySeries()
    {
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.show();
        window.showPage(QStringLiteral("plausible"));
        QVERIFY(waitForPage(window, QStringLiteral("plausible")));
        window.rangeBar()->setPreset(RangePreset::Days30);
        QTRY_VERIFY(window.isIdle() && window.page(QStringLiteral("plausible"))->data().request.range.days() == 30);
        DashboardPage *page = window.page(QStringLiteral("plausible"));
        QCOMPARE(pointsOf(page->charts()[0]->chart(), QStringLiteral("Visitors")), 30);
        QCOMPARE(pointsOf(page->charts()[0]->chart(), QStringLiteral("Pageviews")), 30);
        const QString cardAt30 = page->cards().first()->valueText();

        window.rangeBar()->setPreset(RangePreset::Days7);
        QTRY_VERIFY(window.isIdle() && page->data().request.range.days() == 7);
        for (ChartView *view : page->charts())
            for (const SeriesData &s : view->data().series)
                QCOMPARE(s.values.size(), 7);
        QCOMPARE(pointsOf(page->charts()[0]->chart(), QStringLiteral("Visitors")), 7);
        QCOMPARE(pointsOf(page->charts()[0]->chart(), QStringLiteral("Visitors (previous period)")), 7);
        QVERIFY(page->cards().first()->valueText() != cardAt30);
        QVERIFY(!page->cards().first()->changeText().isEmpty());

        // Comparison off: no previous period anywhere.
        window.rangeBar()->setCompare(false);
        QTRY_VERIFY(window.isIdle() && !page->data().request.compare);
        QVERIFY(!hasSeries(page->charts()[0]->chart(), QStringLiteral("Visitors (previous period)")));
        QVERIFY(page->cards().first()->changeText().isEmpty());
    }

    void gapsAreShadedNeverZeros()
    {
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        auto data = DashboardData::load(db.handle(), PageRequest{QStringLiteral("traffic"), {today.addDays(-29), today}, {}, true});
        QVERIFY(data.ok());
        const ChartData &views = data->charts.first();
        QCOMPARE(views.gaps.size(), 1);
        QCOMPARE(views.gaps.first().from, today.addDays(-11));
        QCOMPARE(views.gaps.first().to, today.addDays(-10));
        QVERIFY(!views.series.first().values[29 - 10].has_value());
        ChartView view;
        view.setData(views);
        QVERIFY(hasSeries(view.chart(), QStringLiteral("No data")));
        QVERIFY(hasSeries(view.chart(), QStringLiteral("Views (previous period)")));
        QVERIFY(view.describeDay(today.addDays(-10)).contains(QLatin1String("no data")));
        // Two segments, not one line dropping to zero.
        int segments = 0;
        for (QAbstractSeries *s : view.chart()->series())
            if (s->name() == QLatin1String("Views") && qobject_cast<QLineSeries *>(s))
                ++segments;
        QCOMPARE(segments, 2);
    }

    void pypiShareIsPeopleOfAllOverTheLastSevenDays()
    {
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        QSqlDatabase &h = db.handle();
        // Nine days without downloads (days -20 … -12), undone at the end: the other tests keep the dataset.
        QVERIFY(h.transaction());
        const auto undo = qScopeGuard([&h] { h.rollback(); });
        const auto iso = [this](int back) { return today.addDays(-back).toString(Qt::ISODate); };
        QSqlQuery hole(h);
        QVERIFY(hole.exec(QStringLiteral("DELETE FROM insight_metric WHERE date BETWEEN '%1' AND '%2' AND metric_type_id IN (SELECT id FROM "
                                         "insight_metric_type WHERE key IN ('downloads_daily', 'downloads_daily_human'))")
                              .arg(iso(20), iso(12))));
        QVERIFY(hole.numRowsAffected() > 0);

        auto data = DashboardData::load(h, PageRequest{QStringLiteral("pypi"), {today.addDays(-29), today}, {}, true});
        QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
        const auto chart = std::find_if(data->charts.begin(), data->charts.end(), [](const ChartData &c) { return c.id == QLatin1String("pypi_share"); });
        QVERIFY(chart != data->charts.end());
        QCOMPARE(chart->unit, QStringLiteral("%"));
        QCOMPARE(chart->series.size(), 1);
        const SeriesData &line = chart->series.first();
        QCOMPARE(line.values.size(), 30);
        QCOMPARE(line.previous.size(), 30); // compared: the previous period has its line too

        // People of all downloads over the 7 days ending `back` days ago, as SQLite sums them.
        const auto expected = [&](int back) -> std::optional<double> {
            QSqlQuery q(h);
            q.prepare(QStringLiteral("SELECT SUM(CASE t.key WHEN 'downloads_daily_human' THEN m.value END), SUM(CASE t.key WHEN "
                                     "'downloads_daily' THEN m.value END) FROM insight_metric m JOIN insight_metric_type t ON "
                                     "t.id = m.metric_type_id WHERE m.period = 'daily' AND m.date BETWEEN :from AND :to"));
            q.bindValue(QStringLiteral(":from"), iso(back + 6));
            q.bindValue(QStringLiteral(":to"), iso(back));
            if (!q.exec() || !q.next() || q.value(1).isNull() || q.value(1).toDouble() <= 0)
                return std::nullopt;
            return 100.0 * q.value(0).toDouble() / q.value(1).toDouble();
        };
        const auto shown = [&](int back) { return line.values.value(29 - back); };
        // The range's first day reaches into the previous period; day -11 sees one day after the hole.
        for (int back : {29, 21, 11, 3, 0}) {
            QVERIFY2(expected(back) && shown(back), qPrintable(iso(back)));
            QVERIFY2(qAbs(*shown(back) - *expected(back)) < 1e-9, qPrintable(QStringLiteral("%1: %2 vs %3").arg(iso(back)).arg(*shown(back)).arg(*expected(back))));
        }
        // Seven days without downloads: a gap, never 0 %.
        for (int back : {14, 13, 12}) {
            QVERIFY(!expected(back));
            QVERIFY2(!shown(back), qPrintable(iso(back)));
        }
    }

    void logScaleIsRememberedPerPage()
    {
        {
            MainWindow window(dir.path());
            window.setScheduleEnabled(false);
            window.showPage(QStringLiteral("traffic"));
            QVERIFY(waitForPage(window, QStringLiteral("traffic")));
            DashboardPage *page = window.page(QStringLiteral("traffic"));
            QVERIFY(!page->logScale());
            QToolButton *toggle = nullptr;
            for (QToolButton *b : page->findChildren<QToolButton *>())
                if (b->text() == QLatin1String("Log scale"))
                    toggle = b;
            QVERIFY(toggle);
            toggle->click();
            QVERIFY(qobject_cast<QLogValueAxis *>(page->charts().first()->chart()->axes(Qt::Vertical).value(0)));
        }
        MainWindow again(dir.path());
        again.setScheduleEnabled(false);
        again.showPage(QStringLiteral("traffic"));
        QVERIFY(waitForPage(again, QStringLiteral("traffic")));
        QVERIFY(again.page(QStringLiteral("traffic"))->logScale());
        QVERIFY(qobject_cast<QLogValueAxis *>(again.page(QStringLiteral("traffic"))->charts().first()->chart()->axes(Qt::Vertical).value(0)));
        QVERIFY(!again.page(QStringLiteral("stars"))->logScale()); // per page
        again.page(QStringLiteral("traffic"))->setLogScale(false);
        Config(dir.path(), QProcessEnvironment()).setLogScale(QStringLiteral("traffic"), false);
    }

    void trafficNoteComparesOnePeriod()
    {
        // GitHub's 14-day count and the days added up are for the same 14 days, named once in the
        // locale's date format; the range's cards say they add days up.
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        auto data = DashboardData::load(db.handle(), PageRequest{QStringLiteral("traffic"), {today.addDays(-29), today}, {}, true});
        QVERIFY(data.ok());
        const CardData *fourteen = nullptr;
        for (const CardData &c : data->cards)
            if (c.label.startsWith(QLatin1String("Unique visitors, 14 days to ")))
                fourteen = &c;
        QVERIFY(fourteen);
        const QString until = fourteen->label.mid(QStringLiteral("Unique visitors, 14 days to ").size());
        const QDate day = QLocale().toDate(until, QLocale::ShortFormat).addYears(until.size() <= 8 ? 100 : 0);
        QVERIFY2(day.isValid(), qPrintable(until));
        QCOMPARE(data->notes.size(), 1);
        const QString note = data->notes.first();
        QVERIFY2(note.startsWith(QStringLiteral("In the 14 days to %1,").arg(until)), qPrintable(note));
        QSqlQuery sum(db.handle());
        QVERIFY(sum.exec(QStringLiteral("SELECT SUM(value) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                        "WHERE t.key = 'unique_visitors' AND m.date BETWEEN '%1' AND '%2'")
                             .arg(day.addDays(-13).toString(Qt::ISODate), day.toString(Qt::ISODate))));
        QVERIFY(sum.next());
        QVERIFY2(note.contains(QStringLiteral("add up to %1,").arg(QLocale().toString(sum.value(0).toDouble(), 'f', 0))), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("counted %1 unique").arg(QLocale().toString(fourteen->value.value_or(-1), 'f', 0))));
        for (const CardData &c : data->cards)
            QVERIFY2(!c.label.contains(QLatin1String("daily sum")), qPrintable(c.label));
    }

    void exportsHaveTheAskedSize()
    {
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        auto data = DashboardData::load(db.handle(), PageRequest{QStringLiteral("stars"), {today.addDays(-89), today}, {}, true});
        QVERIFY(data.ok());
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("stars.png"));
        QVERIFY(ChartExport::savePng(data->charts.first(), png, QSize(800, 450), 2.0, QPalette()).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        // Not a blank image: the line and the axes left marks of more than one colour.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            for (int y = 0; y < image.height(); y += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
        const QString svg = out.filePath(QStringLiteral("stars.svg"));
        QVERIFY(ChartExport::saveSvg(data->charts.first(), svg, QSize(1600, 900), QPalette()).ok());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(1600, 900));
        QVERIFY(!ChartExport::save(data->charts.first(), out.filePath(QStringLiteral("stars.gif")), QSize(800, 450), 1, QPalette()).ok());
    }

    void chartCommandWritesEveryChartAsPngAndSvg()
    {
        QTemporaryDir out;
        for (const QString &name : DashboardData::sourcePages()) {
            for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
                const QString file = out.filePath(name + QLatin1Char('.') + suffix);
                QProcess process;
                process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), name, QStringLiteral("--out"), file,
                                                                QStringLiteral("--data-dir"), dir.path()});
                QVERIFY(process.waitForFinished(60'000));
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                if (suffix == QLatin1String("png")) {
                    QCOMPARE(QImage(file).size(), QSize(1600, 900));
                } else {
                    QSvgRenderer svg(file);
                    QVERIFY2(svg.isValid(), qPrintable(file));
                    QCOMPARE(svg.defaultSize(), QSize(1600, 900));
                }
            }
        }
        QProcess process;
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("traffic"), QStringLiteral("--out"),
                                                        out.filePath(QStringLiteral("t.png")), QStringLiteral("--size"),
                                                        QStringLiteral("640x360"), QStringLiteral("--from"),
                                                        today.addDays(-6).toString(Qt::ISODate), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QImage(out.filePath(QStringLiteral("t.png"))).size(), QSize(640, 360));
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("nope"), QStringLiteral("--out"),
                                                        out.filePath(QStringLiteral("n.png"))});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 2);
        // One subject's chart; a subject the page does not show is said, and no file is written.
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("pypi"), QStringLiteral("--subject"),
                                                        QStringLiteral("insights-demo"), QStringLiteral("--out"),
                                                        out.filePath(QStringLiteral("s.png")), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("s.png"))));
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("pypi"), QStringLiteral("--subject"),
                                                        QStringLiteral("no-such-package"), QStringLiteral("--out"),
                                                        out.filePath(QStringLiteral("x.png")), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("insights-demo")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.png"))));
    }

    void theAppStaysUpAndASecondLaunchHandsOver()
    {
        QProcess first;
        first.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(first.waitForStarted());
        QTest::qWait(2500);
        QCOMPARE(first.state(), QProcess::Running);
        QProcess second;
        second.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(second.waitForFinished(10'000));
        QCOMPARE(second.exitCode(), 0);
        QTest::qWait(500);
        QCOMPARE(first.state(), QProcess::Running); // the first one is still there, asked to show itself
        first.terminate();
        if (!first.waitForFinished(5'000))
            first.kill();
    }

    void theClipboardActionTakesARedditLinkAndRefusesOtherText_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<QString>("link");
        QTest::newRow("a link") << "https://www.reddit.com/r/cpp/comments/abc123/insights/" << "https://www.reddit.com/r/cpp/comments/abc123/insights/";
        QTest::newRow("in a sentence") << "look: https://redd.it/abc123!" << "https://redd.it/abc123";
        QTest::newRow("share link") << "https://www.reddit.com/r/cpp/s/Xy7Zq2Lm" << "https://www.reddit.com/r/cpp/s/Xy7Zq2Lm";
        QTest::newRow("github") << "https://github.com/octo/widgets" << "";
        QTest::newRow("text") << "remember to buy milk" << "";
        QTest::newRow("empty") << "" << "";
    }

    void theClipboardActionTakesARedditLinkAndRefusesOtherText()
    {
        QFETCH(QString, clipboard);
        QFETCH(QString, link);
        auto found = ClipboardLink::redditLink(clipboard);
        if (link.isEmpty()) {
            QVERIFY(!found.ok());
            QVERIFY(found.errorMessage().contains(QLatin1String("clipboard")));
        } else {
            QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
            QCOMPARE(*found, link);
        }
    }

    void theWindowTracksAPastedLinkOnlyWhenItIsReddit()
    {
        QTemporaryDir empty;
        MainWindow window(empty.path());
        window.setScheduleEnabled(false);
        QSignalSpy spy(&window, &MainWindow::redditTrackFinished);
        window.trackRedditPost(QStringLiteral("https://example.com/not/reddit"));
        QVERIFY(spy.wait(10'000));
        QCOMPARE(spy.first().at(0).toBool(), false);
        QVERIFY(spy.first().at(1).toString().contains(QLatin1String("not a link to a Reddit post")));
        // Said where the link was pasted, not in the status bar, which goes on saying what collects.
        QCOMPARE(window.redditTrackBar()->resultText(), spy.first().at(1).toString());
        QVERIFY(!window.statusBar()->findChildren<QLabel *>().isEmpty());
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(QLatin1String("not a link to a Reddit post")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion")); // palettes apply fully, as on most desktops
    TestDashboard test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dashboard.moc"
