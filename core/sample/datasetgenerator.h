#pragma once
// The reference datasets of SPEC §6, written through the app's own storage code (MetricStore
// batches, one transaction per chunk): "large" — 40,000 stars with profiles, five years of daily
// traffic, activity, PyPI (300 versions, 150 countries, 12 installers, 2 types a day) and
// Plausible (500 pages, 150 countries a day), 50 Reddit posts with 200 snapshots each — and
// "small", the same shapes over one year with short breakdowns, for quick runs and screenshots.
// Figures follow a growing trend with weekly rhythm, release and Reddit spikes, deterministic
// (the same spec gives the same data), and agree with each other as collected data does: each
// breakdown of a day adds up to the day's figure, people are the installers the database's rules
// count as people, uniques never exceed counts, stars are numbered in the order they were given.
#include "util/result.h"

#include <QDate>
#include <QString>

namespace insights {

class Database;

struct DatasetSpec {
    int days = 365;
    int stars = 2500;
    int pypiVersions = 20;
    int countries = 30;
    int installers = 12;
    int pages = 40;
    int redditPosts = 6;
    int redditSnapshots = 60;
    QDate today = QDate::currentDate();

    static DatasetSpec small(const QDate &today);
    static DatasetSpec large(const QDate &today);
    // "large" → large(), anything else → small().
    static DatasetSpec named(const QString &size, const QDate &today)
    {
        return size == QLatin1String("large") ? large(today) : small(today);
    }
};

class DatasetGenerator final {
public:
    // The subjects every generated dataset tracks: one repository, one package, one site (and
    // the Reddit posts, which live in the database's reddit_post table).
    static QString repository();
    static QString package();
    static QString site();

    // Returns the number of metric rows written.
    static Result<qint64> generate(Database &db, const DatasetSpec &spec);
    // The same into `dir`'s insights.db (created when missing).
    static Result<qint64> generateInto(const QString &dir, const DatasetSpec &spec);
    // `dir` holds today's dataset of `size` ("small", "large") from this generator and schema
    // (`version`, bumped when either changes): generated when missing or stale, else kept.
    // Returns the rows written now (0 when the cached one was current).
    static Result<qint64> ensureCached(const QString &dir, const QString &size, int version);
};

} // namespace insights
