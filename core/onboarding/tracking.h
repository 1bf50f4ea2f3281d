#pragma once
// Adding and removing what Insights tracks, as one step for the welcome page, Settings and
// `insights track` / `insights untrack`: the subjects go into the settings (never twice), and
// removing one keeps its history unless the data is purged too.
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class Config;

struct TrackingChange {
    QStringList repositories; // owner/name, added or removed
    QStringList packages;     // PEP 503 names
    QStringList sites;        // Plausible site domains
    bool isEmpty() const { return repositories.isEmpty() && packages.isEmpty() && sites.isEmpty(); }
};

class Tracking final {
    Q_DECLARE_TR_FUNCTIONS(Tracking)
public:
    // Adds what `wanted` lists and is not tracked yet (values are validated; an invalid one is an
    // error and nothing is added). Returns what was new.
    static Result<TrackingChange> add(Config &config, const TrackingChange &wanted);
    // Removes `subject` (a repository, package or site, as the user typed it) from every list
    // that holds it. An untracked subject is an error. Returns what was removed.
    static Result<TrackingChange> remove(Config &config, const QString &subject);
    // Deletes everything stored for the subjects of `change` in one transaction (metrics,
    // stargazers, run log, state); returns the rows deleted.
    static Result<qint64> purge(QSqlDatabase &db, const TrackingChange &change);
    // Nothing is tracked yet: no repository, package or site (the welcome page shows then).
    static bool isEmpty(const Config &config);
};

} // namespace insights
