#include "collectionworker.h"

#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "secrets/keychainstore.h"
#include "secrets/tokens.h"
#include "storage/database.h"
#include "storage/httpcachestore.h"
#include "util/clock.h"

namespace insights {

CollectionWorker::CollectionWorker(QString dataDir) : m_dataDir(std::move(dataDir)) {}

void CollectionWorker::run(const QStringList &sources)
{
    m_cancelled.store(false);
    Config config(m_dataDir);
    Database db;
    if (auto st = db.open(config.databasePath()); !st) {
        emit finished(st.errorMessage(), true);
        return;
    }
    KeychainStore keychain;
    Tokens tokens(&keychain);
    HttpClient http(SystemClock::instance());
    HttpCacheStore cache(db.handle());
    http.setEtagCache(&cache);
    http.setCancelFlag(&m_cancelled);
    http.setNoticeHandler([this](const QString &notice) { emit progress(notice); });

    CollectionRunner runner(db, config, tokens, SystemClock::instance(), http);
    runner.setCancelFlag(&m_cancelled);
    runner.setProgressHandler([this](const QString &, const QString &message) { emit progress(message); });
    const RunReport report = runner.run(sources);

    QStringList lines;
    if (report.sources.isEmpty())
        lines << tr("Nothing to collect: no enabled source is configured. Open Settings to add a repository.");
    for (const SourceOutcome &s : report.sources) {
        switch (s.state) {
        case SourceOutcome::State::Ok:
            lines << tr("%1: done, %2 row(s) changed").arg(s.source).arg(s.changed());
            break;
        case SourceOutcome::State::Skipped:
            lines << s.message;
            break;
        case SourceOutcome::State::Cancelled:
            lines << s.message;
            break;
        case SourceOutcome::State::Failed:
            if (!s.message.isEmpty())
                lines << s.message;
            for (const SubjectOutcome &subject : s.subjects)
                if (!subject.ok && subject.message != s.message)
                    lines << subject.message;
            break;
        }
    }
    emit finished(lines.join(QLatin1Char('\n')), report.anyFailed());
}

} // namespace insights
