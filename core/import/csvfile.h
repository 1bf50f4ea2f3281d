#pragma once
// A small CSV file read whole, with the line number of every row, so that an import can say
// exactly where a file is wrong. Fields follow RFC 4180 as pandas and Python's csv module write
// them: comma-separated, a field in double quotes may hold commas and "" for a quote. A field
// spanning lines is refused (none of the files Insights imports writes one).
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace insights {

struct CsvRow {
    int line = 0; // 1-based, as an editor shows it
    QStringList fields;
};

struct CsvFile {
    QString path;
    QStringList header;
    int headerLine = 1;
    QList<CsvRow> rows;

    // "views_clones_aggregate.csv, line 7: <reason>", as every import error reads.
    Error lineError(int line, const QString &reason) const;
    Error fileError(const QString &reason) const;
};

class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Reads `path`: its first line is the header; empty lines are left out. A file that cannot
    // be read, has no header or a broken quote fails with Error::Kind::Parse.
    static Result<CsvFile> read(const QString &path);
    // Only the header, to recognise a file (a file that cannot be read has none).
    static QStringList header(const QString &path);
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // a decade of daily rows is ~200 kB
};

} // namespace insights
