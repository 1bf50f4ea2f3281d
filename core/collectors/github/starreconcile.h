#pragma once
// The periodic full walk's conclusion (SPEC §1 unstars): a stored star missing from a complete
// listing was withdrawn. Its row stays, with `unstarred_at` in the metadata and an `unstar`
// timeline event, and it is counted out of the current total; a star that reappears is restored.
#include "starrun.h"

#include <QCoreApplication>
#include <QSet>

namespace insights {

class StarReconcile final {
    Q_DECLARE_TR_FUNCTIONS(StarReconcile)
public:
    // `listed`: keys of every star the API listed; `total`: the count GitHub reports.
    static Status apply(StarRun &run, const QSet<QString> &listed, qint64 total);
    static bool isDue(const StarLedger &ledger, const QDateTime &now, int days);
};

} // namespace insights
