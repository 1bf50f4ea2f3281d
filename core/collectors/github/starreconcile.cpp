#include "starreconcile.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

namespace insights {

namespace {

// A stored star written again with changed metadata.
MetricRow storedStar(const QString &subject, const QString &key, const QJsonObject &metadata)
{
    MetricRow row;
    row.metric = QStringLiteral("new_star");
    row.subject = subject;
    row.date = QDate::fromString(key.section(u'|', 0, 0), Qt::ISODate);
    row.period = Period::Event;
    row.item = key.section(u'|', 1);
    row.value = 1;
    row.metadata = metadata;
    return row;
}

} // namespace

bool StarReconcile::isDue(const StarLedger &ledger, const QDateTime &now, int days)
{
    const QDateTime last = parseIsoUtc(ledger.state(QString::fromLatin1(StarRun::kLastReconcile)));
    // An hour's slack, so a daily run that starts a little earlier than last week's still counts.
    return !last.isValid() || last.secsTo(now) >= qint64(days) * 86'400 - 3'600;
}

Status StarReconcile::apply(StarRun &run, const QSet<QString> &listed, qint64 total)
{
    const StarLedger &ledger = run.ledger();
    QSqlDatabase &db = run.context().db;
    const QDateTime now = run.context().clock.nowUtc();
    QStringList gone, back;
    for (const QString &key : ledger.currentKeys())
        if (!listed.contains(key))
            gone.append(key);
    for (const QString &key : ledger.unstarredKeys())
        if (listed.contains(key))
            back.append(key);

    // A listing that came back much shorter than GitHub's own count is not evidence of unstars.
    if (gone.size() > 10 && gone.size() * 10 > ledger.currentCount() && listed.size() * 10 < total * 9) {
        run.addNote(tr("GitHub listed %1 of %2 stars; unstars were not checked this time.")
                        .arg(listed.size())
                        .arg(total));
        return Ok{};
    }

    for (const QString &key : std::as_const(gone)) {
        auto meta = ledger.metadata(db, key);
        if (!meta)
            return meta.error();
        meta->insert(QStringLiteral("unstarred_at"), isoUtc(now));
        const MetricRow row = storedStar(run.subject(), key, *meta);
        run.addRow(row);

        const QString login = meta->value(QLatin1String("username")).toString();
        const int number = meta->value(QLatin1String("star_number")).toInt();
        EventRow event;
        event.source = QString::fromLatin1(StarLedger::kSource);
        event.subject = run.subject();
        event.date = now.date();
        event.kind = QStringLiteral("unstar");
        event.item = row.item;
        event.title = number > 0 ? tr("Unstarred: %1 (was #%2)").arg(login.isEmpty() ? QStringLiteral("ghost") : login).arg(number)
                                 : tr("Unstarred: %1").arg(login.isEmpty() ? QStringLiteral("ghost") : login);
        event.metadata = {{QStringLiteral("starred_at"), meta->value(QLatin1String("starred_at"))},
                          {QStringLiteral("username"), meta->value(QLatin1String("username"))}};
        run.addEvent(event);
    }
    for (const QString &key : std::as_const(back)) {
        auto meta = ledger.metadata(db, key);
        if (!meta)
            return meta.error();
        meta->remove(QStringLiteral("unstarred_at"));
        const MetricRow row = storedStar(run.subject(), key, *meta);
        run.addRow(row);
    }
    if (!gone.isEmpty())
        run.addNote(tr("%n star(s) were withdrawn since the last check; they are kept, marked unstarred.", nullptr,
                       int(gone.size())));
    run.setState(StarRun::kLastReconcile, isoUtc(now));
    return Ok{};
}

} // namespace insights
