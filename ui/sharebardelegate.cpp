#include "sharebardelegate.h"

#include "tablemodel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace insights {

namespace {

constexpr int kMargin = 4;
constexpr int kBarWidth = 56;  // "100.0 %" fits in what is left of kWidth
constexpr int kBarHeight = 8;

// Between two colours: a tint that stays quiet on light and dark palettes alike.
QColor mixed(const QColor &a, const QColor &b, double towardB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardB), float(a.greenF() + (b.greenF() - a.greenF()) * towardB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardB));
}

} // namespace

QRect ShareBarDelegate::barRect(const QRect &cell)
{
    const int width = std::min(kBarWidth, std::max(0, cell.width() - 2 * kMargin));
    return {cell.left() + kMargin, cell.center().y() - kBarHeight / 2 + 1, width, kBarHeight};
}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString percent = opt.text;
    opt.text.clear(); // the style draws the cell's background and selection; the bar and text are ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant raw = index.data(TableModel::SortRole);
    if (raw.isNull() || !raw.isValid())
        return; // no downloads to split: an empty cell, not an empty bar
    const double share = std::clamp(raw.toDouble(), 0.0, 1.0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    // On a selected row the highlight is the background: people take the highlighted text's colour.
    const QColor people = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);
    const QColor background = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    const QColor ink = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor bots = mixed(background, ink, 0.25);

    painter->save();
    const QRect bar = barRect(opt.rect);
    // A share that rounds to nothing still shows as a sliver: 0.3 % is not 0 %.
    const int split = share > 0 ? std::max(1, int(std::lround(bar.width() * share))) : 0;
    painter->fillRect(bar, bots);
    painter->fillRect(QRect(bar.left(), bar.top(), split, bar.height()), people);
    painter->setPen(ink);
    painter->setFont(opt.font);
    const QRect label(bar.right() + 1 + kMargin, opt.rect.top(), opt.rect.right() - bar.right() - 2 * kMargin, opt.rect.height());
    painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter, opt.fontMetrics.elidedText(percent, Qt::ElideRight, label.width()));
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {kWidth, QStyledItemDelegate::sizeHint(option, index).height()};
}

} // namespace insights
