#pragma once
// What every benchmark that runs the real binary needs: medians and the rows it wrote.
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <algorithm>

namespace insights::bench {

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values[values.size() / 2];
}

// Rows in insight_metric of the data directory's database; -1 when it cannot be read.
inline qint64 rowsIn(const QString &dataDir)
{
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(dataDir + QStringLiteral("/insights.db"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM insight_metric"), db);
            if (q.next())
                rows = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return rows;
}

} // namespace insights::bench
