#include "dashboardpage.h"

#include "chartview.h"
#include "dashboard/dashboarddata.h"
#include "emptystateview.h"
#include "summarycard.h"
#include "tablemodel.h"
#include "tableview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
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
    auto *title = m_title = new QLabel(DashboardData::title(key), content);
    title->setTextFormat(Qt::PlainText); // subjects are names users typed: text, never markup
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_subject = new QComboBox(content);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_log = new QToolButton(content);
    m_log->setText(tr("Log scale"));
    m_log->setCheckable(true);
    m_log->setToolTip(tr("Draw the charts' counts on a logarithmic axis (1, 10, 100, …): growth rates compare, "
                         "and large and small numbers fit one chart. Days with nothing are left out."));
    connect(m_log, &QToolButton::toggled, this, [this](bool on) {
        drawCharts();
        emit logScaleChanged(on);
    });
    m_compare = new QToolButton(content);
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Draw several repositories, packages or sites on one chart, a line each."));
    m_compare->setPopupMode(QToolButton::InstantPopup);
    m_compare->setMenu(new QMenu(m_compare));
    m_compare->hide();
    header->addWidget(title);
    header->addStretch();
    m_align = new QToolButton(content);
    m_align->setText(tr("Align by start"));
    m_align->setCheckable(true);
    m_align->setToolTip(tr("Draw each one from its own first star or download (day 0), to compare how they grew "
                           "whatever their age."));
    m_align->hide();
    connect(m_align, &QToolButton::toggled, this, [this] { emit subjectChanged(); });
    header->addWidget(m_compare);
    header->addWidget(m_align);
    header->addWidget(m_log);
    header->addWidget(m_subject);
    layout->addLayout(header);
    m_collected = new QLabel(content);
    m_collected->setObjectName(QStringLiteral("collectedLine"));
    m_collected->setTextFormat(Qt::PlainText); // collector names are whatever a team chose
    m_collected->setWordWrap(true);
    m_collected->setForegroundRole(QPalette::PlaceholderText);
    m_collected->hide();
    layout->addWidget(m_collected);
    connect(m_subject, &QComboBox::activated, this, &DashboardPage::subjectChanged);

    m_banner = new QLabel(content);
    m_banner->setTextFormat(Qt::PlainText); // quotes servers' error messages: text, never markup
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 8, 10, 8);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_problemRow = new QWidget(content);
    m_problemRow->setObjectName(QStringLiteral("sourceProblem"));
    m_problemRow->setAttribute(Qt::WA_StyledBackground);
    m_problemRow->setStyleSheet(QStringLiteral("#sourceProblem { background:#fde2e1; border-radius:4px; } QLabel { color:#7a1212; }"));
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(10, 6, 6, 6);
    m_problem = new QLabel(m_problemRow);
    m_problem->setTextFormat(Qt::PlainText); // quotes the server's answer
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try again"), m_problemRow);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(retry, 0, Qt::AlignVCenter);
    connect(retry, &QPushButton::clicked, this, [this] {
        const QString source = m_problemSource; // a copy: a receiver may change the problem shown
        emit retryRequested(source);
    });
    m_problemRow->hide();
    layout->addWidget(m_problemRow);
    m_emptyView = new EmptyStateView(content);
    m_emptyView->hide();
    layout->addWidget(m_emptyView);
    connect(m_emptyView, &EmptyStateView::actionTriggered, this, &DashboardPage::emptyStateAction);

    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(8);
    layout->addLayout(m_cardGrid);
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

void DashboardPage::setLogScale(bool on)
{
    if (m_log->isChecked() == on)
        return;
    const QSignalBlocker block(m_log); // the window's own setting: nothing to save back
    m_log->setChecked(on);
    drawCharts();
}

bool DashboardPage::logScale() const
{
    return m_log->isChecked();
}

void DashboardPage::drawCharts()
{
    const bool log = m_log->isChecked();
    for (qsizetype i = 0; i < m_charts.size() && i < m_data.charts.size(); ++i) {
        ChartData chart = m_data.charts[i];
        chart.logScale = log && chart.kind == ChartData::Kind::Lines;
        m_charts[i]->setData(chart);
    }
    // The toggle means something only where a chart draws lines.
    m_log->setVisible(std::any_of(m_data.charts.begin(), m_data.charts.end(), [](const ChartData &c) { return c.kind == ChartData::Kind::Lines; }));
}

void DashboardPage::setSourceProblem(const QString &source, const QString &problem)
{
    m_problemSource = source;
    m_problem->setText(problem);
    m_problemRow->setVisible(!problem.isEmpty());
}

QString DashboardPage::sourceProblem() const
{
    return m_problemRow->isHidden() ? QString() : m_problem->text();
}

