#include "autostart.h"

#include "util/appid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace insights {

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/insights.desktop"));
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

Status Autostart::setEnabled(bool enabled, const QString &executable)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(QCoreApplication::translate("Autostart", "Cannot remove %1.").arg(path), Error::Kind::Storage);
        return Ok{};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString exec = executable.isEmpty() ? QCoreApplication::applicationFilePath() : executable;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("Autostart", "Cannot write %1: %2").arg(path, file.errorString()),
                         Error::Kind::Storage);
    // Exec quoting per the Desktop Entry spec: a path with spaces is quoted.
    const QString quoted = exec.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(exec) : exec;
    file.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Insights\n"
                              "Comment=Collect open-source adoption metrics in the background\n"
                              "Exec=%1\nIcon=%2\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
                   .arg(quoted, QLatin1String(kAppId))
                   .toUtf8());
    if (!file.commit())
        return makeError(QCoreApplication::translate("Autostart", "Cannot write %1: %2").arg(path, file.errorString()),
                         Error::Kind::Storage);
    return Ok{};
}

} // namespace insights
