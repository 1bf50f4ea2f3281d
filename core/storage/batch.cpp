#include "batch.h"

namespace insights {

QString periodName(Period period)
{
    switch (period) {
    case Period::Daily: return QStringLiteral("daily");
    case Period::Snapshot: return QStringLiteral("snapshot");
    case Period::Event: return QStringLiteral("event");
    case Period::Cumulative: return QStringLiteral("cumulative");
    }
    return {};
}

void Batch::append(Batch &&other)
{
    rows.append(std::move(other.rows));
    snapshots.append(std::move(other.snapshots));
    events.append(std::move(other.events));
    state.append(std::move(other.state));
    notes.append(std::move(other.notes));
}

} // namespace insights
