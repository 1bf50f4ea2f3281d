#include "tracking.h"

#include "config/config.h"
#include "config/validation.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

namespace {

// One kind of subject: its list in the settings, the environment variables that override that
// list (SPEC §3), how a value is made canonical, whether spellings differing in case are the
// same subject (GitHub names and domains: yes; PEP 503 names are lower-case already), and the
// sources whose rows name it.
struct Kind {
    QStringList TrackingChange::*list;
    QStringList (Config::*read)() const;
    void (Config::*write)(const QStringList &);
    QStringList variables;
    Result<QString> (*canonical)(const QString &);
    QStringList sources;
};

const QList<Kind> &kinds()
{
    static const QList<Kind> all{
        {&TrackingChange::repositories, &Config::githubRepos, &Config::setGithubRepos,
         Config::repoVariables(), &Validation::repository,
         {QStringLiteral("github_traffic"), QStringLiteral("github_stars"), QStringLiteral("github_events")}},
        {&TrackingChange::packages, &Config::pypiPackages, &Config::setPypiPackages,
         Config::packageVariables(), &Validation::pypiPackage,
         {QStringLiteral("pypi")}},
        {&TrackingChange::sites, &Config::plausibleSites, &Config::setPlausibleSites, Config::siteVariables(),
         &Validation::plausibleSite, {QStringLiteral("plausible")}},
    };
    return all;
}

// The stored value that means `value`, or an empty string. Stored values are compared in their
// canonical form too: settings.ini may hold a name as someone typed it.
QString storedMatch(const Kind &kind, const QStringList &stored, const QString &value)
{
    for (const QString &s : stored) {
        auto c = kind.canonical(s);
        if (QString::compare(c ? *c : s, value, Qt::CaseInsensitive) == 0)
            return s;
    }
    return {};
}

// Deletes the rows of `subject` in `table` whose source is one of `sources`; `viaMetricType`:
// the table names its source through insight_metric_type. Subjects are compared as the settings
// compare them (a repository collected as Octo/Widgets is octo/widgets).
Result<qint64> deleteRows(QSqlDatabase &db, const QString &table, bool viaMetricType, const QString &subject,
                          const QStringList &sources)
{
    const QString marks = QStringList(sources.size(), QStringLiteral("?")).join(QLatin1Char(','));
    const QString sourceIds = QStringLiteral("SELECT id FROM insight_source WHERE key IN (%1)").arg(marks);
    const QString where = viaMetricType
                              ? QStringLiteral("metric_type_id IN (SELECT id FROM insight_metric_type WHERE source_id IN (%1))")
                                    .arg(sourceIds)
                              : QStringLiteral("source_id IN (%1)").arg(sourceIds);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE lower(subject) = lower(?) AND %2").arg(table, where));
    q.addBindValue(subject);
    for (const QString &source : sources)
        q.addBindValue(source);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return qint64(q.numRowsAffected());
}

// Conditional-request cache entries of a repository's GitHub URLs (…/repos/owner/name and
// everything below it), keyed by URL.
Result<qint64> deleteCachedAnswers(QSqlDatabase &db, const QString &repo)
{
    const QString path = QStringLiteral("/repos/") + repo.toLower();
    QSqlQuery q(db);
    // LIKE's wildcards in the name stand for themselves (a repository name may hold "_").
    const auto literal = [](QString text) {
        return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    };
    q.prepare(QStringLiteral("DELETE FROM http_cache WHERE lower(url) LIKE ? ESCAPE '\\' OR lower(url) LIKE ? ESCAPE '\\' "
                             "OR lower(url) LIKE ? ESCAPE '\\'"));
    q.addBindValue(QString(QLatin1Char('%') + literal(path)));
    q.addBindValue(QString(QLatin1Char('%') + literal(path + QLatin1Char('/')) + QLatin1Char('%')));
    q.addBindValue(QString(QLatin1Char('%') + literal(path + QLatin1Char('?')) + QLatin1Char('%')));
    if (auto st = execPrepared(q); !st)
        return st.error();
    return qint64(q.numRowsAffected());
}

} // namespace

