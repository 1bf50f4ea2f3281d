#include "dashboardpage.h"

#include "chartview.h"
#include "dashboard/dashboarddata.h"
#include "emptystateview.h"
#include "summarycard.h"
#include "tablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace insights {

DashboardPage::DashboardPage(const QString &key, QWidget *parent) : QWidget(parent), m_key(key)
{
    setObjectName(QStringLiteral("page_") + key);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(10);
    scroll->setWidget(content);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(DashboardData::title(key), content);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_subject = new QComboBox(content);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_subject);
    layout->addLayout(header);
    connect(m_subject, &QComboBox::activated, this, &DashboardPage::subjectChanged);

    m_banner = new QLabel(content);
    m_banner->setTextFormat(Qt::PlainText); // quotes servers' error messages: text, never markup
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 8, 10, 8);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_emptyView = new EmptyStateView(content);
    m_emptyView->hide();
    layout->addWidget(m_emptyView);
    connect(m_emptyView, &EmptyStateView::actionTriggered, this, &DashboardPage::emptyStateAction);

    m_cardRow = new QHBoxLayout;
    m_cardRow->setSpacing(8);
    layout->addLayout(m_cardRow);
    m_notes = new QLabel(content);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->hide();
    layout->addWidget(m_notes);

    m_chartColumn = new QVBoxLayout;
    m_chartColumn->setSpacing(8);
    layout->addLayout(m_chartColumn);
    m_tables = new QTabWidget(content);
    m_tables->setMinimumHeight(300);
    layout->addWidget(m_tables);
}

QString DashboardPage::subject() const
{
    return m_subject->currentData().toString();
}

void DashboardPage::setHeaderWidget(QWidget *header)
{
    header->setParent(this);
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, header);
}

void DashboardPage::setLoading(bool loading)
{
    setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
}

void DashboardPage::setData(const PageData &data)
{
    m_data = data;
    setLoading(false);

    // The selector keeps the user's choice while the list of subjects stays the same.
    const QString chosen = subject();
    if (m_subject->count() != data.subjects.size() + 1 || !data.subjects.contains(m_subject->itemData(1).toString())) {
        const QSignalBlocker block(m_subject);
        m_subject->clear();
        m_subject->addItem(tr("All"), QString());
        for (const QString &s : data.subjects)
            m_subject->addItem(s, s);
        m_subject->setCurrentIndex(std::max(0, m_subject->findData(chosen)));
    }
    m_subject->setVisible(data.subjects.size() > 1);

    // A page without data shows its empty state (set by the window) instead; the banner is for
    // what went wrong with data that is shown.
    QStringList problems;
    if (!data.error.isEmpty())
        problems << data.error;
    if (data.empty.isEmpty())
        problems << data.warnings;
    const QString problem = problems.join(QLatin1Char('\n'));
    m_banner->setText(problem);
    m_banner->setStyleSheet(QStringLiteral("background:#fde2e1; color:#7a1212; border-radius:4px;"));
    m_banner->setVisible(!problem.isEmpty());
    m_notes->setText(data.notes.join(QLatin1Char('\n')));

    while (m_cards.size() > data.cards.size())
        delete m_cards.takeLast();
    while (m_cards.size() < data.cards.size()) {
        m_cards.append(new SummaryCard(m_content));
        m_cardRow->insertWidget(int(m_cards.size()) - 1, m_cards.last());
        m_cards.last()->show();
    }
    for (qsizetype i = 0; i < data.cards.size(); ++i)
        m_cards[i]->setData(data.cards[i]);

    // Chart views are kept across range changes; only their series are rebuilt.
    while (m_charts.size() > data.charts.size())
        delete m_charts.takeLast();
    while (m_charts.size() < data.charts.size()) {
        m_charts.append(new ChartView(m_content));
        m_chartColumn->addWidget(m_charts.last());
        m_charts.last()->show();
    }
    for (qsizetype i = 0; i < data.charts.size(); ++i) {
        m_charts[i]->setMinimumHeight(i == 0 ? 340 : 260);
        m_charts[i]->setData(data.charts[i]);
    }
    showTables(data.tables);
    showBody();
}

void DashboardPage::setEmptyState(const std::optional<EmptyState> &state)
{
    m_empty = state;
    if (state)
        m_emptyView->setState(*state);
    showBody();
}

void DashboardPage::showBody()
{
    // Never empty axes reading 0.0–1.0 and cards reading "0" beside "–": without data, the
    // empty state alone.
    const bool body = !m_empty.has_value();
    m_emptyView->setVisible(!body);
    m_notes->setVisible(body && !m_data.notes.isEmpty());
    for (SummaryCard *card : std::as_const(m_cards))
        card->setVisible(body);
    for (ChartView *chart : std::as_const(m_charts))
        chart->setVisible(body);
    m_tables->setVisible(body && m_tables->count() > 0);
}

void DashboardPage::showTables(const QList<TableData> &tables)
{
    // A range change brings the same tables with other rows: keep the views (and the user's
    // sorting, search and column widths) and reset their models.
    bool same = m_tableModels.size() == tables.size();
    for (qsizetype i = 0; same && i < tables.size(); ++i)
        same = m_tableModels[i]->table().id == tables[i].id && m_tableModels[i]->table().headers == tables[i].headers;
    if (same) {
        for (qsizetype i = 0; i < tables.size(); ++i) {
            m_tableModels[i]->setTable(tables[i]);
            m_tables->setTabText(int(i), QStringLiteral("%1 (%2)").arg(tables[i].title).arg(tables[i].rows.size()));
        }
        return;
    }
    const int current = m_tables->currentIndex();
    while (m_tables->count() > 0) {
        QWidget *w = m_tables->widget(0);
        m_tables->removeTab(0);
        delete w;
    }
    m_tableModels.clear();
    for (const TableData &t : tables) {
        auto *holder = new QWidget(m_tables);
        holder->setObjectName(QStringLiteral("table_") + t.id);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(4, 4, 4, 4);
        auto *model = new TableModel(holder);
        model->setTable(t);
        m_tableModels.append(model);
        auto *proxy = new QSortFilterProxyModel(holder);
        proxy->setSourceModel(model);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterKeyColumn(-1);
        proxy->setSortRole(Qt::DisplayRole);
        if (t.searchable) {
            auto *search = new QLineEdit(holder);
            search->setPlaceholderText(tr("Search %1…").arg(t.title.toLower()));
            search->setClearButtonEnabled(true);
            search->setObjectName(QStringLiteral("search_") + t.id);
            connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
            layout->addWidget(search);
        }
        auto *view = new QTableView(holder);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        // Column widths from the first rows, not from measuring every cell of a long table.
        view->horizontalHeader()->setResizeContentsPrecision(60);
        view->resizeColumnsToContents();
        layout->addWidget(view);
        if (t.id == QLatin1String("rules")) {
            view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
            connect(model, &TableModel::edited, this, [this](const QString &installer, const QString &cls) {
                emit installerClassChanged(installer, cls.trimmed().toLower());
            });
        } else {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        }
        if (!t.note.isEmpty()) {
            auto *note = new QLabel(t.note, holder);
            note->setTextFormat(Qt::PlainText);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(note);
        }
        m_tables->addTab(holder, QStringLiteral("%1 (%2)").arg(t.title).arg(t.rows.size()));
    }
    if (current >= 0 && current < m_tables->count())
        m_tables->setCurrentIndex(current);
}

} // namespace insights
