#pragma once
// `insights export`: every stored metric row with its source, metric key, subject, item, date,
// period, value and metadata, as CSV (RFC 4180: a field with a comma, quote or line break is
// quoted, quotes doubled; metadata as its JSON text) or as a JSON array of objects (metadata as
// an object). Rows stream from the database to the device in the unique key's order (SQLite one
// at a time, PostgreSQL through a cursor), so memory stays flat whatever the database's size.
//
// The user's notes (core/notes) follow the metric rows in the same columns, so that one reader
// takes both: source "insights", metric "note", subject the note's ('' for the whole project),
// item the note's id, date its date, period "event", value empty (CSV) / null (JSON), metadata
// {"text", "created_at", "updated_at"}; by date, then id. The range filters them like every row;
// --source insights exports the notes alone, any other source none of them.
#include "queries/daterange.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace insights {

struct ExportRow;

struct ExportRequest {
    enum class Format { Csv, Json };
    Format format = Format::Csv;
    DateRange range;   // unbounded ends: from the first / to the last day
    QString source;    // empty: every source; notesSource(): the notes alone
    QString subject;   // empty: every subject; else its rows, and its notes with the whole project's
    // Stargazers' profiles (new_star metadata) without what identifies a person beyond the public
    // login: name, e-mail, bio, blog, location, company are left out.
    bool noPersonal = false;
};

class MetricExporter final {
    Q_DECLARE_TR_FUNCTIONS(MetricExporter)
public:
    // The keys --no-personal leaves out of stargazer profiles.
    static QStringList personalKeys();
    // The source column of the notes' rows; not a collector in insight_source.
    static QString notesSource();
    // Returns the number of rows written.
    static Result<qint64> write(QSqlDatabase &db, const ExportRequest &request, QIODevice &out);
    // A CSV field, quoted when it must be.
    static QByteArray csvField(const QByteArray &utf8);

private:
    using RowSink = std::function<Status(const ExportRow &)>;
    // SQLite's rows through its C API; PostgreSQL's through a cursor, a few thousand at a time
    // (metricexporterpostgres.cpp). Both in the same order.
    static Status writeSqlite(QSqlDatabase &db, const ExportRequest &request, const RowSink &emitRow);
    static Status writePostgres(QSqlDatabase &db, const ExportRequest &request, const RowSink &emitRow);
};

} // namespace insights
