#include "reddittrackbar.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace insights {

RedditTrackBar::RedditTrackBar(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 0);
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
}

void RedditTrackBar::clear()
{
    m_link->clear();
}

} // namespace insights
