#include "trackcommands.h"

#include "clicommands.h"
#include "clistreams.h"
#include "config/config.h"
#include "config/validation.h"
#include "databaseopen.h"
#include "http/httpclient.h"
#include "onboarding/repositorydiscovery.h"
#include "onboarding/tracking.h"
#include "sample/sampledata.h"
#include "secrets/keychain.h"
#include "secrets/secretsnapshot.h"
#include "secrets/tokens.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDir>
#include <QTextStream>
#include <climits>

namespace insights {

namespace {

using cli::err;
using cli::out;

// The GitHub token as a collection would get it: the environment, else the keychain (read only
// when the environment does not set it). The snapshot must outlive the Tokens reading it.
SecretSnapshot githubSecrets(Keychain &keychain)
{
    const QString key = Tokens::keychainKey(TokenKind::GitHub);
    if (!Tokens::keychainKeysToRead().contains(key))
        return {};
    return SecretSnapshot::loadNow(keychain, {key}, SecretSnapshot::kDefaultTimeoutMs);
}

bool containsIgnoringCase(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

// A path as the user would type it back: quoted when it holds a space.
QString shellPath(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    return native.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(native) : native;
}

} // namespace

int TrackCommands::track(const CommandLine &cl, const QString &dataDir)
{
    auto repo = Validation::repository(cl.arguments.value(0));
    if (!repo)
        return CliCommands::usageError(repo.errorMessage());
    if (SampleData::isSample(dataDir)) {
        err() << tr("%1 holds sample data; track repositories in your own data directory.").arg(shellPath(dataDir)) << Qt::endl;
        return ExitSourceFailed;
    }
    Config config(dataDir);
    if (containsIgnoringCase(config.githubRepos(), *repo)) {
        out() << tr("%1 is already tracked.").arg(*repo) << Qt::endl;
        return ExitOk;
    }

    Keychain keychain;
    const SecretSnapshot secrets = githubSecrets(keychain);
    Tokens tokens(&secrets);
    HttpClient http(SystemClock::instance());
    http.options().maxAttempts = 2; // someone is waiting: one retry, then say what failed
    http.setNoticeHandler([](const QString &message) { err() << message << Qt::endl; });
    err() << (cl.noDiscover ? tr("Asking GitHub about %1…").arg(*repo)
                            : tr("Asking GitHub about %1 and ClickHouse for its PyPI packages…").arg(*repo))
          << Qt::endl;
    auto found = RepositoryDiscovery::discover(http, SystemClock::instance(), config, tokens, *repo, !cl.noDiscover);
    if (!found) {
        err() << found.errorMessage() << Qt::endl;
        if (found.error().kind == Error::Kind::RateLimited)
            err() << tr("A token raises the limit: set %1, or add one in Settings.")
                         .arg(Tokens::environmentVariable(TokenKind::GitHub))
                  << Qt::endl;
        return ExitSourceFailed;
    }

    out() << (found->description.isEmpty()
                  ? tr("Found %1 on GitHub: %n star(s).", nullptr, found->stars).arg(found->fullName)
                  : tr("Found %1 on GitHub: %n star(s) — %2", nullptr, found->stars).arg(found->fullName, found->description.simplified()))
          << Qt::endl;
    if (found->fullName.compare(*repo, Qt::CaseInsensitive) != 0) // renamed or moved, not just other capitals
        out() << tr("GitHub calls %1 %2 now; tracking it under that name.").arg(*repo, found->fullName) << Qt::endl;

    TrackingChange wanted;
    wanted.repositories << found->fullName;
    // Packages set in the environment override Settings: the found ones are named, not added.
    QStringList packagesFound;
    for (const FoundPackage &p : std::as_const(found->packages))
        packagesFound << p.name;
    const bool packagesFromEnvironment = !config.overridingVariable(Config::packageVariables()).isEmpty();
    if (!packagesFromEnvironment)
        wanted.packages = packagesFound;
    else if (!packagesFound.isEmpty())
        err() << tr("PyPI packages found: %1. INSIGHT_PYPI_PACKAGES decides the packages here; add them there.")
                     .arg(packagesFound.join(QStringLiteral(", ")))
              << Qt::endl;
    auto added = Tracking::add(config, wanted);
    if (!added) {
        err() << added.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    if (added->repositories.isEmpty())
        out() << tr("%1 is already tracked.").arg(found->fullName) << Qt::endl;
    else
        out() << tr("Tracking repository %1").arg(found->fullName) << Qt::endl;
    for (const QString &package : std::as_const(added->packages))
        out() << tr("Tracking PyPI package %1").arg(package) << Qt::endl;
    for (const QString &package : std::as_const(wanted.packages))
        if (!added->packages.contains(package))
            out() << tr("PyPI package %1 is already tracked.").arg(package) << Qt::endl;
    if (!found->packagesProblem.isEmpty())
        err() << tr("warning: the PyPI packages could not be looked up: %1").arg(found->packagesProblem) << Qt::endl;
    else if (!cl.noDiscover && found->packages.isEmpty())
        out() << tr("No PyPI package names %1 as its repository.").arg(found->fullName) << Qt::endl;
    if (!found->siteDomain.isEmpty() && !containsIgnoringCase(config.plausibleSites(), found->siteDomain))
        out() << tr("Plausible site suggestion: %1 (add it in Settings with a Plausible key)").arg(found->siteDomain) << Qt::endl;
    err() << tr("Collect now with: insights collect") << Qt::endl;
    return ExitOk;
}

int TrackCommands::untrack(const CommandLine &cl, const QString &dataDir)
{
    Config config(dataDir);
    auto removed = Tracking::remove(config, cl.arguments.value(0));
    if (!removed) {
        err() << removed.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    for (const QString &repo : std::as_const(removed->repositories))
        out() << tr("Stopped tracking repository %1").arg(repo) << Qt::endl;
    for (const QString &package : std::as_const(removed->packages))
        out() << tr("Stopped tracking PyPI package %1").arg(package) << Qt::endl;
    for (const QString &site : std::as_const(removed->sites))
        out() << tr("Stopped tracking Plausible site %1").arg(site) << Qt::endl;
    if (!cl.purge) {
        out() << tr("Its data is kept (--purge deletes it).") << Qt::endl;
        return ExitOk;
    }
    Database db;
    auto opened = openCommandDatabase(db, config);
    auto deleted = opened ? Tracking::purge(db.handle(), *removed) : Result<qint64>(opened.error());
    if (!deleted) {
        // Nothing was deleted (one transaction): tracked again, so that the same command can be
        // run once the database can be written.
        Tracking::add(config, *removed).ok();
        err() << deleted.errorMessage() << Qt::endl;
        err() << tr("Nothing was deleted and %1 is still tracked.").arg(cl.arguments.value(0)) << Qt::endl;
        return ExitSourceFailed;
    }
    out() << tr("Deleted %n row(s) of its data.", nullptr, int(std::min<qint64>(*deleted, INT_MAX))) << Qt::endl;
    return ExitOk;
}

int TrackCommands::sample(const CommandLine &cl)
{
    const QString dir = QDir(cl.dataDir).absolutePath();
    const QString size = cl.sampleSize.isEmpty() ? QStringLiteral("small") : cl.sampleSize;
    err() << tr("Creating %1 sample data in %2…").arg(size, shellPath(dir)) << Qt::endl;
    auto rows = SampleData::create(dir, size, QDate::currentDate());
    if (!rows) {
        err() << rows.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    out() << tr("Sample data (%n metric row(s)) in %1", nullptr, int(std::min<qint64>(*rows, INT_MAX))).arg(shellPath(dir))
          << Qt::endl;
    out() << tr("Open it with: insights --data-dir %1").arg(shellPath(dir)) << Qt::endl;
    return ExitOk;
}

} // namespace insights
