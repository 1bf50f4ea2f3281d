#pragma once
// What every benchmark that runs the real binary needs: medians and the rows it wrote.
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <algorithm>
#include <cstdio>

namespace insights::bench {

// The cached reference datasets' version (DatasetGenerator::ensureCached): every benchmark uses
// the same so they share one generated copy. Bump when the generator or the schema changes.
constexpr int kDatasetVersion = 4; // 4: PyPI downloads by Python version and system (schema 10)

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values[values.size() / 2];
}

struct Spread {
    double median = 0, min = 0, max = 0;
};

inline Spread spreadOf(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    return {median(values), *std::min_element(values.begin(), values.end()), *std::max_element(values.begin(), values.end())};
}

inline QString fmt(const Spread &s, const char *unit, int decimals = 0)
{
    return QStringLiteral("%1 %4 (min %2, max %3)")
        .arg(s.median, 0, 'f', decimals)
        .arg(s.min, 0, 'f', decimals)
        .arg(s.max, 0, 'f', decimals)
        .arg(QString::fromLatin1(unit));
}

// One row of the SPEC §6 table. Every benchmark prints its rows with this prefix and
// scripts/bench.sh gathers them into one table at the end.
inline void tableRow(const QString &what, const QString &figure, const QString &budget, const QString &baseline, bool met)
{
    std::printf("§6 | %s | %s | %s | %s | %s |\n", qPrintable(what), qPrintable(figure), qPrintable(budget),
                qPrintable(baseline.isEmpty() ? QStringLiteral("–") : baseline), met ? "met" : "MISSED");
    std::fflush(stdout);
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
