#include "storage/dialect.h"
#include "stargazerqueries.h"

#include "storage/rollups.h"
#include "storage/sqlutil.h"
#include "storage/subjectfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace insights {

namespace {

// A stargazer's profile as profileOf() reads it, for newest() and search().
constexpr const char *kProfileColumns = R"(
        SELECT json_extract(m.metadata, '$.username'), json_extract(m.metadata, '$.name'),
               json_extract(m.metadata, '$.location'), json_extract(m.metadata, '$.company'),
               json_extract(m.metadata, '$.followers'), json_extract(m.metadata, '$.starred_at'),
               json_extract(m.metadata, '$.star_number')
)";

} // namespace

StargazerQueries::StargazerQueries(QSqlDatabase &db, QString subject) : m_db(db), m_subject(std::move(subject)) {}

QString StargazerQueries::where() const
{
    // Range and subjects in the unique key's terms, so only the range's stars are read.
    const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = 'new_star')");
    return QStringLiteral("m.metric_type_id = %1 ").arg(type) + subjectFilter(type, !m_subject.isEmpty())
        + QStringLiteral("AND m.date BETWEEN :from AND :to AND m.period = 'event' "
                         "AND json_extract(m.metadata, '$.unstarred_at') IS NULL");
}

QString StargazerQueries::parsedOnce() const
{
    // Each star's profile is read by several keys: PostgreSQL parses it once per row.
    return Dialect::parseOncePerRow(m_db, QStringLiteral("m.metadata"));
}

void StargazerQueries::bindRange(QSqlQuery &q, const DateRange &range) const
{
    if (!m_subject.isEmpty())
        q.bindValue(QStringLiteral(":subject"), m_subject);
    q.bindValue(QStringLiteral(":from"), range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    q.bindValue(QStringLiteral(":to"), range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
}

Result<int> StargazerQueries::count(const DateRange &range)
{
    // Every star of the range from the index alone, less those an unstar counted out (their
    // partial index): no star's metadata is read, so all time costs what a week does.
    const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = 'new_star')");
    QSqlQuery q(m_db);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT COUNT(*) FROM insight_metric m WHERE m.metric_type_id = %1 ").arg(type)
              + subjectFilter(type, !m_subject.isEmpty())
              + QStringLiteral("AND m.date BETWEEN :from AND :to AND m.period = 'event'")));
    bindRange(q, range);
    if (auto st = execPrepared(q); !st)
        return st.error();
    const int stored = q.next() ? q.value(0).toInt() : 0;
    auto gone = unstarred(range);
    if (!gone)
        return gone.error();
    return stored - *gone;
}

Result<int> StargazerQueries::unstarred(const DateRange &range)
{
    const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = 'new_star')");
    QSqlQuery gone(m_db);
    gone.prepare(Dialect::portable(gone.driver(), QStringLiteral("SELECT COUNT(*) FROM insight_metric m WHERE m.metric_type_id = %1 %2 AND m.date BETWEEN "
                                ":from AND :to AND m.period = 'event' AND json_extract(m.metadata, '$.unstarred_at') IS NOT NULL")
                     .arg(type, m_subject.isEmpty() ? QString() : QStringLiteral("AND m.subject = :subject"))));
    bindRange(gone, range);
    if (auto st = execPrepared(gone); !st)
        return st.error();
    return gone.next() ? gone.value(0).toInt() : 0;
}

