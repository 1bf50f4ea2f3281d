#pragma once
// The axes of a dashboard chart: a date axis whose ticks fall on calendar boundaries, and value
// axes with "nice" ticks (1-2-5 steps; whole numbers for counts) labelled with the locale's
// thousands separators. Split from ChartFactory, which decides what is drawn.
#include "dashboard/pagedata.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QLogValueAxis;
class QChart;
class QColor;
class QGraphicsItem;
class QValueAxis;
QT_END_NAMESPACE

namespace insights {

struct NiceScale {
    double min = 0;
    double max = 1;
    double step = 1;
};

namespace ChartAxes {

// Ticks of 1, 2 or 5 × 10^n covering [lo, hi] with about `ticks` intervals; `integer` (counts):
// never a step below 1. max ≥ hi, min ≤ lo, both multiples of the step.
NiceScale niceScale(double lo, double hi, bool integer, int ticks = 5);
// Decimals a tick label of `step` needs (0 for whole steps).
int decimalsFor(double step);
// A tick's label as the axis draws it: the default locale, with its group separators.
QString tickLabel(double value, double step);
// The widest tick label of `scale` in the axis' label font, in pixels.
double labelWidth(const QValueAxis *axis, const NiceScale &scale);

// An axis' scale for `data`'s series on `axis` (0 left, 1 right) spanning [min, max]: from zero
// for amounts per day (so their sizes compare), from a round number below the minimum for a
// running total (so its growth shows). Whole-number ticks unless the unit is a rate ("%").
NiceScale scaleFor(const ChartData &data, int axis, double min, double max);
struct AxisSpan {
    double hi = 1;        // the largest value drawn against the axis
    bool integer = true;  // counts: whole steps
};
// Two axes' scales (each from its own minimum) given the same number of intervals, so the left
// axis' grid lines fall on the right axis' ticks as well; each still covers its values.
void alignScales(NiceScale &left, NiceScale &right, const AxisSpan &leftSpan, const AxisSpan &rightSpan);
// The break mark (two short slanted strokes across the bottom of the left axis) of an axis that
// does not start at zero, drawn or removed; it follows the plot area as the chart is resized.
void showAxisBreak(QChart *chart, bool show, const QColor &color);
// The break mark when one is drawn (for tests), else nullptr.
QGraphicsItem *axisBreak(const QChart *chart);
// Margins that line up the plot areas of charts stacked on a page and keep the last date
// label inside the chart.
// `leftLabels`: the width of the left axis' widest tick label.
void setMargins(QChart *chart, QCategoryAxis *x, const QAbstractAxis *y, double leftLabels, bool rightAxis);
// A base-10 log axis from the power of ten at or below `minPositive` to the one at or above `max`,
// labelled 1, 10, 100, 1,000 … with faint lines at 2–9 × each power; for values > 0 only.
QLogValueAxis *logAxis(double minPositive, double max, const QString &title, const QColor &text, const QColor &grid);
// The widest label of a log axis in its label font.
double logLabelWidth(const QLogValueAxis *axis);

QValueAxis *valueAxis(const NiceScale &scale, const QString &title, const QColor &text, const QColor &grid);
QCategoryAxis *dateAxis(const DateRange &range, const QColor &text, const QColor &grid);
// For a chart aligned by start: ticks every round number of days ("Day 0", "Day 200") over
// `range`'s stand-in dates, titled so.
QCategoryAxis *dayAxis(const DateRange &range, const QColor &text, const QColor &grid);

} // namespace ChartAxes

} // namespace insights
