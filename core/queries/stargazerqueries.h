#pragma once
// Questions the Stars page asks about stargazers, answered from the stored `new_star` rows for
// any date range (SPEC §1; no widgets here): where they are, where they work, how old their
// accounts were when they starred, and who the newest ones are. Stars counted out by a reconcile
// (unstarred) are left out.
#include "daterange.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace insights {

struct RankedValue {
    QString value; // as most stargazers spelled it
    int count = 0;
};

struct AgeBucket {
    QString label;  // "< 1 month", "1–6 months", … "unknown"
    int minDays = 0;
    int maxDays = 0; // exclusive; 0 for the open-ended and unknown buckets
    int count = 0;
};

struct StargazerProfile {
    QString login; // empty for a deleted account
    QString name, location, company;
    std::optional<qint64> followers;
    QDateTime starredAt;
    int starNumber = 0;
};

class StargazerQueries final {
    Q_DECLARE_TR_FUNCTIONS(StargazerQueries)
public:
    // `subject` owner/repo; empty: every tracked repository together.
    StargazerQueries(QSqlDatabase &db, QString subject);

    Result<int> count(const DateRange &range);
    // Spellings that differ only in case, spaces or a leading "@" (companies) count as one.
    Result<QList<RankedValue>> topLocations(const DateRange &range, int limit = 10);
    Result<QList<RankedValue>> topCompanies(const DateRange &range, int limit = 10);
    // Both in one pass over the range's stars.
    Result<std::pair<QList<RankedValue>, QList<RankedValue>>> topLocationsAndCompanies(const DateRange &range, int limit = 10);
    // Account age on the day of the star, in fixed buckets (all buckets, also empty ones).
    Result<QList<AgeBucket>> accountAges(const DateRange &range);
    // Newest first.
    Result<QList<StargazerProfile>> newest(const DateRange &range, int limit = 20);
    // Every star of the range whose login, name, location or company contains `text` (any case),
    // newest first, at most `limit`; with how many match in all. Reads each star of the range
    // once: asked for by a user's search, never by a page load.
    Result<std::pair<QList<StargazerProfile>, int>> search(const DateRange &range, const QString &text, int limit);

private:
    static StargazerProfile profileOf(const class QSqlQuery &q);
    QString where() const;
    QString parsedOnce() const; // the FROM clause's addition for reading many keys of a row
    // Stars of the range an unstar counted out, from their partial index.
    Result<int> unstarred(const DateRange &range);
    void bindRange(class QSqlQuery &q, const DateRange &range) const;

    QSqlDatabase &m_db;
    QString m_subject;
};

} // namespace insights
