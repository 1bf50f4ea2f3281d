#include "reddittrackbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace insights {

RedditTrackBar::RedditTrackBar(QWidget *parent) : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 8, 12, 0);
    column->setSpacing(4);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("trackResult"));
    m_result->setTextFormat(Qt::PlainText); // a post's title: text, never markup
    m_result->setWordWrap(true);
    m_result->hide();
    column->addWidget(m_result);
    m_fade = new QTimer(this);
    m_fade->setSingleShot(true);
    m_fade->setInterval(15'000);
    connect(m_fade, &QTimer::timeout, m_result, &QWidget::hide);
    m_link = new QLineEdit(this);
    m_link->setPlaceholderText(tr("Paste a Reddit post link (any form, share links too)"));
    m_link->setClearButtonEnabled(true);
    auto *track = new QPushButton(tr("Track post"), this);
    row->addWidget(m_link, 1);
    row->addWidget(track);
    const auto submit = [this] {
        if (!m_link->text().trimmed().isEmpty())
            emit trackRequested(m_link->text());
    };
    connect(track, &QPushButton::clicked, this, submit);
    connect(m_link, &QLineEdit::returnPressed, this, submit);
    connect(m_link, &QLineEdit::textEdited, m_result, &QWidget::hide);
}

void RedditTrackBar::showResult(bool ok, const QString &message)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color:#a31515;"));
    m_result->show();
    m_fade->start();
}

QString RedditTrackBar::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void RedditTrackBar::clear()
{
    m_link->clear();
}

} // namespace insights
