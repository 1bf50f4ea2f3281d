#pragma once
// One star with the profile of whoever gave it, as both GitHub APIs describe it. Text fields
// the API leaves empty ("" or null) are nullopt; counts the API does not give are nullopt.
#include <QDateTime>
#include <QString>
#include <optional>

namespace insights {

struct Stargazer {
    QString login;        // empty for a deleted account (REST "user": null)
    QDateTime starredAt;  // UTC
    std::optional<QString> name, location, company, bio, email, blog;
    std::optional<qint64> followers, following, publicRepos, starsGiven;
    QDateTime accountCreatedAt; // invalid when unknown

    bool isDeleted() const { return login.isEmpty(); }
    // The stored item: the login, or a stable stand-in for a deleted account.
    QString item() const
    {
        return isDeleted() ? QStringLiteral("deleted:") + starredAt.toString(Qt::ISODate) : login;
    }
};

} // namespace insights
