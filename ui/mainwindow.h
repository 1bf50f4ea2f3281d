#pragma once
// The first window: every source with its last collection, next due time, stored rows and
// status; "Collect now" with progress and cancel; the 14-day traffic warning as a banner. The
// dashboard with charts replaces the centre later; this keeps the double-click promise now.
#include "storage/database.h"

#include <QMainWindow>
#include <QThread>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace insights {

class CollectionWorker;
class SourceTableModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    SourceTableModel *sourceModel() const { return m_model; }
    bool isCollecting() const { return m_collecting; }

public slots:
    void refresh();
    void collectNow();
    void cancelCollection();
    void openSettings();

signals:
    void collectionFinished(bool anyFailed);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCollectionFinished(const QString &summary, bool anyFailed);
    void appendLog(const QString &message);
    void setCollecting(bool collecting);

    QString m_dataDir;
    Database m_db;
    QString m_dbError;
    SourceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QThread m_thread;
    CollectionWorker *m_worker = nullptr;
    bool m_collecting = false;
};

} // namespace insights
