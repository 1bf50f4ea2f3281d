// What the two tools write, as read from their sources:
//
// github-repo-stats (github.com/jgehrcke/github-repo-stats, entrypoint.sh, fetch.py, analyze.py)
// keeps its data in the data branch under `OWNER/REPO/ghrs-data/` — the folder above ghrs-data
// is named after the repository, so that one branch can hold several — with:
// - `views_clones_aggregate.csv`: `time_iso8601,clones_total,clones_unique,views_total,
//   views_unique`, one row per day at 00:00:00+00:00 (pandas' `2020-12-01 00:00:00+00:00`), the
//   largest figure any of its 14-day snapshots saw for that day;
// - `stargazers.csv` and `forks.csv`: `time_iso8601,stars_cumulative` / `forks_cumulative`,
//   the running count built from the whole stargazer and fork lists, resampled to one row per
//   day that changed (values may be written as `7.0`); its tests name the raw per-star file
//   `stars.csv`, with one row per star;
// - `snapshots/YYYY-MM-DD_HHMMSS_top_referrers_snapshot.csv` (`referrer,views_total,
//   views_unique`) and `..._top_paths_snapshot.csv` (`url_path,views_total,views_unique`): the
//   14-day top 10 at that moment (UTC). The snapshot names carry the time, not the repository.
//   Older files may say `referrers`, `path`, `count_total`, `count_unique` (analyze.py renames
//   those on reading, so Insights accepts them too).
// `stargazer-snapshots.csv` (counts beyond GitHub's 40,000-star list limit) and any
// `*_views_clones_series_fragment.csv` left before aggregation are not imported.
//
// The seed article's Lambda function (/work/shared/seeds) writes `views_clones_stars.csv`
// (`timestamp,clones,views,stars,forks`, timestamp `%Y-%m-%d %H:%M:%S` in UTC as GitHub gives
// it, rows in DynamoDB's scan order, the repository's star and fork counters as they were when
// the row was first stored) and `top_paths.csv` (`path,views`, the top paths at export time,
// undated).
#include "historyfiles.h"

#include "csvfile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace insights {

