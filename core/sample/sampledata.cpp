#include "sampledata.h"

#include "collectors/registry.h"
#include "config/config.h"
#include "datasetgenerator.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace insights {

namespace {

// A build killed half-way leaves its sibling behind; one older than this is certainly not running.
constexpr qint64 kStaleSeconds = 3600;

// The siblings a creation of `dir` builds in and moves an earlier sample to: hidden, named after it.
QString siblingPrefix(const QFileInfo &dir)
{
    return QStringLiteral(".%1.").arg(dir.fileName());
}

void removeStaleSiblings(const QFileInfo &dir)
{
    const QDir parent = dir.absoluteDir();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-kStaleSeconds);
    for (const QFileInfo &sibling : parent.entryInfoList({siblingPrefix(dir) + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        if (sibling.lastModified().toUTC() < before)
            QDir(sibling.filePath()).removeRecursively();
}

// The database, with every source switched off in it as in the settings.
Result<qint64> writeDatabase(const QString &dir, const DatasetSpec &spec)
{
    Database db;
    if (auto st = db.open(QDir(dir).filePath(Database::fileName())); !st)
        return st.error();
    auto rows = DatasetGenerator::generate(db, spec);
    if (!rows)
        return rows;
    if (auto st = execSql(db.handle(), QStringLiteral("UPDATE insight_source SET enabled = 0")); !st)
        return st.error();
    return rows;
}

Status writeSettings(const QString &dir)
{
    // The environment is left out: a user's INSIGHT_* variables describe their own project.
    Config config(dir, QProcessEnvironment());
    config.setGithubRepos({DatasetGenerator::repository()});
    config.setPypiPackages({DatasetGenerator::package()});
    config.setPlausibleSites({DatasetGenerator::site()});
    for (const QString &key : allSourceKeys())
        config.setEnabled(key, false); // nothing is ever collected into a sample
    config.sync();
    if (!QFileInfo(config.settingsPath()).isFile())
        return makeError(SampleData::tr("Cannot write %1; check the folder's permissions.").arg(config.settingsPath()), Error::Kind::Storage);
    return Ok{};
}

Status writeMarker(const QString &dir, const QString &size, const QDate &today)
{
    QFile marker(QDir(dir).filePath(SampleData::markerFileName()));
    const QByteArray text = SampleData::tr("Sample data of Insights: a generated database to look around in, not collected from "
                                           "anywhere. Generated on %1 with %2 as its newest day, size %3. Nothing is collected "
                                           "into this folder; it is safe to delete.")
                                .arg(QDate::currentDate().toString(Qt::ISODate), today.toString(Qt::ISODate), size)
                                .toUtf8()
        + "\n";
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate) || marker.write(text) != text.size() || !marker.flush())
        return makeError(SampleData::tr("Cannot write %1; check the folder's permissions.").arg(marker.fileName()), Error::Kind::Storage);
    return Ok{};
}

} // namespace

QString SampleData::markerFileName()
{
    return QStringLiteral("SAMPLE-DATA.txt");
}

bool SampleData::isSample(const QString &dir)
{
    return QFileInfo(QDir(dir).filePath(markerFileName())).isFile();
}

QString SampleData::defaultDirFor(const QString &realDataDir)
{
    return QDir(realDataDir).filePath(QStringLiteral("sample-data"));
}

Result<qint64> SampleData::create(const QString &dir, const QString &size, const QDate &today)
{
    if (size != QLatin1String("small") && size != QLatin1String("large"))
        return makeError(tr("The sample's size is \"small\" or \"large\", not \"%1\".").arg(size), Error::Kind::Config);
    const QFileInfo target(QDir(dir).absolutePath());
    const bool exists = target.exists();
    if (exists && (!target.isDir() || (!QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                                       && !isSample(target.filePath()))))
        return makeError(tr("%1 holds other files and is not sample data of Insights; nothing was written. Choose an empty "
                            "or new folder for the sample.")
                             .arg(QDir::toNativeSeparators(target.filePath())),
                         Error::Kind::Config);
    const QDir parent = target.absoluteDir();
    if (!QDir().mkpath(parent.path()))
        return makeError(tr("Cannot create %1; check the path and its permissions.").arg(QDir::toNativeSeparators(parent.path())),
                         Error::Kind::Storage);
    removeStaleSiblings(target);

    // Built beside its place and moved in whole: a failure or a kill never leaves half a sample,
    // and an earlier sample stays until the new one is complete.
    QTemporaryDir building(parent.filePath(siblingPrefix(target) + QStringLiteral("new-XXXXXX")));
    if (!building.isValid())
        return makeError(tr("Cannot create a folder in %1; check its permissions.").arg(QDir::toNativeSeparators(parent.path())),
                         Error::Kind::Storage);
    auto rows = writeDatabase(building.path(), DatasetSpec::named(size, today));
    if (!rows)
        return rows;
    if (auto st = writeSettings(building.path()); !st)
        return st.error();
    if (auto st = writeMarker(building.path(), size, today); !st)
        return st.error();

    // The earlier sample (or an empty folder) moves aside, the new one in, then the old one goes.
    QString aside;
    if (exists) {
        aside = parent.filePath(siblingPrefix(target) + QStringLiteral("old-%1").arg(QDateTime::currentMSecsSinceEpoch()));
        if (!QDir().rename(target.filePath(), aside))
            return makeError(tr("Cannot replace the earlier sample in %1; check the folder's permissions.")
                                 .arg(QDir::toNativeSeparators(target.filePath())),
                             Error::Kind::Storage);
    }
    if (!QDir().rename(building.path(), target.filePath())) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.filePath());
        return makeError(tr("Cannot move the sample into %1; check the folder's permissions.").arg(QDir::toNativeSeparators(target.filePath())),
                         Error::Kind::Storage);
    }
    building.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return rows;
}

} // namespace insights
