#include "tablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace insights {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool isDate(const QVariant &v)
{
    return v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime;
}

} // namespace

QString TableModel::displayText(const QVariant &value)
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = value.toDouble();
        // Counts arrive as doubles (summed in SQL): whole numbers without a ".0".
        if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 9e15)
            return locale.toString(qint64(std::llround(v)));
        return locale.toString(v, 'f', 1);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(value.toULongLong());
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}

QString TableModel::shareText(const QVariant &share)
{
    if (share.isNull() || !share.isValid())
        return {};
    return QStringLiteral("%1 %").arg(QLocale().toString(100.0 * share.toDouble(), 'f', 1));
}

QString TableModel::cellText(const QVariant &value, int column) const
{
    return column == m_table.shareColumn ? shareText(value) : displayText(value);
}

void TableModel::setTable(const TableData &table)
{
    beginResetModel();
    m_table = table;
    classifyColumns();
    endResetModel();
}

void TableModel::classifyColumns()
{
    // The first rows decide (a thousand-row table is not measured cell by cell); an empty cell
    // (a private follower count) says nothing.
    const qsizetype columns = m_table.headers.size();
    const qsizetype sample = std::min<qsizetype>(m_table.rows.size(), 200);
    m_numeric = QList<bool>(columns, false);
    QList<qint64> textLength(columns, 0);
    QList<bool> decided(columns, false);
    for (qsizetype r = 0; r < sample; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            const QVariant v = m_table.rows[r].value(c);
            if (!v.isValid() || v.isNull())
                continue;
            if (!decided[c]) {
                m_numeric[c] = isNumber(v);
                decided[c] = true;
            }
            if (!isNumber(v) && !isDate(v))
                textLength[c] += v.toString().size();
        }
    }
    // A share bar has a fixed width: numeric (its header sits right) and never the stretching one.
    if (m_table.shareColumn >= 0 && m_table.shareColumn < columns) {
        m_numeric[m_table.shareColumn] = true;
        textLength[m_table.shareColumn] = 0;
    }
    // The widest text column (Name, Title, Path, Referrer…) stretches; without rows, the last
    // text column, so an empty table still fills its width.
    m_stretch = -1;
    qint64 widest = -1;
    for (qsizetype c = 0; c < columns; ++c) {
        if (m_numeric[c] || textLength[c] < widest || (sample > 0 && textLength[c] == 0))
            continue;
        widest = textLength[c];
        m_stretch = int(c);
    }
    // Short texts (versions, country codes, logins) do not stretch: their numbers would sit far
    // from them; the table then ends where its columns end.
    constexpr qint64 kLongText = 12; // characters on average
    if (m_stretch >= 0 && sample > 0 && widest < kLongText * sample)
        m_stretch = -1;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QString TableModel::rowText(int row) const
{
    QStringList cells;
    const QVariantList values = m_table.rows.value(row);
    for (qsizetype c = 0; c < values.size(); ++c)
        cells.append(cellText(values[c], int(c)));
    return cells.join(QLatin1Char('\t'));
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QVariant v = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v.isNull() ? QVariant() : QVariant(cellText(v, index.column()));
    case Qt::EditRole:
    case SortRole:
        return v;
    case LinkRole:
        return link(index.row());
    case Qt::ToolTipRole: {
        // Text cut by a narrow column reads in full here, with where the row leads.
        QStringList tip;
        if (!isNumber(v) && !isDate(v) && !v.toString().isEmpty())
            tip.append(v.toString());
        if (!link(index.row()).isEmpty())
            tip.append(link(index.row()));
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (isNumber(v) || (v.isNull() && isNumeric(index.column())))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.headers.value(section);
    // A number's label sits right above it.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TableModel::isEditable(int column) const
{
    return isEditable() && column == 1;
}

bool TableModel::isEditable() const
{
    return m_table.id == QLatin1String("rules");
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
