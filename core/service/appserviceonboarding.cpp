// AppService: the first run. Discovery asks GitHub and ClickHouse on a pool thread with its own
// HTTP client (the window never waits for the network); the sample data is generated there too.
#include "appservice.h"

#include "http/httpclient.h"
#include "sample/sampledata.h"
#include "service/pooltask.h"
#include "secrets/secretservice.h"
#include "secrets/secretsnapshot.h"
#include "secrets/tokens.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>

namespace insights {

bool AppService::isTrackingEmpty() const
{
    return !isTeamDatabase() && Tracking::isEmpty(*m_config);
}

void AppService::discoverRepository(const QString &input, QObject *context,
                                    std::function<void(const Result<DiscoveredRepository> &)> done)
{
    // The environment's token when there is one; the keychain is not asked for a first look (a
    // public repository answers anyone, and the first run has no stored token anyway).
    const QString dataDir = m_dataDir;
    runOnPool<Result<DiscoveredRepository>>(
        [dataDir, input]() -> Result<DiscoveredRepository> {
            Config config(dataDir);
            Tokens tokens(nullptr);
            HttpClient http(SystemClock::instance());
            return RepositoryDiscovery::discover(http, SystemClock::instance(), config, tokens, input);
        },
        context, std::move(done));
}

Result<TrackingChange> AppService::track(const TrackingChange &wanted)
{
    auto added = Tracking::add(*m_config, wanted);
    if (added)
        settingsSaved();
    return added;
}

void AppService::prepareSample(QObject *context, std::function<void(const Result<QString> &)> done)
{
    const QString dir = SampleData::defaultDirFor(m_dataDir);
    runOnPool<Result<QString>>(
        [dir]() -> Result<QString> {
            // A sample from today is kept; an older one is made again so its last days are recent.
            const QFileInfo marker(QDir(dir).filePath(SampleData::markerFileName()));
            if (SampleData::isSample(dir) && marker.lastModified().date() == QDate::currentDate())
                return dir;
            auto created = SampleData::create(dir, QStringLiteral("small"), QDate::currentDate());
            if (!created)
                return created.error();
            return dir;
        },
        context, std::move(done));
}

void AppService::refreshCredentials()
{
    if (m_sample)
        return;
    for (const TokenKind kind : {TokenKind::GitHub, TokenKind::Plausible}) {
        if (tokenFromEnvironment(kind))
            setCredential(kind, true);
        else
            hasStoredToken(kind, this, [this, kind](bool stored) { setCredential(kind, stored); });
    }
}

void AppService::learnCredentials(const SecretSnapshot &secrets)
{
    for (const TokenKind kind : {TokenKind::GitHub, TokenKind::Plausible}) {
        if (tokenFromEnvironment(kind)) {
            setCredential(kind, true);
            continue;
        }
        const QString key = Tokens::keychainKey(kind);
        if (!secrets.keys().contains(key))
            continue; // not read for this run
        const auto stored = secrets.read(key);
        if (stored) // an unreadable keychain tells nothing either way
            setCredential(kind, stored->has_value() && !(*stored)->trimmed().isEmpty());
    }
}

void AppService::setCredential(TokenKind kind, bool atHand)
{
    const bool changed = !m_credentials.contains(int(kind)) || m_credentials.value(int(kind)) != atHand;
    m_credentials[int(kind)] = atHand;
    if (changed)
        emit credentialsKnown();
}

} // namespace insights
