#pragma once
// GitHub's star counts without identities (API-NOTES §0.3): the star history
// (`GET /repos/{o}/{r}/stargazers/history`, weeks newest first, 30 weeks a page, at most 100
// pages, Link rel="next") and the count (`GET /repos/{o}/{r}/stargazers/count`, or the
// repository object's `stargazers_count` where that endpoint does not exist, as on GitHub
// Enterprise Server). Public repositories answer with or without a token.
//
// The parser refuses a page as a whole (a week without 7 days, a negative count, a week that is
// not an integer, weeks out of order): nothing of a malformed answer becomes a row.
//
// Days. GitHub does not promise where its weeks and days begin. Day i of a week is taken to be
// the calendar day that starts at `week + i·86400 s`, named by its date at noon UTC
// (`week + i·86400 + 43200`): that names the same day for any week boundary within 12 hours of
// UTC midnight (a Sunday 00:00 UTC boundary, or midnight in any zone from UTC−11 to UTC+11,
// daylight saving included). The day is then stored like every other daily metric, as a UTC
// date; where GitHub's days are not UTC days, a star given near midnight may sit one day off
// from the day its `starred_at` names.
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUrl>
#include <array>
#include <atomic>
#include <functional>

namespace insights {

class GitHubApi;
struct MetricRow;

namespace stars {

// collector_state keys (source github_stars) of the history.
inline constexpr const char *kHistoryComplete = "history_complete";     // "1": every page was read once
inline constexpr const char *kHistoryWalkedAt = "history_walked_at";    // the last walk over every page
inline constexpr const char *kHistoryNewestWeek = "history_newest_week"; // epoch seconds of the newest week stored

struct HistoryWeek {
    qint64 week = 0; // epoch seconds of the week's start
    qint64 total = 0;
    std::array<qint64, 7> days{};

    QDate day(int i) const;
};

// One page of the history: a JSON array of weeks, newest first.
Result<QList<HistoryWeek>> parseHistoryPage(const QByteArray &body);
// `{"count": N}`.
Result<qint64> parseStarCount(const QByteArray &body);

// `stars_daily` rows (period daily, value = stars given that day that still stand) for every day
// of `weeks` up to `today`; later days of the current week are not stored yet.
QList<MetricRow> historyRows(const QString &subject, const QList<HistoryWeek> &weeks, const QDate &today);

} // namespace stars

class StarHistory final {
    Q_DECLARE_TR_FUNCTIONS(StarHistory)
public:
    static constexpr int kWeeksPerPage = 30; // GitHub's maximum per_page
    static constexpr int kMaxPages = 100;    // GitHub's maximum page

    struct Reading {
        QList<stars::HistoryWeek> weeks; // newest first, over every page read
        int pages = 0;
        bool reachedEnd = false;  // the last page had no rel="next": the history is complete
        bool capped = false;      // stopped at page 100 with older weeks left
        bool unavailable = false; // the server has no star history (HTTP 404)
    };

    StarHistory(GitHubApi &api, QString subject, QString where);
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    // Every page, newest first, to the end (a first collection, the weekly re-walk).
    Result<Reading> readAll();
    // The newest page, and further pages only until one reaches back to `knownWeek` (the newest
    // week stored: runs missed for more than 30 weeks leave no hole). Normally one request.
    Result<Reading> readNewest(qint64 knownWeek);
    // GitHub's count: /stargazers/count, else (404) the repository object.
    Result<qint64> count();
    // The repository object's stargazers_count only (a server without GraphQL is an older GitHub
    // Enterprise Server, whose REST API has no /stargazers/count).
    Result<qint64> countFromRepository();

private:
    Result<Reading> read(qint64 stopAtWeek);

    GitHubApi &m_api;
    QString m_subject;
    QString m_where;
    std::function<void(const QString &)> m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace insights
