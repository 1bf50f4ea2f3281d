#include "sourcespage.h"

#include "sourcetablemodel.h"

#include <QDateTime>
#include <QDebug>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace insights {

SourcesPage::SourcesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("page_sources"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_model = new SourceTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::State, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Collection progress appears here."));
    layout->addWidget(m_log, 2);
}

void SourcesPage::appendLog(const QString &message)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        m_log->appendPlainText(QStringLiteral("%1  %2").arg(stamp, line));
        qInfo().noquote() << line; // and to the log file (app/applog.h)
    }
}

} // namespace insights
