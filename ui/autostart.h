#pragma once
// Start at login (SPEC §7): an XDG autostart entry, ~/.config/autostart/insights.desktop
// ($XDG_CONFIG_HOME respected), written and removed by the Settings toggle.
#include "util/result.h"

#include <QString>

namespace insights {

class Autostart final {
public:
    static QString entryPath();
    static bool isEnabled();
    // `executable`: the command the entry starts (the running binary by default).
    static Status setEnabled(bool enabled, const QString &executable = {});
};

} // namespace insights
