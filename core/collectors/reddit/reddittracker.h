#pragma once
// What `insights reddit add/remove` and the tray's "Track Reddit post" do: turn whatever link the
// user pasted into a post id (following a share, app or gallery link's redirects), look the post
// up (through OAuth when a client id is configured), and start tracking it with its first
// snapshot and a timeline event — all in one transaction, so a link that is not a Reddit post, or
// a post Reddit will not show, changes nothing.
#include "redditposts.h"

#include <QCoreApplication>

namespace insights {

class Clock;
struct RedditEndpoints;
class Config;
class Database;
class HttpClient;

struct TrackOutcome {
    RedditPost post;
    bool alreadyTracked = false; // the same post in another form: tracked once, refreshed
};

class RedditTracker final {
    Q_DECLARE_TR_FUNCTIONS(RedditTracker)
public:
    RedditTracker(Database &db, const Config &config, Clock &clock, HttpClient &http);

    Result<TrackOutcome> add(const QString &link);
    // `idOrLink`: a post id as `list` shows it, or any link form `add` accepts.
    // Returns the id that was removed.
    Result<QString> remove(const QString &idOrLink, bool purge);

private:
    Result<QString> postIdOf(const QString &link, const RedditEndpoints &endpoints);

    Database &m_db;
    const Config &m_config;
    Clock &m_clock;
    HttpClient &m_http;
};

} // namespace insights
