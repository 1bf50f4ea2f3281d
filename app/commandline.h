#pragma once
// Parses the command line of SPEC §3 into a command and its options. Parsing never exits the
// process; a usage error comes back as a message and exit code 2.
#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QStringList>
#include <optional>

namespace insights {

struct CommandLine {
    QString command;      // empty: open the window
    QStringList arguments; // positional arguments after the command
    QString dataDir;
    std::optional<int> lookbackDays;
    bool purge = false; // reddit remove --purge, untrack --purge
    bool noDiscover = false; // track --no-discover
    QString out;        // chart/export --out FILE
    QDate from, to;     // chart/export --from/--to
    QString format;     // export --format csv|json
    QString source;     // export --source KEY
    QStringList subjects; // --subject S, repeatable: note and export take one, chart up to ten (compared)
    bool noPersonal = false; // export --no-personal: stargazers' names, e-mail and the like left out
    QSize size;         // chart --size WxH
    bool logScale = false; // chart --log
    bool alignStart = false; // chart --align start (several subjects on stars or pypi)
    QString sampleSize; // sample --size small|large (empty: small)
    QString migrateTo;  // migrate --to postgresql://…|FILE.db
    bool merge = false; // migrate --merge
    bool once = false;  // collector --once
    bool help = false;
    bool version = false;
    QString error; // non-empty: usage error
};

class CommandLineParser final {
    Q_DECLARE_TR_FUNCTIONS(CommandLineParser)
public:
    static CommandLine parse(const QStringList &arguments);
    static QString usage();
    // After a usage error: where to read the usage ("Run insights --help …").
    static QString seeHelp();
    static QString versionText(); // `insights --version`: the version, then the licence
};

} // namespace insights
