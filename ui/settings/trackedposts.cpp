#include "trackedposts.h"

#include "service/appservice.h"
#include "service/settingsdata.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace insights {

TrackedPosts::TrackedPosts(AppService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *column = new QVBoxLayout;
    column->setSpacing(3);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trackedPosts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Post"), tr("Score")});
    m_list->setRootIsDecorated(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long titles are cut with "…" (the tooltip has the link) rather than scrolled sideways.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + m_list->header()->sizeHint().height() + 8);
    column->addWidget(m_list);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    column->addWidget(m_message);
    row->addLayout(column, 1);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRedditPost"));
    m_remove->setEnabled(false);
    row->addWidget(m_remove, 0, Qt::AlignTop);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) { m_remove->setEnabled(current); });
    connect(m_remove, &QPushButton::clicked, this, &TrackedPosts::removeSelected);
}

void TrackedPosts::load()
{
    m_service.read<QList<TrackedPostRow>>(
        [](QSqlDatabase &db) { return SettingsData::trackedPosts(db); }, this,
        [this](const Result<QList<TrackedPostRow>> &posts) {
            m_list->clear();
            m_remove->setEnabled(false);
            if (!posts) {
                m_message->setText(tr("The tracked posts could not be read: %1").arg(posts.errorMessage()));
            } else {
                for (const TrackedPostRow &post : *posts) {
                    const QString title = post.title.isEmpty() ? post.postId : post.title;
                    auto *item = new QTreeWidgetItem(m_list);
                    item->setText(0, QStringLiteral("r/%1 · %2").arg(post.subreddit, title));
                    item->setText(1, post.score ? QLocale().toString(qRound64(*post.score)) : QStringLiteral("–"));
                    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                    item->setData(0, Qt::UserRole, post.postId);
                    item->setToolTip(0, post.permalink.isEmpty() ? post.postId : post.permalink);
                }
                m_message->setText(posts->isEmpty() ? tr("No posts are tracked yet.") : QString());
            }
            m_message->setVisible(!m_message->text().isEmpty());
            emit loaded();
        });
}

void TrackedPosts::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_remove->setEnabled(false);
    // purge = false: the snapshots already collected stay in the charts.
    m_service.removeRedditPost(item->data(0, Qt::UserRole).toString(), false, this, [this](const Status &removed) {
        if (!removed) {
            m_message->setText(removed.errorMessage());
            m_message->show();
            m_remove->setEnabled(m_list->currentItem());
            return;
        }
        load();
    });
}

} // namespace insights
