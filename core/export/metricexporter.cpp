#include "metricexporter.h"

#include "storage/compactjson.h"
#include "storage/sqlitestatement.h"

#include <QIODevice>
#include <QSqlQuery>

namespace insights {

namespace {

QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out;
    appendJsonString(out, utf8);
    return out;
}

constexpr const char *kSql = R"(
    SELECT s.key, t.key, m.subject, m.item, m.date, m.period, m.value,
           CASE WHEN ?4 = 1 AND t.key = 'new_star' AND json_valid(m.metadata)
                THEN json_remove(m.metadata, '$.name', '$.email', '$.bio', '$.blog', '$.location', '$.company')
                ELSE m.metadata END,
           json_valid(m.metadata)
    FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id
    JOIN insight_source s ON s.id = t.source_id
    WHERE m.metric_type_id IN (SELECT t2.id FROM insight_metric_type t2 JOIN insight_source s2 ON s2.id = t2.source_id
                               WHERE ?1 = '' OR s2.key = ?1)
      AND m.date BETWEEN ?2 AND ?3
    ORDER BY m.metric_type_id, m.subject, m.date, m.period, m.item)";

} // namespace

QStringList MetricExporter::personalKeys()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("bio"), QStringLiteral("blog"),
            QStringLiteral("location"), QStringLiteral("company")};
}

QByteArray MetricExporter::csvField(const QByteArray &utf8)
{
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

Result<qint64> MetricExporter::write(QSqlDatabase &db, const ExportRequest &request, QIODevice &out)
{
    if (!request.source.isEmpty()) {
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT 1 FROM insight_source WHERE key = ?"));
        known.addBindValue(request.source);
        if (!known.exec() || !known.next())
            return makeError(tr("Unknown source \"%1\".").arg(request.source), Error::Kind::Config);
    }
    auto statement = SqliteStatement::prepare(db, kSql);
    if (!statement)
        return statement.error();
    SqliteStatement &rows = statement.value();
    const QByteArray source = request.source.toUtf8();
    const QByteArray from = request.range.from.isValid() ? request.range.from.toString(Qt::ISODate).toUtf8() : QByteArray("0000-01-01");
    const QByteArray to = request.range.to.isValid() ? request.range.to.toString(Qt::ISODate).toUtf8() : QByteArray("9999-12-31");
    rows.bindText(1, source);
    rows.bindText(2, from);
    rows.bindText(3, to);
    rows.bindInt(4, request.noPersonal ? 1 : 0);

    const bool csv = request.format == ExportRequest::Format::Csv;
    const auto put = [&](const QByteArray &bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return makeError(tr("Cannot write the export: %1").arg(out.errorString()), Error::Kind::Storage);
        return Ok{};
    };
    if (auto st = put(csv ? QByteArray("source,metric,subject,item,date,period,value,metadata\r\n") : QByteArray("[")); !st)
        return st.error();
    qint64 count = 0;
    QByteArray line;
    while (true) {
        auto more = rows.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        line.clear();
        const QByteArray value = rows.isNull(6) ? QByteArray() : numberText(rows.columnDouble(6));
        const QByteArray metadata = rows.columnText(7);
        if (csv) {
            for (int c = 0; c < 6; ++c)
                line += csvField(rows.columnText(c)) + ',';
            line += value + ',' + csvField(metadata) + "\r\n";
        } else {
            static const char *const names[] = {"source", "metric", "subject", "item", "date", "period"};
            line += count ? ",\n{" : "\n{";
            for (int c = 0; c < 6; ++c)
                line += '"' + QByteArray(names[c]) + "\":" + jsonString(rows.columnText(c)) + ',';
            line += "\"value\":" + (value.isEmpty() ? QByteArray("null") : value) + ",\"metadata\":";
            // Stored metadata is JSON; anything else (a damaged row) goes out as a string.
            line += rows.isNull(7) ? QByteArray("null") : rows.columnInt(8) == 1 ? metadata : jsonString(metadata);
            line += '}';
        }
        if (auto st = put(line); !st)
            return st.error();
        ++count;
    }
    if (!csv)
        if (auto st = put(count ? "\n]\n" : "]\n"); !st)
            return st.error();
    return count;
}

} // namespace insights
