#include "collectionworker.h"

#include "collectors/collectionsession.h"
#include "config/config.h"
#include "secrets/keychainstore.h"
#include "storage/database.h"
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
    CollectionSession session(db, config, &keychain, SystemClock::instance());
    session.setCancelFlag(&m_cancelled);
    session.setProgressHandler([this](const QString &message) { emit progress(message); });
    const RunReport report = session.run(sources);

    QStringList lines;
    if (report.sources.isEmpty())
        lines << tr("Nothing to collect: no enabled source is configured. Open Settings to add a repository.");
    for (const SourceOutcome &s : report.sources) {
        for (const SubjectOutcome &subject : s.subjects)
            lines << subject.notes;
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
