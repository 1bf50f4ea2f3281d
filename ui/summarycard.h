#pragma once
// One figure of a page for the range, with its change against the previous period in percent
// (green up, red down) and an explanation as tooltip.
#include "dashboard/pagedata.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace insights {

class SummaryCard final : public QFrame {
    Q_OBJECT
public:
    explicit SummaryCard(QWidget *parent = nullptr);
    void setData(const CardData &card);
    QString valueText() const;
    QString changeText() const;

    static QString formatValue(const std::optional<double> &value, const QString &unit);
    // "+12.5 %", "−3.0 %", "new" (from nothing) or "" (nothing to compare).
    static QString formatChange(const std::optional<double> &value, const std::optional<double> &previous);

private:
    QLabel *m_label = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};

} // namespace insights
