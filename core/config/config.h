#pragma once
// What to track and where to reach it. Settings live in `settings.ini` inside the data directory
// (so a data directory is a self-contained project); the environment variables of SPEC §3
// override them. Secrets are not here: see secrets/tokens.h.
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

namespace insights {

// Reddit: the web host (share links, the token endpoint, anonymous .json) and the OAuth host
// where an app with a token reads posts.
enum class Api { GitHub, GitHubGraphQL, ClickHouse, Plausible, Reddit, RedditOAuth };

class Config final {
    Q_DECLARE_TR_FUNCTIONS(Config)
public:
    // --data-dir wins, then INSIGHT_DATA_DIR, then the platform's app data location.
    static QString resolveDataDir(const QString &commandLineDir,
                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Creates the directory if needed and checks it can be written.
    static Status prepareDataDir(const QString &dir);

    explicit Config(const QString &dataDir, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
    ~Config();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    // Where the data lives: INSIGHT_DATABASE_URL, else Settings → General's team database URL
    // (`database/url`), else the local file (databasePath). A URL carries no password here.
    QString databaseLocation() const;
    // Settings → General's team database URL alone ('' the local file), and setting it.
    QString databaseUrlSetting() const;
    void setDatabaseUrlSetting(const QString &url);
    QString settingsPath() const;

    QStringList githubRepos() const;
    QStringList pypiPackages() const;
    QStringList plausibleSites() const;
    void setGithubRepos(const QStringList &repos);
    void setPypiPackages(const QStringList &packages);
    void setPlausibleSites(const QStringList &sites);

    // The API's base URL; a path prefix is kept (GitHub Enterprise: https://HOST/api/v3).
    Result<QUrl> baseUrl(Api api) const;
    void setBaseUrl(Api api, const QString &url);
    static QString defaultBaseUrl(Api api);
    static QString baseUrlVariable(Api api);
    QString clickhouseUser() const;

    bool isEnabled(const QString &sourceKey) const;
    void setEnabled(const QString &sourceKey, bool enabled);
    int intervalHours(const QString &sourceKey, int defaultHours) const;
    void setIntervalHours(const QString &sourceKey, int hours);
    // Days between two full star walks that find unstars (INSIGHT_STARS_RECONCILE_DAYS, default 7).
    int starReconcileDays() const;
    void setStarReconcileDays(int days);
    // Scheduled Reddit runs refresh posts younger than this many days (default 14; 0: none);
    // older posts are refreshed when the user asks.
    int redditRefreshDays() const;
    void setRedditRefreshDays(int days);
    // Reddit's "installed app" (API-NOTES §9): its client id (INSIGHT_REDDIT_CLIENT_ID, else the
    // setting; public by design, installed apps have no secret) and the user name Reddit's
    // User-Agent rule asks for (INSIGHT_REDDIT_USERNAME; may be empty). Empty client id: anonymous.
    QString redditClientId() const;
    void setRedditClientId(const QString &clientId);
    QString redditUsername() const;
    void setRedditUsername(const QString &username);
    // The device id Reddit's installed-app grant asks for: 30 random characters, made on first
    // use and kept in settings.ini, so Reddit sees one device per data directory.
    QString redditDeviceId() const;

    // The page the window showed last (a dashboard page key or "sources"; default "stars").
    QString lastPage() const;
    void setLastPage(const QString &key);
    // The "Log scale" toggle of a page's time charts, remembered per page.
    bool logScale(const QString &page) const;
    void setLogScale(const QString &page, bool on);

    // Which list values came from the environment (the UI shows them read-only).
    bool isOverriddenByEnvironment(const QString &variable) const { return !m_env.value(variable).trimmed().isEmpty(); }
    // The first of `variables` that is set (and so decides instead of the settings), or "".
    QString overridingVariable(const QStringList &variables) const;
    // The environment variables that set each list instead of the settings (SPEC §3).
    static QStringList repoVariables();
    static QStringList packageVariables();
    static QStringList siteVariables();

    void sync();

    // Desktop notifications (new stars, a failed run); on unless the user turned them off.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // A team database's alerts are shown by every window, and a viewer may not mark them in the
    // database: the newest alert id this computer has shown, per database (its URL without a
    // password); nullopt before the first connection.
    std::optional<qint64> teamAlertsShownThrough(const QString &database) const;
    void setTeamAlertsShownThrough(const QString &database, qint64 id);

    // Alert rules as AlertRules writes them (core/alerts/alertrules.h); empty: the defaults.
    QStringList alertRules() const;
    void setAlertRules(const QStringList &lines);
    // The folder a digest of the past week is written to every Monday (empty: none), and the
    // Monday of the last week written there.
    QString digestFolder() const;
    void setDigestFolder(const QString &folder);
    QDate lastDigestWeek() const;
    void setLastDigestWeek(const QDate &monday);

    // Without a system tray: whether closing the window keeps collecting in the background (the
    // window asks once; nullopt: not asked yet). With a tray, closing always keeps collecting.
    std::optional<bool> keepCollectingWhenClosed() const;
    void setKeepCollectingWhenClosed(bool keep);

private:
    QStringList listSetting(const QString &key, const QStringList &envVariables) const;
    void setListSetting(const QString &key, const QStringList &values);

    QString m_dataDir;
    QProcessEnvironment m_env;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace insights
