#pragma once
// Tells when a widget has finished painting: emits painted() once the next paint event of the
// watched widget has been handled (a zero timer queued during the paint fires after it). Used
// by the benchmarks and the startup probe to measure "until the user sees it", not "until the
// data arrived".
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace insights {

class PaintProbe final : public QObject {
    Q_OBJECT
public:
    explicit PaintProbe(QWidget *watched, QObject *parent = nullptr);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_watched;
    bool m_fired = false;
};

} // namespace insights
