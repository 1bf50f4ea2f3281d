#pragma once
// Desktop notifications through the freedesktop notification service (org.freedesktop.
// Notifications on the session bus), which GNOME, KDE, XFCE and most other desktops run with or
// without a system tray. Server and repository texts are plain text: escaped when the service
// would read the body as markup (its "body-markup" capability). Nothing here waits for the bus:
// whether the service is there is learnt from its answers and from the bus's announcements, and a
// notification the service could not take comes back as undelivered() for the tray.
#include <QObject>

class QDBusServiceWatcher;

namespace insights {

class DesktopNotifier final : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Sends one notification; false at once when the service is known to be absent (or there is
    // no session bus). `warning`: critical urgency, shown until dismissed where the desktop does that.
    bool send(const QString &title, const QString &body, bool warning);

signals:
    // The service could not take a notification send() accepted (it went away, or never was).
    void undelivered(const QString &title, const QString &body, bool warning);

private:
    void askCapabilities();

    enum class Presence { Unknown, There, Absent };
    Presence m_presence = Presence::Unknown;
    bool m_bodyMarkup = true; // assume markup until the service says otherwise: escaping is safe
    QDBusServiceWatcher *m_watcher = nullptr;
};

} // namespace insights
