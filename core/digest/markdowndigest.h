#pragma once
// A digest as Markdown: a heading per subject with a table of its figures (the period, the one
// before and the change), then its biggest days, releases and posts, new referrers, popular paths
// and top pages as lists; the alerts and the user's notes at the end. Text from servers and
// users (referrers, paths, titles, notes) is escaped so it cannot become markup or break a table.
#include "digest.h"

namespace insights {

QString toMarkdown(const Digest &digest);

} // namespace insights
