#include "collectionsession.h"

#include "storage/database.h"

namespace insights {

CollectionSession::CollectionSession(Database &db, const Config &config, const SecretStore *secrets, Clock &clock)
    : m_tokens(secrets), m_http(clock), m_cache(db.handle()), m_runner(db, config, m_tokens, clock, m_http)
{
    m_http.setEtagCache(&m_cache);
}

void CollectionSession::setProgressHandler(std::function<void(const QString &)> handler)
{
    m_http.setNoticeHandler(handler);
    m_runner.setProgressHandler([handler](const QString &, const QString &message) {
        if (handler)
            handler(message);
    });
}

void CollectionSession::setCancelFlag(const std::atomic_bool *cancelled)
{
    m_http.setCancelFlag(cancelled);
    m_runner.setCancelFlag(cancelled);
}

RunReport CollectionSession::run(const QStringList &sources, const CollectOptions &options)
{
    return m_runner.run(sources, options);
}

} // namespace insights
