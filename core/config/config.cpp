#include "config.h"

#include "storage/database.h"
#include "validation.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace insights {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        if (!out.contains(part))
            out.append(part);
    return out;
}

QString apiSettingsKey(Api api)
{
    switch (api) {
    case Api::GitHub: return QStringLiteral("urls/github_api");
    case Api::GitHubGraphQL: return QStringLiteral("urls/github_graphql");
    case Api::ClickHouse: return QStringLiteral("urls/clickhouse");
    case Api::Plausible: return QStringLiteral("urls/plausible");
    case Api::Reddit: return QStringLiteral("urls/reddit");
    case Api::RedditOAuth: return QStringLiteral("urls/reddit_oauth");
    }
    return {};
}

} // namespace

QString Config::resolveDataDir(const QString &commandLineDir, const QProcessEnvironment &env)
{
    if (!commandLineDir.isEmpty())
        return QDir(commandLineDir).absolutePath();
    const QString fromEnv = env.value(QStringLiteral("INSIGHT_DATA_DIR"));
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status Config::prepareDataDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(tr("Cannot create the data directory %1; check the path and its permissions.").arg(dir),
                         Error::Kind::Storage);
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return makeError(tr("The data directory %1 is not writable; check its permissions or choose another "
                            "with --data-dir.")
                             .arg(dir),
                         Error::Kind::Storage);
    return Ok{};
}

Config::Config(const QString &dataDir, QProcessEnvironment env)
    : m_dataDir(dataDir), m_env(std::move(env)),
      m_settings(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat))
{
}

Config::~Config() = default;

QString Config::databasePath() const
{
    return QDir(m_dataDir).filePath(Database::fileName());
}

QString Config::databaseLocation() const
{
    const QString fromEnv = m_env.value(QStringLiteral("INSIGHT_DATABASE_URL")).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromSettings = databaseUrlSetting();
    return fromSettings.isEmpty() ? databasePath() : fromSettings;
}

QString Config::databaseUrlSetting() const
{
    return m_settings->value(QStringLiteral("database/url")).toString().trimmed();
}

void Config::setDatabaseUrlSetting(const QString &url)
{
    if (url.trimmed().isEmpty())
        m_settings->remove(QStringLiteral("database/url"));
    else
        m_settings->setValue(QStringLiteral("database/url"), url.trimmed());
}

QString Config::settingsPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("settings.ini"));
}

QStringList Config::listSetting(const QString &key, const QStringList &envVariables) const
{
    for (const QString &variable : envVariables) {
        const QString value = m_env.value(variable).trimmed();
        if (!value.isEmpty())
            return splitList(value);
    }
    return splitList(m_settings->value(key).toStringList().join(QLatin1Char(',')));
}

void Config::setListSetting(const QString &key, const QStringList &values)
{
    // QSettings writes an empty list as "@Invalid()" in an INI file; an empty list is no entry.
    if (values.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, values);
}

QStringList Config::repoVariables()
{
    return {QStringLiteral("INSIGHT_GITHUB_REPOS"), QStringLiteral("INSIGHT_GITHUB_REPO")};
}

QStringList Config::packageVariables()
{
    return {QStringLiteral("INSIGHT_PYPI_PACKAGES"), QStringLiteral("INSIGHT_PYPI_PACKAGE")};
}

QStringList Config::siteVariables()
{
    return {QStringLiteral("INSIGHT_PLAUSIBLE_SITES")};
}

QString Config::overridingVariable(const QStringList &variables) const
{
    for (const QString &variable : variables)
        if (isOverriddenByEnvironment(variable))
            return variable;
    return {};
}

QStringList Config::githubRepos() const
{
    // A GitHub link (from the environment or an edited settings.ini) means its owner/name; anything
    // else stays as written, for the collector to refuse with its message.
    QStringList repos;
    for (const QString &value : listSetting(QStringLiteral("github/repos"), repoVariables())) {
        const auto repo = Validation::repository(value);
        const QString kept = repo ? *repo : value;
        if (!repos.contains(kept))
            repos.append(kept);
    }
    return repos;
}

QStringList Config::pypiPackages() const
{
    return listSetting(QStringLiteral("pypi/packages"), packageVariables());
}

QStringList Config::plausibleSites() const
{
    return listSetting(QStringLiteral("plausible/sites"), siteVariables());
}

void Config::setGithubRepos(const QStringList &repos)
{
    setListSetting(QStringLiteral("github/repos"), repos);
}

void Config::setPypiPackages(const QStringList &packages)
{
    setListSetting(QStringLiteral("pypi/packages"), packages);
}

void Config::setPlausibleSites(const QStringList &sites)
{
    setListSetting(QStringLiteral("plausible/sites"), sites);
}

