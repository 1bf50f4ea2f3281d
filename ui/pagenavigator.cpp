#include "pagenavigator.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>

namespace insights {

PageNavigator::PageNavigator(QWidget *parent) : QWidget(parent)
{
    auto *body = new QHBoxLayout(this);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Pages"));
    m_list->setFixedWidth(150);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        emit currentChanged(currentKey());
    });
}

void PageNavigator::addPage(const QString &key, const QString &title, QWidget *page)
{
    const int row = m_list->count();
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 30));
    if (row < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, row] { m_list->setCurrentRow(row); });
        item->setToolTip(tr("Ctrl+%1").arg(row + 1));
    }
}

QWidget *PageNavigator::currentPage() const
{
    return m_stack->currentWidget();
}

QString PageNavigator::currentKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PageNavigator::showPage(const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == key) {
            if (m_list->currentRow() == i)
                emit shownAgain(key);
            else
                m_list->setCurrentRow(i);
            return;
        }
    m_list->setCurrentRow(0);
}

} // namespace insights