void DashboardPage::showTableRows(const PageRequest &askedFor, const QString &tableId, const Result<TableData> &rows)
{
    const PageRequest &now = m_data.request;
    if (askedFor.page != now.page || askedFor.range.from != now.range.from || askedFor.range.to != now.range.to
        || askedFor.subject != now.subject)
        return; // the page moved on; its own load brought the table back to its first rows
    for (int i = 0; i < m_tables->count(); ++i)
        if (auto *table = qobject_cast<DataTable *>(m_tables->widget(i)); table && table->table().id == tableId) {
            if (rows)
                table->showRows(*rows);
            else
                table->showRowsError(rows.errorMessage());
        }
}

QString DashboardPage::subject() const
{
    return m_pendingSubject.isEmpty() ? m_subject->currentData().toString() : m_pendingSubject;
}

QWidget *DashboardPage::mainView() const
{
    if (!m_charts.isEmpty())
        return m_charts.constFirst()->viewport();
    return m_cards.isEmpty() ? nullptr : m_cards.constFirst();
}

bool DashboardPage::alignByStart() const
{
    return m_align->isChecked() && m_compared.size() >= 2 && alignable(m_key);
}

QStringList DashboardPage::comparedSubjects() const
{
    return m_compared.size() >= 2 ? m_compared : QStringList();
}

void DashboardPage::setComparedSubjects(const QStringList &subjects)
{
    m_compared = subjects;
    fillCompareMenu(m_data.subjects);
}

void DashboardPage::fillCompareMenu(const QStringList &subjects)
{
    QMenu *menu = m_compare->menu();
    menu->clear();
    for (const QString &s : subjects) {
        QAction *action = menu->addAction(s);
        action->setCheckable(true);
        action->setChecked(m_compared.contains(s));
        // Ten at most: one colour each.
        action->setEnabled(m_compared.contains(s) || m_compared.size() < 10);
        connect(action, &QAction::toggled, this, [this, s](bool on) {
            const bool wasComparing = m_compared.size() >= 2;
            if (on && !m_compared.contains(s))
                m_compared.append(s);
            else if (!on)
                m_compared.removeAll(s);
            fillCompareMenu(m_data.subjects);
            if (wasComparing || m_compared.size() >= 2)
                emit subjectChanged(); // the page loads again, compared or not
        });
    }
    m_compare->setVisible(subjects.size() >= 2 && DashboardData::sourcePages().contains(m_key));
    m_compare->setText(m_compared.size() >= 2 ? tr("Compare (%1)").arg(m_compared.size()) : tr("Compare"));
    m_subject->setEnabled(m_compared.size() < 2);
    m_align->setVisible(m_compared.size() >= 2 && alignable(m_key));
}

void DashboardPage::selectSubject(const QString &subject)
{
    const int index = m_subject->findData(subject);
    if (index >= 0) {
        const QSignalBlocker block(m_subject); // the caller loads the page
        m_subject->setCurrentIndex(index);
        m_pendingSubject.clear();
    } else {
        m_pendingSubject = subject; // chosen in the selector once the page's subjects are known
    }
}

void DashboardPage::setCollectedLine(const QString &text)
{
    m_collected->setText(text);
    m_collected->setVisible(!text.isEmpty());
}

QString DashboardPage::collectedLine() const
{
    return m_collected->text();
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
    } else if (!m_pendingSubject.isEmpty()) {
        const QSignalBlocker block(m_subject);
        m_subject->setCurrentIndex(std::max(0, m_subject->findData(m_pendingSubject)));
    }
    m_pendingSubject.clear();
    m_subject->setVisible(data.subjects.size() > 1);
    for (const QString &s : QStringList(m_compared)) // a subject no longer tracked leaves the comparison
        if (!data.subjects.contains(s))
            m_compared.removeAll(s);
    fillCompareMenu(data.subjects);
    // The page always says what it shows: the subject, or how many are added up.
    const QString shown = data.request.subjects.size() >= 2 ? data.request.subjects.join(QStringLiteral(", "))
                          : !subject().isEmpty() ? subject()
                          : data.subjects.size() == 1 ? data.subjects.first()
                          : data.subjects.isEmpty() ? QString()
                                                    : tr("all %n", nullptr, int(data.subjects.size()));
    m_title->setText(shown.isEmpty() ? DashboardData::title(m_key)
                                     : QStringLiteral("%1 — %2").arg(DashboardData::title(m_key), shown));

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

    showCards(data.cards);

    // Chart views are kept across range changes; only their series are rebuilt.
    while (m_charts.size() > data.charts.size())
        delete m_charts.takeLast();
    while (m_charts.size() < data.charts.size()) {
        m_charts.append(new ChartView(m_content));
        connect(m_charts.last(), &ChartView::noteRequested, this, &DashboardPage::noteRequested);
        m_chartColumn->addWidget(m_charts.last());
        m_charts.last()->show();
    }
    for (qsizetype i = 0; i < data.charts.size(); ++i)
        m_charts[i]->setMinimumHeight(i == 0 ? 340 : 260);
    drawCharts();
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
    for (QLabel *label : std::as_const(m_groupLabels))
        label->setVisible(body);
    for (ChartView *chart : std::as_const(m_charts))
        chart->setVisible(body);
    m_tables->setVisible(body && m_tables->count() > 0);
}

