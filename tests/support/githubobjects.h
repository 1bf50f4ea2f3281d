#pragma once
// GitHub's REST objects as GitHub's OpenAPI description requires them (every required field,
// with the documented types), so that what our test servers answer validates against the
// description (tests/github/check-openapi.js). The values are made up; the fields a collector
// reads are the caller's.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace insights::test::objects {

inline QString apiUrl(const QString &path)
{
    return QStringLiteral("https://api.github.com") + path;
}

inline qint64 idOf(const QString &text)
{
    return qint64(qHash(text) & 0xffffff) + 1;
}

// "simple-user": a stargazer's user, a release's author, a repository's owner.
inline QJsonObject simpleUser(const QString &login)
{
    const QString u = QStringLiteral("/users/") + login;
    return QJsonObject{{QStringLiteral("login"), login},
                       {QStringLiteral("id"), idOf(login)},
                       {QStringLiteral("node_id"), QString(QStringLiteral("U_kg") + QString::number(idOf(login)))},
                       {QStringLiteral("avatar_url"), QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(idOf(login))},
                       {QStringLiteral("gravatar_id"), QString()},
                       {QStringLiteral("url"), apiUrl(u)},
                       {QStringLiteral("html_url"), QString(QStringLiteral("https://github.com/") + login)},
                       {QStringLiteral("followers_url"), apiUrl(u + QStringLiteral("/followers"))},
                       {QStringLiteral("following_url"), apiUrl(u + QStringLiteral("/following{/other_user}"))},
                       {QStringLiteral("gists_url"), apiUrl(u + QStringLiteral("/gists{/gist_id}"))},
                       {QStringLiteral("starred_url"), apiUrl(u + QStringLiteral("/starred{/owner}{/repo}"))},
                       {QStringLiteral("subscriptions_url"), apiUrl(u + QStringLiteral("/subscriptions"))},
                       {QStringLiteral("organizations_url"), apiUrl(u + QStringLiteral("/orgs"))},
                       {QStringLiteral("repos_url"), apiUrl(u + QStringLiteral("/repos"))},
                       {QStringLiteral("events_url"), apiUrl(u + QStringLiteral("/events{/privacy}"))},
                       {QStringLiteral("received_events_url"), apiUrl(u + QStringLiteral("/received_events"))},
                       {QStringLiteral("type"), QStringLiteral("User")},
                       {QStringLiteral("site_admin"), false}};
}

