#pragma once
// Legend behaviour shared by every chart: which series have an entry (one per name, and none
// for a series that draws nothing), and a click on an entry hides or shows its series.
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace insights::ChartLegend {

// Whether `series` has a legend entry; remembered so toggling a series does not bring back an
// entry Qt hid along with it (a line broken by gaps has one entry for all its pieces).
void setListed(QAbstractSeries *series, bool listed);
bool isListed(const QAbstractSeries *series);
// Connects each legend marker's click to toggle every series of that name (again after a redraw).
// `restack`, for stacked areas: a hidden layer must not leave a hole, so a click records the
// hidden names (hiddenNames) and asks for a redraw that leaves them out of the stack.
void connectToggles(QChart *chart, std::function<void()> restack = {});
// The series names a legend click hid on a stacked chart (kept across its redraws).
QStringList hiddenNames(const QChart *chart);
// Hides or shows the series named like `series`, dimming its legend entry while hidden.
void toggle(QChart *chart, QAbstractSeries *series);

} // namespace insights::ChartLegend
