#include "runmarker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace insights {

RunMarker::RunMarker(const QString &dataDir, const QString &logPath)
    : m_path(QDir(dataDir).filePath(QStringLiteral(".insights.running")))
{
    QFile previous(m_path);
    if (previous.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = previous.readAll().split('\n');
        const QDateTime started = QDateTime::fromString(QString::fromUtf8(fields.value(0)).trimmed(), Qt::ISODate);
        const QString oldLog = QString::fromUtf8(fields.value(1)).trimmed();
        m_previousRunNote = tr("Insights ended unexpectedly the last time it ran (started %1): it crashed or was stopped "
                               "by force. Its log is %2.")
                                .arg(started.isValid() ? QLocale().toString(started.toLocalTime(), QLocale::ShortFormat)
                                                       : tr("at an unknown time"),
                                     oldLog.isEmpty() ? logPath : oldLog);
    }
    QSaveFile marker(m_path);
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n' + logPath.toUtf8() + '\n');
        marker.commit();
    }
}

RunMarker::~RunMarker()
{
    QFile::remove(m_path);
}

} // namespace insights