namespace {

// Per grouping key: how often each spelling occurs.
using Spellings = QHash<QString, QHash<QString, int>>;

QList<RankedValue> ranked(const Spellings &groups, int limit)
{
    QList<RankedValue> out;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        // The spelling most stargazers used (ties: the first in code point order).
        QString best;
        int bestCount = -1, total = 0;
        for (auto sp = g->cbegin(); sp != g->cend(); ++sp) {
            total += sp.value();
            if (sp.value() > bestCount || (sp.value() == bestCount && sp.key() < best)) {
                best = sp.key();
                bestCount = sp.value();
            }
        }
        out.append({best, total});
    }
    std::sort(out.begin(), out.end(), [](const RankedValue &a, const RankedValue &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

Result<std::pair<QList<RankedValue>, QList<RankedValue>>> StargazerQueries::topLocationsAndCompanies(const DateRange &range,
                                                                                                     int limit)
{
    // Whole months from their monthly counts per place (Rollups), the other days (and stale
    // months) from the stars themselves, each row's metadata parsed once. The grouping key
    // ignores case, outer spaces and (for companies) a leading "@"; the value shown is the
    // spelling most stargazers used.
    Spellings locations, companies;
    const auto count = [&](const QString &kind, const QString &place, int n) {
        if (!place.isEmpty())
            (kind == QLatin1String("location") ? locations : companies)[place.toLower()][place] += n;
    };
    const DateRange bounded{range.from.isValid() ? range.from : QDate(1970, 1, 1), range.to.isValid() ? range.to : QDate(9999, 12, 31)};
    auto widened = Rollups::split(m_db, QStringLiteral("new_star"), m_subject, bounded);
    if (!widened)
        return widened.error();
    Rollups::Split split = *widened;
    if (!split.firstMonth.isEmpty()) {
        auto stale = Rollups::staleDays(m_db, QStringLiteral("new_star"), m_subject, split.firstMonth, split.lastMonth);
        if (!stale)
            return stale.error();
        split.days += *stale;
        QSqlQuery months(m_db);
        months.setForwardOnly(true);
        months.prepare(Dialect::portable(months.driver(), QStringLiteral(
            "SELECT r.item, SUM(r.value) FROM insight_metric_month r WHERE r.metric_type_id = (SELECT id FROM insight_metric_type "
            "WHERE key = 'new_star') AND r.month BETWEEN :m1 AND :m2 %1 AND %2 GROUP BY r.item")
                           .arg(m_subject.isEmpty() ? QString() : QStringLiteral("AND r.subject = :subject"),
                                Rollups::freshMonthsSql(QStringLiteral("r"), !m_subject.isEmpty(), *stale))));
        months.bindValue(QStringLiteral(":m1"), split.firstMonth);
        months.bindValue(QStringLiteral(":m2"), split.lastMonth);
        if (!m_subject.isEmpty())
            months.bindValue(QStringLiteral(":subject"), m_subject);
        if (auto st = execPrepared(months); !st)
            return st.error();
        while (months.next()) {
            const QString item = months.value(0).toString();
            const qsizetype at = item.indexOf(Rollups::kPlaceSeparator);
            if (at > 0)
                count(item.left(at), item.mid(at + 1), months.value(1).toInt());
        }
    }
    for (const DateRange &days : std::as_const(split.days)) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT json_extract(m.metadata, '$.location'), json_extract(m.metadata, '$.company') "
                                 "FROM insight_metric m%1 WHERE %2")
                      .arg(parsedOnce(), where())));
        bindRange(q, days);
        if (auto st = execPrepared(q); !st)
            return st.error();
        while (q.next()) {
            count(QStringLiteral("location"), Rollups::place(q.value(0).toString(), false), 1);
            count(QStringLiteral("company"), Rollups::place(q.value(1).toString(), true), 1);
        }
    }
    return std::pair{ranked(locations, limit), ranked(companies, limit)};
}

Result<QList<RankedValue>> StargazerQueries::topLocations(const DateRange &range, int limit)
{
    auto both = topLocationsAndCompanies(range, limit);
    if (!both)
        return both.error();
    return both->first;
}

Result<QList<RankedValue>> StargazerQueries::topCompanies(const DateRange &range, int limit)
{
    auto both = topLocationsAndCompanies(range, limit);
    if (!both)
        return both.error();
    return both->second;
}

Result<QList<AgeBucket>> StargazerQueries::accountAges(const DateRange &range)
{
    QList<AgeBucket> buckets{{tr("< 1 month"), 0, 30, 0},      {tr("1–6 months"), 30, 183, 0},
                             {tr("6–12 months"), 183, 365, 0}, {tr("1–2 years"), 365, 730, 0},
                             {tr("2–5 years"), 730, 1826, 0},  {tr("5–10 years"), 1826, 3652, 0},
                             {tr("10+ years"), 3652, 0, 0},    {tr("unknown"), -1, 0, 0}};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT json_extract(m.metadata, '$.account_age_days') AS age, COUNT(*) "
                             "FROM insight_metric m%1 WHERE %2 GROUP BY age")
                  .arg(parsedOnce(), where())));
    bindRange(q, range);
    if (auto st = execPrepared(q); !st)
        return st.error();
    while (q.next()) {
        const int n = q.value(1).toInt();
        if (q.value(0).isNull()) {
            buckets.last().count += n;
            continue;
        }
        const qint64 days = q.value(0).toLongLong();
        for (AgeBucket &b : buckets)
            if (b.minDays >= 0 && days >= b.minDays && (b.maxDays == 0 || days < b.maxDays)) {
                b.count += n;
                break;
            }
    }
    return buckets;
}

