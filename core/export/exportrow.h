#pragma once
// One row of `insights export` as both backends read it, and its text: a CSV line, or a JSON
// object after a comma unless it is the first. (SQLite's rows come from its C API, PostgreSQL's
// from a cursor; the text is the same.)
#include <QByteArray>
#include <optional>

namespace insights {

struct ExportRow {
    QByteArray text[6]; // source, metric, subject, item, date, period
    std::optional<double> value;
    std::optional<QByteArray> metadata;
    bool metadataIsJson = false; // stored metadata is JSON; anything else goes out as a string
};

QByteArray exportRowText(const ExportRow &row, bool csv, bool first);

} // namespace insights