namespace {

const QString kRepoStats = QStringLiteral("github-repo-stats");
const QString kLambda = QStringLiteral("lambda-csv");
const QString kDataFolder = QStringLiteral("ghrs-data");
const QString kReferrersSuffix = QStringLiteral("_top_referrers_snapshot.csv");
const QString kPathsSuffix = QStringLiteral("_top_paths_snapshot.csv");

enum class Kind { Unknown, Aggregate, Stars, Forks, Referrers, Paths, LambdaTraffic, LambdaPaths };

ImportFormat formatOf(Kind kind)
{
    return kind == Kind::LambdaTraffic || kind == Kind::LambdaPaths ? ImportFormat::LambdaCsv : ImportFormat::RepoStats;
}

Kind kindByName(const QString &fileName)
{
    const QString name = fileName.toLower();
    if (name == QLatin1String("views_clones_aggregate.csv"))
        return Kind::Aggregate;
    if (name == QLatin1String("stargazers.csv") || name == QLatin1String("stars.csv"))
        return Kind::Stars;
    if (name == QLatin1String("forks.csv"))
        return Kind::Forks;
    if (name.endsWith(kReferrersSuffix))
        return Kind::Referrers;
    if (name.endsWith(kPathsSuffix))
        return Kind::Paths;
    if (name == QLatin1String("views_clones_stars.csv"))
        return Kind::LambdaTraffic;
    if (name == QLatin1String("top_paths.csv"))
        return Kind::LambdaPaths;
    return Kind::Unknown;
}

// A file renamed by its owner is still known by its header (the snapshots need their name: it
// holds their date).
Kind kindByHeader(const QStringList &header)
{
    const QString text = header.join(QLatin1Char(','));
    if (text == QLatin1String("time_iso8601,clones_total,clones_unique,views_total,views_unique"))
        return Kind::Aggregate;
    if (text == QLatin1String("time_iso8601,stars_cumulative"))
        return Kind::Stars;
    if (text == QLatin1String("time_iso8601,forks_cumulative"))
        return Kind::Forks;
    if (text == QLatin1String("timestamp,clones,views,stars,forks"))
        return Kind::LambdaTraffic;
    if (text == QLatin1String("path,views"))
        return Kind::LambdaPaths;
    return Kind::Unknown;
}

// A header as the tool writes it; `accepted` lists each column's spellings, first the one shown.
Status checkHeader(const CsvFile &csv, const QList<QStringList> &accepted)
{
    bool ok = csv.header.size() == accepted.size();
    for (qsizetype i = 0; ok && i < accepted.size(); ++i)
        ok = accepted.at(i).contains(csv.header.at(i));
    if (ok)
        return Ok{};
    QStringList expected;
    for (const QStringList &names : accepted)
        expected.append(names.first());
    return csv.lineError(csv.headerLine, HistoryFiles::tr("the header is \"%1\"; this file must begin with \"%2\".")
                                             .arg(csv.header.join(QLatin1Char(',')), expected.join(QLatin1Char(','))));
}

Status checkFieldCount(const CsvFile &csv, const CsvRow &row)
{
    if (row.fields.size() == csv.header.size())
        return Ok{};
    return csv.lineError(row.line, HistoryFiles::tr("%n field(s), but the header has %1.", nullptr, int(row.fields.size()))
                                       .arg(csv.header.size()));
}

// A count as the tools write it: a whole number, pandas may add ".0".
Result<double> count(const CsvFile &csv, const CsvRow &row, int column)
{
    const QString text = row.fields.at(column).trimmed();
    static const QRegularExpression whole(QStringLiteral("^[0-9]{1,15}(\\.0*)?$"));
    if (!whole.match(text).hasMatch())
        return csv.lineError(row.line, HistoryFiles::tr("%1 is \"%2\", not a whole number of 0 or more.")
                                           .arg(csv.header.at(column), text));
    return text.toDouble();
}

// A timestamp in UTC: `2020-12-01 00:00:00+00:00` (pandas), `2024-01-31 00:00:00` (the seed:
// UTC), with "T", "Z" or fractions of a second too. Its UTC day must not be after `today`.
Result<QDateTime> moment(const CsvFile &csv, const CsvRow &row, int column, const QDate &today)
{
    const QString text = row.fields.at(column).trimmed();
    static const QRegularExpression stamp(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = stamp.match(text);
    QDateTime when;
    if (m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
        QString zone = m.captured(4);
        int offset = 0;
        if (!zone.isEmpty() && zone != QLatin1String("Z")) {
            zone.remove(QLatin1Char(':'));
            const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
            offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
        }
        if (date.isValid() && time.isValid() && qAbs(offset) <= 14 * 3600)
            when = QDateTime(date, time, QTimeZone(offset));
    }
    if (!when.isValid())
        return csv.lineError(row.line, HistoryFiles::tr("%1 is \"%2\", not a time like 2024-01-31 00:00:00+00:00.")
                                           .arg(csv.header.at(column), text));
    const QDate utcDay = when.toUTC().date();
    if (utcDay > today)
        return csv.lineError(row.line, HistoryFiles::tr("%1 is in the future (today is %2 UTC).")
                                           .arg(utcDay.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return when.toUTC();
}

Result<QDate> day(const CsvFile &csv, const CsvRow &row, int column, const QDate &today)
{
    auto when = moment(csv, row, column, today);
    if (!when)
        return when.error();
    return when->date();
}

// Days must not repeat in a file of one row per day: two figures for one day cannot both be
// right, and silently taking one would hide a broken export.
Status noRepeat(const CsvFile &csv, const CsvRow &row, const QDate &date, QHash<QDate, int> &seen)
{
    if (const auto it = seen.constFind(date); it != seen.constEnd())
        return csv.lineError(row.line, HistoryFiles::tr("a second row for %1 (the first is on line %2).")
                                           .arg(date.toString(Qt::ISODate))
                                           .arg(*it));
    seen.insert(date, row.line);
    return Ok{};
}

// A row of a file with one row per day: all its fields, a day in its first column, and the only
// row of that day.
Result<QDate> dailyRow(const CsvFile &csv, const CsvRow &row, const QDate &today, QHash<QDate, int> &seen)
{
    if (auto st = checkFieldCount(csv, row); !st)
        return st.error();
    auto date = day(csv, row, 0, today);
    if (!date)
        return date.error();
    if (auto st = noRepeat(csv, row, *date, seen); !st)
        return st.error();
    return date;
}

class Reader {
public:
    Reader(ImportedHistory &history, const QDate &today) : m_history(history), m_today(today) {}

    Status read(const QString &path, Kind kind)
    {
        auto csv = CsvReader::read(path);
        if (!csv)
            return csv.error();
        m_history.files.append(QDir::toNativeSeparators(path));
        switch (kind) {
        case Kind::Aggregate: return aggregate(*csv);
        case Kind::Stars: return counts(*csv, QStringLiteral("stars_cumulative"), m_history.stars);
        case Kind::Forks: return counts(*csv, QStringLiteral("forks_cumulative"), m_history.forks);
        case Kind::Referrers: return snapshot(*csv, kReferrersSuffix, {QStringLiteral("referrer"), QStringLiteral("referrers")}, m_history.referrers);
        case Kind::Paths: return snapshot(*csv, kPathsSuffix, {QStringLiteral("url_path"), QStringLiteral("path")}, m_history.paths);
        case Kind::LambdaTraffic: return lambdaTraffic(*csv);
        case Kind::LambdaPaths: m_lambdaPaths = *csv; return Ok{};
        case Kind::Unknown: break;
        }
        return Ok{};
    }

    // The seed's top paths carry no date: they are the snapshot of the export that wrote the
    // newest traffic row (the Lambda function writes both files in the same run).
    Status finish()
    {
        if (!m_lambdaPaths)
            return Ok{};
        const CsvFile &csv = *m_lambdaPaths;
        if (auto st = checkHeader(csv, {{QStringLiteral("path")}, {QStringLiteral("views")}}); !st)
            return st;
        if (m_newestLambdaDay.isNull())
            return csv.fileError(HistoryFiles::tr("says no date: import it together with views_clones_stars.csv from the "
                                                  "same export, whose newest day is the day of these top paths."));
        QList<ImportedPopular> entries;
        QHash<QString, int> seen;
        for (const CsvRow &row : csv.rows) {
            if (auto st = checkFieldCount(csv, row); !st)
                return st;
            const QString key = row.fields.at(0).trimmed();
            if (key.isEmpty())
                return csv.lineError(row.line, HistoryFiles::tr("path is empty."));
            if (seen.contains(key))
                return csv.lineError(row.line, HistoryFiles::tr("a second row for %1 (the first is on line %2).").arg(key).arg(seen.value(key)));
            seen.insert(key, row.line);
            auto views = count(csv, row, 1);
            if (!views)
                return views.error();
            entries.append({key, *views, std::nullopt});
        }
        m_history.paths.days.insert(m_newestLambdaDay, entries);
        m_history.paths.files.insert(m_newestLambdaDay, QFileInfo(csv.path).fileName());
        return Ok{};
    }

private:
    Status aggregate(const CsvFile &csv)
    {
        if (auto st = checkHeader(csv, {{QStringLiteral("time_iso8601")}, {QStringLiteral("clones_total")},
                                        {QStringLiteral("clones_unique")}, {QStringLiteral("views_total")},
                                        {QStringLiteral("views_unique")}});
            !st)
            return st;
        const QString file = QFileInfo(csv.path).fileName();
        const char *metrics[] = {"clones", "unique_cloners", "views", "unique_visitors"};
        QHash<QDate, int> seen;
        for (const CsvRow &row : csv.rows) {
            auto date = dailyRow(csv, row, m_today, seen);
            if (!date)
                return date.error();
            for (int i = 0; i < 4; ++i) {
                auto value = count(csv, row, i + 1);
                if (!value)
                    return value.error();
                ImportedFigures &figures = m_history.daily[QString::fromLatin1(metrics[i])];
                figures.file = file;
                figures.days.insert(*date, *value);
            }
        }
        return Ok{};
    }

    // A running count: per day the one of the latest time that day.
    Status counts(const CsvFile &csv, const QString &column, ImportedFigures &into)
    {
        if (auto st = checkHeader(csv, {{QStringLiteral("time_iso8601")}, {column}}); !st)
            return st;
        into.file = QFileInfo(csv.path).fileName();
        QHash<QDate, QDateTime> latest;
        for (const CsvRow &row : csv.rows) {
            if (auto st = checkFieldCount(csv, row); !st)
                return st;
            auto when = moment(csv, row, 0, m_today);
            auto value = when ? count(csv, row, 1) : Result<double>(when.error());
            if (!value)
                return value.error();
            const QDate date = when->date();
            if (const auto it = latest.constFind(date); it != latest.constEnd() && *it > *when)
                continue;
            latest.insert(date, *when);
            into.days.insert(date, *value);
        }
        if (&into == &m_history.stars)
            m_history.starsFromZero = true;
        return Ok{};
    }

    Status snapshot(const CsvFile &csv, const QString &suffix, const QStringList &keyNames, ImportedSnapshots &into)
    {
        if (auto st = checkHeader(csv, {keyNames, {QStringLiteral("views_total"), QStringLiteral("count_total")},
                                        {QStringLiteral("views_unique"), QStringLiteral("count_unique")}});
            !st)
            return st;
        const QString file = QFileInfo(csv.path).fileName();
        // Date and time apart: read as one local time, a name in a daylight-saving gap would be
        // refused although it is a UTC time.
        const QString stamp = file.left(file.size() - suffix.size());
        const QDate date = QDate::fromString(stamp.left(10), QStringLiteral("yyyy-MM-dd"));
        const QTime time = QTime::fromString(stamp.mid(11), QStringLiteral("HHmmss"));
        if (stamp.size() != 17 || stamp.at(10) != QLatin1Char('_') || !date.isValid() || !time.isValid())
            return csv.fileError(HistoryFiles::tr("the name must begin with the snapshot's time, like "
                                                  "2024-01-31_120000%1.").arg(suffix));
        if (date > m_today) // github-repo-stats names its snapshots in UTC
            return csv.fileError(HistoryFiles::tr("%1 is in the future (today is %2 UTC).")
                                     .arg(date.toString(Qt::ISODate), m_today.toString(Qt::ISODate)));
        QList<ImportedPopular> entries;
        QHash<QString, int> seen;
        for (const CsvRow &row : csv.rows) {
            if (auto st = checkFieldCount(csv, row); !st)
                return st;
            const QString key = row.fields.at(0).trimmed();
            if (key.isEmpty())
                return csv.lineError(row.line, HistoryFiles::tr("%1 is empty.").arg(csv.header.at(0)));
            if (seen.contains(key))
                return csv.lineError(row.line, HistoryFiles::tr("a second row for %1 (the first is on line %2).").arg(key).arg(seen.value(key)));
            seen.insert(key, row.line);
            auto total = count(csv, row, 1);
            auto uniques = total ? count(csv, row, 2) : total;
            if (!uniques)
                return uniques.error();
            entries.append({key, *total, *uniques});
        }
        // Of two snapshots on one day the later stands, as the later collection of a day does.
        const QString known = into.files.value(date);
        if (known.isEmpty() || known < file) {
            into.days.insert(date, entries);
            into.files.insert(date, file);
        }
        return Ok{};
    }

    Status lambdaTraffic(const CsvFile &csv)
    {
        if (auto st = checkHeader(csv, {{QStringLiteral("timestamp")}, {QStringLiteral("clones")}, {QStringLiteral("views")},
                                        {QStringLiteral("stars")}, {QStringLiteral("forks")}});
            !st)
            return st;
        const QString file = QFileInfo(csv.path).fileName();
        QHash<QDate, int> seen;
        for (const CsvRow &row : csv.rows) {
            auto date = dailyRow(csv, row, m_today, seen);
            if (!date)
                return date.error();
            double values[4] = {};
            for (int i = 0; i < 4; ++i) {
                auto value = count(csv, row, i + 1);
                if (!value)
                    return value.error();
                values[i] = *value;
            }
            for (auto [metric, value] : {std::pair{"clones", values[0]}, std::pair{"views", values[1]}}) {
                ImportedFigures &figures = m_history.daily[QString::fromLatin1(metric)];
                figures.file = file;
                figures.days.insert(*date, value);
            }
            m_history.stars.file = m_history.forks.file = file;
            m_history.stars.days.insert(*date, values[2]);
            m_history.forks.days.insert(*date, values[3]);
            if (m_newestLambdaDay.isNull() || *date > m_newestLambdaDay)
                m_newestLambdaDay = *date;
        }
        return Ok{};
    }

    ImportedHistory &m_history;
    QDate m_today;
    std::optional<CsvFile> m_lambdaPaths;
    QDate m_newestLambdaDay;
};

struct Found {
    QString path;
    Kind kind;
};

// github-repo-stats writes its folder as OWNER/REPO/ghrs-data: the two folders above name the
// repository (entrypoint.sh). Only a guess — any folder could sit there — so the command takes
// it only for a repository the user tracks.
QString subjectFromLayout(const QDir &dataFolder)
{
    if (dataFolder.dirName() != kDataFolder)
        return {};
    QDir up = dataFolder;
    if (!up.cdUp())
        return {};
    const QString repo = up.dirName();
    if (!up.cdUp())
        return {};
    return up.dirName() + QLatin1Char('/') + repo;
}

QString ignoredName(const QDir &base, const QString &path)
{
    return QDir::toNativeSeparators(base.relativeFilePath(path));
}

} // namespace

std::optional<ImportFormat> HistoryFiles::formatFromName(const QString &name)
{
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    if (name == QLatin1String("repo-stats"))
        return ImportFormat::RepoStats;
    if (name == QLatin1String("lambda-csv"))
        return ImportFormat::LambdaCsv;
    return std::nullopt;
}

QString HistoryFiles::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::RepoStats: return QStringLiteral("repo-stats");
    case ImportFormat::LambdaCsv: return QStringLiteral("lambda-csv");
    case ImportFormat::Auto: break;
    }
    return QStringLiteral("auto");
}

Result<ImportedHistory> HistoryFiles::read(const QString &path, ImportFormat format, const QDate &today)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    QList<Found> found;
    ImportedHistory history;
    if (info.isDir()) {
        QDir folder(info.absoluteFilePath());
        if (folder.exists(kDataFolder) && QFileInfo(folder.filePath(kDataFolder)).isDir())
            folder.setPath(folder.filePath(kDataFolder));
        history.subjectHint = subjectFromLayout(folder);
        QStringList candidates;
        for (const QString &name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            candidates.append(folder.filePath(name));
        const QDir snapshots(folder.filePath(QStringLiteral("snapshots")));
        for (const QString &name : snapshots.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            candidates.append(snapshots.filePath(name));
        const bool hasStargazers = folder.exists(QStringLiteral("stargazers.csv"));
        for (const QString &candidate : std::as_const(candidates)) {
            const Kind kind = kindByName(QFileInfo(candidate).fileName());
            // github-repo-stats' own resampled file wins over the raw per-star one beside it.
            const bool shadowed = hasStargazers && QFileInfo(candidate).fileName() == QLatin1String("stars.csv");
            if (kind == Kind::Unknown || shadowed || (format != ImportFormat::Auto && formatOf(kind) != format))
                history.ignored.append(ignoredName(folder, candidate));
            else
                found.append({candidate, kind});
        }
        if (found.isEmpty())
            return makeError(tr("%1 holds no file Insights can import%2: it looks for github-repo-stats' ghrs-data folder "
                                "(views_clones_aggregate.csv, stargazers.csv, forks.csv, snapshots/) or the Lambda "
                                "export's views_clones_stars.csv and top_paths.csv.")
                                 .arg(shown, format == ImportFormat::Auto ? QString() : tr(" as %1").arg(formatName(format))),
                             Error::Kind::Config);
    } else if (info.isFile()) {
        Kind kind = kindByName(info.fileName());
        if (kind == Kind::Unknown)
            kind = kindByHeader(CsvReader::header(path));
        if (kind == Kind::Unknown)
            return makeError(tr("%1 is not a file Insights can import: neither its name nor its header is one that "
                                "github-repo-stats or the Lambda export writes.")
                                 .arg(shown),
                             Error::Kind::Config);
        if (format != ImportFormat::Auto && formatOf(kind) != format)
            return makeError(tr("%1 is a %2 file, not %3.").arg(shown, formatName(formatOf(kind)), formatName(format)),
                             Error::Kind::Config);
        QDir folder = info.absoluteDir();
        if (folder.dirName() == QLatin1String("snapshots"))
            folder.cdUp();
        history.subjectHint = subjectFromLayout(folder);
        found.append({path, kind});
    } else {
        return makeError(tr("%1 does not exist.").arg(shown), Error::Kind::Config);
    }

    bool repoStats = false, lambda = false;
    for (const Found &f : std::as_const(found))
        (formatOf(f.kind) == ImportFormat::RepoStats ? repoStats : lambda) = true;
    if (repoStats && lambda)
        return makeError(tr("%1 holds files of both github-repo-stats and the Lambda export; pass --format repo-stats "
                            "or --format lambda-csv.")
                             .arg(shown),
                         Error::Kind::Config);
    history.format = repoStats ? ImportFormat::RepoStats : ImportFormat::LambdaCsv;
    history.tool = repoStats ? kRepoStats : kLambda;
    if (!repoStats)
        history.subjectHint.clear(); // the seed's export never names its repository

    Reader reader(history, today);
    // The traffic file first: the seed's top paths take their date from it.
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return (a.kind == Kind::LambdaPaths) < (b.kind == Kind::LambdaPaths);
    });
    for (const Found &f : std::as_const(found))
        if (auto st = reader.read(f.path, f.kind); !st)
            return st.error();
    if (auto st = reader.finish(); !st)
        return st.error();
    return history;
}

} // namespace insights
