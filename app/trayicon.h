#pragma once
// The tray icon: Open, Collect now, Track Reddit post (the link in the clipboard, in one click),
// Quit; notifications for new stars, failures and the 14-day traffic risk. Closing the window
// leaves the app running here; Quit ends it.
#include <QObject>
#include <QSystemTrayIcon>

namespace insights {

class MainWindow;

class TrayIcon final : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(MainWindow *window, QObject *parent = nullptr);
    void show() { m_tray.show(); }

public slots:
    void trackFromClipboard();

private:
    MainWindow *m_window;
    QSystemTrayIcon m_tray;
};

} // namespace insights
