#pragma once
// The parts of a generated dataset (datasetgenerator.h) and what they share so that their
// figures agree the way collected figures do: a star is a new_star row, a star event, a part of
// the day's activity and a step of stars_total; a release is a GitHub release, a release event
// and the newest PyPI version from that day on; a fork is a fork row, a fork event and a step of
// forks_total.
#include "datasetgenerator.h"
#include "storage/batch.h"

#include <QDateTime>
#include <QStringList>

namespace insights {

class Database;

namespace sample {

// Rows go through the app's own MetricStore in transactions of 50,000 rows, like a collector's
// run; every row carries the same write time.
class Writer {
public:
    Writer(Database &db, const QDate &today);
    Batch batch;
    qint64 rows = 0;

    Status flush(bool force = false);
    Status row(MetricRow &&row);
    Database &db() { return m_db; }
    QDateTime now() const { return m_now; }

private:
    Database &m_db;
    QDateTime m_now;
};

// The events of the dataset's days, fixed before any figure is written.
class Calendar {
public:
    explicit Calendar(const DatasetSpec &spec);

    const DatasetSpec &spec() const { return m_spec; }
    int days() const { return m_spec.days; }
    QDate day(int i) const { return m_spec.today.addDays(i - m_spec.days + 1); }

    qint64 stars(int i) const { return m_stars.value(i); }
    qint64 starsUpTo(int i) const { return m_starsUpTo.value(i); }
    int forks(int i) const { return m_forks.value(i); }
    qint64 forksUpTo(int i) const { return kForksBefore + m_forksUpTo.value(i); }
    bool isReleaseDay(int i) const { return i % kReleaseEvery == kFirstRelease; }
    // Releases published on or before day i.
    int releasesUpTo(int i) const { return i < kFirstRelease ? 0 : (i - kFirstRelease) / kReleaseEvery + 1; }
    // Days since the newest release on or before day i (0 on a release day); call when there is one.
    int daysSinceRelease(int i) const { return (i - kFirstRelease) % kReleaseEvery; }
    // The n-th version ever published (0 = the first). The first spec.pypiVersions versions
    // predate the window; release k of the window publishes version pypiVersions + k.
    static QString versionName(int n);

private:
    static constexpr int kReleaseEvery = 29;
    static constexpr int kFirstRelease = 7;
    static constexpr int kForksBefore = 40; // forks from before the window, in forks_total only

    DatasetSpec m_spec;
    QList<qint64> m_stars, m_starsUpTo;
    QList<int> m_forks;
    QList<qint64> m_forksUpTo;
};

// new_star rows with full profiles, numbered in starred_at order, then what the stars collector
// derives from them (stars_daily, the timeline's star days) by the collector's own code.
Status writeStars(Writer &w, const Calendar &calendar);

// Traffic (daily figures, the 14-day totals, referrers and paths), activity, releases, forks
// and the repository counters of one day.
class GithubDays {
public:
    explicit GithubDays(const Calendar &calendar);
    Status write(Writer &w, int i) const;

private:
    const Calendar &m_calendar;
    QList<qint64> m_views, m_visitors, m_clones, m_cloners;
};

// PyPI's figures of one day, who counts as a person decided by the database's installer rules.
class PypiDays {
public:
    static Result<PypiDays> open(Database &db, const Calendar &calendar);
    Status write(Writer &w, int i);
    // downloads_total: the window's downloads and those before it.
    Status writeTotal(Writer &w) const;

private:
    explicit PypiDays(const Calendar &calendar);
    const Calendar *m_calendar;
    QList<bool> m_human; // per installer of the generated list
    QStringList m_versions; // every version's name, oldest first
    QList<double> m_rankWeights, m_humanBias; // per version rank, 0 = the newest
    qint64 m_sum = 0;
};

// Plausible's figures of one day.
class PlausibleDays {
public:
    explicit PlausibleDays(const Calendar &calendar);
    Status write(Writer &w, int i) const;

private:
    const Calendar &m_calendar;
    QStringList m_pages;
    QList<double> m_pageWeights, m_entryBias; // per page, before the day's noise
};

Status writeReddit(Writer &w, const Calendar &calendar);

} // namespace sample
} // namespace insights
