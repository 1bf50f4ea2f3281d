#pragma once
// The github_stars collector against the local stargazer server, in one process: a temporary
// data directory, the real HTTP client and runner, a test clock. And what a user would check in
// the file afterwards: every star with its profile and number, and the exact star-day titles,
// both derived independently from the server's fixture.
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "stargazerserver.h"
#include "storage/database.h"
#include "http/httpcachestore.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

namespace insights::test {

// item → metadata of every stored star of `repo`.
inline QHash<QString, QJsonObject> storedStars(QSqlDatabase &db, const QString &repo)
{
    QHash<QString, QJsonObject> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.item, m.metadata FROM insight_metric m JOIN insight_metric_type t "
                             "ON t.id = m.metric_type_id WHERE t.key = 'new_star' AND m.subject = ?"));
    q.addBindValue(repo);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

// date → title of every star-day event of `repo`.
inline QMap<QDate, QString> starDays(QSqlDatabase &db, const QString &repo)
{
    QMap<QDate, QString> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT date, title FROM insight_event WHERE kind = 'star_day' AND subject = ?"));
    q.addBindValue(repo);
    q.exec();
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString());
    return out;
}


struct StarsFixture {
    QTemporaryDir dir;
    StargazerTestServer server;
    TestClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)};
    MemorySecretStore secrets;
    Database db;
    std::unique_ptr<Config> config;
    std::unique_ptr<Tokens> tokens;
    std::atomic_bool cancel{false};
    QStringList progress;
    std::function<void(const QString &)> onProgress; // e.g. to interrupt a run part-way

    // `prefix`: the API's path prefix (GitHub Enterprise: /api/v3).
    explicit StarsFixture(const QStringList &repos, const QString &prefix = QString())
    {
        server.setPrefix(prefix);
        if (!server.listen())
            qFatal("stargazer server did not start");
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repos.join(QLatin1Char(',')));
        config = std::make_unique<Config>(dir.path(), env);
        tokens = std::make_unique<Tokens>(&secrets, env);
        secrets.write(Tokens::keychainKey(TokenKind::GitHub), server.token());
        if (!db.open(config->databasePath()).ok())
            qFatal("fixture setup failed");
    }

    RunReport collect()
    {
        HttpClient http(clock);
        http.setCancelFlag(&cancel);
        HttpCacheStore cache(db.handle());
        http.setEtagCache(&cache);
        CollectionRunner runner(db, *config, *tokens, clock, http);
        runner.setCancelFlag(&cancel);
        runner.setProgressHandler([this](const QString &, const QString &message) {
            progress.append(message);
            if (onProgress)
                onProgress(message);
        });
        http.setNoticeHandler([this](const QString &message) { progress.append(message); });
        RunReport report = runner.run({QStringLiteral("github_stars")});
        for (const SourceOutcome &source : report.sources)
            for (const SubjectOutcome &subject : source.subjects)
                if (!subject.ok)
                    qInfo("%s", qPrintable(subject.message));
        return report;
    }

    QHash<QString, QJsonObject> storedStars(const QString &repo);
    QMap<QDate, QString> starDays(const QString &repo);

    QString state(const QString &repo, const QString &key)
    {
        return scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE subject = ? AND key = ?"),
                      {repo, key})
            .toString();
    }
};

inline QHash<QString, QJsonObject> StarsFixture::storedStars(const QString &repo)
{
    return insights::test::storedStars(db.handle(), repo);
}

inline QMap<QDate, QString> StarsFixture::starDays(const QString &repo)
{
    return insights::test::starDays(db.handle(), repo);
}

inline QString itemOf(const FixtureStar &star)
{
    return star.login.isEmpty() ? QStringLiteral("deleted:") + star.starredAt.toString(Qt::ISODate) : star.login;
}

// The server's stars, oldest first, as the product must number them (ties by item).
inline QList<FixtureStar> inStarOrder(QList<FixtureStar> stars)
{
    std::stable_sort(stars.begin(), stars.end(), [](const FixtureStar &a, const FixtureStar &b) {
        return a.starredAt != b.starredAt ? a.starredAt < b.starredAt : itemOf(a) < itemOf(b);
    });
    return stars;
}

