#pragma once
// What a dashboard page shows, computed in core from the database for one date range and
// subject, so the widgets only draw it and the same data serves `insights chart`: summary cards
// with the change against the previous period, time charts (one value per day, std::nullopt
// where no data exists — a gap, never a zero), annotations, and tables.
#include "queries/daterange.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace insights {

using DailyValues = QList<std::optional<double>>; // index i = range.from + i days

struct SeriesData {
    QString name;
    DailyValues values;
    DailyValues previous; // the previous period, aligned day by day; empty: no comparison
    int axis = 0;         // 0 left, 1 right
    // A running total (stars over time): its axis starts near the range's minimum, not at zero,
    // since a month of growth on top of thousands would otherwise look flat.
    bool cumulative = false;
};

struct Annotation {
    enum class Kind { Release, RedditPost, StarBurst, Record, Event, Note };
    QDate date;
    Kind kind = Kind::Event;
    QString title;
};

struct ChartData {
    enum class Kind { Lines, StackedAreas };
    QString id;    // "stars", "traffic_views", … (the first chart of a page is its main chart)
    QString title;
    Kind kind = Kind::Lines;
    DateRange range;
    QList<SeriesData> series;
    QList<Annotation> annotations;
    QList<DateRange> gaps; // days without data, shaded
    QString unit;          // for axis titles and tooltips
    QString rightUnit;
    QString subject = {}; // the repository, package or site shown (empty: all together), for export titles
    // The left axis on a log scale (lines only; a stacked total has no meaning there): growth
    // rates compare, and one subject's thousands do not flatten another's tens.
    bool logScale = false;
    // The x axis counts days from each series' start ("Day 0", "Day 100"): `range` then holds
    // stand-in dates from 2000-01-01, one per day since the start, and no date means anything.
    bool daysSinceStart = false;
};

struct CardData {
    QString label;
    std::optional<double> value;
    std::optional<double> previous; // the previous period's figure: the change in percent
    QString unit;                    // "", "%", "s"
    QString note;                    // shown as a tooltip/explanation
    bool higherIsBetter = true;      // colours the change: a rising bounce rate is bad news
    // The Overview's cards: the row they stand in (a subject), the page and subject a click opens,
    // and the range's daily values drawn small under the figure.
    QString group = {};
    QString page = {};
    QString subject = {};
    DailyValues spark = {};
};

struct TableData {
    QString id;
    QString title;
    QStringList headers;
    QList<QVariantList> rows; // numbers as numbers, dates as QDate/QDateTime: the window formats them
    bool searchable = false;
    QString note;
    qint64 totalRows = -1; // a capped list holds the newest rows of this many; -1: the rows are all there is
    QStringList links;     // per row, where it links out (a profile, a post, a page); empty: nowhere
    QString search = {};   // non-empty: the rows are every stored row matching it (a search of everything)
    // A column of 0–1 shares (people of all downloads) drawn as a small bar with its percentage,
    // so a split reads at a glance without a wide column of its own; -1: none.
    int shareColumn = -1;
};

// More of a capped table (DashboardData::table): the newest `limit` rows, or every row matching
// `search` (at most `limit`) when it is not empty.
struct TableQuery {
    int limit = 1000;
    QString search;
};

struct PageRequest {
    QString page;    // stars, traffic, activity, pypi, plausible, reddit
    DateRange range; // bounded
    QString subject; // empty: every subject together
    bool compare = true;
    bool allTime = false; // range.from is replaced by the page's first stored day
    bool chartsOnly = false; // the charts are all that is wanted (a chart export): tables may be left out
    // Two or more: compared, one line per subject on each chart (and `subject` is not used).
    QStringList subjects = {};
    // With subjects on the Stars and PyPI pages: each drawn from its own first star or download
    // (day 0) to the range's end, so growth compares whatever the age.
    bool alignByStart = false;
    // With chartsOnly, for the Overview: only what its cards and sparklines read. The series
    // nothing there shows (clones, pageviews, visit duration, bounce rate) are not read — over all
    // time each is five years of rows.
    bool figuresOnly = false;
};

struct PageData {
    PageRequest request;
    QStringList subjects; // what the subject selector offers
    QDate firstDay;       // oldest stored day (for "all")
    bool compareAvailable = false; // something is stored before the range (request.compare is off otherwise)
    QList<CardData> cards;
    QList<ChartData> charts;
    QList<TableData> tables;
    QStringList notes;    // explanations shown under the cards
    QString empty;        // non-empty: nothing stored yet, and what to do
    QString error;
    QStringList warnings; // the newest collection of this page's sources failed: why, and what to do
};

} // namespace insights

Q_DECLARE_METATYPE(insights::PageData)
