#pragma once
// One figure of a page for the range, with its change against the previous period (in percent,
// or in percentage points for a rate), green when the change is good for the user and red when
// it is bad (a rising bounce rate is bad), and an explanation as tooltip. On the Overview a card
// also draws the range's days as a sparkline and opens its page when clicked.
#include "dashboard/pagedata.h"

#include <QColor>
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
    // The colour the change is shown in (invalid: no change shown).
    QColor changeColor() const { return m_changeColor; }
    const CardData &data() const { return m_card; }
    // The sparkline's points in the card's coordinates (empty: none drawn), for tests.
    QPolygonF sparkline() const;

signals:
    // A card with a page was clicked: open `page` filtered to `subject`.
    void activated(const QString &page, const QString &subject);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QColor m_changeColor;
    CardData m_card;
};

} // namespace insights
