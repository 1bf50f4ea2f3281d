#pragma once
// The one date-range filter of every page: 7d, 30d, 90d, 6m, 1y, all and custom (two date
// fields), and whether to draw the previous period for comparison. Keyboard reachable; the
// choice is remembered by the window.
#include "queries/daterange.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QCheckBox;
class QDateEdit;
QT_END_NAMESPACE

namespace insights {

class DateRangeBar final : public QWidget {
    Q_OBJECT
public:
    explicit DateRangeBar(QWidget *parent = nullptr);

    RangePreset preset() const { return m_preset; }
    // The range for `today`; "all" starts at `firstDataDay`.
    DateRange range(const QDate &today, const QDate &firstDataDay) const;
    bool compare() const;
    void setPreset(RangePreset preset);
    void setCustomRange(const DateRange &range);
    void setCompare(bool on);
    // Off (and kept for later) while the shown page has nothing stored before the range.
    void setCompareAvailable(bool available);

signals:
    void changed();

private:
    void choose(RangePreset preset);

    RangePreset m_preset = RangePreset::Days30;
    QButtonGroup *m_group = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_compare = nullptr;
    bool m_wantCompare = true; // the user's choice while the checkbox is unavailable
};

} // namespace insights
