#include "querybudget.h"

#include "daywindows.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace insights {

namespace {
const QString kEndpoints = QStringLiteral("endpoints");
const QString kWaiting = QStringLiteral("waiting");
} // namespace

QString QueryBudget::fileIn(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("clickhouse-quota.json"));
}

QDateTime QueryBudget::hourStart(const QDateTime &now)
{
    const qint64 secs = now.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % 3600, Qt::UTC);
}

QueryBudget QueryBudget::open(const QString &file, const QString &endpoint, const QDateTime &now)
{
    QueryBudget budget;
    budget.m_file = file;
    budget.m_endpoint = endpoint;
    budget.m_hour = hourStart(now);
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            budget.m_doc = QJsonDocument::fromJson(f.read(1 << 20)).object(); // unreadable: a fresh start
    }
    const QJsonObject slot = budget.m_doc.value(kEndpoints).toObject().value(endpoint).toObject();
    if (parseIsoUtc(slot.value(QLatin1String("hour")).toString()) == budget.m_hour)
        budget.m_used = std::max(0, slot.value(QLatin1String("used")).toInt());
    const QDateTime blocked = parseIsoUtc(slot.value(QLatin1String("blocked_until")).toString());
    if (blocked.isValid() && blocked > now)
        budget.m_blockedUntil = blocked;
    return budget;
}

void QueryBudget::save()
{
    QJsonObject endpoints = m_doc.value(kEndpoints).toObject();
    QJsonObject slot{{QStringLiteral("hour"), isoUtc(m_hour)}, {QStringLiteral("used"), m_used}};
    if (m_blockedUntil.isValid())
        slot.insert(QStringLiteral("blocked_until"), isoUtc(m_blockedUntil));
    endpoints.insert(m_endpoint, slot);
    m_doc.insert(kEndpoints, endpoints);
    if (m_file.isEmpty())
        return;
    // Best effort: a budget that cannot be kept only plans less well (the server still judges).
    QSaveFile f(m_file);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(m_doc).toJson(QJsonDocument::Indented));
        f.commit();
    }
}

void QueryBudget::roll(const QDateTime &now)
{
    const QDateTime hour = hourStart(now);
    if (hour != m_hour) {
        m_hour = hour;
        m_used = 0;
    }
}

int QueryBudget::remaining(const QDateTime &now)
{
    roll(now);
    if (m_blockedUntil.isValid() && m_blockedUntil > now)
        return 0;
    return std::max(0, kPerHour - m_used);
}

bool QueryBudget::take(const QDateTime &now, int n)
{
    if (remaining(now) < n)
        return false;
    record(now, n);
    return true;
}

void QueryBudget::record(const QDateTime &now, int n)
{
    roll(now);
    m_used += n;
    save();
}

void QueryBudget::exhausted(const QDateTime &now, const QDateTime &until)
{
    roll(now);
    m_blockedUntil = until.isValid() && until > now ? until : nextHour(now);
    save();
}

QDateTime QueryBudget::availableAt(const QDateTime &now, int n)
{
    if (remaining(now) >= n)
        return now;
    if (m_blockedUntil.isValid() && m_blockedUntil > now)
        return m_blockedUntil;
    return nextHour(now);
}

void QueryBudget::setWaiting(const QString &source, const QString &subject, const QDateTime &until, const QList<QDate> &days)
{
    QJsonObject waiting = m_doc.value(kWaiting).toObject();
    QJsonObject bySource = waiting.value(source).toObject();
    bySource.insert(subject, QJsonObject{{QStringLiteral("until"), isoUtc(until)}, {QStringLiteral("days"), daywindows::encode(days)}});
    waiting.insert(source, bySource);
    m_doc.insert(kWaiting, waiting);
    save();
}

void QueryBudget::clearWaiting(const QString &source, const QString &subject)
{
    QJsonObject waiting = m_doc.value(kWaiting).toObject();
    QJsonObject bySource = waiting.value(source).toObject();
    if (!bySource.contains(subject))
        return;
    bySource.remove(subject);
    waiting.insert(source, bySource);
    m_doc.insert(kWaiting, waiting);
    save();
}

QList<QDate> QueryBudget::waitingDays(const QString &source, const QString &subject) const
{
    return daywindows::decode(
        m_doc.value(kWaiting).toObject().value(source).toObject().value(subject).toObject().value(QLatin1String("days")).toString());
}

QString quotaWaitWarning(QSqlDatabase &db, const QString &budgetFile, const QString &source, const QStringList &subjects,
                         const QDateTime &now)
{
    QSet<QString> waiting;
    QDateTime until;
    QJsonObject doc;
    if (!budgetFile.isEmpty()) {
        QFile f(budgetFile);
        if (f.open(QIODevice::ReadOnly))
            doc = QJsonDocument::fromJson(f.read(1 << 20)).object();
    }
    const QJsonObject bySource = doc.value(kWaiting).toObject().value(source).toObject();
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        if (!subjects.contains(it.key()))
            continue; // no longer tracked
        waiting.insert(it.key());
        const QDateTime at = parseIsoUtc(it.value().toObject().value(QLatin1String("until")).toString());
        if (at.isValid() && at > now && (!until.isValid() || at > until))
            until = at;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.subject FROM collector_state c JOIN insight_source s ON s.id = c.source_id "
                             "WHERE s.key = ? AND c.key = ? AND c.value <> ''"));
    q.addBindValue(source);
    q.addBindValue(quotastate::kPending);
    if (execPrepared(q).ok())
        while (q.next())
            if (subjects.contains(q.value(0).toString()))
                waiting.insert(q.value(0).toString());
    if (waiting.isEmpty())
        return {};
    const int total = int(subjects.size());
    const int n = int(waiting.size());
    const bool packages = source == QLatin1String("pypi");
    if (until.isValid())
        return (packages ? QueryBudget::tr("%1 of %2 packages wait for the ClickHouse quota until %3; the next run continues them.")
                         : QueryBudget::tr("%1 of %2 repositories wait for the ClickHouse quota until %3; the next run continues "
                                           "them."))
            .arg(n)
            .arg(total)
            .arg(utcMinuteText(until));
    return (packages ? QueryBudget::tr("%1 of %2 packages still have days to read from ClickHouse; the next run continues them.")
                     : QueryBudget::tr("%1 of %2 repositories still have days to read from ClickHouse; the next run continues "
                                       "them."))
        .arg(n)
        .arg(total);
}

} // namespace insights
