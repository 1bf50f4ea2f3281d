#include "pypidownloads.h"

#include "clickhouse/backfill.h"
#include "clickhouse/clickhouseclient.h"
#include "config/config.h"
#include "installerclasses.h"
#include "pypiname.h"
#include "pypiqueries.h"
#include "storage/metricstore.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>

namespace insights {

namespace {

// One day of the plan.
struct PlanDay {
    qint64 downloads = 0;
    qint64 human = 0;
    qint64 rows = 0; // the window query's rows for this day: one per version, country, installer, type, Python, system
};

QString arrayParam(const QStringList &values)
{
    // ClickHouse reads Array(String) parameters in its own literal syntax: ['pip','uv'], each
    // element a quoted string (an installer named by a user may hold a quote or a backslash).
    QStringList quoted;
    for (QString v : values)
        quoted << u'\'' + v.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'")) + u'\'';
    return u'[' + quoted.join(u',') + u']';
}

Result<QDate> newestStoredDay(QSqlDatabase &db, const QString &subject)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(m.date) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                             "WHERE t.key = 'downloads_daily' AND m.subject = ?"));
    q.addBindValue(subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

qint64 integerOf(const QJsonObject &row, const char *column)
{
    return json::integer(row.value(QLatin1String(column))).value_or(0);
}

// ClickHouse's Date for "nothing" (max over no rows) is 1970-01-01: no day at all.
QDate dayOf(const QJsonValue &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() && d.year() > 1970 ? d : QDate();
}

QString itemOr(const QString &item, const QString &none)
{
    return item.isEmpty() ? none : item;
}

} // namespace

QStringList PyPiDownloads::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.pypiPackages();
}

QString PyPiDownloads::howToConfigure() const
{
    return tr("no packages are tracked; add them in Settings.");
}

Status PyPiDownloads::prepare(CollectContext &context)
{
    auto url = context.config.baseUrl(Api::ClickHouse);
    if (!url)
        return makeError(QStringLiteral("%1: %2").arg(key(), url.error().message), Error::Kind::Config);
    m_url = *url;
    m_user = context.config.clickhouseUser();
    auto classes = InstallerClasses::load(context.db);
    if (!classes)
        return classes.error();
    m_humanInstallers = classes->humanInstallers();
    const QDateTime now = context.clock.nowUtc();
    m_budget = QueryBudget::open(QueryBudget::fileIn(context.config.dataDir()), ClickHouseClient::endpointOf(m_url, m_user), now);
    context.report(tr("%1: %2 of %3 ClickHouse queries are left this hour (shared with github_events).")
                       .arg(key())
                       .arg(m_budget->remaining(now))
                       .arg(QueryBudget::kPerHour));
    return Ok{};
}

