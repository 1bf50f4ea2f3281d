#include "datasetgenerator.h"

#include "samplemath.h"
#include "sampleparts.h"
#include "config/config.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"

#include <QDir>
#include <QFile>

namespace insights {

namespace sample {

Writer::Writer(Database &db, const QDate &today) : m_db(db), m_now(today.startOfDay(Qt::UTC).addSecs(9 * 3600)) {}

Status Writer::flush(bool force)
{
    if (!force && batch.rows.size() < 50'000)
        return Ok{};
    ScopedTransaction tx(m_db.handle());
    if (auto st = tx.begin(); !st)
        return st;
    MetricStore store(m_db.handle());
    if (auto written = store.write(batch, m_now); !written)
        return written.error();
    rows += batch.rows.size();
    batch = Batch{};
    return tx.commit();
}

Status Writer::row(MetricRow &&row)
{
    batch.rows.append(std::move(row));
    return flush();
}

Calendar::Calendar(const DatasetSpec &spec) : m_spec(spec)
{
    // Stars follow the traffic's level, newest days busiest; every star of the spec is given.
    QList<double> weights;
    weights.reserve(spec.days);
    for (int i = 0; i < spec.days; ++i)
        weights.append(level(spec, i, 10, 10));
    m_stars = apportion(spec.stars, weights);
    qint64 stars = 0, forks = 0;
    for (int i = 0; i < spec.days; ++i) {
        stars += m_stars[i];
        m_starsUpTo.append(stars);
        m_forks.append(hash(quint32(i), 9) % 3 == 0 ? 1 : 0);
        forks += m_forks.last();
        m_forksUpTo.append(forks);
    }
}

QString Calendar::versionName(int n)
{
    // Five patch releases per minor, ten minors per major: 1.0.0 … 1.9.4, 2.0.0 …
    return QStringLiteral("%1.%2.%3").arg(1 + n / 50).arg(n % 50 / 5).arg(n % 5);
}

} // namespace sample

QString DatasetGenerator::repository()
{
    return QStringLiteral("octo/insights");
}

QString DatasetGenerator::package()
{
    return QStringLiteral("insights-demo");
}

QString DatasetGenerator::site()
{
    return QStringLiteral("insights.example.org");
}

DatasetSpec DatasetSpec::small(const QDate &today)
{
    DatasetSpec s;
    s.today = today;
    return s;
}

DatasetSpec DatasetSpec::large(const QDate &today)
{
    DatasetSpec s;
    s.today = today;
    s.days = 5 * 365;
    s.stars = 40'000;
    s.pypiVersions = 300;
    s.countries = 150;
    s.installers = 12;
    s.pages = 500;
    s.redditPosts = 50;
    s.redditSnapshots = 200;
    return s;
}

Result<qint64> DatasetGenerator::generate(Database &db, const DatasetSpec &spec)
{
    using namespace sample;
    const Calendar calendar(spec);
    Writer w(db, spec.today);
    if (auto st = writeStars(w, calendar); !st)
        return st.error();
    const GithubDays github(calendar);
    const PlausibleDays plausible(calendar);
    auto pypi = PypiDays::open(db, calendar);
    if (!pypi)
        return pypi.error();
    for (int i = 0; i < spec.days; ++i) {
        if (auto st = github.write(w, i); !st)
            return st.error();
        if (auto st = pypi->write(w, i); !st)
            return st.error();
        if (auto st = plausible.write(w, i); !st)
            return st.error();
    }
    if (auto st = pypi->writeTotal(w); !st)
        return st.error();
    if (auto st = writeReddit(w, calendar); !st)
        return st.error();
    if (auto st = w.flush(true); !st)
        return st.error();
    return w.rows;
}

Result<qint64> DatasetGenerator::generateInto(const QString &dir, const DatasetSpec &spec)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("Cannot create %1").arg(dir), Error::Kind::Storage);
    {
        // The generated subjects are tracked there, as they would be after collecting them: a
        // window opened on the directory shows their pages, not the welcome page.
        Config config(dir, QProcessEnvironment());
        config.setGithubRepos({repository()});
        config.setPypiPackages({package()});
        config.setPlausibleSites({site()});
        config.sync();
    }
    Database db;
    if (auto st = db.open(QDir(dir).filePath(Database::fileName())); !st)
        return st.error();
    return generate(db, spec);
}

Result<qint64> DatasetGenerator::ensureCached(const QString &dir, const QString &size, int version)
{
    const QDate today = QDate::currentDate();
    const QString stamp = QStringLiteral("%1 %2 %3").arg(size, today.toString(Qt::ISODate)).arg(version);
    QFile stampFile(QDir(dir).filePath(QStringLiteral("dataset.stamp")));
    if (stampFile.open(QIODevice::ReadOnly) && QString::fromUtf8(stampFile.readAll()).trimmed() == stamp)
        return qint64(0);
    stampFile.close();
    QDir(dir).removeRecursively();
    auto rows = generateInto(dir, DatasetSpec::named(size, today));
    if (!rows)
        return rows;
    if (!stampFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || stampFile.write(stamp.toUtf8()) != stamp.toUtf8().size())
        return makeError(QStringLiteral("Cannot write %1").arg(stampFile.fileName()), Error::Kind::Storage);
    return rows;
}

} // namespace insights
