#pragma once
// The status bar's part: the last thing a collection said (or when the next one is due), a busy
// bar and Cancel while a collection runs.
#include <QWidget>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace insights {

class CollectionStatus final : public QObject {
    Q_OBJECT
public:
    explicit CollectionStatus(QStatusBar *bar);
    void setCollecting(bool collecting);
    void setText(const QString &text);
    QString text() const;
    // Cancel was pressed: it stays disabled until the run has ended.
    void setCancelling();

signals:
    void cancelRequested();

private:
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace insights
