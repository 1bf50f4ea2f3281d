#pragma once
// What follows from all stored stars of a repository, recomputed inside the write transaction
// after every batch: `star_number` in `starred_at` order over the stars still there, and one
// timeline event per day with stars ("#99 - ncthuc", "#80-#85 (6 stars)"), retitled when a day
// gains stars and removed when its last star is counted out.
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace insights {

class MetricStore;

namespace stars {

// While a GraphQL backfill (newest first) has not reached the oldest stars, numbers start at
// total − stored + 1, so the newest star carries GitHub's count from the first checkpoint on.
Status refreshDerived(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now);

} // namespace stars
} // namespace insights