Result<TrackingChange> Tracking::add(Config &config, const TrackingChange &wanted)
{
    TrackingChange added;
    QList<QStringList> lists;
    for (const Kind &kind : kinds()) {
        QStringList stored = (config.*kind.read)();
        for (const QString &value : wanted.*kind.list) {
            auto canonical = kind.canonical(value);
            if (!canonical)
                return canonical.error();
            if (!storedMatch(kind, stored, *canonical).isEmpty())
                continue; // tracked already, in this spelling or another
            const QString variable = config.overridingVariable(kind.variables);
            if (!variable.isEmpty())
                return makeError(tr("%1 decides what is tracked here (it overrides Settings); add %2 to it, or unset it.")
                                     .arg(variable, *canonical),
                                 Error::Kind::Config);
            stored.append(*canonical);
            (added.*kind.list).append(*canonical);
        }
        lists.append(stored);
    }
    // Nothing is written before every value passed.
    for (qsizetype i = 0; i < kinds().size(); ++i)
        if (!(added.*kinds()[i].list).isEmpty())
            (config.*kinds()[i].write)(lists[i]);
    config.sync();
    return added;
}

Result<TrackingChange> Tracking::remove(Config &config, const QString &subject)
{
    TrackingChange removed;
    QList<QStringList> lists;
    for (const Kind &kind : kinds()) {
        QStringList stored = (config.*kind.read)();
        auto canonical = kind.canonical(subject);
        const QString match = canonical ? storedMatch(kind, stored, *canonical) : QString();
        if (!match.isEmpty()) {
            const QString variable = config.overridingVariable(kind.variables);
            if (!variable.isEmpty())
                return makeError(tr("%1 comes from %2, which overrides Settings; remove it there.").arg(match, variable),
                                 Error::Kind::Config);
            // Every spelling of it goes (settings.ini may hold it twice, typed differently).
            stored.removeIf([&](const QString &s) { return !storedMatch(kind, {s}, *canonical).isEmpty(); });
            (removed.*kind.list).append(match);
        }
        lists.append(stored);
    }
    if (removed.isEmpty())
        return makeError(tr("%1 is not tracked: it is none of the repositories, packages or sites in Settings.")
                             .arg(subject.trimmed().left(100)),
                         Error::Kind::Config);
    for (qsizetype i = 0; i < kinds().size(); ++i)
        if (!(removed.*kinds()[i].list).isEmpty())
            (config.*kinds()[i].write)(lists[i]);
    config.sync();
    return removed;
}

Result<qint64> Tracking::purge(QSqlDatabase &db, const TrackingChange &change)
{
    // Every table that names a subject (core/storage/migrations.cpp), limited to the sources of
    // the subject's kind: a Reddit post id or another source's subject may be spelled the same.
    // Stargazers are new_star metric rows; the monthly rollups and their stale marks go with the
    // rows they sum.
    static const QList<std::pair<QString, bool>> tables{
        {QStringLiteral("insight_metric"), true},       {QStringLiteral("insight_metric_month"), true},
        {QStringLiteral("insight_metric_month_stale"), true}, {QStringLiteral("insight_event"), false},
        {QStringLiteral("insight_run"), false},         {QStringLiteral("collector_state"), false},
    };
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    qint64 deleted = 0;
    for (const Kind &kind : kinds()) {
        for (const QString &subject : change.*kind.list) {
            for (const auto &[table, viaMetricType] : tables) {
                auto rows = deleteRows(db, table, viaMetricType, subject, kind.sources);
                if (!rows)
                    return rows.error();
                deleted += *rows;
            }
            if (kind.list == &TrackingChange::repositories) {
                auto rows = deleteCachedAnswers(db, subject);
                if (!rows)
                    return rows.error();
                deleted += *rows;
            }
        }
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return deleted;
}

bool Tracking::isEmpty(const Config &config)
{
    return config.githubRepos().isEmpty() && config.pypiPackages().isEmpty() && config.plausibleSites().isEmpty();
}

} // namespace insights
