#pragma once
// A page's table (TableData) as a Qt model: the rows are the data, not one QStandardItem per
// cell, so a range change swaps a thousand-row table in one reset. Numbers stay numbers (they
// sort as numbers and align right); the PyPI rules table's class column is editable.
#include "dashboard/pagedata.h"

#include <QAbstractTableModel>

namespace insights {

class TableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const TableData &table);
    const TableData &table() const { return m_table; }

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

    TableData m_table;
};

} // namespace insights
