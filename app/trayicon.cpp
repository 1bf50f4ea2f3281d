#include "trayicon.h"

#include "collectors/reddit/clipboardlink.h"
#include "config/config.h"
#include "mainwindow.h"
#include "service/appservice.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace insights {

TrayIcon::TrayIcon(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    m_tray.setIcon(QIcon(QStringLiteral(":/icons/insights.svg")));
    m_tray.setToolTip(tr("Insights — collecting in the background"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Open Insights"), window, &MainWindow::raiseWindow);
    menu->addAction(tr("Collect now"), window, &MainWindow::collectNow);
    menu->addAction(tr("Track Reddit post from clipboard"), this, &TrayIcon::trackFromClipboard);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &MainWindow::quitApplication);
    m_tray.setContextMenu(menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window->raiseWindow();
    });
    // Only when the desktop has no notification service (the window tries that first).
    connect(window, &MainWindow::trayNotification, this, [this](const QString &title, const QString &message, bool warning) {
        m_tray.showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    });
}

void TrayIcon::trackFromClipboard()
{
    auto base = m_window->service().config().baseUrl(Api::Reddit);
    auto link = ClipboardLink::redditLink(QApplication::clipboard()->text(), base ? *base : QUrl());
    if (!link) {
        m_tray.showMessage(tr("Track Reddit post"), link.errorMessage(), QSystemTrayIcon::Warning, 8000);
        return;
    }
    m_window->trackRedditPost(*link);
}

} // namespace insights
