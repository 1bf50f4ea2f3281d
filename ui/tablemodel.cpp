#include "tablemodel.h"

namespace insights {

void TableModel::setTable(const TableData &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QVariant v = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v;
    case Qt::TextAlignmentRole: {
        const int type = v.typeId();
        if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TableModel::isEditable(int column) const
{
    return m_table.id == QLatin1String("rules") && column == 1;
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isEditable(index.column()) || index.row() >= m_table.rows.size())
        return false;
    QVariantList &row = m_table.rows[index.row()];
    while (row.size() <= index.column())
        row.append(QVariant());
    row[index.column()] = value;
    emit dataChanged(index, index);
    emit edited(row.value(0).toString(), value.toString());
    return true;
}

} // namespace insights