// The titles a user must see, computed from the fixture alone.
inline QMap<QDate, QString> expectedStarDays(const QList<FixtureStar> &stars)
{
    QMap<QDate, QList<int>> numbers;
    QMap<QDate, QString> logins;
    const QList<FixtureStar> ordered = inStarOrder(stars);
    for (int i = 0; i < ordered.size(); ++i) {
        numbers[ordered[i].starredAt.date()].append(i + 1);
        logins[ordered[i].starredAt.date()] = ordered[i].login.isEmpty() ? QStringLiteral("ghost") : ordered[i].login;
    }
    QMap<QDate, QString> out;
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        out.insert(it.key(), it->size() == 1 ? QStringLiteral("#%1 - %2").arg(it->first()).arg(logins[it.key()])
                                             : QStringLiteral("#%1-#%2 (%3 stars)").arg(it->first()).arg(it->last()).arg(it->size()));
    return out;
}

inline QJsonValue textOrNull(const std::optional<QString> &text)
{
    return text && !text->trimmed().isEmpty() ? QJsonValue(text->trimmed()) : QJsonValue(QJsonValue::Null);
}

// Every star of the fixture is stored once, with its profile and its number. `viaRest`: REST's
// user object has no count of stars given. `emailVisible`: the token may read e-mail addresses
// (REST's public e-mail always; GraphQL only with the user:email or read:user scope), else null.
enum class Email { Visible, Hidden, ViaApi };
inline void verifyStoredStars(QSqlDatabase &db, const QString &repo, const QList<FixtureStar> &fixture, bool viaRest = false,
                              Email email = Email::ViaApi)
{
    const bool emailVisible = email == Email::Visible || (email == Email::ViaApi && viaRest);
    const QHash<QString, QJsonObject> stored = storedStars(db, repo);
    const QList<FixtureStar> ordered = inStarOrder(fixture);
    QCOMPARE(stored.size(), ordered.size());
    static const QStringList keys{QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("location"),
                                  QStringLiteral("company"), QStringLiteral("bio"), QStringLiteral("email"),
                                  QStringLiteral("blog"), QStringLiteral("followers"), QStringLiteral("following"),
                                  QStringLiteral("public_repos"), QStringLiteral("stars_given"),
                                  QStringLiteral("account_created_at"), QStringLiteral("account_age_days"),
                                  QStringLiteral("github_pro"), QStringLiteral("starred_at"), QStringLiteral("star_number")};
    for (int i = 0; i < ordered.size(); ++i) {
        const FixtureStar &star = ordered[i];
        const QString item = itemOf(star);
        QVERIFY2(stored.contains(item), qPrintable(QStringLiteral("missing star ") + item));
        const QJsonObject meta = stored.value(item);
        for (const QString &key : keys)
            QVERIFY2(meta.contains(key), qPrintable(item + QStringLiteral(" lacks ") + key));
        QCOMPARE(meta.value(QLatin1String("star_number")).toInt(), i + 1);
        QCOMPARE(meta.value(QLatin1String("starred_at")).toString(), star.starredAt.toString(Qt::ISODate));
        QVERIFY(meta.value(QLatin1String("github_pro")).isNull());
        if (star.login.isEmpty()) {
            QVERIFY(meta.value(QLatin1String("username")).isNull());
            continue;
        }
        QCOMPARE(meta.value(QLatin1String("username")).toString(), star.login);
        QCOMPARE(meta.value(QLatin1String("name")), textOrNull(star.name));
        QCOMPARE(meta.value(QLatin1String("location")), textOrNull(star.location));
        QCOMPARE(meta.value(QLatin1String("company")), textOrNull(star.company));
        QCOMPARE(meta.value(QLatin1String("bio")), textOrNull(star.bio));
        QCOMPARE(meta.value(QLatin1String("email")), emailVisible ? textOrNull(star.email) : QJsonValue(QJsonValue::Null));
        QCOMPARE(meta.value(QLatin1String("blog")), textOrNull(star.blog));
        QCOMPARE(meta.value(QLatin1String("followers")).toInt(), star.followers);
        QCOMPARE(meta.value(QLatin1String("following")).toInt(), star.following);
        QCOMPARE(meta.value(QLatin1String("public_repos")).toInt(), star.publicRepos);
        if (viaRest)
            QVERIFY(meta.value(QLatin1String("stars_given")).isNull());
        else
            QCOMPARE(meta.value(QLatin1String("stars_given")).toInt(), star.starsGiven);
        QCOMPARE(meta.value(QLatin1String("account_created_at")).toString(), star.createdAt.toString(Qt::ISODate));
        QCOMPARE(meta.value(QLatin1String("account_age_days")).toInt(), int(star.createdAt.daysTo(star.starredAt)));
    }
}

} // namespace insights::test

namespace insights::test {

inline void verifyStoredStars(StarsFixture &f, const QString &repo, const QList<FixtureStar> &fixture, bool viaRest = false,
                              Email email = Email::ViaApi)
{
    verifyStoredStars(f.db.handle(), repo, fixture, viaRest, email);
}

} // namespace insights::test
