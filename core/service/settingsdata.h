#pragma once
// What Settings pages read from the database, as plain values: the window runs these through
// AppService::read() in the reading thread and never sees the collectors' own types.
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace insights {

struct TrackedPostRow {
    QString postId;
    QString subreddit;
    QString title;
    QString permalink;
    std::optional<double> score; // the newest snapshot's, when there is one
};

class SettingsData final {
public:
    // PyPI installer → "human" or "bot" (pypi_installer_class), sorted by installer.
    static Result<QMap<QString, QString>> installerRules(QSqlDatabase &db);
    // The tracked Reddit posts, as `insights reddit list` shows them.
    static Result<QList<TrackedPostRow>> trackedPosts(QSqlDatabase &db);
};

} // namespace insights
