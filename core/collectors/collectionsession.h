#pragma once
// Everything one collection needs, wired together: tokens, one HTTP client with its ETag cache
// in the database, and the runner. Create it in the thread that collects (the CLI's main thread
// or the window's worker thread): its database connection and network manager belong there.
#include "collectionrunner.h"
#include "http/httpclient.h"
#include "secrets/tokens.h"
#include "http/httpcachestore.h"

namespace insights {

class CollectionSession final {
public:
    CollectionSession(Database &db, const Config &config, const SecretStore *secrets, Clock &clock);

    // Progress from the runner and notices from the HTTP client (retries, rate-limit waits).
    void setProgressHandler(std::function<void(const QString &message)> handler);
    // Checked between subjects and while waiting for the network; a cancelled source writes nothing.
    void setCancelFlag(const std::atomic_bool *cancelled);
    void setSourceDoneHandler(std::function<void(const SourceOutcome &)> handler)
    {
        m_runner.setSourceDoneHandler(std::move(handler));
    }

    void setSubjectGuard(CollectionRunner::SubjectGuard guard) { m_runner.setSubjectGuard(std::move(guard)); }

    RunReport run(const QStringList &sources, const CollectOptions &options = {});
    HttpClient &http() { return m_http; }

private:
    Tokens m_tokens;
    HttpClient m_http;
    HttpCacheStore m_cache;
    CollectionRunner m_runner;
};

} // namespace insights