QString Config::defaultBaseUrl(Api api)
{
    switch (api) {
    case Api::GitHub: return QStringLiteral("https://api.github.com");
    case Api::GitHubGraphQL: return QStringLiteral("https://api.github.com/graphql");
    case Api::ClickHouse: return QStringLiteral("https://sql-clickhouse.clickhouse.com");
    case Api::Plausible: return QStringLiteral("https://plausible.io");
    case Api::Reddit: return QStringLiteral("https://www.reddit.com");
    case Api::RedditOAuth: return QStringLiteral("https://oauth.reddit.com");
    }
    return {};
}

QString Config::baseUrlVariable(Api api)
{
    switch (api) {
    case Api::GitHub: return QStringLiteral("INSIGHT_GITHUB_API_URL");
    case Api::GitHubGraphQL: return QStringLiteral("INSIGHT_GITHUB_GRAPHQL_URL");
    case Api::ClickHouse: return QStringLiteral("INSIGHT_CLICKHOUSE_URL");
    case Api::Plausible: return QStringLiteral("INSIGHT_PLAUSIBLE_URL");
    case Api::Reddit: return QStringLiteral("INSIGHT_REDDIT_URL");
    case Api::RedditOAuth: return QStringLiteral("INSIGHT_REDDIT_OAUTH_URL");
    }
    return {};
}

Result<QUrl> Config::baseUrl(Api api) const
{
    QString text = m_env.value(baseUrlVariable(api)).trimmed();
    QString origin = baseUrlVariable(api);
    if (text.isEmpty()) {
        text = m_settings->value(apiSettingsKey(api)).toString().trimmed();
        origin = tr("the setting %1").arg(apiSettingsKey(api));
    }
    if (text.isEmpty() && api == Api::GitHubGraphQL) {
        // GitHub Enterprise serves GraphQL at /api/graphql beside /api/v3; derive it from the REST URL.
        auto rest = baseUrl(Api::GitHub);
        if (!rest)
            return rest;
        QUrl url = *rest;
        QString path = url.path();
        if (path.endsWith(QLatin1String("/v3")))
            path.chop(3);
        url.setPath((path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/')) + QStringLiteral("graphql"));
        return url;
    }
    if (text.isEmpty())
        return QUrl(defaultBaseUrl(api));
    // The same rule Settings applies (config/validation.h); this message also names where the value came from.
    if (!Validation::baseUrl(text, defaultBaseUrl(api)))
        return makeError(tr("%1 is not a usable base URL (from %2); expected something like %3")
                             .arg(text, origin, defaultBaseUrl(api)),
                         Error::Kind::Config);
    return QUrl(text, QUrl::StrictMode);
}

void Config::setBaseUrl(Api api, const QString &url)
{
    if (url.trimmed().isEmpty() || url.trimmed() == defaultBaseUrl(api))
        m_settings->remove(apiSettingsKey(api));
    else
        m_settings->setValue(apiSettingsKey(api), url.trimmed());
}

QString Config::clickhouseUser() const
{
    const QString fromEnv = m_env.value(QStringLiteral("INSIGHT_CLICKHOUSE_USER")).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    return m_settings->value(QStringLiteral("clickhouse/user"), QStringLiteral("demo")).toString();
}

bool Config::isEnabled(const QString &sourceKey) const
{
    return m_settings->value(QStringLiteral("sources/%1/enabled").arg(sourceKey), true).toBool();
}

void Config::setEnabled(const QString &sourceKey, bool enabled)
{
    m_settings->setValue(QStringLiteral("sources/%1/enabled").arg(sourceKey), enabled);
}

int Config::intervalHours(const QString &sourceKey, int defaultHours) const
{
    bool ok = false;
    const int hours = m_settings->value(QStringLiteral("sources/%1/interval_hours").arg(sourceKey)).toInt(&ok);
    return ok && hours > 0 ? hours : defaultHours;
}

void Config::setIntervalHours(const QString &sourceKey, int hours)
{
    m_settings->setValue(QStringLiteral("sources/%1/interval_hours").arg(sourceKey), hours);
}

int Config::starReconcileDays() const
{
    bool ok = false;
    int days = m_env.value(QStringLiteral("INSIGHT_STARS_RECONCILE_DAYS")).trimmed().toInt(&ok);
    if (!ok || days <= 0)
        days = m_settings->value(QStringLiteral("sources/github_stars/reconcile_days")).toInt(&ok);
    return ok && days > 0 ? days : 7;
}

void Config::setStarReconcileDays(int days)
{
    m_settings->setValue(QStringLiteral("sources/github_stars/reconcile_days"), days);
}

int Config::redditRefreshDays() const
{
    bool ok = false;
    const int days = m_settings->value(QStringLiteral("sources/reddit/refresh_days")).toInt(&ok);
    return ok && days >= 0 ? days : 14;
}

void Config::setRedditRefreshDays(int days)
{
    m_settings->setValue(QStringLiteral("sources/reddit/refresh_days"), days);
}

QString Config::redditClientId() const
{
    const QString fromEnv = m_env.value(QStringLiteral("INSIGHT_REDDIT_CLIENT_ID")).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    return m_settings->value(QStringLiteral("reddit/client_id")).toString().trimmed();
}

void Config::setRedditClientId(const QString &clientId)
{
    if (clientId.trimmed().isEmpty())
        m_settings->remove(QStringLiteral("reddit/client_id"));
    else
        m_settings->setValue(QStringLiteral("reddit/client_id"), clientId.trimmed());
}

QString Config::redditUsername() const
{
    QString name = m_env.value(QStringLiteral("INSIGHT_REDDIT_USERNAME")).trimmed();
    if (name.isEmpty())
        name = m_settings->value(QStringLiteral("reddit/username")).toString().trimmed();
    // "u/name" and "/u/name" as Reddit writes them mean the same user.
    if (name.startsWith(QLatin1String("/u/")))
        name.remove(0, 3);
    else if (name.startsWith(QLatin1String("u/")))
        name.remove(0, 2);
    return name;
}

void Config::setRedditUsername(const QString &username)
{
    if (username.trimmed().isEmpty())
        m_settings->remove(QStringLiteral("reddit/username"));
    else
        m_settings->setValue(QStringLiteral("reddit/username"), username.trimmed());
}

QString Config::redditDeviceId() const
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{20,30}$"));
    const QString stored = m_settings->value(QStringLiteral("reddit/device_id")).toString();
    if (shape.match(stored).hasMatch())
        return stored;
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 30; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    m_settings->setValue(QStringLiteral("reddit/device_id"), id);
    m_settings->sync();
    return id;
}

void Config::sync()
{
    m_settings->sync();
}

QString Config::lastPage() const
{
    return m_settings->value(QStringLiteral("window/page"), QStringLiteral("overview")).toString();
}

void Config::setLastPage(const QString &key)
{
    // Only a change is written: every write makes QSettings sync settings.ini later under its lock
    // file, and a start that shows the page it remembered should not write at all (a lock left by
    // a crashed run held the UI thread in that sync, and a reading thread behind QSettings' mutex).
    if (lastPage() != key)
        m_settings->setValue(QStringLiteral("window/page"), key);
}

bool Config::logScale(const QString &page) const
{
    return m_settings->value(QStringLiteral("window/log_scale_") + page, false).toBool();
}

void Config::setLogScale(const QString &page, bool on)
{
    if (logScale(page) != on) // only a change is written (see setLastPage)
        m_settings->setValue(QStringLiteral("window/log_scale_") + page, on);
}

bool Config::notificationsEnabled() const
{
    return m_settings->value(QStringLiteral("general/notifications"), true).toBool();
}

void Config::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(QStringLiteral("general/notifications"), enabled);
}

