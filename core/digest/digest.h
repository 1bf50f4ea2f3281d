#pragma once
// The digest of a period (a week by default): every tracked subject's figures with their change
// against the period before, its biggest days with their likely cause, referrers new in GitHub's
// top 10, top pages, releases and Reddit posts, then the user's notes and the alerts of the
// period. Built from the same page builders as the Overview (overviewFigures), so the digest and
// the window never disagree; written as Markdown (markdowndigest.h) or HTML (htmldigest.h).
//
// build() only reads the database it is given and touches no GUI object, so it runs on any
// thread that owns that connection (the reading thread, a scheduled digest's worker).
#include "alerts/alert.h"
#include "dashboard/overviewfigures.h"
#include "dashboard/pagequery.h"
#include "notes/notes.h"
#include "util/daterange.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace insights {

// One subject: a repository, a package, a site, or all tracked Reddit posts together.
struct DigestSection {
    QString title;                 // the subject as the Overview names its row ("Reddit" for the posts)
    QList<CardData> figures;       // the Overview's cards of the subject, with the previous period
    QList<Highlight> biggestDays;  // each figure's biggest day and its likely cause
    QList<Highlight> events;       // releases of a repository; Reddit posts in the Reddit section
    QList<ItemTotal> newReferrers; // in GitHub's newest top 10 of the period, not in the one before (views, uniques)
    QList<ItemTotal> popularPaths; // GitHub's newest top paths of the period (views, uniques)
    QList<ItemTotal> topPages;     // Plausible: visitors (and pageviews) summed over the period
    QList<ChartData> charts;       // the main chart of each of the subject's pages, with the period before
};

struct Digest {
    Q_DECLARE_TR_FUNCTIONS(Digest)
public:
    // How many items a list of a section holds at most (referrers, paths, pages).
    static constexpr int kListLength = 5;

    DateRange range;
    QList<DigestSection> sections;
    QList<Note> notes;
    QList<Alert> alerts; // oldest first

    DateRange previous() const { return range.previous(); }
    bool nothingTracked() const { return sections.isEmpty(); }
    // Anything to tell: a figure other than zero, a day, an event, a list entry, a note or an alert.
    bool hasData() const;
    // Every section's charts in order: what an HTML digest takes its images for.
    QList<ChartData> charts() const;

    // The last complete week, Monday to Sunday, before `today` (on a Sunday, the week before:
    // today is not over yet).
    static DateRange lastWeek(const QDate &today);
    // `range` must be bounded with from ≤ to (an error of kind Config otherwise). `withCharts`
    // false leaves DigestSection::charts empty: Markdown draws none, and they are a third of the time.
    static Result<Digest> build(QSqlDatabase &db, const DateRange &range, bool withCharts = true);
};

} // namespace insights
