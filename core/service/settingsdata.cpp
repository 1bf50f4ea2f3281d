#include "settingsdata.h"

#include "collectors/pypi/installerclasses.h"
#include "collectors/reddit/redditposts.h"

namespace insights {

Result<QMap<QString, QString>> SettingsData::installerRules(QSqlDatabase &db)
{
    return InstallerClasses::rules(db);
}

Result<QList<TrackedPostRow>> SettingsData::trackedPosts(QSqlDatabase &db)
{
    auto posts = RedditPosts(db).list();
    if (!posts)
        return posts.error();
    QList<TrackedPostRow> rows;
    for (const TrackedPost &post : std::as_const(*posts))
        rows.append(TrackedPostRow{post.postId, post.subreddit, post.title, post.permalink, post.score});
    return rows;
}

} // namespace insights
