// `insights export` from a team's PostgreSQL database: the statements of metricexporter.cpp in
// PostgreSQL's words, read through a cursor a few thousand rows at a time (QtSql's driver would
// otherwise hold the whole result in memory). Text sorts bytewise (COLLATE "C"), as SQLite's
// does, whatever the server's locale, so both backends export the same file. Metadata is stored
// as the compact JSON Insights writes; --no-personal parses it here and writes it back the same
// way, which leaves it as SQLite's json_remove() would.
#include "exportrow.h"
#include "metricexporter.h"

#include "storage/compactjson.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlliteral.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace insights {

namespace {

constexpr int kFetchRows = 5000;

QByteArray literal(const QString &text)
{
    QByteArray sql;
    appendSqlText(sql, text.toUtf8());
    return sql;
}

QByteArray text(const QVariant &v)
{
    return v.toString().toUtf8();
}

// Stored metadata is JSON when it parses as an object or array (what Insights writes).
bool isJson(const QByteArray &metadata, QJsonDocument *doc)
{
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(metadata, &error);
    return error.error == QJsonParseError::NoError && !doc->isNull();
}

} // namespace

Status MetricExporter::writePostgres(QSqlDatabase &db, const ExportRequest &request, const RowSink &emitRow)
{
    const QByteArray source = literal(request.source);
    const QByteArray from = literal(request.range.from.isValid() ? request.range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    const QByteArray to = literal(request.range.to.isValid() ? request.range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    const QByteArray subject = literal(request.subject);
    const QByteArray metrics =
        "SELECT s.key, t.key, m.subject, m.item, m.date, m.period, m.value, m.metadata, t.key = 'new_star' "
        "FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
        "JOIN insight_source s ON s.id = t.source_id "
        "WHERE m.metric_type_id IN (SELECT t2.id FROM insight_metric_type t2 JOIN insight_source s2 ON s2.id = t2.source_id "
        "WHERE " + source + " = '' OR s2.key = " + source + ") "
        "AND (" + subject + " = '' OR m.subject = " + subject + ") AND m.date BETWEEN " + from + " AND " + to + " "
        "ORDER BY m.metric_type_id, m.subject COLLATE \"C\", m.date COLLATE \"C\", m.period COLLATE \"C\", m.item COLLATE \"C\"";
    const QByteArray notes =
        "SELECT 'insights', 'note', coalesce(subject, ''), CAST(id AS TEXT), date, 'event', NULL, text, created_at, updated_at "
        "FROM insight_note WHERE (" + source + " = '' OR " + source + " = 'insights') AND date BETWEEN " + from + " AND " + to +
        " AND (" + subject + " = '' OR subject IS NULL OR subject = " + subject + ") ORDER BY date COLLATE \"C\", id";

    // A cursor lives in a transaction; this one only reads.
    ScopedTransaction transaction(db);
    if (auto st = transaction.begin(); !st)
        return st;
    QSqlQuery q(db);
    const auto fail = [&](const QString &what) {
        return makeError(tr("The export could not be read from the team database (%1): %2").arg(what, q.lastError().text()),
                         Error::Kind::Storage);
    };
    for (const auto &[name, sql] : {std::pair{"insights_export_metrics", metrics}, std::pair{"insights_export_notes", notes}}) {
        const bool isNotes = qstrcmp(name, "insights_export_notes") == 0;
        if (!q.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR ").arg(QLatin1String(name)) + QString::fromUtf8(sql)))
            return fail(QStringLiteral("DECLARE"));
        for (;;) {
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("FETCH %1 FROM %2").arg(kFetchRows).arg(QLatin1String(name))))
                return fail(QStringLiteral("FETCH"));
            int fetched = 0;
            while (q.next()) {
                ++fetched;
                ExportRow row;
                for (int c = 0; c < 6; ++c)
                    row.text[c] = text(q.value(c));
                if (!q.isNull(6))
                    row.value = q.value(6).toDouble();
                if (isNotes) {
                    // As SQLite's json_object('text', …, 'created_at', …, 'updated_at', …) spells it.
                    QByteArray json = "{\"text\":";
                    appendJsonString(json, text(q.value(7)));
                    for (const auto &[key, column] : {std::pair{"created_at", 8}, std::pair{"updated_at", 9}}) {
                        json += ",\"" + QByteArray(key) + "\":";
                        if (q.isNull(column))
                            json += "null";
                        else
                            appendJsonString(json, text(q.value(column)));
                    }
                    row.metadata = json + '}';
                    row.metadataIsJson = true;
                } else if (!q.isNull(7)) {
                    QByteArray metadata = text(q.value(7));
                    QJsonDocument doc;
                    row.metadataIsJson = isJson(metadata, &doc);
                    if (row.metadataIsJson && request.noPersonal && q.value(8).toBool() && doc.isObject()) {
                        QJsonObject object = doc.object();
                        for (const QString &key : personalKeys())
                            object.remove(key);
                        metadata = compactJson(object);
                    }
                    row.metadata = metadata;
                }
                if (auto st = emitRow(row); !st)
                    return st;
            }
            if (fetched < kFetchRows)
                break;
        }
        if (!q.exec(QStringLiteral("CLOSE %1").arg(QLatin1String(name))))
            return fail(QStringLiteral("CLOSE"));
    }
    return Ok{}; // nothing was written: the transaction rolls back on its way out
}

} // namespace insights
