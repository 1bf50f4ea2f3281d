#include "mainmenu.h"

#include "mainwindow.h"
#include "service/appservice.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace insights {

MainMenu::MainMenu(MainWindow &window) : QObject(&window), m_window(window)
{
    QMenuBar *bar = window.menuBar();
    QMenu *app = bar->addMenu(tr("&Insights"));
    QAction *settings = app->addAction(tr("&Settings…"), &window, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setEnabled(!window.service().isSample());
    QAction *collect = app->addAction(tr("&Collect now"), &window, &MainWindow::collectNow);
    collect->setEnabled(!window.service().isSample());
    m_openFolder = app->addAction(tr("&Open data folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_window.service().dataDir()));
    });
    app->addSeparator();
    m_quit = app->addAction(tr("&Quit"), qApp, &MainWindow::quitApplication);
    m_quit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q"))); // also where the platform has no Quit key
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *help = bar->addMenu(tr("&Help"));
    m_about = help->addAction(tr("&About Insights"), this, &MainMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
}

QString MainMenu::aboutText(const QString &dataDir)
{
    return tr("Insights %1\n\nYour open-source project's numbers, kept for good.\n\nLicence: GNU General Public "
              "License, version 3 or later (GPL-3.0-or-later).\n\nData folder: %2")
        .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(dataDir));
}

void MainMenu::showAbout()
{
    // Not exec(): the window's event loop (and the schedule) keeps turning while it is open.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Insights"), aboutText(m_window.service().dataDir()),
                                QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::PlainText); // a data folder's name is text, never markup
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace insights
