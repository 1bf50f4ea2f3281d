#include "starprogress.h"

#include "storage/sqlutil.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace insights {

Result<QStringList> StarProgress::warnings(QSqlDatabase &db, const QString &repo)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.key, c.value FROM collector_state c JOIN insight_source s ON s.id = c.source_id "
                             "WHERE s.key = 'github_stars' AND c.subject = ?"));
    q.addBindValue(repo);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QHash<QString, QString> state;
    while (q.next())
        state.insert(q.value(0).toString(), q.value(1).toString());

    QStringList out;
    // Runs without a token read no list at all; else a list GitHub refused to the token.
    if (state.value(QStringLiteral("no_token")) == QLatin1String("1"))
        out.append(tr("%1: star counts only — who starred, with profiles, needs a GitHub token (any scope): add one "
                      "in Settings.")
                       .arg(repo));
    else if (state.value(QStringLiteral("restricted")) == QLatin1String("1"))
        out.append(tr("%1: star counts only — GitHub shows who starred only to the repository's admins and "
                      "collaborators. Insights asks for the list again once a week.")
                       .arg(repo));
    const bool underWay = state.value(QStringLiteral("backfill_complete")) != QLatin1String("1")
                          && (!state.value(QStringLiteral("backfill_cursor")).isEmpty()
                              || !state.value(QStringLiteral("rest_next_url")).isEmpty());
    if (underWay) {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                     "WHERE t.key = 'new_star' AND m.subject = ?"));
        count.addBindValue(repo);
        if (auto st = execPrepared(count); !st)
            return st.error();
        count.next();
        const qint64 stored = count.value(0).toLongLong();
        const QLocale locale;
        out.append(tr("%1: first star collection under way, %2 of %3 stars stored; the next run continues.")
                       .arg(repo, locale.toString(stored), locale.toString(state.value(QStringLiteral("total")).toLongLong())));
    }
    return out;
}

} // namespace insights