Result<QList<StargazerProfile>> StargazerQueries::newest(const DateRange &range, int limit)
{
    // A day on or before that of the limit-th newest star first, from the index alone (stars an
    // unstar counted out are added to the offset: their partial index counts them), so only the
    // rows from that day on have their metadata read. Each subject's own limit-th newest day is a
    // walk back along the unique key from the range's end; the newest of those days is on or
    // before the one over all subjects (each subject alone has `limit` stars since its own), so
    // no star of the answer is left out. Over every subject at once the stars would be sorted by
    // day first: all 40,000 of a repository's, 18 ms of the Stars page's all time on PostgreSQL.
    QString cutoff = QStringLiteral("0000-01-01");
    {
        const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = 'new_star')");
        auto gone = unstarred(range);
        if (!gone)
            return gone.error();
        const int countedOut = *gone;
        const QString perSubject = QStringLiteral("(SELECT m.date FROM insight_metric m WHERE m.metric_type_id = %1 AND m.subject = %2 "
                                                  "AND m.date BETWEEN :from AND :to AND m.period = 'event' ORDER BY m.date DESC "
                                                  "LIMIT 1 OFFSET :offset)");
        QSqlQuery day(m_db);
        day.setForwardOnly(true);
        day.prepare(m_subject.isEmpty() ? QStringLiteral("SELECT MAX(%1) FROM (%2) AS s").arg(perSubject.arg(type, QStringLiteral("s.v")), subjectsOf(type))
                                        : QStringLiteral("SELECT %1").arg(perSubject.arg(type, QStringLiteral(":subject"))));
        bindRange(day, range);
        day.bindValue(QStringLiteral(":offset"), std::max(0, limit - 1 + countedOut));
        if (auto st = execPrepared(day); !st)
            return st.error();
        if (day.next() && !day.value(0).isNull())
            cutoff = day.value(0).toString();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QLatin1String(kProfileColumns) + QStringLiteral(R"(
        FROM insight_metric m%1 WHERE %2 AND m.date >= :cutoff
        ORDER BY m.date DESC, json_extract(m.metadata, '$.starred_at') DESC LIMIT :limit)")
                  .arg(parsedOnce(), where())));
    bindRange(q, range);
    q.bindValue(QStringLiteral(":cutoff"), cutoff);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QList<StargazerProfile> out;
    while (q.next())
        out.append(profileOf(q));
    return out;
}

StargazerProfile StargazerQueries::profileOf(const QSqlQuery &q) // the columns of kProfileColumns, in order
{
    StargazerProfile p;
    p.login = q.value(0).toString();
    p.name = q.value(1).toString();
    p.location = q.value(2).toString();
    p.company = q.value(3).toString();
    if (!q.value(4).isNull())
        p.followers = q.value(4).toLongLong();
    p.starredAt = parseIsoUtc(q.value(5).toString());
    p.starNumber = q.value(6).toInt();
    return p;
}

Result<std::pair<QList<StargazerProfile>, int>> StargazerQueries::search(const DateRange &range, const QString &text, int limit)
{
    // The text is matched as text: LIKE's own wildcards in it are escaped. SQLite's lower()
    // folds ASCII only; the window's own filter folds the rest among the rows found.
    QString pattern = text.trimmed().toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QLatin1String(kProfileColumns) + QStringLiteral(R"(
        FROM insight_metric m%1 WHERE %2
          AND (lower(coalesce(json_extract(m.metadata, '$.username'), '')) LIKE :p1 ESCAPE '\'
            OR lower(coalesce(json_extract(m.metadata, '$.name'), '')) LIKE :p2 ESCAPE '\'
            OR lower(coalesce(json_extract(m.metadata, '$.location'), '')) LIKE :p3 ESCAPE '\'
            OR lower(coalesce(json_extract(m.metadata, '$.company'), '')) LIKE :p4 ESCAPE '\')
        ORDER BY m.date DESC, json_extract(m.metadata, '$.starred_at') DESC)")
                  .arg(parsedOnce(), where())));
    bindRange(q, range);
    for (const char *name : {":p1", ":p2", ":p3", ":p4"})
        q.bindValue(QLatin1String(name), pattern);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QList<StargazerProfile> found;
    int matches = 0;
    while (q.next()) {
        if (matches++ < limit)
            found.append(profileOf(q));
    }
    return std::pair{found, matches};
}

} // namespace insights
