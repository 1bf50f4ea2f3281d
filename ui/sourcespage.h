#pragma once
// The Sources page: every source's settings, last and next collection, stored rows and state in
// a table, and below it the log of what collections did (the same lines go to the log file).
#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace insights {

class SourceTableModel;

class SourcesPage final : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPage(QWidget *parent = nullptr);
    SourceTableModel *model() const { return m_model; }
    // Adds `message` to the log, a line per line, each stamped with the local time.
    void appendLog(const QString &message);

private:
    SourceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace insights
