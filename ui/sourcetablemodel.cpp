#include "sourcetablemodel.h"

#include <QBrush>
#include <QLocale>

namespace insights {

namespace {

QString localTime(const QDateTime &dt, const QString &otherwise)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : otherwise;
}

} // namespace

void SourceTableModel::setSources(QList<SourceStatus> sources)
{
    // Rows not counted this time keep the last count until the new one arrives.
    for (SourceStatus &s : sources)
        if (s.rows < 0)
            s.rows = m_rowCounts.value(s.key, -1);
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

void SourceTableModel::setRowCounts(const QHash<QString, qint64> &counts)
{
    m_rowCounts = counts;
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        m_sources[i].rows = counts.value(m_sources[i].key, 0);
        emit dataChanged(index(int(i), Rows), index(int(i), Rows));
    }
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceTableModel::stateText(const SourceStatus &s)
{
    if (!s.implemented)
        return tr("Not available in this version yet");
    if (!s.enabled)
        return tr("Disabled");
    if (!s.lastError.isEmpty())
        return s.lastError;
    if (!s.warnings.isEmpty())
        return s.warnings.join(QLatin1Char('\n'));
    return s.lastCollectedAt.isValid() ? tr("OK") : tr("Not collected yet");
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const SourceStatus &s = m_sources.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return s.displayName;
        case Subjects: return s.subjects.isEmpty() ? QStringLiteral("—") : s.subjects.join(QStringLiteral(", "));
        case LastRun: return localTime(s.lastCollectedAt, tr("never"));
        case NextRun:
            if (!s.implemented || !s.enabled)
                return QStringLiteral("—");
            if (s.nextDueAt.isValid() && s.nextDueAt <= QDateTime::currentDateTimeUtc())
                return tr("now");
            return localTime(s.nextDueAt, tr("not scheduled"));
        case Rows: return s.rows < 0 ? tr("counting…") : QLocale().toString(s.rows);
        case State: return stateText(s).section(QLatin1Char('\n'), 0, 0);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State)
        return stateText(s);
    // Team mode: which collector stored the newest data, and when.
    if (role == Qt::ToolTipRole && index.column() == LastRun && !s.lastCollector.isEmpty())
        return tr("Last collected %1 by %2").arg(localTime(s.lastSuccessAt, tr("never")), s.lastCollector);
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (!s.implemented || !s.enabled)
            return QBrush(Qt::gray);
        if (index.column() == State && !s.lastError.isEmpty())
            return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Source");
    case Subjects: return tr("Tracking");
    case LastRun: return tr("Last collection");
    case NextRun: return tr("Next due");
    case Rows: return tr("Rows");
    case State: return tr("Status");
    }
    return {};
}

} // namespace insights
