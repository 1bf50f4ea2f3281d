#pragma once
// Desktop notifications through the freedesktop notification service (org.freedesktop.
// Notifications on the session bus), which GNOME, KDE, XFCE and most other desktops run with or
// without a system tray. Server and repository texts are plain text: escaped when the service
// would read the body as markup (its "body-markup" capability). Asynchronous: nothing waits for
// the bus; the answer (or its absence) arrives later.
#include <QObject>

namespace insights {

class DesktopNotifier final : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification service is registered on the session bus right now.
    static bool isAvailable();
    // Sends one notification; false when there is no service to send it to (then the caller uses
    // the tray or the log). `warning`: critical urgency, shown until dismissed where the desktop
    // does that.
    bool send(const QString &title, const QString &body, bool warning);

signals:
    // The service refused or did not answer a notification (for the log).
    void failed(const QString &error);

private:
    void askCapabilities();

    bool m_bodyMarkup = true; // assume markup until the service says otherwise: escaping is safe
    bool m_askedCapabilities = false;
};

} // namespace insights
