#pragma once
// The window's menu bar: Insights → Settings…, Collect now, Open data folder, Quit (Ctrl+Q);
// Help → About Insights (version, licence, the data folder). Actions call the window and its
// service; nothing here holds state.
#include <QObject>

class QAction;

namespace insights {

class MainWindow;

class MainMenu final : public QObject {
    Q_OBJECT
public:
    explicit MainMenu(MainWindow &window);
    QAction *quitAction() const { return m_quit; }
    QAction *aboutAction() const { return m_about; }
    QAction *openFolderAction() const { return m_openFolder; }

    // The About text: version, licence and the data folder (shown by showAbout()).
    static QString aboutText(const QString &dataDir);

private:
    void showAbout();

    MainWindow &m_window;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_openFolder = nullptr;
};

} // namespace insights
