#include "redditpost.h"

#include "http/urlutil.h"
#include "util/jsonutil.h"

#include <QJsonArray>
#include <cmath>

namespace insights {

namespace {

// The post object of a comments listing, or of a plain Listing (by_id answers).
QJsonObject postObject(const QJsonDocument &doc)
{
    QJsonValue listing;
    if (doc.isArray())
        listing = doc.array().at(0);
    else if (doc.isObject())
        listing = doc.object();
    const QJsonObject root = listing.toObject();
    if (root.value(QLatin1String("kind")).toString() != QLatin1String("Listing"))
        return {};
    const QJsonObject child = root.value(QLatin1String("data")).toObject().value(QLatin1String("children")).toArray().at(0).toObject();
    if (child.value(QLatin1String("kind")).toString() != QLatin1String("t3"))
        return {};
    return child.value(QLatin1String("data")).toObject();
}

} // namespace

Result<RedditPost> RedditPostParser::parse(const QByteArray &body, const QString &expectedId)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    const QJsonObject data = postObject(*doc);
    if (data.isEmpty())
        return makeError(tr("the answer is not a Reddit post listing"), Error::Kind::Parse);

    RedditPost post;
    post.id = json::string(data.value(QLatin1String("id"))).value_or(QString()).toLower();
    if (post.id != expectedId)
        return makeError(tr("Reddit answered with post \"%1\" instead of \"%2\"").arg(post.id.left(20), expectedId),
                         Error::Kind::Parse);
    post.title = json::string(data.value(QLatin1String("title"))).value_or(QString());
    post.subreddit = json::string(data.value(QLatin1String("subreddit"))).value_or(QString());
    post.author = json::string(data.value(QLatin1String("author"))).value_or(QString());
    post.permalink = json::string(data.value(QLatin1String("permalink"))).value_or(QString());
    post.link = json::string(data.value(QLatin1String("url"))).value_or(QString());

    const auto score = json::number(data.value(QLatin1String("score")));
    const auto comments = json::number(data.value(QLatin1String("num_comments")));
    const auto created = json::number(data.value(QLatin1String("created_utc")));
    if (!score || !comments || !created || post.subreddit.isEmpty() || !post.permalink.startsWith(u'/'))
        return makeError(tr("post %1 lacks its score, comment count, creation time, subreddit or permalink").arg(expectedId),
                         Error::Kind::Parse);
    post.score = *score;
    post.comments = *comments;
    post.upvoteRatio = json::number(data.value(QLatin1String("upvote_ratio")));
    if (post.upvoteRatio && (*post.upvoteRatio < 0 || *post.upvoteRatio > 1))
        post.upvoteRatio.reset();
    post.upvotes = estimatedUpvotes(post.score, post.upvoteRatio);
    // created_utc is a float of seconds; milliseconds keep its fraction without rounding surprises.
    post.created = QDateTime::fromMSecsSinceEpoch(qint64(*created * 1000.0), Qt::UTC);
    return post;
}

std::optional<double> estimatedUpvotes(double score, std::optional<double> upvoteRatio)
{
    // ratio ≤ ½ means no more upvotes than downvotes: then score ≤ 0 and u is not determined.
    if (!upvoteRatio || *upvoteRatio <= 0.5 || score <= 0)
        return std::nullopt;
    const double upvotes = std::round(score * *upvoteRatio / (2 * *upvoteRatio - 1));
    return upvotes >= score ? std::optional(upvotes) : std::nullopt;
}

QString permalinkUrl(const RedditPost &post, const QUrl &redditBase)
{
    return joinUrl(redditBase, post.permalink).toString();
}

MetricRow postStatsRow(const RedditPost &post, const QUrl &redditBase, const QDate &day, const QDateTime &fetchedAt)
{
    MetricRow row = MetricRow::make("post_stats", post.id, day, Period::Event, post.score, post.id);
    row.metadata = {
        {QStringLiteral("post_id"), post.id},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("subreddit"), post.subreddit},
        {QStringLiteral("author"), post.author},
        {QStringLiteral("url"), permalinkUrl(post, redditBase)},
        {QStringLiteral("link"), post.link},
        {QStringLiteral("upvotes"), post.upvotes ? QJsonValue(*post.upvotes) : QJsonValue()},
        {QStringLiteral("comments"), post.comments},
        {QStringLiteral("upvote_ratio"), post.upvoteRatio ? QJsonValue(*post.upvoteRatio) : QJsonValue()},
        {QStringLiteral("created_utc"), post.created.toString(Qt::ISODate)},
        {QStringLiteral("fetched_at"), fetchedAt.toUTC().toString(Qt::ISODate)},
    };
    return row;
}

EventRow postEvent(const RedditPost &post)
{
    EventRow event;
    event.source = QStringLiteral("reddit");
    event.subject = post.id;
    event.date = post.created.date();
    event.kind = QStringLiteral("reddit_post");
    event.item = post.id;
    event.title = QStringLiteral("r/%1: %2").arg(post.subreddit, post.title);
    event.metadata = {{QStringLiteral("post_id"), post.id},
                      {QStringLiteral("subreddit"), post.subreddit},
                      {QStringLiteral("permalink"), post.permalink}};
    return event;
}

} // namespace insights