// "minimal-repository" (a fork in /forks) and, with `full`, "full-repository" (GET /repos/{o}/{r}).
// `description` and `homepage` (full only): empty is null, as both are nullable in the
// description, and homepage has format "uri", so "" would not fit.
inline QJsonObject repository(const QString &fullName, const QDateTime &createdAt, int stars, int forks, bool full,
                              const QString &description = {}, const QString &homepage = {})
{
    const QString r = QStringLiteral("/repos/") + fullName;
    QJsonObject o{{QStringLiteral("id"), idOf(fullName)},
                  {QStringLiteral("node_id"), QString(QStringLiteral("R_kg") + QString::number(idOf(fullName)))},
                  {QStringLiteral("name"), fullName.section(QLatin1Char('/'), 1)},
                  {QStringLiteral("full_name"), fullName},
                  {QStringLiteral("owner"), simpleUser(fullName.section(QLatin1Char('/'), 0, 0))},
                  {QStringLiteral("private"), false},
                  {QStringLiteral("html_url"), QString(QStringLiteral("https://github.com/") + fullName)},
                  {QStringLiteral("description"), description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(description)},
                  {QStringLiteral("fork"), false},
                  {QStringLiteral("url"), apiUrl(r)},
                  // Nullable in the description: an invalid time is sent as null.
                  {QStringLiteral("created_at"), createdAt.isValid() ? QJsonValue(createdAt.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("updated_at"), createdAt.isValid() ? QJsonValue(createdAt.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("pushed_at"), createdAt.isValid() ? QJsonValue(createdAt.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("stargazers_count"), stars},
                  {QStringLiteral("watchers_count"), stars},
                  {QStringLiteral("forks_count"), forks}};
    for (const char *name : {"archive", "assignees", "blobs", "branches", "collaborators", "comments", "commits", "compare",
                             "contents", "contributors", "deployments", "downloads", "events", "forks", "git_commits",
                             "git_refs", "git_tags", "hooks", "issue_comment", "issue_events", "issues", "keys", "labels",
                             "languages", "merges", "milestones", "notifications", "pulls", "releases", "stargazers",
                             "statuses", "subscribers", "subscription", "tags", "teams", "trees"})
        o.insert(QString(QLatin1String(name) + QStringLiteral("_url")),
                 apiUrl(r + QLatin1Char('/') + QString::fromLatin1(name).replace(QLatin1Char('_'), QLatin1Char('/'))));
    if (!full)
        return o;
    o.insert(QStringLiteral("clone_url"), QStringLiteral("https://github.com/%1.git").arg(fullName));
    o.insert(QStringLiteral("git_url"), QStringLiteral("git://github.com/%1.git").arg(fullName));
    o.insert(QStringLiteral("ssh_url"), QStringLiteral("git@github.com:%1.git").arg(fullName));
    o.insert(QStringLiteral("svn_url"), QString(QStringLiteral("https://github.com/") + fullName));
    o.insert(QStringLiteral("mirror_url"), QJsonValue::Null);
    o.insert(QStringLiteral("homepage"), homepage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(homepage));
    o.insert(QStringLiteral("language"), QStringLiteral("C++"));
    o.insert(QStringLiteral("license"), QJsonValue::Null);
    o.insert(QStringLiteral("default_branch"), QStringLiteral("main"));
    o.insert(QStringLiteral("forks"), forks);
    o.insert(QStringLiteral("watchers"), stars);
    o.insert(QStringLiteral("open_issues"), 3);
    o.insert(QStringLiteral("open_issues_count"), 3);
    o.insert(QStringLiteral("size"), 1024);
    o.insert(QStringLiteral("network_count"), forks);
    o.insert(QStringLiteral("subscribers_count"), 7);
    for (const char *flag : {"has_issues", "has_projects", "has_wiki", "has_pages", "has_discussions", "archived", "disabled"})
        o.insert(QLatin1String(flag), QString::fromLatin1(flag).startsWith(QLatin1String("has_")));
    return o;
}

// "public-user" (GET /users/{username}); the profile fields are the caller's.
inline QJsonObject publicUser(const QString &login, const QJsonObject &profile)
{
    QJsonObject o = simpleUser(login);
    for (const char *field : {"name", "company", "blog", "location", "email", "hireable", "bio", "twitter_username"})
        o.insert(QLatin1String(field), QJsonValue::Null);
    o.insert(QStringLiteral("public_repos"), 0);
    o.insert(QStringLiteral("public_gists"), 0);
    o.insert(QStringLiteral("followers"), 0);
    o.insert(QStringLiteral("following"), 0);
    for (auto it = profile.begin(); it != profile.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// "release"; `name` and `publishedAt` may be null (a draft, an unnamed release).
inline QJsonObject release(const QString &repo, const QString &tag, const QJsonValue &name, const QJsonValue &publishedAt,
                           const QString &createdAt, bool prerelease, const QString &author)
{
    const qint64 id = idOf(repo + tag);
    const QString r = QStringLiteral("/repos/") + repo;
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("node_id"), QString(QStringLiteral("RE_kw") + QString::number(id))},
                       {QStringLiteral("url"), apiUrl(r + QStringLiteral("/releases/%1").arg(id))},
                       {QStringLiteral("assets_url"), apiUrl(r + QStringLiteral("/releases/%1/assets").arg(id))},
                       {QStringLiteral("upload_url"), QStringLiteral("https://uploads.github.com%1/releases/%2/assets{?name,label}").arg(r).arg(id)},
                       {QStringLiteral("html_url"), QStringLiteral("https://github.com/%1/releases/tag/%2").arg(repo, tag)},
                       {QStringLiteral("tarball_url"), apiUrl(r + QStringLiteral("/tarball/") + tag)},
                       {QStringLiteral("zipball_url"), apiUrl(r + QStringLiteral("/zipball/") + tag)},
                       {QStringLiteral("tag_name"), tag},
                       {QStringLiteral("target_commitish"), QStringLiteral("main")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("draft"), publishedAt.isNull()},
                       {QStringLiteral("prerelease"), prerelease},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("published_at"), publishedAt},
                       {QStringLiteral("author"), simpleUser(author)},
                       {QStringLiteral("assets"), QJsonArray{}}};
}

} // namespace insights::test::objects
