#include "packagefinder.h"

#include "collectors/github/githubapi.h"
#include "pypiname.h"
#include "util/jsonutil.h"

#include <QRegularExpression>
#include <QSet>

namespace insights {

namespace {

// pypi.projects is a MergeTree ORDER BY name: no index helps a search by URL, so the query reads
// the URL columns of the whole table once (a few million uploads, far under the read limit). It
// groups by the PEP 503 name (raw rows, no summing table, so any grouping is right): `current`
// is whether the newest upload of the package, under any spelling of its name, still names the
// repository. Under 1,000 rows by its LIMIT.
constexpr const char *kFindSql = R"sql(
SELECT lower(replaceRegexpAll(name, '[-_.]+', '-')) AS project, toString(max(upload_time)) AS last_upload,
       argMax(arrayExists(u -> match(u, {pattern:String}), arrayConcat(project_urls, [home_page])), upload_time) AS current
FROM pypi.projects
WHERE name IN (SELECT name FROM pypi.projects
               WHERE arrayExists(u -> match(u, {pattern:String}), arrayConcat(project_urls, [home_page])))
GROUP BY project
ORDER BY current DESC, max(upload_time) DESC
LIMIT {limit:UInt32})sql";

} // namespace

QString PackageFinder::urlPattern(const QString &ownerRepo)
{
    if (!GitHubApi::isValidRepo(ownerRepo))
        return {};
    QString repo = ownerRepo;
    if (repo.endsWith(QLatin1String(".git"), Qt::CaseInsensitive))
        repo.chop(4);
    // Owner and repository names hold letters, digits, '-', '_' and '.': only '.' needs escaping.
    repo.replace(QLatin1Char('.'), QLatin1String("\\."));
    // Before: the start, a scheme's "//", "www.", "git@" or any separator (not a host letter,
    // so notgithub.com does not count). After: the end or anything that cannot continue the
    // name (".git", "/tree/…", "#readme", "?", space, quote, comma).
    return QStringLiteral("(?i)(?:^|[^a-z0-9.-])(?:www\\.)?github\\.com[/:]%1(?:\\.git)?/?(?:$|[^a-z0-9._-])").arg(repo);
}

Result<QList<FoundPackage>> PackageFinder::find(ClickHouseClient &clickhouse, const QString &ownerRepo)
{
    const QString pattern = urlPattern(ownerRepo.trimmed());
    if (pattern.isEmpty())
        return makeError(tr("\"%1\" is not a repository name; use the form owner/repo.").arg(ownerRepo.left(100)), Error::Kind::Config);
    auto answer = clickhouse.query(QString::fromLatin1(kFindSql),
                                   {{QStringLiteral("pattern"), pattern}, {QStringLiteral("limit"), QString::number(kMaxPackages)}},
                                   tr("the packages of %1").arg(ownerRepo.trimmed()));
    if (!answer)
        return answer.error();
    QList<FoundPackage> found;
    QSet<QString> seen;
    for (const QJsonObject &row : std::as_const(answer->rows)) {
        auto name = PyPiName::normalize(row.value(QLatin1String("project")).toString());
        if (!name || seen.contains(*name))
            continue; // not a name the downloads dataset can have, or the same one spelled differently
        seen.insert(*name);
        FoundPackage p;
        p.name = *name;
        p.current = json::integer(row.value(QLatin1String("current"))).value_or(0) != 0
                    || row.value(QLatin1String("current")).toBool();
        const QDateTime at = QDateTime::fromString(row.value(QLatin1String("last_upload")).toString().left(19),
                                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        p.lastUpload = at.isValid() ? QDateTime(at.date(), at.time(), Qt::UTC) : QDateTime();
        found.append(p);
    }
    return found;
}

} // namespace insights
