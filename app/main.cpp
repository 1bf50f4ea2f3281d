// Entry point: the same binary is the window (no command) and the command-line tool.
#include "applog.h"
#include "benchprobe.h"
#include "chartcommand.h"
#include "clicommands.h"
#include "commandline.h"
#include "crashdumps.h"
#include "digestcommand.h"
#include "config/config.h"
#include "mainwindow.h"
#include "quitsignals.h"
#include "runmarker.h"
#include "service/appservice.h"
#include "singleinstance.h"
#include "trayicon.h"
#include "util/appid.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSystemTrayIcon>
#include <QTextStream>

using namespace insights;

namespace {

// Name, version and the user's language: first thing after the application object exists.
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("insights"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSIGHTS_VERSION));
    Translations::install();
}

} // namespace

int main(int argc, char *argv[])
{
    crashdumps::disable(); // before any token is read
    QElapsedTimer sinceMain;
    sinceMain.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine cl = CommandLineParser::parse(arguments);

    if (cl.help || cl.version || !cl.error.isEmpty()) {
        // Parsed again with the user's language installed, for the message.
        QCoreApplication app(argc, argv);
        Translations::install();
        const CommandLine translated = CommandLineParser::parse(arguments);
        QTextStream out(cl.error.isEmpty() ? stdout : stderr);
        if (!cl.error.isEmpty()) // one line, then where the whole story is
            out << "insights: " << translated.error << "\n" << CommandLineParser::seeHelp() << "\n";
        else if (cl.version)
            out << CommandLineParser::versionText();
        else
            out << CommandLineParser::usage();
        return cl.error.isEmpty() ? ExitOk : ExitUsage;
    }

    if (cl.command == QLatin1String("chart") || DigestCommand::drawsCharts(cl)) {
        // Charts draw with widgets; without a display they draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationIdentity();
        if (cl.command == QLatin1String("digest"))
            return CliCommands::run(cl); // a reading command: it never creates a data directory
        const QString dataDir = Config::resolveDataDir(cl.dataDir);
        if (const int failed = CliCommands::prepareDataDir(dataDir))
            return failed;
        return ChartCommand::run(cl, dataDir);
    }

    if (!cl.command.isEmpty()) {
        // Headless: no GUI objects, so the command line works without a display.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return CliCommands::run(cl);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Insights"));
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId)); // the window belongs to the installed .desktop entry
    const QString dataDir = Config::resolveDataDir(cl.dataDir);
    if (auto st = Config::prepareDataDir(dataDir); !st) {
        QTextStream(stderr) << st.errorMessage() << "\n";
        return ExitSourceFailed;
    }
    SingleInstance instance(dataDir);
    if (!instance.claim())
        return ExitOk; // the running Insights shows its window instead

    // A crash is not silent: this run logs to a file and leaves a marker that only a clean end
    // removes, so the next start can say what happened and where to look.
    const QString logPath = applog::install(dataDir);
    const RunMarker marker(dataDir, logPath);
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &app, [](int signal) {
        qInfo("Quitting on signal %d.", signal);
        MainWindow::quitApplication();
    });

    AppService service(dataDir); // the backend: settings, keychain, threads, schedule
    MainWindow window(service);
    if (!marker.previousRunNote().isEmpty())
        window.addStartupNote(marker.previousRunNote());
    qInfo("Insights %s started with the data directory %s.", INSIGHTS_VERSION, qPrintable(QDir::toNativeSeparators(dataDir)));
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::raiseWindow);
    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        // Closing the window keeps collecting in the tray; Quit ends it.
        tray = std::make_unique<TrayIcon>(&window);
        tray->show();
        window.setCloseHidesWindow(true);
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        // Stock GNOME, Xvfb: closing asks once whether to keep collecting without a window.
        window.setAsksBeforeClosing(true);
        QApplication::setQuitOnLastWindowClosed(false);
    }
    BenchProbe::installIfAsked(window, sinceMain);
    window.show();
    const int code = app.exec();
    qInfo("Insights ended.");
    return code;
}
