#include "runlog.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace insights {

Status RunLog::record(const RunRecord &run)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO insight_run(source_id, subject, started_at, finished_at, status, rows_written, message, holder) "
        "SELECT id, ?, ?, ?, ?, CAST(? AS INTEGER), ?, ? FROM insight_source WHERE key = ?"));
    q.addBindValue(sqlText(run.subject));
    q.addBindValue(isoUtc(run.startedAt));
    q.addBindValue(isoUtc(run.finishedAt));
    q.addBindValue(run.status);
    q.addBindValue(run.rowsWritten);
    q.addBindValue(sqlText(run.message));
    q.addBindValue(sqlText(run.holder));
    q.addBindValue(run.source);
    return execPrepared(q);
}

Result<std::optional<QDateTime>> RunLog::lastSuccess(const QString &source, const QString &subject)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(r.finished_at) FROM insight_run r JOIN insight_source s ON s.id = r.source_id "
                             "WHERE s.key = ? AND r.subject = ? AND r.status = 'ok'"));
    q.addBindValue(source);
    q.addBindValue(sqlText(subject));
    if (auto st = execPrepared(q); !st)
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(parseIsoUtc(q.value(0).toString()));
}

Result<std::optional<RunRecord>> RunLog::lastSuccessOf(const QString &source)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.subject, r.finished_at, r.holder FROM insight_run r JOIN insight_source s ON s.id = "
                             "r.source_id WHERE s.key = ? AND r.status = 'ok' ORDER BY r.finished_at DESC, r.id DESC LIMIT 1"));
    q.addBindValue(source);
    if (auto st = execPrepared(q); !st)
        return st.error();
    if (!q.next())
        return std::optional<RunRecord>();
    RunRecord r;
    r.source = source;
    r.subject = q.value(0).toString();
    r.finishedAt = parseIsoUtc(q.value(1).toString());
    r.status = QStringLiteral("ok");
    r.holder = q.value(2).toString();
    return std::optional<RunRecord>(r);
}

Result<std::optional<RunRecord>> RunLog::lastFailure(const QString &source)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.subject, r.started_at, r.finished_at, r.status, r.message FROM insight_run r "
        "JOIN insight_source s ON s.id = r.source_id WHERE s.key = ? ORDER BY r.id DESC LIMIT 1"));
    q.addBindValue(source);
    if (auto st = execPrepared(q); !st)
        return st.error();
    if (!q.next() || q.value(3).toString() != QLatin1String("failed"))
        return std::optional<RunRecord>();
    RunRecord r;
    r.source = source;
    r.subject = q.value(0).toString();
    r.startedAt = parseIsoUtc(q.value(1).toString());
    r.finishedAt = parseIsoUtc(q.value(2).toString());
    r.status = q.value(3).toString();
    r.message = q.value(4).toString();
    return std::optional<RunRecord>(r);
}

} // namespace insights
