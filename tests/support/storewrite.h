#pragma once
// Writes a batch the way a collection does — one transaction through MetricStore — for tests
// that prepare or change data; a failure ends the test run with its reason.
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"

#include <QDateTime>

namespace insights::test {

inline WriteCounts writeCommitted(QSqlDatabase &db, const Batch &batch, const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    ScopedTransaction tx(db);
    if (!tx.begin().ok())
        qFatal("begin failed");
    auto counts = MetricStore(db).write(batch, now);
    if (!counts.ok())
        qFatal("%s", qPrintable(counts.errorMessage()));
    if (!tx.commit().ok())
        qFatal("commit failed");
    return *counts;
}

} // namespace insights::test
