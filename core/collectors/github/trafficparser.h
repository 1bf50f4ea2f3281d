#pragma once
// Parsers for the GitHub traffic answers (API-NOTES §1). Each checks the whole shape before
// returning, so a truncated or unexpected answer is an error and never half a series.
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace insights::traffic {

struct Day {
    QDate date;
    qint64 count = 0;
    qint64 uniques = 0;
};

struct Series {
    qint64 count = 0;   // the API's own 14-day total
    qint64 uniques = 0; // true 14-day uniques (not the sum of daily uniques)
    QList<Day> days;
};

struct Popular {
    QString key; // referrer or path
    QString title;
    qint64 count = 0;
    qint64 uniques = 0;
};

struct RepoCounters {
    qint64 stars = 0;
    qint64 forks = 0;
};

// `arrayKey` is "views" or "clones".
Result<Series> parseSeries(const QByteArray &body, const QString &arrayKey);
// `keyField` is "referrer" or "path".
Result<QList<Popular>> parsePopular(const QByteArray &body, const QString &keyField);
Result<RepoCounters> parseRepository(const QByteArray &body);

} // namespace insights::traffic
