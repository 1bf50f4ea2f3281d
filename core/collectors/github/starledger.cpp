#include "starledger.h"

#include "storage/dialect.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace insights {

namespace {

constexpr const char *kStarsSql = R"(
    SELECT m.date, m.item, CASE WHEN json_extract(m.metadata, '$.unstarred_at') IS NOT NULL THEN 1 ELSE 0 END
    FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id
    WHERE t.key = 'new_star' AND m.subject = ? AND m.period = 'event')";

constexpr const char *kStateSql = R"(
    SELECT c.key, c.value FROM collector_state c JOIN insight_source s ON s.id = c.source_id
    WHERE s.key = 'github_stars' AND c.subject = ?)";

constexpr const char *kMetadataSql = R"(
    SELECT m.metadata FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id
    WHERE t.key = 'new_star' AND m.subject = ? AND m.period = 'event' AND m.date = ? AND m.item = ?)";

} // namespace

Result<StarLedger> StarLedger::load(QSqlDatabase &db, const QString &subject)
{
    StarLedger ledger;
    ledger.m_subject = subject;
    auto stars = prepareSql(db, Dialect::portable(db, QString::fromUtf8(kStarsSql)));
    if (!stars)
        return stars.error();
    stars->setForwardOnly(true);
    stars->addBindValue(subject);
    if (auto st = execPrepared(stars.value()); !st)
        return st.error();
    while (stars->next()) {
        const QString key = stars->value(0).toString() + u'|' + stars->value(1).toString();
        (stars->value(2).toBool() ? ledger.m_unstarred : ledger.m_current).insert(key);
    }
    auto state = prepareSql(db, QString::fromUtf8(kStateSql));
    if (!state)
        return state.error();
    state->addBindValue(subject);
    if (auto st = execPrepared(state.value()); !st)
        return st.error();
    while (state->next())
        ledger.m_state.insert(state->value(0).toString(), state->value(1).toString());
    return ledger;
}

Result<QJsonObject> StarLedger::metadata(QSqlDatabase &db, const QString &key) const
{
    auto q = prepareSql(db, QString::fromUtf8(kMetadataSql));
    if (!q)
        return q.error();
    q->addBindValue(m_subject);
    q->addBindValue(key.section(u'|', 0, 0));
    q->addBindValue(key.section(u'|', 1));
    if (auto st = execPrepared(q.value()); !st)
        return st.error();
    if (!q->next())
        return makeError(QStringLiteral("star %1 of %2 is not stored").arg(key, m_subject), Error::Kind::Storage);
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

} // namespace insights
