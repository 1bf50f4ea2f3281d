#pragma once
// "AND m.subject …" for queries on insight_metric: the chosen subject, or every subject of the
// metric type found by a few index seeks (a loose index scan). Naming the subjects lets the
// unique key (metric_type_id, subject, date, …) narrow a date range instead of reading the
// type's every row.
#include <QString>

namespace insights {

// `typeExpr`: SQL giving the metric type id; `subjectParam`: the bound subject, "" for all.
// The subjects that have rows of the metric type `typeExpr`, as a query of one column `v`: one
// probe of the unique key per subject, however many rows each has.
inline QString subjectsOf(const QString &typeExpr)
{
    return QStringLiteral("WITH RECURSIVE s(v) AS (SELECT MIN(subject) FROM insight_metric WHERE "
                          "metric_type_id = %1 UNION ALL SELECT (SELECT MIN(subject) FROM insight_metric WHERE "
                          "metric_type_id = %1 AND subject > s.v) FROM s WHERE s.v IS NOT NULL) "
                          "SELECT v FROM s WHERE v IS NOT NULL")
        .arg(typeExpr);
}

inline QString subjectFilter(const QString &typeExpr, bool chosen, const QString &subjectParam = QStringLiteral(":subject"))
{
    if (chosen)
        return QStringLiteral("AND m.subject = %1 ").arg(subjectParam);
    return QStringLiteral("AND m.subject IN (%1) ").arg(subjectsOf(typeExpr));
}

} // namespace insights
