// The Overview, comparisons and the user's notes in the window, on the generated "small" dataset
// (plus a second repository's traffic): a row of cards per subject whose figures are the subject
// pages' own, a click that opens the page filtered to that subject, highlights whose peaks are the
// charts' peaks; two subjects compared as two lines with each subject's own sums, in the window
// and with `insights chart --subject A --subject B --log`; and notes added from a chart's day,
// drawn on every chart of the range, listed on the Overview, changed and removed there.
#include "chartview.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "sample/datasetgenerator.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storewrite.h"
#include "summarycard.h"
#include "tablemodel.h"
#include "tableview.h"

#include <QAbstractButton>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QProcess>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QToolButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestOverview : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    const QDate today = QDate::currentDate();

    bool waitForPage(MainWindow &window, const QString &key)
    {
        return QTest::qWaitFor([&] { return window.isIdle() && window.page(key) && window.page(key)->data().request.page == key; }, 20'000);
    }
    static const SummaryCard *card(DashboardPage *page, const QString &subject, const QString &label)
    {
        for (SummaryCard *c : page->cards())
            if (c->data().subject == subject && c->data().label == label)
                return c;
        return nullptr;
    }
    static const CardData *cardData(const PageData &data, const QString &label)
    {
        for (const CardData &c : data.cards)
            if (c.label == label)
                return &c;
        return nullptr;
    }
    static DataTable *table(DashboardPage *page, const QString &id)
    {
        return page->findChild<DataTable *>(QStringLiteral("table_") + id);
    }
    static void trigger(DataTable *t, int row, const QString &action)
    {
        QMenu menu;
        t->fillMenu(&menu, t->proxy()->index(row, 0));
        QAction *found = menu.findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        found->trigger();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(today)).ok());
    }

    void cardsAreThePagesFiguresAndOpenThem()
    {
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage()->key(), QStringLiteral("overview")); // the first page, Ctrl+1
        QVERIFY(waitForPage(window, QStringLiteral("overview")));
        DashboardPage *overview = window.page(QStringLiteral("overview"));
        const QString repo = QStringLiteral("octo/insights"), package = QStringLiteral("insights-demo");
        const SummaryCard *stars = card(overview, repo, QStringLiteral("Stars"));
        const SummaryCard *views = card(overview, repo, QStringLiteral("Views"));
        const SummaryCard *people = card(overview, package, QStringLiteral("Downloads by people"));
        QVERIFY(stars && views && people);
        QVERIFY(!card(overview, repo, QStringLiteral("New stars"))->sparkline().isEmpty());

        // The same figures as the pages themselves, for the same range.
        const QList<std::tuple<QString, QString, const SummaryCard *>> checks{{QStringLiteral("stars"), repo, stars},
                                                                               {QStringLiteral("traffic"), repo, views},
                                                                               {QStringLiteral("pypi"), package, people}};
        for (const auto &[key, subject, shown] : checks) {
            PageRequest request = overview->data().request;
            request.page = key;
            request.subject = subject;
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            auto data = DashboardData::load(db.handle(), request);
            QVERIFY(data.ok());
            const CardData *own = cardData(*data, shown->data().label);
            QVERIFY(own);
            QCOMPARE(shown->data().value, own->value);
            QCOMPARE(shown->data().previous, own->previous);
            QVERIFY(shown->data().value.value_or(0) > 0);
        }

        // The peak of new stars in the highlights is the Stars page's peak.
        DataTable *highlights = table(overview, QStringLiteral("highlights"));
        QVERIFY(highlights);
        bool listed = false;
        for (const QVariantList &row : highlights->table().rows)
            listed = listed || row.value(1).toString().startsWith(QLatin1String("Most new stars in a day: "));
        QVERIFY(listed);

        // A click opens the page filtered to the card's subject.
        QTest::mouseClick(const_cast<SummaryCard *>(people), Qt::LeftButton);
        QVERIFY(waitForPage(window, QStringLiteral("pypi")));
        QCOMPARE(window.currentPage()->key(), QStringLiteral("pypi"));
        QCOMPARE(window.page(QStringLiteral("pypi"))->data().request.subject, package);
    }

    void twoSubjectsAreTwoLinesWithTheirOwnSums()
    {
        // A second repository's views: 10, 11, … 39 over the last 30 days.
        const QString repo = QStringLiteral("octo/insights"), other = QStringLiteral("octo/other");
        {
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            Batch batch;
            for (int i = 0; i < 30; ++i) {
                MetricRow row;
                row.metric = QStringLiteral("views");
                row.subject = other;
                row.date = today.addDays(-29 + i);
                row.value = 10 + i;
                batch.rows.append(row);
            }
            insights::test::writeCommitted(db.handle(), batch);
        }
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("traffic"));
        QVERIFY(waitForPage(window, QStringLiteral("traffic")));
        DashboardPage *traffic = window.page(QStringLiteral("traffic"));
        QVERIFY(traffic->compareButton()->isVisibleTo(&window));
        const auto tick = [&](const QString &subject) {
            for (QAction *a : traffic->compareButton()->menu()->actions())
                if (a->text() == subject)
                    a->setChecked(true);
        };
        tick(repo);
        QCOMPARE(traffic->comparedSubjects(), QStringList()); // one is no comparison
        tick(other);
        QTRY_VERIFY(window.isIdle() && traffic->data().request.subjects == (QStringList{repo, other}));
        const ChartData &views = traffic->charts().first()->data();
        QCOMPARE(views.series.size(), 2);
        const auto sum = [](const DailyValues &values) {
            double total = 0;
            for (const auto &v : values)
                total += v.value_or(0);
            return total;
        };
        QCOMPARE(views.series[1].name, other);
        QCOMPARE(sum(views.series[1].values), double(30 * 10 + 29 * 30 / 2));
        // The first line is the repository's own Views, as its page shows them.
        {
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            PageRequest own = traffic->data().request;
            own.subjects.clear();
            own.subject = repo;
            auto page = DashboardData::load(db.handle(), own);
            QVERIFY(page.ok());
            QCOMPARE(views.series[0].name, repo);
            QCOMPARE(sum(views.series[0].values), sum(page->charts.first().series.first().values));
        }
        // Drawn as two lines in two colours, each listed in the legend.
        QStringList drawn;
        QSet<QRgb> colours;
        for (QAbstractSeries *s : traffic->charts().first()->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->isVisible() && !drawn.contains(line->name())) {
                drawn.append(line->name());
                colours.insert(line->pen().color().rgb());
            }
        QCOMPARE(drawn, (QStringList{repo, other}));
        QCOMPARE(colours.size(), 2);
        QCOMPARE(traffic->cards().size(), 2); // a card per subject: its views
        QCOMPARE(traffic->cards().last()->data().label, QStringLiteral("Views — octo/other"));
        QCOMPARE(traffic->cards().last()->data().value.value_or(-1), double(30 * 10 + 29 * 30 / 2));
        QVERIFY(table(traffic, QStringLiteral("comparison")));
        QCOMPARE(table(traffic, QStringLiteral("comparison"))->model()->rowCount(), 2);

        // The same from the command line, on a log axis.
        QTemporaryDir out;
        QProcess chart;
        chart.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("traffic"), QStringLiteral("--subject"), repo,
                                                      QStringLiteral("--subject"), other, QStringLiteral("--log"), QStringLiteral("--out"),
                                                      out.filePath(QStringLiteral("c.png")), QStringLiteral("--from"),
                                                      today.addDays(-29).toString(Qt::ISODate), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(chart.waitForFinished(60'000));
        QVERIFY2(chart.exitCode() == 0, chart.readAllStandardError().constData());
        QCOMPARE(QImage(out.filePath(QStringLiteral("c.png"))).size(), QSize(1600, 900));
        chart.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("pypi"), QStringLiteral("--log"), QStringLiteral("--out"),
                                                      out.filePath(QStringLiteral("p.png")), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(chart.waitForFinished(60'000));
        QCOMPARE(chart.exitCode(), 1); // stacked layers: no log axis
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("p.png"))));
    }

    void alignedByStartEachSubjectBeginsOnDayZero()
    {
        // A package first downloaded 10 days ago beside the sample's year-old one.
        const QString young = QStringLiteral("young-package"), old = QStringLiteral("insights-demo");
        {
            Database db;
            QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
            Batch batch;
            for (int i = 0; i < 10; ++i)
                for (const auto &[metric, value] : {std::pair{"downloads_daily", 100 + i}, std::pair{"downloads_daily_human", 10}}) {
                    MetricRow row;
                    row.metric = QLatin1String(metric);
                    row.subject = young;
                    row.date = today.addDays(-9 + i);
                    row.value = value;
                    batch.rows.append(row);
                }
            insights::test::writeCommitted(db.handle(), batch);
        }
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        PageRequest request{QStringLiteral("pypi"), {today.addDays(-29), today}, {}, false};
        request.subjects = {old, young};
        request.alignByStart = true;
        auto data = DashboardData::load(db.handle(), request);
        QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
        const ChartData &chart = data->charts.first();
        QVERIFY(chart.daysSinceStart);
        QCOMPARE(chart.series.size(), 2);
        QCOMPARE(chart.series[1].name, young);
        QCOMPARE(chart.series[1].values.value(0).value_or(-1), 100.0); // its first day is day 0
        QCOMPARE(chart.series[1].values.value(9).value_or(-1), 109.0);
        QVERIFY(!chart.series[1].values.value(10).has_value()); // and it is 10 days old
        auto first = DashboardData::firstDay(db.handle(), QStringLiteral("pypi"), old);
        QVERIFY(first.ok());
        QCOMPARE(chart.range.days(), first->daysTo(today) + 1); // the older one spans its whole life
        QVERIFY(chart.series[0].values.value(0).has_value());

        ChartView view;
        view.resize(900, 400);
        view.setData(chart);
        QStringList labels;
        for (QAbstractAxis *axis : view.chart()->axes(Qt::Horizontal))
            if (auto *days = qobject_cast<QCategoryAxis *>(axis))
                labels = days->categoriesLabels();
        QVERIFY2(labels.value(0) == QLatin1String("Day 0"), qPrintable(labels.join(u'|')));
        QVERIFY(view.describeDay(chart.range.from.addDays(3)).contains(QLatin1String("Day 3")));

        QTemporaryDir out;
        QProcess process;
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("pypi"), QStringLiteral("--subject"), old,
                                                        QStringLiteral("--subject"), young, QStringLiteral("--align"), QStringLiteral("start"),
                                                        QStringLiteral("--out"), out.filePath(QStringLiteral("a.png")), QStringLiteral("--data-dir"),
                                                        dir.path()});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("chart"), QStringLiteral("traffic"), QStringLiteral("--subject"), old,
                                                        QStringLiteral("--subject"), young, QStringLiteral("--align"), QStringLiteral("start"),
                                                        QStringLiteral("--out"), out.filePath(QStringLiteral("b.png")), QStringLiteral("--data-dir"),
                                                        dir.path()});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 2);
    }

    void notesAreAddedDrawnListedChangedAndRemoved()
    {
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("stars"));
        QVERIFY(waitForPage(window, QStringLiteral("stars")));
        DashboardPage *stars = window.page(QStringLiteral("stars"));
        const QDate day = today.addDays(-5);

        // "Add a note…" on a chart's day: the dialog opens on that day; the note is stored.
        emit stars->charts().first()->noteRequested(day);
        NoteDialog *dialog = window.noteDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->date(), day);
        QVERIFY(!dialog->saveButton()->isEnabled()); // nothing typed yet
        dialog->textField()->setText(QStringLiteral("Posted on Hacker News"));
        dialog->saveButton()->click();
        QTRY_VERIFY(!window.noteDialog());
        QVERIFY(waitForPage(window, QStringLiteral("stars")));

        // Drawn on the chart at its day, with its text on hover.
        const auto noteMarkerAt = [&](DashboardPage *page, const QDate &d) {
            for (QAbstractSeries *s : page->charts().first()->chart()->series())
                if (auto *markers = qobject_cast<QScatterSeries *>(s); markers && markers->name() == QStringLiteral("▲ Your notes"))
                    for (const QPointF &p : markers->points())
                        if (qint64(p.x()) == d.startOfDay(Qt::UTC).toMSecsSinceEpoch())
                            return true;
            return false;
        };
        QTRY_VERIFY(noteMarkerAt(stars, day));
        QVERIFY(stars->charts().first()->describeDay(day).contains(QLatin1String("Posted on Hacker News")));

        // Listed on the Overview; changed there.
        window.showPage(QStringLiteral("overview"));
        QVERIFY(waitForPage(window, QStringLiteral("overview")));
        DataTable *notes = table(window.page(QStringLiteral("overview")), QStringLiteral("notes"));
        QVERIFY(notes);
        QCOMPARE(notes->model()->rowCount(), 1);
        QCOMPARE(notes->table().rows.first().value(3).toString(), QStringLiteral("Posted on Hacker News"));
        trigger(notes, 0, QStringLiteral("changeNote"));
        dialog = window.noteDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->text(), QStringLiteral("Posted on Hacker News"));
        dialog->textField()->setText(QStringLiteral("Posted on Lobsters"));
        dialog->saveButton()->click();
        QTRY_VERIFY(!window.noteDialog());
        QTRY_VERIFY(window.isIdle() && notes->model()->rowCount() == 1
                    && notes->table().rows.first().value(3).toString() == QLatin1String("Posted on Lobsters"));

        // Removed after a confirmation.
        trigger(notes, 0, QStringLiteral("removeNote"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = notes->findChild<QMessageBox *>()) != nullptr);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Remove"))
                b->click();
        QTRY_VERIFY(window.isIdle() && notes->model()->rowCount() == 0);
        window.showPage(QStringLiteral("stars"));
        QVERIFY(waitForPage(window, QStringLiteral("stars")));
        QTRY_VERIFY(!noteMarkerAt(window.page(QStringLiteral("stars")), day));
    }

    void aPeakWithANewReferrerSaysSo()
    {
        // A day of 100,000 views on which referrer.invalid entered the top 10 referrers.
        const QString repo = QStringLiteral("octo/insights");
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        PageRequest traffic{QStringLiteral("traffic"), {today.addDays(-29), today}, repo, false};
        auto page = DashboardData::load(db.handle(), traffic);
        QVERIFY(page.ok());
        QDate day; // one without a release or post that day or the day before (those come first)
        for (QDate d = today.addDays(-2); d > today.addDays(-25) && !day.isValid(); d = d.addDays(-1))
            if (std::none_of(page->charts.first().annotations.begin(), page->charts.first().annotations.end(),
                             [&](const Annotation &a) { return a.date == d || a.date == d.addDays(-1); }))
                day = d;
        QVERIFY(day.isValid());
        Batch batch;
        batch.rows.append(MetricRow::make("views", repo, day, Period::Daily, 100'000));
        for (const auto &[date, referrers] : {std::pair{day.addDays(-1), QStringList{"github.com", "google.com"}},
                                              std::pair{day, QStringList{"github.com", "google.com", "referrer.invalid"}}})
            for (const QString &referrer : referrers) {
                MetricRow row = MetricRow::make("referrers", repo, date, Period::Snapshot, 10, referrer);
                row.metadata = {{QStringLiteral("uniques"), 5}};
                batch.rows.append(row);
            }
        insights::test::writeCommitted(db.handle(), batch);

        auto overview = DashboardData::load(db.handle(), PageRequest{QStringLiteral("overview"), {today.addDays(-29), today}, {}, true});
        QVERIFY(overview.ok());
        bool found = false;
        for (const QVariantList &row : overview->tables.first().rows)
            if (row.value(1).toString() == QLatin1String("Most views in a day: 100,000")) {
                found = true;
                QCOMPARE(row.value(0).toDate(), day);
                QCOMPARE(row.value(3).toString(), QStringLiteral("new referrer referrer.invalid that day"));
            }
        QVERIFY(found);
    }

    void statusEndsWithTheOverview()
    {
        // `insights status`' last lines: the Overview's own figures for the last 30 days.
        QProcess status;
        status.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(status.waitForFinished(60'000));
        const QStringList lines = QString::fromUtf8(status.readAllStandardOutput()).split(QLatin1Char('\n'));
        const qsizetype head = lines.indexOf(QRegularExpression(QStringLiteral("^The last 30 days .*against the 30 before:$")));
        QVERIFY2(head > 0, qPrintable(lines.join(QLatin1Char('\n'))));

        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        auto overview = DashboardData::load(db.handle(), PageRequest{QStringLiteral("overview"), {today.addDays(-29), today}, {}, true});
        QVERIFY(overview.ok());
        QVERIFY(overview->cards.size() >= 5);
        // The binary writes numbers as English does (1,234), as this test's locale is set.
        for (const CardData &c : std::as_const(overview->cards)) {
            const qsizetype row = lines.indexOf(QRegularExpression(QStringLiteral("  %1: .*").arg(QRegularExpression::escape(c.group))), head);
            QVERIFY2(row > head, qPrintable(c.group));
            const QString figure = c.label + u' ' + DashboardData::formatValue(c.value, c.unit);
            const QString change = DashboardData::formatChange(c.value, c.previous, c.unit);
            QVERIFY2(lines[row].contains(change.isEmpty() ? figure : figure + QStringLiteral(" (") + change + u')'),
                     qPrintable(lines[row] + QStringLiteral(" lacks ") + figure));
        }
        QVERIFY(lines.indexOf(QStringLiteral("  Highlights:"), head) > head);
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
