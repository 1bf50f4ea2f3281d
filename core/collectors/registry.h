#pragma once
// The sources Insights knows (SPEC §1) and the collectors this build implements.
#include "collector.h"

#include <memory>
#include <vector>

namespace insights {

// Every source key of SPEC §1, in display order.
QStringList allSourceKeys();
// A collector for `key`, or nullptr when this build does not implement that source yet.
std::unique_ptr<Collector> createCollector(const QString &key);

} // namespace insights
