#pragma once
// What a user may type where Insights asks for a repository, a package, a site, an address or a
// Reddit app: one set of rules for Settings and the command line, so both refuse the same values
// with the same words. Each answers the value as Insights keeps it (a pasted GitHub link becomes
// owner/name), or a message that says what is expected, with an example a newcomer can follow.
#include "util/result.h"

#include <QCoreApplication>

namespace insights {

class Validation final {
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // "owner/name"; a GitHub address as people paste it (https://github.com/owner/name/tree/main,
    // github.com/owner/name.git, git@github.com:owner/name.git) becomes owner/name.
    static Result<QString> repository(const QString &text);
    // A PyPI project name, normalised as PEP 503 says ("Django_REST.framework" → "django-rest-framework").
    static Result<QString> pypiPackage(const QString &text);
    // A site as Plausible names it, its domain ("docs.example.org"); a pasted https://…/ address
    // loses its scheme and trailing slash.
    static Result<QString> plausibleSite(const QString &text);
    // An API's base address: http or https with a host, no query or fragment (a path prefix such as
    // GitHub Enterprise's /api/v3 is kept). `example`: the address to suggest in the message.
    static Result<QString> baseUrl(const QString &text, const QString &example);
    // The client id of a Reddit "installed app" (letters, digits, - and _).
    static Result<QString> redditClientId(const QString &text);
    // A Reddit user name; "u/name" and "/u/name", as Reddit writes them, become "name".
    static Result<QString> redditUsername(const QString &text);
};

} // namespace insights
