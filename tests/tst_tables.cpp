// The dashboard's tables: the model passes QAbstractItemModelTester (itself and behind the
// proxy); numbers read with the locale's separators and sort as numbers; the tab counts follow
// the search and say when a list is capped; rows link out and offer a context menu; the widest
// text column stretches, numbers align right; a share column is a small fixed-width bar that sorts
// by share and copies as a percentage; a table on a page is given the page's height; and
// the Stars page (core, on the sample data) marks its capped stargazer list with the total, and
// in the window loads more of it or searches every stargazer.
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "daterangebar.h"
#include "mainwindow.h"
#include "sample/datasetgenerator.h"
#include "sharebardelegate.h"
#include "storage/database.h"
#include "tablemodel.h"
#include "tableview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

// A stargazer table as core builds it (starspage.cpp): # · Login · Name · … · Followers · Starred.
TableData stargazers(int rows, qint64 total = -1)
{
    TableData t{QStringLiteral("stargazers"), QStringLiteral("Stargazers"),
                {QStringLiteral("#"), QStringLiteral("Login"), QStringLiteral("Name"), QStringLiteral("Location"),
                 QStringLiteral("Company"), QStringLiteral("Followers"), QStringLiteral("Starred")},
                {}, true, {}, total, {}};
    for (int i = 0; i < rows; ++i) {
        const QString login = QStringLiteral("dev-%1").arg(i);
        t.rows.append({rows - i, login, QStringLiteral("Developer Number %1 With A Long Name").arg(i), QStringLiteral("Berlin"),
                       QStringLiteral("ACME"), i % 3 == 0 ? QVariant() : QVariant(qlonglong(i * 1000)),
                       QDateTime(QDate(2026, 3, 1).addDays(-i), QTime(12, 0), Qt::UTC)});
        t.links.append(QStringLiteral("https://github.com/") + login);
    }
    return t;
}

TableData redditPosts()
{
    TableData t{QStringLiteral("posts"), QStringLiteral("Tracked posts"),
                {QStringLiteral("Post"), QStringLiteral("Subreddit"), QStringLiteral("Title"), QStringLiteral("Score"),
                 QStringLiteral("Comments"), QStringLiteral("Posted"), QStringLiteral("Last checked")},
                {}, true, {}, -1, {}};
    t.rows.append({QStringLiteral("abc123"), QStringLiteral("r/cpp"), QStringLiteral("Insights: dashboards for your repos"),
                   4967.0, 12.0, QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC), QDate(2026, 3, 1)});
    t.links.append(QStringLiteral("https://www.reddit.com/r/cpp/comments/abc123/insights/"));
    return t;
}

} // namespace

