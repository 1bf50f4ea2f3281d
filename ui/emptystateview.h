#pragma once
// A page's empty state (service/emptystate.h) drawn in place of its cards and charts: a title,
// what the page would show and why it is empty, and one button that fills it.
#include "service/emptystate.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace insights {

class EmptyStateView final : public QFrame {
    Q_OBJECT
public:
    explicit EmptyStateView(QWidget *parent = nullptr);
    void setState(const EmptyState &state);
    const EmptyState &state() const { return m_state; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered(const insights::EmptyState &state);

private:
    EmptyState m_state;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace insights