std::optional<qint64> Config::teamAlertsShownThrough(const QString &database) const
{
    // One entry, "URL id": a single team database per data directory is the common case.
    const QString stored = m_settings->value(QStringLiteral("alerts/team_shown_through")).toString();
    const qsizetype space = stored.lastIndexOf(u' ');
    bool ok = false;
    const qint64 id = space > 0 ? stored.mid(space + 1).toLongLong(&ok) : 0;
    if (!ok || stored.left(space) != database)
        return std::nullopt;
    return id;
}

void Config::setTeamAlertsShownThrough(const QString &database, qint64 id)
{
    m_settings->setValue(QStringLiteral("alerts/team_shown_through"), QStringLiteral("%1 %2").arg(database).arg(id));
}

std::optional<bool> Config::keepCollectingWhenClosed() const
{
    const QVariant value = m_settings->value(QStringLiteral("general/keep_collecting_when_closed"));
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void Config::setKeepCollectingWhenClosed(bool keep)
{
    m_settings->setValue(QStringLiteral("general/keep_collecting_when_closed"), keep);
}

QStringList Config::alertRules() const
{
    return m_settings->value(QStringLiteral("alerts/rules")).toStringList();
}

void Config::setAlertRules(const QStringList &lines)
{
    if (lines.isEmpty())
        m_settings->remove(QStringLiteral("alerts/rules")); // the defaults, and later ones with them
    else if (alertRules() != lines)
        m_settings->setValue(QStringLiteral("alerts/rules"), lines);
}

QString Config::digestFolder() const
{
    return m_settings->value(QStringLiteral("digest/folder")).toString();
}

void Config::setDigestFolder(const QString &folder)
{
    if (digestFolder() != folder)
        m_settings->setValue(QStringLiteral("digest/folder"), folder);
}

QDate Config::lastDigestWeek() const
{
    return QDate::fromString(m_settings->value(QStringLiteral("digest/last_week")).toString(), Qt::ISODate);
}

void Config::setLastDigestWeek(const QDate &monday)
{
    m_settings->setValue(QStringLiteral("digest/last_week"), monday.toString(Qt::ISODate));
}

} // namespace insights
