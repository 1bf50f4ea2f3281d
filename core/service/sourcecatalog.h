#pragma once
// The sources as a person choosing a schedule sees them: a name, a sentence on what the source
// collects, and its usual interval. Settings shows this list; the keys stay internal.
#include "secrets/tokenkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace insights {

struct SourceInfo {
    QString key;         // "github_traffic", as settings.ini and the command line name it
    QString displayName; // in the user's language
    QString description; // what it collects, one sentence
    int defaultIntervalHours = 24;
    bool available = true; // false: this build has no collector for it yet
};

class SourceCatalog final {
    Q_DECLARE_TR_FUNCTIONS(SourceCatalog)
public:
    // Every source, in the order the window lists them.
    static QList<SourceInfo> all();
    // The token or key a source cannot collect without (github_traffic: GitHub, plausible:
    // Plausible); nullopt for the sources that collect without one (stars, events, PyPI, Reddit).
    static std::optional<TokenKind> credentialOf(const QString &sourceKey);
};

} // namespace insights
