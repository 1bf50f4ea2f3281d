#pragma once
// The Overview's figures before they are laid out as a page: each subject's cards and the range's
// highlights (biggest days with their likely cause, releases, Reddit posts). Shared by the
// Overview page and the digest of a week (core/digest), so the two never tell different stories.
#include "pagedata.h"
#include "pagequery.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

struct Highlight {
    enum class Kind { BiggestDay, Release, RedditPost };
    QDate date;
    QString what;    // "Most views in a day: 120", or the release's or post's title
    QString subject; // the repository, package or site; empty for a Reddit post
    QString cause;   // a biggest day's likely cause; empty when nothing explains it
    Kind kind = Kind::BiggestDay;
};

struct OverviewFigures {
    QList<CardData> cards;       // a row per subject (CardData::group), in the Overview's order
    QList<Highlight> highlights; // newest first
};

// Loads every tracked subject's pages (charts only) for the request's range; each page decides
// for itself whether a previous period can be compared. Implemented in overviewpage.cpp.
Result<OverviewFigures> overviewFigures(QSqlDatabase &db, const PageRequest &request);

// What likely made `day` stand out, in order: each release, Reddit post or note among `markers`
// that day, then the day before ("Release v2.0 (octo/x), that day"). The Overview's highlights
// take the first, an alert (core/alerts) all of them.
QStringList causesOf(const QDate &day, const QList<Annotation> &markers);
// The referrers in `repo`'s top 10 on `day` that were not there the day before, with their
// views; nothing when there is no list of the day before to compare with.
Result<QList<ItemTotal>> freshReferrers(QSqlDatabase &db, const QString &repo, const QDate &day);
// Those referrers as a cause: "new referrer news.ycombinator.com that day"; "" when none.
QString referrerCause(const QList<ItemTotal> &fresh);

} // namespace insights
