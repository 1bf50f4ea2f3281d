#pragma once
// Which PyPI packages a GitHub repository publishes, from the public ClickHouse dataset's
// pypi.projects (one row per uploaded file, with the upload's project_urls and home_page; ClickPy
// links packages to repositories this way). One query, counted against the shared quota when the
// client has a QueryBudget. A URL names the repository in any form packages use: http or https,
// with or without www., capitals, a .git suffix, a path or fragment after it (/tree/main/sub,
// #readme), git+https:// and git@github.com: forms, inside project_urls' "Label, URL" text.
#include "clickhouse/clickhouseclient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace insights {

struct FoundPackage {
    QString name;          // normalized (PEP 503), as the downloads dataset names it
    bool current = false;  // the newest upload still names the repository (false: only older ones did)
    QDateTime lastUpload;  // of any file of the package, UTC
};

class PackageFinder final {
    Q_DECLARE_TR_FUNCTIONS(PackageFinder)
public:
    static constexpr int kMaxPackages = 100;

    // Packages whose uploads name github.com/`ownerRepo`: those whose newest upload does first,
    // then by newest upload. An empty list is an answer, not an error.
    static Result<QList<FoundPackage>> find(ClickHouseClient &clickhouse, const QString &ownerRepo);
    // The RE2 pattern (case-insensitive) that a URL naming the repository matches; empty for a
    // name that is not owner/repo.
    static QString urlPattern(const QString &ownerRepo);
};

} // namespace insights
