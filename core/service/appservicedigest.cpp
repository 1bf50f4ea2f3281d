// The application service's part in the digest (core/digest): the window's "This week" reads it
// in the reading thread; a digest saved as a file, and the one written every Monday to the folder
// Settings names, is written by `insights digest` in a process of its own — it draws the charts
// with the widgets' chart code, which would hold the UI thread for every chart.
#include "appservice.h"
#include "digest/digest.h"
#include "digest/markdowndigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTimer>

namespace insights {

DateRange AppService::digestWeek(const QDate &today)
{
    return Digest::lastWeek(today);
}

void AppService::loadDigest(const DateRange &range, QObject *context, std::function<void(const Result<QString> &)> done)
{
    read<QString>(
        [range](QSqlDatabase &db) -> Result<QString> {
            auto digest = Digest::build(db, range, false); // Markdown: no chart data
            if (!digest)
                return digest.error();
            return toMarkdown(*digest);
        },
        context, std::move(done));
}

void AppService::setDigestProgram(const QString &program)
{
    m_digestProgram = program;
}

void AppService::writeDigest(const DateRange &range, const QString &format, const QString &path, QObject *context,
                             std::function<void(const Status &)> done)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // draws, never shows
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    QPointer<QObject> guard(context);
    connect(process, &QProcess::finished, this, [process, guard, done, path](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        Status result = Ok{};
        if (status != QProcess::NormalExit || code != 0) {
            const QString why = QString::fromUtf8(process->readAllStandardError()).trimmed();
            result = makeError(why.isEmpty() ? tr("The digest could not be written to %1.").arg(path) : why.section(QLatin1Char('\n'), -1));
        }
        if (guard)
            done(result);
    });
    connect(process, &QProcess::errorOccurred, this, [process, guard, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // finished() follows
        process->deleteLater();
        if (guard)
            done(makeError(tr("The digest could not be written: %1").arg(process->errorString())));
    });
    process->start(m_digestProgram.isEmpty() ? QCoreApplication::applicationFilePath() : m_digestProgram,
                   {QStringLiteral("digest"), QStringLiteral("--from"), range.from.toString(Qt::ISODate), QStringLiteral("--to"),
                    range.to.toString(Qt::ISODate), QStringLiteral("--format"), format, QStringLiteral("--out"), path,
                    QStringLiteral("--data-dir"), m_dataDir});
}

void AppService::writeDueDigest(const QDate &today)
{
    // Every Monday (or the first time the schedule runs after it) the week before, once.
    const QString folder = m_config->digestFolder();
    if (folder.isEmpty() || m_writingDigest || !m_ready || m_sample)
        return;
    const DateRange week = Digest::lastWeek(today);
    if (m_config->lastDigestWeek().isValid() && m_config->lastDigestWeek() >= week.from)
        return;
    if (!QDir().mkpath(folder)) {
        emit notice(tr("The weekly digest cannot be written: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        m_config->setLastDigestWeek(week.from); // said once a week, not every minute
        return;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("digest-%1.html").arg(week.from.toString(Qt::ISODate)));
    m_writingDigest = true;
    writeDigest(week, QStringLiteral("html"), path, this, [this, week, path](const Status &written) {
        m_writingDigest = false;
        m_config->setLastDigestWeek(week.from); // a failure is said, not retried every minute
        emit notice(written ? tr("The digest of the week of %1 is in %2.").arg(week.from.toString(Qt::ISODate), QDir::toNativeSeparators(path))
                            : tr("The weekly digest could not be written: %1").arg(written.errorMessage()));
        emit digestWritten(written ? path : QString());
    });
}

} // namespace insights
