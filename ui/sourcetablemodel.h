#pragma once
// The sources as rows: name, tracked subjects, last collection, next due time, stored rows and
// status (last error, warnings, "not available yet").
#include "status/statusreport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace insights {

class SourceTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Subjects, LastRun, NextRun, Rows, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSources(QList<SourceStatus> sources);
    // Stored rows per source, counted in the background.
    void setRowCounts(const QHash<QString, qint64> &counts);
    const QList<SourceStatus> &sources() const { return m_sources; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const SourceStatus &status);

private:
    QList<SourceStatus> m_sources;
    QHash<QString, qint64> m_rowCounts;
};

} // namespace insights
