#pragma once
// What a page without data says instead of empty axes: what it would show, why it is empty,
// and the one action that fills it — built from the page's data, its sources' status and
// whether their token or key is at hand. The window draws it; the rules are here, testable
// without widgets. Never a command line or an environment variable: the window offers buttons.
#include "dashboard/pagedata.h"
#include "status/statusreport.h"

#include <QCoreApplication>
#include <optional>

namespace insights {

struct EmptyState {
    enum class Action {
        None,
        Track,       // the welcome page: add a repository
        Settings,    // a Settings page (settingsPage) to add a subject, token or key
        Collect,     // collect `source` now
        ShowAllTime, // data exists, only not in this range
    };
    QString title;
    QString text;        // what the page shows once it has data, and why it has none yet
    Action action = Action::None;
    QString actionLabel; // the button's text
    QString settingsPage; // Settings: "github", "pypi", "plausible", "reddit"
    QString source;       // Collect: the source key
    bool failing = false; // the source is configured but its collection failed (text says why)
};

class EmptyStates final {
    Q_DECLARE_TR_FUNCTIONS(EmptyStates)
public:
    // nullopt when the page has data to draw. `status`: the page's source (null when unknown);
    // `credentialAtHand`: its token or key, for sources that need one; `collecting`: a run is
    // under way (the page fills as it lands); `teamDatabase`: the window shows a team database,
    // whose collectors track and collect what this computer does not.
    static std::optional<EmptyState> forPage(const PageData &data, const SourceStatus *status, bool credentialAtHand,
                                             bool collecting, bool teamDatabase = false);
    // One sentence on what a page shows once it has data.
    static QString purpose(const QString &page);
};

} // namespace insights
