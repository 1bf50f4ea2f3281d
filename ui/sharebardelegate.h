#pragma once
// Draws a table column of 0–1 shares (TableData::shareColumn: people of all downloads) as a small
// two-colour bar with the percentage beside it, in a fixed width: a split reads at a glance, and
// the column never takes the width a wide number column would.
#include <QStyledItemDelegate>

namespace insights {

class ShareBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kWidth = 120; // the column's width, whatever the table's

    explicit ShareBarDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}

    // Where the bar is drawn in a cell (the percentage takes the rest): exposed for the tests.
    static QRect barRect(const QRect &cell);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace insights
