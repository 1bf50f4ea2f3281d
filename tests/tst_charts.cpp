// Charts drawn from hand-made ChartData (US English locale): count axes get whole, round ticks
// with thousands separators, the last date label stays inside the view, stacked charts line up,
// a running total's axis starts near its minimum, the legend lists only drawn series and a click
// on an entry hides its series, an empty chart has no axes, long ranges are drawn weekly, and
// summary cards colour a change by whether it is good (bounce rate up: red, in points).
#include "chartaxes.h"
#include "chartexport.h"
#include "chartfactory.h"
#include "chartview.h"
#include "summarycard.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QtTest>

using namespace insights;

namespace {

const QDate kTo(2026, 12, 6);

ChartData chartOf(const QList<DailyValues> &series, int days = 30, const QString &unit = QStringLiteral("stars"))
{
    ChartData data;
    data.id = QStringLiteral("test");
    data.title = QStringLiteral("Test");
    data.range = {kTo.addDays(-(days - 1)), kTo};
    data.unit = unit;
    for (qsizetype i = 0; i < series.size(); ++i)
        data.series.append(SeriesData{QStringLiteral("S%1").arg(i), series[i], {}, 0});
    return data;
}

DailyValues ramp(int days, double from, double to)
{
    DailyValues v;
    for (int i = 0; i < days; ++i)
        v.append(from + (to - from) * i / std::max(1, days - 1));
    return v;
}

// The texts of the visible text items of a laid-out chart (axis labels, titles).
QList<QGraphicsTextItem *> textItems(QGraphicsScene *scene)
{
    QList<QGraphicsTextItem *> out;
    for (QGraphicsItem *item : scene->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible() && !text->toPlainText().isEmpty())
            out.append(text);
    return out;
}

QStringList labelsOf(const QValueAxis *axis)
{
    // The ticks the axis draws: dynamic ticks from the anchor by the interval, as Qt places them.
    QStringList out;
    for (double v = axis->tickAnchor(); v <= axis->max() + axis->tickInterval() / 2; v += axis->tickInterval())
        out.append(ChartAxes::tickLabel(v, axis->tickInterval()));
    return out;
}

QValueAxis *leftAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void niceScales()
    {
        NiceScale s = ChartAxes::niceScale(0, 48, true);
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 50.0);
        QCOMPARE(s.step, 10.0);
        s = ChartAxes::niceScale(0, 0.8, true);
        QCOMPARE(s.max, 1.0);
        QCOMPARE(s.step, 1.0);
        s = ChartAxes::niceScale(0, 0.8, false);
        QVERIFY(s.step < 1);
        QCOMPARE(ChartAxes::tickLabel(12000, 2000), QStringLiteral("12,000"));
    }

    void countAxesHaveWholeRoundTicksWithSeparators()
    {
        ChartView view;
        view.resize(1280, 400);
        view.setData(chartOf({ramp(30, 3, 48)}));
        QValueAxis *y = leftAxis(view.chart());
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 50.0);
        QCOMPARE(labelsOf(y), (QStringList{"0", "10", "20", "30", "40", "50"}));

        view.setData(chartOf({ramp(30, 0, 0.8)}));
        QCOMPARE(labelsOf(leftAxis(view.chart())), (QStringList{"0", "1"}));

        // The labels as drawn, not only the axis' numbers.
        view.setData(chartOf({ramp(30, 100, 12000)}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QStringList drawn;
        for (QGraphicsTextItem *t : textItems(view.scene()))
            drawn.append(t->toPlainText());
        QVERIFY2(drawn.contains(QStringLiteral("10,000")), qPrintable(drawn.join(u'|')));
        for (const QString &label : drawn)
            QVERIFY2(!label.contains(u'.'), qPrintable(label));
    }

    void lastDateLabelIsInsideTheViewAndChartsLineUp()
    {
        ChartView small, large;
        small.setData(chartOf({ramp(30, 0, 9)}));
        large.setData(chartOf({ramp(30, 0, 250000)}));
        for (ChartView *v : {&small, &large}) {
            v->resize(1280, 400);
            v->show();
            QVERIFY(QTest::qWaitForWindowExposed(v));
        }
        QTest::qWait(50);
        // "30 Nov" is the range's last Monday tick; here the range ends on a Sunday, so test a
        // range ending on a tick too.
        ChartView endsOnTick;
        ChartData data = chartOf({ramp(30, 0, 9)});
        data.range = {QDate(2026, 11, 1), QDate(2026, 11, 30)}; // 30 Nov 2026 is a Monday
        data.series.first().values = ramp(30, 0, 9);
        endsOnTick.setData(data);
        endsOnTick.resize(1280, 400);
        endsOnTick.show();
        QVERIFY(QTest::qWaitForWindowExposed(&endsOnTick));
        QTest::qWait(50);
        bool found = false;
        for (QGraphicsTextItem *t : textItems(endsOnTick.scene())) {
            QVERIFY2(!t->toPlainText().contains(u'…'), qPrintable(t->toPlainText()));
            if (t->toPlainText() == QLatin1String("30 Nov")) {
                found = true;
                QVERIFY(t->sceneBoundingRect().right() <= endsOnTick.viewport()->width());
            }
        }
        QVERIFY(found);
        QVERIFY2(std::abs(small.chart()->plotArea().left() - large.chart()->plotArea().left()) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(small.chart()->plotArea().left()).arg(large.chart()->plotArea().left())));
    }

    void cumulativeAxisStartsNearTheMinimum()
    {
        ChartData data = chartOf({ramp(30, 2230, 2410)});
        data.series.first().cumulative = true;
        ChartView view;
        view.setData(data);
        QValueAxis *y = leftAxis(view.chart());
        QVERIFY(y->min() > 0);
        QVERIFY(y->min() <= 2230 && y->min() >= 2000);
        QVERIFY2(y->titleText().contains(QStringLiteral("axis from 2,")), qPrintable(y->titleText()));
        // The break mark sits on the axis, at the bottom of the plot.
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QGraphicsItem *mark = ChartAxes::axisBreak(view.chart());
        QVERIFY(mark && mark->isVisible());
        const QRectF plot = view.chart()->plotArea();
        QVERIFY2(std::abs(mark->pos().x() - plot.left()) < 1 && mark->pos().y() < plot.bottom() && mark->pos().y() > plot.bottom() - 30,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(mark->pos().x()).arg(mark->pos().y()).arg(plot.left()).arg(plot.bottom())));
        data.series.first().cumulative = false;
        view.setData(data);
        QCOMPARE(leftAxis(view.chart())->min(), 0.0);
        QVERIFY(!leftAxis(view.chart())->titleText().contains(QStringLiteral("axis from")));
        QVERIFY(!ChartAxes::axisBreak(view.chart())->isVisible());
    }

    void legendListsOnlyDrawnSeriesAndClickHides()
    {
        ChartData data = chartOf({ramp(30, 1, 5), ramp(30, 2, 9)});
        data.series[0].previous = DailyValues(30, std::nullopt); // a comparison with nothing in it
        ChartView view;
        view.setData(data);
        view.resize(800, 400);
        view.show(); // a marker's item is visible only in a shown legend
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList listed;
        for (QLegendMarker *m : view.chart()->legend()->markers())
            if (m->isVisible())
                listed.append(m->label());
        QCOMPARE(listed, (QStringList{"S0", "S1"}));

        QLegendMarker *marker = nullptr;
        for (QLegendMarker *m : view.chart()->legend()->markers())
            if (m->isVisible() && m->label() == QLatin1String("S1"))
                marker = m;
        QVERIFY(marker);
        emit marker->clicked();
        QVERIFY(!marker->series()->isVisible());
        QVERIFY(marker->isVisible()); // still listed, to be clicked back
        emit marker->clicked();
        QVERIFY(marker->series()->isVisible());
        // A redraw shows everything again and keeps the click working.
        emit marker->clicked();
        view.setData(data);
        for (QAbstractSeries *s : view.chart()->series())
            QVERIFY(s->isVisible() || !s->name().startsWith(u'S'));
    }

    void hidingAStackedLayerClosesTheGap()
    {
        ChartData data = chartOf({DailyValues(30, 10.0), DailyValues(30, 20.0), DailyValues(30, 30.0)});
        data.kind = ChartData::Kind::StackedAreas;
        ChartView view;
        view.setData(data);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto area = [&](const QString &name) -> QAreaSeries * {
            for (QAbstractSeries *s : view.chart()->series())
                if (s->name() == name)
                    return qobject_cast<QAreaSeries *>(s);
            return nullptr;
        };
        const auto bottomOf = [](QAreaSeries *a) { return a->lowerSeries() ? a->lowerSeries()->at(0).y() : 0.0; };
        QCOMPARE(bottomOf(area("S1")), 10.0);
        QCOMPARE(leftAxis(view.chart())->max(), 60.0);
        QLegendMarker *s0 = nullptr;
        for (QLegendMarker *m : view.chart()->legend()->markers())
            if (m->label() == QLatin1String("S0"))
                s0 = m;
        QVERIFY(s0);
        emit s0->clicked();
        QTRY_COMPARE(bottomOf(area("S1")), 0.0); // redrawn after the click: S1 sits on the axis, no hole where S0 was
        QCOMPARE(area("S0")->brush().style(), Qt::NoBrush); // and S0 draws nothing
        QCOMPARE(area("S0")->pen().style(), Qt::NoPen);
        QCOMPARE(area("S2")->upperSeries()->at(0).y(), 50.0);
        QVERIFY(leftAxis(view.chart())->max() < 60.0); // and the axis fits what is drawn
        // Still listed, to be clicked back. The legend lays its markers out again after the
        // redraw, on a later turn of the event loop: asked at once it sometimes has not yet.
        const auto listed = [&] {
            for (QLegendMarker *m : view.chart()->legend()->markers())
                if (m->label() == QLatin1String("S0")) {
                    s0 = m;
                    return m->isVisible();
                }
            return false;
        };
        QTRY_VERIFY(listed());
        emit s0->clicked();
        QTRY_COMPARE(bottomOf(area("S1")), 10.0);
        QCOMPARE(area("S0")->brush().style(), Qt::SolidPattern);
    }

    void aStackedChartRedrawnShowsOnlyTheNewLayers()
    {
        // A redraw shows the new data only: each layer on the one below, the bottom on the axis,
        // none left over from the chart before.
        ChartView view;
        const auto layers = [&] {
            QList<std::tuple<QString, double, double>> out; // name, bottom, top on the first day
            for (QAbstractSeries *s : view.chart()->series())
                if (auto *a = qobject_cast<QAreaSeries *>(s); a && !a->name().isEmpty() && a->name() != QLatin1String("No data"))
                    out.append({a->name(), a->lowerSeries() ? a->lowerSeries()->at(0).y() : 0.0, a->upperSeries()->at(0).y()});
            return out;
        };
        ChartData data = chartOf({DailyValues(30, 10.0), DailyValues(30, 20.0), DailyValues(30, 30.0)});
        data.kind = ChartData::Kind::StackedAreas;
        view.setData(data);
        QCOMPARE(layers().size(), 3);
        data = chartOf({DailyValues(30, 1.0), DailyValues(30, 2.0)});
        data.kind = ChartData::Kind::StackedAreas;
        view.setData(data);
        const QList<std::tuple<QString, double, double>> two{{QStringLiteral("S0"), 0.0, 1.0}, {QStringLiteral("S1"), 1.0, 3.0}};
        QCOMPARE(layers(), two);
        data = chartOf({DailyValues(30, 5.0), DailyValues(30, 5.0), DailyValues(30, 5.0)});
        data.kind = ChartData::Kind::StackedAreas;
        view.setData(data);
        const QList<std::tuple<QString, double, double>> three{
            {QStringLiteral("S0"), 0.0, 5.0}, {QStringLiteral("S1"), 5.0, 10.0}, {QStringLiteral("S2"), 10.0, 15.0}};
        QCOMPARE(layers(), three);
        data.kind = ChartData::Kind::Lines; // and a chart of lines has no layers left over
        view.setData(data);
        QVERIFY(layers().isEmpty());
    }

    void rightAxisTicksFallOnTheLeftGrid()
    {
        ChartData data = chartOf({ramp(30, 0, 1234), ramp(30, 12, 87.3)}, 30, QStringLiteral("visitors"));
        data.series[1].axis = 1;
        data.rightUnit = QStringLiteral("%");
        ChartView view;
        view.setData(data);
        const auto axes = view.chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 2);
        auto *left = qobject_cast<QValueAxis *>(axes[0]);
        auto *right = qobject_cast<QValueAxis *>(axes[1]);
        QVERIFY(view.chart()->axes(Qt::Vertical, view.chart()->series().last()).contains(right));
        const auto intervals = [](QValueAxis *a) { return std::lround((a->max() - a->min()) / a->tickInterval()); };
        QCOMPARE(intervals(right), intervals(left));
        QVERIFY(right->max() >= 87.3 && right->min() <= 12);
        QVERIFY(left->max() >= 1234);
        // Neither axis wastes much of its height for it.
        QVERIFY2(right->max() <= 87.3 * 1.5 && left->max() <= 1234 * 1.5, qPrintable(QStringLiteral("%1 %2").arg(left->max()).arg(right->max())));
        QVERIFY(!right->isGridLineVisible());
        QVERIFY(left->isGridLineVisible());
    }

    void logScaleTicksArePowersOfTenAndZeroDaysAreGaps()
    {
        DailyValues values = ramp(30, 2, 5000);
        values[10] = 0.0; // a day with nothing: a gap on a log scale, not a cliff
        ChartData data = chartOf({values});
        data.logScale = true;
        ChartView view;
        view.resize(900, 400);
        view.setData(data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        auto *axis = qobject_cast<QLogValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 1.0);
        QCOMPARE(axis->max(), 10000.0);
        QVERIFY2(axis->titleText().contains(QLatin1String("log scale")), qPrintable(axis->titleText()));
        QStringList drawn;
        for (QGraphicsTextItem *t : textItems(view.scene()))
            drawn.append(t->toPlainText());
        for (const char *label : {"1", "10", "100", "1,000", "10,000"})
            QVERIFY2(drawn.contains(QLatin1String(label)), qPrintable(drawn.join(u'|')));
        int pieces = 0;
        for (QAbstractSeries *s : view.chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QLatin1String("S0")) {
                ++pieces;
                for (const QPointF &p : line->points())
                    QVERIFY(p.y() > 0);
            }
        QCOMPARE(pieces, 2);
        // Stacked areas stay linear: their layers add up, which a log axis cannot show.
        data.kind = ChartData::Kind::StackedAreas;
        view.setData(data);
        QVERIFY(qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0)));
    }

    void emptyChartHasNoAxes()
    {
        ChartView view;
        view.setData(chartOf({DailyValues(30, std::nullopt)}));
        QVERIFY(view.chart()->axes().isEmpty());
        QVERIFY(view.chart()->series().isEmpty());
        bool said = false;
        for (QGraphicsItem *item : view.chart()->childItems())
            if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item); t && t->isVisible())
                said = said || t->text() == QLatin1String("No data for this range");
        QVERIFY(said);
        // Data again: axes back, the text gone.
        view.setData(chartOf({ramp(30, 1, 5)}));
        QVERIFY(!view.chart()->axes().isEmpty());
        QImage image = ChartExport::image(chartOf({DailyValues(30, std::nullopt)}), QSize(400, 300), 1, QPalette());
        QVERIFY(!image.isNull());
    }

    void longRangesAreWeekly()
    {
        ChartView view;
        view.setData(chartOf({ramp(365, 1, 100)}, 365));
        qsizetype points = 0;
        for (QAbstractSeries *s : view.chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QLatin1String("S0"))
                points += line->count();
        QCOMPARE(points, 53);
        QVERIFY(leftAxis(view.chart())->titleText().contains(QStringLiteral("weekly")));
        QVERIFY(view.describeDay(kTo).contains(QStringLiteral("S0: 100")));
        // A running total's week is the total it ended on, not the week's mean.
        ChartData total = chartOf({ramp(365, 0, 364)}, 365);
        total.series.first().cumulative = true;
        view.setData(total);
        QList<QPointF> weekly;
        for (QAbstractSeries *s : view.chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QLatin1String("S0"))
                weekly += line->points();
        QCOMPARE(weekly.size(), 53);
        QCOMPARE(weekly[0].y(), 6.0);
        QCOMPARE(weekly[10].y(), 76.0);
        QVERIFY(!leftAxis(view.chart())->titleText().contains(QStringLiteral("mean")));
    }

    void exportTitleNamesSubjectAndRange()
    {
        ChartData data = chartOf({ramp(30, 1, 5)});
        data.title = QStringLiteral("Stars");
        data.subject = QStringLiteral("octo/widgets");
        const QString title = ChartExport::exportTitle(data);
        QVERIFY2(title.startsWith(QStringLiteral("Stars — octo/widgets — ")), qPrintable(title));
        QVERIFY2(title.contains(QLocale().toString(kTo, QLocale::ShortFormat)), qPrintable(title));
    }

    void cardsColourByWhatIsGood()
    {
        SummaryCard card;
        CardData bounce{QStringLiteral("Bounce rate"), 42.5, 41.2, QStringLiteral("%"), {}};
        bounce.higherIsBetter = false;
        card.setData(bounce);
        QVERIFY2(card.changeText().startsWith(QStringLiteral("+1.3 pp")), qPrintable(card.changeText()));
        QCOMPARE(card.changeColor().red() > card.changeColor().green(), true);
        bounce.value = 40.0;
        card.setData(bounce);
        QVERIFY(card.changeText().startsWith(QStringLiteral("−1.2 pp")));
        QVERIFY(card.changeColor().green() > card.changeColor().red());
        CardData duration{QStringLiteral("Visit duration"), 90, 60, QStringLiteral("s"), {}};
        card.setData(duration);
        QVERIFY(card.changeText().startsWith(QStringLiteral("+50.0 %")));
        QVERIFY(card.changeColor().green() > card.changeColor().red());
        card.setData(CardData{QStringLiteral("Stars"), 10, 10, {}, {}});
        QVERIFY(!card.changeColor().isValid());
        card.setData(CardData{QStringLiteral("Share"), 4.91, 4.93, QStringLiteral("%"), {}});
        QVERIFY2(card.changeText().startsWith(QStringLiteral("0.0 pp")), qPrintable(card.changeText()));
        QVERIFY(!card.changeColor().isValid());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
