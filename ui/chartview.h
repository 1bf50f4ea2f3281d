#pragma once
// A dashboard chart on screen: draws a ChartData with ChartFactory, shows the values of every
// series (and the markers) of the day under the mouse with a crosshair, and offers Export as
// PNG / SVG and Copy in its context menu.
#include "dashboard/pagedata.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
QT_END_NAMESPACE

namespace insights {

class ChartView final : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // The text the tooltip shows for `day` (for tests and the accessible description).
    QString describeDay(const QDate &day) const;

signals:
    // "Add a note…" on the day under the pointer.
    void noteRequested(const QDate &day);

public slots:
    void exportPng();
    void exportSvg();
    void copyToClipboard();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString suggestedFileName(const QString &suffix) const;

    ChartData m_data;
    QGraphicsLineItem *m_crosshair = nullptr;
};

} // namespace insights
