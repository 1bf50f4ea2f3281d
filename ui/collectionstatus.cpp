#include "collectionstatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace insights {

CollectionStatus::CollectionStatus(QStatusBar *bar) : QObject(bar)
{
    m_text = new QLabel(bar);
    m_text->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_cancel = new QToolButton(bar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    bar->addWidget(m_text, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &CollectionStatus::cancelRequested);
}

void CollectionStatus::setCollecting(bool collecting)
{
    m_cancel->setEnabled(collecting);
    m_cancel->setVisible(collecting);
    m_progress->setVisible(collecting);
}

void CollectionStatus::setCancelling()
{
    m_cancel->setEnabled(false);
}

void CollectionStatus::setText(const QString &text)
{
    m_text->setText(text);
}

QString CollectionStatus::text() const
{
    return m_text->text();
}

} // namespace insights
