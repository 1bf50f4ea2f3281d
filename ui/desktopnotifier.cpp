#include "desktopnotifier.h"

#include "util/appid.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
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
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_presence = Presence::Absent;
        return;
    }
    // A service that starts or stops later (a desktop session coming up) is noticed here.
    m_watcher = new QDBusServiceWatcher(QLatin1String(kService), bus,
                                        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration,
                                        this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &DesktopNotifier::askCapabilities);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] { m_presence = Presence::Absent; });
    askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call("GetCapabilities")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        m_presence = reply.isError() ? Presence::Absent : Presence::There;
        if (!reply.isError())
            m_bodyMarkup = reply.value().contains(QLatin1String("body-markup"));
        w->deleteLater();
    });
}

bool DesktopNotifier::send(const QString &title, const QString &body, bool warning)
{
    if (m_presence == Presence::Absent)
        return false;
    QDBusMessage notify = call("Notify");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(warning ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QString::fromLatin1(kAppId));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the
    // desktop's default). The summary is plain text by the specification; the body is escaped.
    notify << QStringLiteral("Insights") << uint(0) << QString::fromLatin1(kAppId) << title
           << (m_bodyMarkup ? body.toHtmlEscaped() : body) << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, body, warning](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_presence = Presence::Absent; // asked again when the service registers
            emit undelivered(title, body, warning);
        }
        w->deleteLater();
    });
    return true;
}

} // namespace insights
