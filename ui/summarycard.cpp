#include "summarycard.h"

#include "dashboard/dashboarddata.h"

#include <QLabel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <cmath>

namespace insights {

SummaryCard::SummaryCard(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    // Five cards fit a 1024 px window beside the page list: labels wrap rather than push the
    // page sideways.
    setMinimumWidth(130);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_label = new QLabel(this);
    m_value = new QLabel(this);
    m_change = new QLabel(this);
    for (QLabel *label : {m_label, m_value, m_change})
        label->setTextFormat(Qt::PlainText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setWordWrap(true);
    m_change->setWordWrap(true);
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

QPolygonF SummaryCard::sparkline() const
{
    // Along the bottom of the card, under the text: its days from left to right, scaled from
    // zero to the range's largest day; a day without data is left out.
    const DailyValues &days = m_card.spark;
    double top = 0;
    for (const auto &v : days)
        if (v)
            top = std::max(top, *v);
    if (days.size() < 2 || top <= 0)
        return {};
    const QRectF area = QRectF(rect()).adjusted(12, height() - 26, -12, -6);
    QPolygonF points;
    for (qsizetype i = 0; i < days.size(); ++i)
        if (days[i])
            points << QPointF(area.left() + area.width() * double(i) / double(days.size() - 1), area.bottom() - area.height() * *days[i] / top);
    return points;
}

void SummaryCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const QPolygonF points = sparkline();
    if (points.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPolyline(points);
}

void SummaryCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && !m_card.page.isEmpty())
        emit activated(m_card.page, m_card.subject);
}

void SummaryCard::keyPressEvent(QKeyEvent *event)
{
    if (!m_card.page.isEmpty() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit activated(m_card.page, m_card.subject);
        return;
    }
    QFrame::keyPressEvent(event);
}

void SummaryCard::setData(const CardData &card)
{
    m_card = card;
    const bool opens = !card.page.isEmpty();
    setCursor(opens ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(opens ? Qt::StrongFocus : Qt::NoFocus);
    // Room under the text for the sparkline.
    layout()->setContentsMargins(12, 8, 12, card.spark.size() >= 2 ? 30 : 8);
    update();
    m_label->setText(card.label);
    m_value->setText(DashboardData::formatValue(card.value, card.unit));
    const QString change = DashboardData::formatChange(card.value, card.previous, card.unit);
    m_change->setText(change.isEmpty() ? QString() : tr("%1 vs previous period").arg(change));
    // Good or bad news, not up or down; no change (or one that rounds to nothing) is neutral.
    m_changeColor = QColor();
    if (!change.isEmpty() && card.value && card.previous) {
        const double delta = *card.value - *card.previous;
        const bool shownAsZero = change.startsWith(QLocale().toString(0.0, 'f', 1) + u' ');
        if (delta != 0 && !shownAsZero)
            m_changeColor = (delta > 0) == card.higherIsBetter ? QColor(0x2e, 0x85, 0x40) : QColor(0xc0, 0x39, 0x2b);
    }
    m_change->setStyleSheet(m_changeColor.isValid() ? QStringLiteral("color:%1;").arg(m_changeColor.name()) : QString());
    setToolTip(card.note);
    setAccessibleName(QStringLiteral("%1: %2 %3").arg(card.label, m_value->text(), m_change->text()));
}

QString SummaryCard::valueText() const
{
    return m_value->text();
}

QString SummaryCard::changeText() const
{
    return m_change->text();
}

} // namespace insights
