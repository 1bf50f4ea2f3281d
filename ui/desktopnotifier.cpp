#include "desktopnotifier.h"

#include "util/appid.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace insights {

namespace {

// The Desktop Notifications Specification (specifications.freedesktop.org/notification-spec).
const char kService[] = "org.freedesktop.Notifications";
const char kPath[] = "/org/freedesktop/Notifications";
const char kInterface[] = "org.freedesktop.Notifications";

QDBusMessage call(const char *method)
{
    return QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                                          QLatin1String(method));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    if (m_askedCapabilities || !isAvailable())
        return;
    m_askedCapabilities = true;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call("GetCapabilities")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        if (!reply.isError())
            m_bodyMarkup = reply.value().contains(QLatin1String("body-markup"));
        w->deleteLater();
    });
}

bool DesktopNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(QLatin1String(kService)).value();
}

bool DesktopNotifier::send(const QString &title, const QString &body, bool warning)
{
    if (!isAvailable())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    askCapabilities(); // a service that started after us
    QDBusMessage notify = call("Notify");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(warning ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QString::fromLatin1(kAppId));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the
    // desktop's default). The summary is plain text by the specification; the body is escaped.
    notify << QStringLiteral("Insights") << uint(0) << QString::fromLatin1(kAppId) << title
           << (m_bodyMarkup ? body.toHtmlEscaped() : body) << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            emit failed(reply.error().message());
        w->deleteLater();
    });
    return true;
}

} // namespace insights
