#pragma once
// What a newcomer's repository brings along (the welcome page and `insights track`): GitHub's
// answer for the repository — public API, a token only when one is at hand — and from it the
// PyPI packages that name it (PackageFinder over ClickHouse's pypi.projects) and its homepage's
// domain as a possible Plausible site.
#include "collectors/pypi/packagefinder.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace insights {

class Clock;
class Config;
class HttpClient;
class Tokens;

struct DiscoveredRepository {
    QString fullName;       // owner/name as GitHub spells it now (after a rename or different capitals)
    QString description;    // may be empty
    QString homepage;       // the repository's homepage as given, may be empty
    QString siteDomain;     // the homepage's domain when Plausible could track it, else empty
    int stars = 0;
    bool isPrivate = false;
    QList<FoundPackage> packages; // those whose newest upload still names the repository first
    QString packagesProblem;      // non-empty: the package lookup failed; the repository is still fine
};

class RepositoryDiscovery final {
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
public:
    // `input`: owner/name or a GitHub link (Validation::repository). A repository GitHub does not
    // know (404) or a malformed name is an error with a message for the user and nothing else is
    // asked; a failing package lookup is not (see packagesProblem). `findPackages` false: GitHub only.
    static Result<DiscoveredRepository> discover(HttpClient &http, Clock &clock, const Config &config, Tokens &tokens,
                                                 const QString &input, bool findPackages = true);
    // The site Plausible could track for a homepage: its host, lower-case, without "www.", when
    // the address is http(s) and the host is a domain of the project's own (not github.com,
    // pypi.org, an IP address or localhost); else empty.
    static QString siteDomain(const QString &homepage);
};

} // namespace insights
