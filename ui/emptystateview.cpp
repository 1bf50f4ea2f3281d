#include "emptystateview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

EmptyStateView::EmptyStateView(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignHCenter);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText); // a failure quotes a server: text, never markup
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMaximumWidth(640);
    m_action = new QPushButton(this);
    layout->addWidget(m_title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_action);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(1);
    connect(m_action, &QPushButton::clicked, this, [this] { emit actionTriggered(m_state); });
}

void EmptyStateView::setState(const EmptyState &state)
{
    m_state = state;
    m_title->setText(state.title);
    m_text->setText(state.text);
    m_title->setStyleSheet(state.failing ? QStringLiteral("color:#a31515;") : QString());
    m_action->setText(state.actionLabel);
    m_action->setVisible(state.action != EmptyState::Action::None && !state.actionLabel.isEmpty());
}

} // namespace insights