Result<Batch> PyPiDownloads::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    auto project = PyPiName::normalize(subject);
    if (!project)
        return makeError(QStringLiteral("%1: %2").arg(where, project.error().message), Error::Kind::Config);
    ClickHouseClient clickhouse(context.http, m_url, m_user, where, context.clock);
    clickhouse.setBudget(&*m_budget);

    MetricStore store(context.db);
    auto pending = store.state(key(), subject, quotastate::kPending);
    if (!pending)
        return pending.error();
    const QList<QDate> stored = daywindows::decode(pending->value_or(QString()));
    backfill::WindowReader reader(context, *m_budget, key(), subject, where, !stored.isEmpty());
    auto lastStored = newestStoredDay(context.db, subject);
    if (!lastStored)
        return lastStored.error();
    const QDate today = context.clock.todayUtc();
    const QList<QDate> days = backfill::daysToRead({today, context.options.lookbackDays, kRereadDays, kFirstRunDays, *lastStored,
                                                    stored + m_budget->waitingDays(key(), subject)});
    const auto spans = daywindows::spans(days);

    // Before anything is sent: the plan and at least one window must fit in this hour.
    const QDateTime now = context.clock.nowUtc();
    const int planQueries = int(spans.size());
    if (m_budget->remaining(now) < planQueries + 1)
        return reader.waitBeforeStart(days, reader.budgetWait(planQueries + 1));

    const QString human = arrayParam(m_humanInstallers);
    QMap<QDate, PlanDay> plan;
    qint64 allTime = 0;
    QDate loadedUntil;
    for (const auto &[first, last] : spans) {
        context.report(tr("%1: planning %2 to %3").arg(where, first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        auto answer = clickhouse.query(QString::fromLatin1(pypisql::kPlan),
                                       {{QStringLiteral("project"), *project},
                                        {QStringLiteral("first"), first.toString(Qt::ISODate)},
                                        {QStringLiteral("last"), last.toString(Qt::ISODate)},
                                        {QStringLiteral("human"), human}},
                                       tr("the downloads per day"));
        if (!answer) {
            if (answer.error().kind == Error::Kind::RateLimited)
                return reader.waitBeforeStart(days, answer.error());
            return answer.error();
        }
        for (const QJsonObject &row : std::as_const(answer->rows)) {
            const QDate d = dayOf(row.value(QLatin1String("date")));
            if (!d.isValid())
                return makeError(tr("%1: ClickHouse's plan has a row without a day; nothing was stored.").arg(where), Error::Kind::Parse);
            plan[d] = {integerOf(row, "downloads"), integerOf(row, "human"),
                       integerOf(row, "versions") + integerOf(row, "countries") + integerOf(row, "installers") + integerOf(row, "types")
                           + integerOf(row, "pythons") + integerOf(row, "systems")};
            allTime = integerOf(row, "total");
            loadedUntil = dayOf(row.value(QLatin1String("newest")));
        }
    }
    qint64 inWindow = 0;
    for (const PlanDay &p : std::as_const(plan))
        inWindow += p.downloads + p.rows;
    if (allTime == 0 && inWindow == 0)
        return makeError(tr("%1: the PyPI dataset has no downloads of \"%2\"; check the package name.").arg(where, *project),
                         Error::Kind::Config);

    // Days the dataset has loaded get a figure (0 when nobody downloaded); later days get none,
    // so charts show a gap instead of a drop, and a later run reads them.
    QMap<QDate, qint64> rowsPerDay;
    for (const QDate &d : days)
        if (loadedUntil.isValid() && d <= loadedUntil)
            rowsPerDay.insert(d, plan.value(d).rows);
    const QList<DayWindow> windows = daywindows::pack(rowsPerDay);
    const int windowQueries = daywindows::queriesOf(windows);
    context.report(tr("%1: reading %2 days in %3 more ClickHouse queries (%4 left this hour)")
                       .arg(where)
                       .arg(rowsPerDay.size())
                       .arg(windowQueries)
                       .arg(m_budget->remaining(context.clock.nowUtc())));

    const auto read = [&](const DayWindow &w) -> Result<Batch> {
        Batch batch;
        for (QDate d = w.first; d <= w.last; d = d.addDays(1)) {
            const PlanDay p = plan.value(d);
            batch.rows.append(MetricRow::make("downloads_daily", subject, d, Period::Daily, double(p.downloads)));
            batch.rows.append(MetricRow::make("downloads_daily_human", subject, d, Period::Daily, double(p.human)));
        }
        for (int page = 0; page < w.queries(); ++page) {
            QList<ClickHouseParam> params{{QStringLiteral("project"), *project},
                                          {QStringLiteral("first"), w.first.toString(Qt::ISODate)},
                                          {QStringLiteral("last"), w.last.toString(Qt::ISODate)},
                                          {QStringLiteral("human"), human}};
            QString sql = QString::fromLatin1(pypisql::kWindow);
            if (w.pages > 1) {
                sql += QString::fromLatin1(pypisql::kPage);
                params.append({QStringLiteral("limit"), QString::number(daywindows::kMaxRows)});
                params.append({QStringLiteral("offset"), QString::number(qint64(page) * daywindows::kMaxRows)});
            }
            const QString what = w.first == w.last ? tr("the breakdowns of %1").arg(w.first.toString(Qt::ISODate))
                                                   : tr("the breakdowns of %1 to %2").arg(w.first.toString(Qt::ISODate),
                                                                                          w.last.toString(Qt::ISODate));
            context.report(QStringLiteral("%1: %2").arg(where, tr("reading %1").arg(what)));
            auto answer = clickhouse.query(sql, params, what);
            if (!answer)
                return answer.error();
            for (const QJsonObject &row : std::as_const(answer->rows)) {
                const QString kind = row.value(QLatin1String("kind")).toString();
                const QDate d = dayOf(row.value(QLatin1String("date")));
                if (!d.isValid() || d < w.first || d > w.last)
                    return makeError(tr("%1: ClickHouse's answer to %2 has a row outside it; nothing of it was stored.").arg(where, what),
                                     Error::Kind::Parse);
                const QString item = row.value(QLatin1String("item")).toString();
                const double n = double(integerOf(row, "downloads"));
                if (kind == QLatin1String("version")) {
                    MetricRow r = MetricRow::make("downloads_by_version", subject, d, Period::Daily, n, itemOr(item, QStringLiteral("(unknown)")));
                    const double h = double(integerOf(row, "human"));
                    r.metadata = {{QStringLiteral("human"), h}, {QStringLiteral("bot"), n - h}};
                    batch.rows.append(r);
                } else if (kind == QLatin1String("installer")) {
                    batch.rows.append(MetricRow::make("downloads_by_installer", subject, d, Period::Daily, n, itemOr(item, QStringLiteral("(none)"))));
                } else if (kind == QLatin1String("country")) {
                    batch.rows.append(MetricRow::make("downloads_by_country", subject, d, Period::Daily, n, itemOr(item, QStringLiteral("(unknown)"))));
                } else if (kind == QLatin1String("type")) {
                    batch.rows.append(MetricRow::make("downloads_by_type", subject, d, Period::Daily, n, itemOr(item, QStringLiteral("(unknown)"))));
                } else if (kind == QLatin1String("python") || kind == QLatin1String("system")) {
                    // A day's Python versions (or systems) in one row, names and counts in step.
                    const QJsonArray items = row.value(QLatin1String("items")).toArray();
                    const QJsonArray counts = row.value(QLatin1String("counts")).toArray();
                    const char *metric = kind == QLatin1String("python") ? "downloads_by_python" : "downloads_by_system";
                    for (qsizetype i = 0; i < std::max(items.size(), counts.size()); ++i) {
                        const auto count = json::integer(counts.at(i));
                        if (!count || !items.at(i).isString())
                            return makeError(tr("%1: ClickHouse's answer to %2 has a row whose names and counts do not pair up; "
                                                "nothing of it was stored.").arg(where, what),
                                             Error::Kind::Parse);
                        batch.rows.append(MetricRow::make(metric, subject, d, Period::Daily, double(*count),
                                                          itemOr(items.at(i).toString(), QStringLiteral("(unknown)"))));
                    }
                } else {
                    return makeError(tr("%1: ClickHouse's answer to %2 has an unexpected row; nothing of it was stored.").arg(where, what),
                                     Error::Kind::Parse);
                }
            }
        }
        return batch;
    };
    auto batch = reader.run(windows, read);
    if (!batch)
        return batch.error();
    batch->rows.append(MetricRow::make("downloads_total", subject, today, Period::Cumulative, double(allTime)));
    if (loadedUntil.isValid() && loadedUntil < today)
        batch->notes.append(tr("The PyPI dataset is loaded up to %1; later days follow when it is.").arg(loadedUntil.toString(Qt::ISODate)));
    return batch;
}

} // namespace insights
