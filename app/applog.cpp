#include "applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QtGlobal>
#include <csignal>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace insights::applog {

namespace {

constexpr qint64 kRotateBytes = 1 << 20;
int g_fd = -1; // read by the signal handler
QtMessageHandler g_previous = nullptr;
QMutex g_mutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void writeAll(int fd, const char *data, size_t size)
{
#if defined(Q_OS_UNIX)
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= size_t(n);
    }
#else
    Q_UNUSED(fd)
    Q_UNUSED(data)
    Q_UNUSED(size)
#endif
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_fd >= 0 && type != QtDebugMsg) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + levelName(type)
                                + ": " + message.toUtf8() + '\n';
        QMutexLocker lock(&g_mutex);
        writeAll(g_fd, line.constData(), size_t(line.size()));
    }
    if (g_previous)
        g_previous(type, context, message);
}

#if defined(Q_OS_UNIX)
void onFatalSignal(int signal)
{
    // Only async-signal-safe calls: write(2), signal(), raise().
    char line[] = "insights: ended by fatal signal 00 (a crash)\n";
    char *digits = line + sizeof("insights: ended by fatal signal ") - 1;
    digits[0] = char('0' + (signal / 10) % 10);
    digits[1] = char('0' + signal % 10);
    if (g_fd >= 0)
        writeAll(g_fd, line, sizeof(line) - 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

} // namespace

QString path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs/insights.log"));
}

QString install(const QString &dataDir)
{
    const QString file = path(dataDir);
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (QFileInfo(file).size() > kRotateBytes) {
        QFile::remove(file + QStringLiteral(".1"));
        QFile::rename(file, file + QStringLiteral(".1"));
    }
#if defined(Q_OS_UNIX)
    g_fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        std::signal(signal, onFatalSignal);
#endif
    g_previous = qInstallMessageHandler(handleMessage);
    return file;
}

} // namespace insights::applog
