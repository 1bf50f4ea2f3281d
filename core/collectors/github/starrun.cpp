#include "starrun.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QLocale>

namespace insights {

StarRun::StarRun(CollectContext &context, QString subject, StarLedger ledger)
    : m_context(context), m_subject(std::move(subject)), m_where(QStringLiteral("github_stars ") + m_subject),
      m_ledger(std::move(ledger))
{
}

QJsonValue StarRun::orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue StarRun::orNull(const std::optional<qint64> &count)
{
    return count ? QJsonValue(double(*count)) : QJsonValue(QJsonValue::Null);
}

bool StarRun::add(const Stargazer &star)
{
    const QString key = StarLedger::keyOf(star);
    if (m_ledger.isKnown(star) || m_queued.contains(key))
        return false;
    m_queued.insert(key);
    ++m_added;

    QJsonObject meta;
    meta.insert(QStringLiteral("username"), star.isDeleted() ? QJsonValue(QJsonValue::Null) : QJsonValue(star.login));
    meta.insert(QStringLiteral("name"), orNull(star.name));
    meta.insert(QStringLiteral("location"), orNull(star.location));
    meta.insert(QStringLiteral("company"), orNull(star.company));
    meta.insert(QStringLiteral("bio"), orNull(star.bio));
    meta.insert(QStringLiteral("email"), orNull(star.email));
    meta.insert(QStringLiteral("blog"), orNull(star.blog));
    meta.insert(QStringLiteral("followers"), orNull(star.followers));
    meta.insert(QStringLiteral("following"), orNull(star.following));
    meta.insert(QStringLiteral("public_repos"), orNull(star.publicRepos));
    meta.insert(QStringLiteral("stars_given"), orNull(star.starsGiven));
    const bool knownAge = star.accountCreatedAt.isValid();
    meta.insert(QStringLiteral("account_created_at"),
                knownAge ? QJsonValue(isoUtc(star.accountCreatedAt)) : QJsonValue(QJsonValue::Null));
    // Age when the star was given, so the figure does not drift as the row gets older.
    meta.insert(QStringLiteral("account_age_days"),
                knownAge ? QJsonValue(double(std::max<qint64>(0, star.accountCreatedAt.daysTo(star.starredAt))))
                         : QJsonValue(QJsonValue::Null));
    meta.insert(QStringLiteral("github_pro"), QJsonValue(QJsonValue::Null)); // no API tells (API-NOTES §2)
    meta.insert(QStringLiteral("starred_at"), isoUtc(star.starredAt));
    meta.insert(QStringLiteral("star_number"), QJsonValue(QJsonValue::Null)); // numbered after the write
    if (star.isDeleted())
        meta.insert(QStringLiteral("deleted_account"), true);

    MetricRow row;
    row.metric = QStringLiteral("new_star");
    row.subject = m_subject;
    row.date = star.starredAt.date();
    row.period = Period::Event;
    row.item = star.item();
    row.value = 1;
    row.metadata = meta;
    row.overwrite = false; // a stored star keeps its number and any unstar mark
    m_batch.rows.append(row);
    return true;
}

void StarRun::setState(const char *key, const QString &value)
{
    m_stateSet.insert(QString::fromLatin1(key), value);
    m_batch.state.append({QString::fromLatin1(StarLedger::kSource), m_subject, QString::fromLatin1(key), value});
}

QString StarRun::state(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    if (auto it = m_stateSet.constFind(name); it != m_stateSet.constEnd())
        return *it;
    return m_ledger.state(name);
}

void StarRun::recordTotal(qint64 total)
{
    setState(kTotal, QString::number(total));
    MetricRow row;
    row.metric = QStringLiteral("stars_total");
    row.subject = m_subject;
    row.date = m_context.clock.todayUtc();
    row.period = Period::Snapshot;
    row.value = double(total);
    m_batch.rows.append(row);
}

Status StarRun::checkpoint(bool derive)
{
    m_pagesSinceCheckpoint = 0;
    if (m_batch.isEmpty() || !m_context.checkpoint)
        return Ok{};
    Batch part;
    std::swap(part.rows, m_batch.rows);
    std::swap(part.events, m_batch.events);
    std::swap(part.state, m_batch.state);
    part.deferDerived = !derive;
    const qsizetype rows = part.rows.size();
    if (auto st = m_context.checkpoint(m_subject, std::move(part)); !st)
        return st;
    m_saved += rows;
    return Ok{};
}

Status StarRun::pageDone(qint64 seen, qint64 total, bool checkpoints)
{
    const QLocale locale;
    m_context.report(total > 0 ? tr("%1: %2 of %3 stars").arg(m_where, locale.toString(seen), locale.toString(total))
                               : tr("%1: %2 new stars so far").arg(m_where, locale.toString(m_added)));
    if (checkpoints && ++m_pagesSinceCheckpoint >= kPagesPerCheckpoint)
        return checkpoint(false);
    return Ok{};
}

Error StarRun::stopBackfill(const Error &error)
{
    if (auto st = checkpoint(); !st)
        return st.error();
    if (error.kind == Error::Kind::Cancelled || m_saved == 0)
        return error;
    return makeError(tr("%1 The stars read so far are kept; the next run continues from there.").arg(error.message),
                     error.kind, error.httpStatus);
}

Batch StarRun::finish()
{
    return std::move(m_batch);
}

} // namespace insights