class TestTables : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void modelPassesTheTester()
    {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(stargazers(50));
        model.setTable(redditPosts());
        model.setTable({});
        model.setTable(stargazers(5));

        DataTable table(stargazers(30));
        QAbstractItemModelTester proxyTester(table.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.view()->sortByColumn(5, Qt::DescendingOrder);
        table.searchField()->setText(QStringLiteral("dev-1"));
        table.setTable(stargazers(12));
        table.searchField()->clear();
    }

    void numbersUseTheLocaleAndSortAsNumbers()
    {
        TableData t{QStringLiteral("versions"), QStringLiteral("Versions"), {QStringLiteral("Version"), QStringLiteral("Downloads")},
                    {}, true, {}, -1, {}};
        t.rows = {{QStringLiteral("1.0"), 1000.0}, {QStringLiteral("2.0"), 9.0}, {QStringLiteral("3.0"), qlonglong(10)},
                  {QStringLiteral("4.0"), 66027.0}, {QStringLiteral("5.0"), 2.5}};
        DataTable table(t);
        TableModel *model = table.model();
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("1,000"));
        QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("66,027"));
        QCOMPARE(model->index(4, 1).data().toString(), QStringLiteral("2.5"));
        QCOMPARE(model->index(0, 1).data(TableModel::SortRole).toDouble(), 1000.0);

        table.view()->sortByColumn(1, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < table.proxy()->rowCount(); ++r)
            order << table.proxy()->index(r, 1).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("2.5"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("1,000"),
                                     QStringLiteral("66,027")}));
        // The search finds a number as it reads.
        table.searchField()->setText(QStringLiteral("66,0"));
        QCOMPARE(table.proxy()->rowCount(), 1);
    }

    void datesUseTheLocalesShortFormat()
    {
        TableModel model;
        model.setTable(redditPosts());
        const QDateTime posted(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC);
        QCOMPARE(model.index(0, 5).data().toString(), QLocale().toString(posted.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, 6).data().toString(), QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("3/1/26"));
        QCOMPARE(model.index(0, 5).data(TableModel::SortRole).toDateTime(), posted);
    }

    void tabCountsFollowTheSearchAndSayWhenCapped()
    {
        DashboardPage page(QStringLiteral("stars"));
        PageData data;
        data.request.page = QStringLiteral("stars");
        data.tables = {stargazers(1000, 1234), redditPosts()};
        page.setData(data);
        QTabWidget *tabs = page.tables();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Stargazers (1,000 of 1,234, newest)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Tracked posts (1)"));

        auto *table = qobject_cast<DataTable *>(tabs->widget(0));
        QVERIFY(table);
        table->searchField()->setText(QStringLiteral("dev-99"));
        // dev-99 and dev-990 … dev-999
        QCOMPARE(tabs->tabText(0), QStringLiteral("Stargazers (11 of 1,000)"));
        table->searchField()->clear();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Stargazers (1,000 of 1,234, newest)"));

        // A range change keeps the view and its search; the count follows the new rows.
        table->searchField()->setText(QStringLiteral("dev-1"));
        data.tables = {stargazers(1234), redditPosts()};
        page.setData(data);
        QCOMPARE(tabs->widget(0), table);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Stargazers (345 of 1,234)"));
    }

    void rowsLinkOutAndHaveAContextMenu()
    {
        DataTable table(stargazers(20));
        const QModelIndex login = table.model()->index(3, 1);
        QCOMPARE(login.data(TableModel::LinkRole).toString(), QStringLiteral("https://github.com/dev-3"));
        QVERIFY(login.data(Qt::ToolTipRole).toString().contains(QLatin1String("https://github.com/dev-3")));

        QMenu menu;
        table.fillMenu(&menu, table.proxy()->mapFromSource(login));
        QStringList names;
        for (QAction *a : menu.actions())
            if (!a->isSeparator())
                names << a->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("open"), QStringLiteral("copyLink"), QStringLiteral("copyRow"),
                                     QStringLiteral("copyCell")}));
        for (QAction *a : menu.actions())
            if (a->objectName() == QLatin1String("copyRow"))
                a->trigger();
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(QLatin1String("17\tdev-3\tDeveloper Number 3")),
                 qPrintable(QGuiApplication::clipboard()->text()));

        // A tracked Reddit post also offers to stop tracking it; the page passes the request on.
        DashboardPage page(QStringLiteral("reddit"));
        PageData data;
        data.tables = {redditPosts()};
        page.setData(data);
        auto *posts = qobject_cast<DataTable *>(page.tables()->widget(0));
        QVERIFY(posts);
        QCOMPARE(posts->model()->index(0, 2).data(TableModel::LinkRole).toString(),
                 QStringLiteral("https://www.reddit.com/r/cpp/comments/abc123/insights/"));
        QMenu postMenu;
        posts->fillMenu(&postMenu, posts->proxy()->index(0, 2));
        QStringList postNames;
        for (QAction *a : postMenu.actions())
            postNames << a->objectName();
        QVERIFY(postNames.contains(QStringLiteral("stopTracking")));
        QSignalSpy stop(&page, &DashboardPage::stopTrackingRequested);
        emit posts->stopTrackingRequested(QStringLiteral("abc123"));
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.first().value(0).toString(), QStringLiteral("abc123"));
    }

    void textColumnStretchesNumbersAlignRight()
    {
        DataTable table(stargazers(40));
        table.resize(1200, 600);
        TableModel *model = table.model();
        QCOMPARE(model->stretchColumn(), 2); // Name: the widest text
        QHeaderView *header = table.view()->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(2), QHeaderView::Stretch);
        QVERIFY(!header->stretchLastSection());
        for (int c : {0, 1, 3, 4, 5, 6})
            QCOMPARE(header->sectionResizeMode(c), QHeaderView::Interactive);
        const auto right = Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model->index(1, 5).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), right); // Followers
        QCOMPARE(model->index(0, 5).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), right); // unknown: still right
        QCOMPARE(model->index(1, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), right); // #
        QCOMPARE(model->headerData(5, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>(), right);
        QVERIFY(!model->index(1, 1).data(Qt::TextAlignmentRole).isValid()); // Login: text
        // The login is not cut: its column is as wide as its content.
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int loginWidth = table.view()->fontMetrics().horizontalAdvance(QStringLiteral("dev-39"));
        QVERIFY2(header->sectionSize(1) > loginWidth, qPrintable(QString::number(header->sectionSize(1))));
        QVERIFY(header->sectionSize(2) > header->sectionSize(1));
    }

    void rulesTableStaysEditable()
    {
        DashboardPage page(QStringLiteral("pypi"));
        PageData data;
        data.tables = {TableData{QStringLiteral("rules"), QStringLiteral("Who counts as a person"),
                                 {QStringLiteral("Installer"), QStringLiteral("Class"), QStringLiteral("Note")},
                                 {{QStringLiteral("pip"), QStringLiteral("human"), QString()}}, false, {}, -1, {}}};
        page.setData(data);
        QSignalSpy changed(&page, &DashboardPage::installerClassChanged);
        auto *rules = qobject_cast<DataTable *>(page.tables()->widget(0));
        QVERIFY(rules);
        QVERIFY(rules->model()->flags(rules->model()->index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(rules->proxy()->setData(rules->proxy()->index(0, 1), QStringLiteral(" Bot ")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().value(0).toString(), QStringLiteral("pip"));
        QCOMPARE(changed.first().value(1).toString(), QStringLiteral("bot"));
    }

    // Core marks the capped stargazer list with how many there are, and gives rows their links.
    void theStarsPageSaysItsListIsCapped()
    {
        QTemporaryDir dir;
        const QDate today = QDate::currentDate();
        auto rows = DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(today)); // 2,500 stars
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        PageRequest request{QStringLiteral("stars"), DateRange{today.addYears(-10), today}, QString(), false, false};
        auto page = DashboardData::load(db.handle(), request);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        const TableData &table = page->tables.value(0);
        QCOMPARE(table.id, QStringLiteral("stargazers"));
        QCOMPARE(table.rows.size(), 1000);
        QVERIFY2(table.totalRows > 1000, qPrintable(QString::number(table.totalRows)));
        QCOMPARE(table.links.size(), table.rows.size());
        QCOMPARE(table.links.first(), QStringLiteral("https://github.com/") + table.rows.first().value(1).toString());
        QCOMPARE(table.rows.first().value(6).typeId(), int(QMetaType::QDateTime));
        DataTable view(table);
        QCOMPARE(view.tabText(), QStringLiteral("Stargazers (1,000 of %1, newest)").arg(QLocale().toString(table.totalRows)));
        for (qsizetype i = 1; i < page->tables.size(); ++i)
            QCOMPARE(page->tables[i].totalRows, qint64(-1)); // the ranked lists are whole
    }

    void loadMoreAndSearchAllReachEveryStargazer()
    {
        // In the window, on the small dataset's 2,500 stars: the newest 1,000 are listed, "Load
        // 1,000 more" brings the next, and a search of everything finds one of the oldest.
        QTemporaryDir dir;
        const QDate today = QDate::currentDate();
        QVERIFY(DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(today)).ok());
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("stars"));
        window.rangeBar()->setPreset(RangePreset::All);
        DataTable *table = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle() && window.page(QStringLiteral("stars"))->data().request.allTime
                                     && (table = window.page(QStringLiteral("stars"))->findChild<DataTable *>(QStringLiteral("table_stargazers")))
                                     && table->model()->rowCount() == 1000,
                                 20'000);
        const qint64 total = table->table().totalRows;
        QVERIFY(total > 2000);
        QVERIFY(table->loadMoreButton()->isVisible());
        QCOMPARE(table->loadMoreButton()->text(), QStringLiteral("Load 1,000 more"));
        QVERIFY(!table->searchAllButton()->isEnabled()); // nothing typed yet
        table->loadMoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2000, 20'000);
        QCOMPARE(table->tabText(), QStringLiteral("Stargazers (2,000 of %1, newest)").arg(QLocale().toString(total)));

        // The oldest star's login: not among the 2,000 newest.
        Database db;
        QVERIFY(db.open(Config(dir.path(), QProcessEnvironment()).databasePath()).ok());
        QSqlQuery oldest(db.handle());
        QVERIFY(oldest.exec(QStringLiteral("SELECT json_extract(metadata, '$.username') FROM insight_metric WHERE metric_type_id = "
                                           "(SELECT id FROM insight_metric_type WHERE key = 'new_star') AND json_extract(metadata, "
                                           "'$.unstarred_at') IS NULL ORDER BY json_extract(metadata, '$.starred_at') LIMIT 1")));
        QVERIFY(oldest.next());
        const QString login = oldest.value(0).toString();
        QVERIFY(!login.isEmpty());
        table->searchField()->setText(login);
        const auto shownLogins = [&] {
            QStringList out;
            for (int r = 0; r < table->proxy()->rowCount(); ++r)
                out.append(table->proxy()->index(r, 1).data(TableModel::SortRole).toString());
            return out;
        };
        QVERIFY(!shownLogins().contains(login));
        QVERIFY(table->searchAllButton()->isEnabled());
        table->searchAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(shownLogins().contains(login), 20'000);
        QVERIFY2(table->tabText().contains(QLatin1String("matching")), qPrintable(table->tabText()));
        QVERIFY(!table->loadMoreButton()->isVisible());
        // Clearing the search brings back the newest rows loaded so far.
        table->searchField()->clear();
        QCOMPARE(table->model()->rowCount(), 2000);
        QVERIFY(table->loadMoreButton()->isVisible());
    }

    void theShareColumnIsASmallBarThatSortsByShare()
    {
        // The PyPI versions as core builds them (pypipage.cpp): Version · Downloads · People · share.
        TableData t{QStringLiteral("versions"), QStringLiteral("Versions"),
                    {QStringLiteral("Version"), QStringLiteral("Downloads"), QStringLiteral("People"), QStringLiteral("Share by people")},
                    {}, true, {}, -1, {}};
        t.shareColumn = 3;
        t.rows = {{QStringLiteral("1.0"), 1000.0, 250.0, 0.25}, {QStringLiteral("2.0"), 400.0, 300.0, 0.75},
                  {QStringLiteral("3.0"), 10.0, 0.0, 0.0}, {QStringLiteral("4.0"), 2000.0, 1000.0, 0.5},
                  {QStringLiteral("5.0"), 50.0, 50.0, 1.0}};
        TableData few = t; // then all of them: the models stay valid through the reset
        few.rows = t.rows.mid(0, 2);
        DataTable table(few);
        QAbstractItemModelTester tester(table.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(table.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setTable(t);
        TableModel *model = table.model();
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("25.0 %"));
        QCOMPARE(model->index(4, 3).data().toString(), QStringLiteral("100.0 %"));
        QCOMPARE(model->index(0, 3).data(TableModel::SortRole).toDouble(), 0.25);
        QCOMPARE(model->rowText(0), QStringLiteral("1.0\t1,000\t250\t25.0 %"));

        // By share, not by its text ("100.0 %" before "25.0 %").
        table.view()->sortByColumn(3, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < table.proxy()->rowCount(); ++r)
            order << table.proxy()->index(r, 0).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("3.0"), QStringLiteral("1.0"), QStringLiteral("4.0"), QStringLiteral("2.0"),
                                     QStringLiteral("5.0")}));

        // Copy cell and copy row give the percentage.
        const QModelIndex cell = table.proxy()->mapFromSource(model->index(1, 3));
        QMenu menu;
        table.fillMenu(&menu, cell);
        const auto trigger = [&menu](const QString &name) {
            for (QAction *a : menu.actions())
                if (a->objectName() == name)
                    a->trigger();
            return QGuiApplication::clipboard()->text();
        };
        QCOMPARE(trigger(QStringLiteral("copyCell")), QStringLiteral("75.0 %"));
        QCOMPARE(trigger(QStringLiteral("copyRow")), QStringLiteral("2.0\t400\t300\t75.0 %"));

        // A fixed width in a wide table; another column (none here) would take what is left.
        QPalette palette = table.palette();
        const QColor highlight(0x2f, 0x7e, 0xd8);
        palette.setColor(QPalette::Highlight, highlight);
        table.setPalette(palette);
        table.resize(1280, 400);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QHeaderView *header = table.view()->horizontalHeader();
        QVERIFY(model->stretchColumn() != 3);
        QCOMPARE(header->sectionResizeMode(3), QHeaderView::Fixed);
        QVERIFY2(header->sectionSize(3) <= 130, qPrintable(QString::number(header->sectionSize(3))));

        // The bar: highlight for the share of its width, a muted colour for the rest.
        table.view()->clearSelection();
        const QImage image = table.view()->viewport()->grab().toImage();
        for (int source : {0, 1, 2, 4}) {
            const double share = model->index(source, 3).data(TableModel::SortRole).toDouble();
            const QRect bar = ShareBarDelegate::barRect(table.view()->visualRect(table.proxy()->mapFromSource(model->index(source, 3))));
            QVERIFY(bar.width() >= 40);
            int people = 0;
            for (int x = bar.left(); x <= bar.right(); ++x) {
                const QColor c = image.pixelColor(x, bar.center().y());
                if (qAbs(c.red() - highlight.red()) + qAbs(c.green() - highlight.green()) + qAbs(c.blue() - highlight.blue()) < 24)
                    ++people;
            }
            QVERIFY2(qAbs(double(people) / bar.width() - share) < 0.05,
                     qPrintable(QStringLiteral("%1: %2 of %3 px").arg(share).arg(people).arg(bar.width())));
        }
    }

    void aTableOnAPageGetsThePagesHeight()
    {
        DashboardPage page(QStringLiteral("stars"));
        PageData data;
        data.request.page = QStringLiteral("stars");
        data.cards = {{QStringLiteral("Stars"), 1234.0, 1200.0, {}, {}}};
        data.notes = {QStringLiteral("Stars over time come from the stargazer list.")};
        data.tables = {stargazers(300, 1234), redditPosts()};
        page.setData(data);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = qobject_cast<DataTable *>(page.tables()->widget(0));
        QVERIFY(table);
        QTableView *view = table->view();
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(view->viewport()->height() >= 15 * rowHeight,
                     qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(view->viewport()->height()).arg(rowHeight)));
        // …and no more than the page shows at once.
        QVERIFY(page.tables()->height() <= 860);

        // A short table stays short.
        auto *posts = qobject_cast<DataTable *>(page.tables()->widget(1));
        QVERIFY(posts->minimumHeight() < table->minimumHeight());
    }
};

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
