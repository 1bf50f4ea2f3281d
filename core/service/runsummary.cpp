#include "runsummary.h"

namespace insights {

QStringList RunSummary::lines(const RunReport &report)
{
    QStringList lines;
    if (report.sources.isEmpty())
        lines << tr("Nothing to collect: no enabled source is configured. Open Settings to add a repository.");
    for (const SourceOutcome &s : report.sources) {
        for (const SubjectOutcome &subject : s.subjects)
            lines << subject.notes;
        switch (s.state) {
        case SourceOutcome::State::Ok:
            lines << tr("%1: done, %2 row(s) changed").arg(s.source).arg(s.changed());
            break;
        case SourceOutcome::State::Skipped:
        case SourceOutcome::State::Cancelled:
            lines << s.message;
            break;
        case SourceOutcome::State::Failed:
            if (!s.message.isEmpty())
                lines << s.message;
            for (const SubjectOutcome &subject : s.subjects)
                if (!subject.ok && subject.message != s.message)
                    lines << subject.message;
            break;
        }
    }
    return lines;
}

QStringList RunSummary::failures(const RunReport &report)
{
    QStringList failures;
    for (const SourceOutcome &s : report.sources)
        if (s.state == SourceOutcome::State::Failed)
            failures << (s.message.isEmpty() ? s.subjects.value(0).message : s.message);
    return failures;
}

} // namespace insights
