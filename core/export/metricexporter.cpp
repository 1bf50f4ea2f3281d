#include "metricexporter.h"

#include "exportrow.h"
#include "storage/compactjson.h"
#include "storage/dialect.h"
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
      AND (?5 = '' OR m.subject = ?5)
      AND m.date BETWEEN ?2 AND ?3
    ORDER BY m.metric_type_id, m.subject, m.date, m.period, m.item)";

// The user's notes in the same columns: source "insights", metric "note", the note's subject (''
// for the whole project), its id as item, period "event", no value, and its words and times as
// metadata. ?1, ?2, ?3 as above; ?4 a subject: its notes and the whole project's.
constexpr const char *kNotesSql = R"(
    SELECT 'insights', 'note', coalesce(subject, ''), CAST(id AS TEXT), date, 'event', NULL,
           json_object('text', text, 'created_at', created_at, 'updated_at', updated_at), 1
    FROM insight_note
    WHERE (?1 = '' OR ?1 = 'insights') AND date BETWEEN ?2 AND ?3 AND (?4 = '' OR subject IS NULL OR subject = ?4)
    ORDER BY date, id)";

ExportRow rowOf(const SqliteStatement &rows)
{
    ExportRow row;
    for (int c = 0; c < 6; ++c)
        row.text[c] = rows.columnText(c);
    if (!rows.isNull(6))
        row.value = rows.columnDouble(6);
    if (!rows.isNull(7))
        row.metadata = rows.columnText(7);
    row.metadataIsJson = rows.columnInt(8) == 1;
    return row;
}

} // namespace

QByteArray exportRowText(const ExportRow &row, bool csv, bool first)
{
    QByteArray line;
    const QByteArray value = row.value ? numberText(*row.value) : QByteArray();
    const QByteArray metadata = row.metadata.value_or(QByteArray());
    if (csv) {
        for (int c = 0; c < 6; ++c)
            line += MetricExporter::csvField(row.text[c]) + ',';
        line += value + ',' + MetricExporter::csvField(metadata) + "\r\n";
        return line;
    }
    static const char *const names[] = {"source", "metric", "subject", "item", "date", "period"};
    line += first ? "\n{" : ",\n{";
    for (int c = 0; c < 6; ++c)
        line += '"' + QByteArray(names[c]) + "\":" + jsonString(row.text[c]) + ',';
    line += "\"value\":" + (value.isEmpty() ? QByteArray("null") : value) + ",\"metadata\":";
    line += !row.metadata ? QByteArray("null") : row.metadataIsJson ? metadata : jsonString(metadata);
    line += '}';
    return line;
}

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

QString MetricExporter::notesSource()
{
    return QStringLiteral("insights");
}

Result<qint64> MetricExporter::write(QSqlDatabase &db, const ExportRequest &request, QIODevice &out)
{
    if (!request.source.isEmpty() && request.source != notesSource()) {
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT 1 FROM insight_source WHERE key = ?"));
        known.addBindValue(request.source);
        if (!known.exec() || !known.next())
            return makeError(tr("Unknown source \"%1\".").arg(request.source), Error::Kind::Config);
    }
    const bool csv = request.format == ExportRequest::Format::Csv;
    const auto put = [&](const QByteArray &bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return makeError(tr("Cannot write the export: %1").arg(out.errorString()), Error::Kind::Storage);
        return Ok{};
    };
    if (auto st = put(csv ? QByteArray("source,metric,subject,item,date,period,value,metadata\r\n") : QByteArray("[")); !st)
        return st.error();
    qint64 count = 0;
    const auto emitRow = [&](const ExportRow &row) -> Status {
        if (auto st = put(exportRowText(row, csv, count == 0)); !st)
            return st;
        ++count;
        return Ok{};
    };
    if (auto st = Dialect::isPostgres(db) ? writePostgres(db, request, emitRow) : writeSqlite(db, request, emitRow); !st)
        return st.error();
    if (!csv)
        if (auto st = put(count ? "\n]\n" : "]\n"); !st)
            return st.error();
    return count;
}

Status MetricExporter::writeSqlite(QSqlDatabase &db, const ExportRequest &request, const RowSink &emitRow)
{
    auto metrics = SqliteStatement::prepare(db, kSql);
    if (!metrics)
        return metrics.error();
    auto notes = SqliteStatement::prepare(db, kNotesSql);
    if (!notes)
        return notes.error();
    const QByteArray source = request.source.toUtf8();
    const QByteArray from = request.range.from.isValid() ? request.range.from.toString(Qt::ISODate).toUtf8() : QByteArray("0000-01-01");
    const QByteArray to = request.range.to.isValid() ? request.range.to.toString(Qt::ISODate).toUtf8() : QByteArray("9999-12-31");
    SqliteStatement *const statements[] = {&metrics.value(), &notes.value()};
    for (SqliteStatement *rows : statements) {
        rows->bindText(1, source);
        rows->bindText(2, from);
        rows->bindText(3, to);
    }
    metrics->bindInt(4, request.noPersonal ? 1 : 0);
    const QByteArray subject = request.subject.toUtf8();
    metrics->bindText(5, subject);
    notes->bindText(4, subject);

    // The metric rows, then the notes: both in the same columns, each statement to its end.
    for (SqliteStatement *rows : statements) {
        while (true) {
            auto more = rows->next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (auto st = emitRow(rowOf(*rows)); !st)
                return st;
        }
    }
    return Ok{};
}

} // namespace insights
