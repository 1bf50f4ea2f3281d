#pragma once
// What an import read from a user's old files, checked and in Insights' terms, before anything
// touches the database: per metric the figure of each day, the star and fork counts at the end
// of each day, and the referrer and path snapshots by day. Built by HistoryFiles, written by
// HistoryImport.
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace insights {

enum class ImportFormat { Auto, RepoStats, LambdaCsv };

struct ImportedFigures {
    QString file;             // the file the figures came from (its name, for the metadata)
    QMap<QDate, double> days; // one figure per UTC day
};

struct ImportedPopular {
    QString key; // referrer or path
    double count = 0;
    std::optional<double> uniques; // the seed's top_paths.csv has views only
};

struct ImportedSnapshots {
    QMap<QDate, QList<ImportedPopular>> days;
    QMap<QDate, QString> files; // which file each day came from
};

struct ImportedHistory {
    ImportFormat format = ImportFormat::RepoStats;
    QString tool; // "github-repo-stats" or "lambda-csv": metadata's imported_from
    // Daily traffic by metric key: views, unique_visitors, clones, unique_cloners.
    QMap<QString, ImportedFigures> daily;
    // Counts at the end of each day (the last one a file gives for that day).
    ImportedFigures stars, forks;
    // github-repo-stats counts every star from the first (its stargazers.csv is built from the
    // whole stargazer list), so its first day's count is that day's new stars; the seed's
    // counter starts wherever the Lambda function first ran, so its first day is a starting
    // point only.
    bool starsFromZero = false;
    ImportedSnapshots referrers, paths;
    QStringList files;   // every file read, for the summary
    QStringList ignored; // files in the folder that hold nothing Insights imports
    QString subjectHint; // owner/repo from the folder layout (github-repo-stats), else empty

    bool isEmpty() const
    {
        return daily.isEmpty() && stars.days.isEmpty() && forks.days.isEmpty() && referrers.days.isEmpty()
               && paths.days.isEmpty();
    }
};

} // namespace insights
