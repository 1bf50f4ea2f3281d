#pragma once
// A page's table (TableData) as a Qt model: the rows are the data, not one QStandardItem per
// cell, so a range change swaps a thousand-row table in one reset. Numbers and dates stay raw
// in SortRole (a proxy sorts 9 < 10 < 1,000) and are shown in the user's locale; numbers align
// right. A row may link out (LinkRole). The PyPI rules table's class column is editable.
#include "dashboard/pagedata.h"

#include <QAbstractTableModel>

namespace insights {

class TableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: what a proxy sorts by
        LinkRole,                    // the row's link (every column), empty when it has none
    };

    explicit TableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const TableData &table);
    const TableData &table() const { return m_table; }
    // The column that takes the width left over: the widest text column (-1: none).
    int stretchColumn() const { return m_stretch; }
    bool isNumeric(int column) const { return m_numeric.value(column); }
    bool isEditable() const;
    QString link(int row) const { return m_table.links.value(row); }
    // A row as the user sees it, cells separated by tabs (for the clipboard).
    QString rowText(int row) const;
    // A value as shown: numbers with the locale's separators, dates in its short format.
    static QString displayText(const QVariant &value);
    // A 0–1 share as shown (TableData::shareColumn): "4.9 %".
    static QString shareText(const QVariant &share);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An editable cell was changed by the user: the row's first cell and the new text.
    void edited(const QString &key, const QString &value);

private:
    bool isEditable(int column) const;
    void classifyColumns();
    QString cellText(const QVariant &value, int column) const;

    TableData m_table;
    QList<bool> m_numeric; // per column: its values are numbers (aligned right, header too)
    int m_stretch = -1;
};

} // namespace insights