void DashboardPage::showCards(const QList<CardData> &cards)
{
    // One row, or on the Overview a row per group (subject) with its name first. A handful of
    // small widgets: made again for each load rather than matched up.
    qDeleteAll(m_cards);
    m_cards.clear();
    qDeleteAll(m_groupLabels);
    m_groupLabels.clear();
    for (int c = 0; c < m_cardGrid->columnCount(); ++c)
        m_cardGrid->setColumnStretch(c, 0);
    const bool grouped = std::any_of(cards.begin(), cards.end(), [](const CardData &c) { return !c.group.isEmpty(); });
    int row = -1, column = 0, columns = 0;
    QString group;
    constexpr int kPerRow = 5; // ungrouped cards wrap: ten compared subjects fit a 1024 px window
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (i == 0 || (grouped && cards[i].group != group) || (!grouped && column == kPerRow)) {
            group = cards[i].group;
            ++row;
            column = 0;
            if (grouped) {
                auto *label = new QLabel(group, m_content);
                label->setTextFormat(Qt::PlainText); // a name the user typed
                QFont bold = label->font();
                bold.setBold(true);
                label->setFont(bold);
                label->setMinimumWidth(110);
                label->setWordWrap(true);
                m_cardGrid->addWidget(label, row, column++, Qt::AlignVCenter);
                m_groupLabels.append(label);
            }
        }
        auto *card = new SummaryCard(m_content);
        card->setData(cards[i]);
        connect(card, &SummaryCard::activated, this, &DashboardPage::cardActivated);
        m_cardGrid->addWidget(card, row, column++);
        m_cards.append(card);
        columns = std::max(columns, column);
    }
    for (int c = grouped ? 1 : 0; c < columns; ++c)
        m_cardGrid->setColumnStretch(c, 1);
}

void DashboardPage::showTables(const QList<TableData> &tables)
{
    // A range change brings the same tables with other rows: keep the views (and the user's
    // sorting, search and column widths) and swap their rows.
    QList<DataTable *> shown;
    for (int i = 0; i < m_tables->count(); ++i)
        if (auto *table = qobject_cast<DataTable *>(m_tables->widget(i)))
            shown.append(table);
    bool same = shown.size() == tables.size();
    for (qsizetype i = 0; same && i < tables.size(); ++i)
        same = shown[i]->table().id == tables[i].id && shown[i]->table().headers == tables[i].headers;
    if (same) {
        for (qsizetype i = 0; i < tables.size(); ++i)
            shown[i]->setTable(tables[i]); // the tab's label follows through countChanged
        return;
    }
    const int current = m_tables->currentIndex();
    while (m_tables->count() > 0) {
        QWidget *w = m_tables->widget(0);
        m_tables->removeTab(0);
        delete w;
    }
    m_tableModels.clear();
    // The tables ask for the page's height themselves (DataTable): no fixed minimum in between.
    m_tables->setMinimumHeight(0);
    for (const TableData &t : tables) {
        auto *table = new DataTable(t, m_tables);
        m_tableModels.append(table->model());
        connect(table, &DataTable::countChanged, this, [this, table] {
            if (const int index = m_tables->indexOf(table); index >= 0)
                m_tables->setTabText(index, table->tabText());
        });
        connect(table, &DataTable::stopTrackingRequested, this, &DashboardPage::stopTrackingRequested);
        connect(table, &DataTable::noteChangeRequested, this, &DashboardPage::noteChangeRequested);
        connect(table, &DataTable::noteRemoveRequested, this, &DashboardPage::noteRemoveRequested);
        connect(table, &DataTable::rowsRequested, this, [this](const QString &id, const TableQuery &query) {
            emit tableRowsRequested(m_data.request, id, query);
        });
        if (table->model()->isEditable()) {
            connect(table->model(), &TableModel::edited, this, [this](const QString &installer, const QString &cls) {
                emit installerClassChanged(installer, cls.trimmed().toLower());
            });
        }
        m_tables->addTab(table, table->tabText());
    }
    if (current >= 0 && current < m_tables->count())
        m_tables->setCurrentIndex(current);
}

} // namespace insights
