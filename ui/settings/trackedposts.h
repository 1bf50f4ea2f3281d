#pragma once
// The Reddit posts Insights follows, listed in Settings so they can be checked and removed
// without the command line. Removing stops tracking and keeps what was collected.
#include <QWidget>

class QLabel;
class QTreeWidget;
class QPushButton;

namespace insights {

class AppService;

class TrackedPosts final : public QWidget {
    Q_OBJECT
public:
    explicit TrackedPosts(AppService &service, QWidget *parent = nullptr);

    // Reads the list (asynchronously, in the reading thread).
    void load();
    QTreeWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // The list was read (again): after load() and after each removal.
    void loaded();

private:
    void removeSelected();

    AppService &m_service;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace insights
