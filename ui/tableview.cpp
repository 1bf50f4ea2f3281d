#include "tableview.h"

#include "dashboard/dashboarddata.h"
#include "sharebardelegate.h"
#include "tablemodel.h"

#include <QClipboard>
#include <QCursor>
#include <QToolTip>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace insights {

namespace {

// Past this width a text column (a long company name) is cut and read in its tooltip, so the
// numbers beside it stay in sight.
constexpr int kTextColumnCap = 280;
// What the page keeps visible above and below a table that fills it: the tab bar and margins.
constexpr int kPageMargin = 60;
// Below this, a table is too short to read whatever the page's height.
constexpr int kMinimumHeight = 180;

bool isRedditPosts(const TableData &table)
{
    return table.id == QLatin1String("posts");
}

} // namespace

DataTable::DataTable(const TableData &table, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("table_") + table.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_model = new TableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(TableModel::SortRole); // numbers and dates by value, not by their text
    m_proxy->setSortLocaleAware(true);
    if (table.searchable) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Search %1…").arg(table.title.toLower()));
        m_search->setClearButtonEnabled(true);
        m_search->setObjectName(QStringLiteral("search_") + table.id);
        connect(m_search, &QLineEdit::textChanged, this, &DataTable::searchTextChanged);
        layout->addWidget(m_search);
    }
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the order core chose until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Widths from the first rows, not from measuring every cell of a long table.
    m_view->horizontalHeader()->setResizeContentsPrecision(60);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    // A capped list (the newest 1,000 stargazers of 40,000) reaches the rest from here.
    m_moreRow = new QWidget(this);
    auto *more = new QHBoxLayout(m_moreRow);
    more->setContentsMargins(0, 0, 0, 0);
    m_loadMore = new QPushButton(m_moreRow);
    m_searchAll = new QPushButton(m_moreRow);
    more->addWidget(m_loadMore);
    more->addWidget(m_searchAll);
    more->addStretch();
    m_moreRow->hide();
    layout->addWidget(m_moreRow);
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        m_asking = true;
        updateMoreRow();
        emit rowsRequested(this->table().id, {int(m_newest.rows.size()) + DashboardData::kTableStep, {}});
    });
    connect(m_searchAll, &QPushButton::clicked, this, [this] {
        if (!m_search || m_search->text().trimmed().isEmpty())
            return;
        m_asking = true;
        updateMoreRow();
        emit rowsRequested(this->table().id, {DashboardData::kTableStep, m_search->text().trimmed()});
    });

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        fillMenu(&menu, index);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!m_model->isEditable()) // the rules table edits on a double-click instead
            openLink(index);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &DataTable::countChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataTable::countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DataTable::countChanged);

    setTable(table);
}

const TableData &DataTable::table() const
{
    return m_model->table();
}

void DataTable::setTable(const TableData &table)
{
    m_newest = table;
    m_asking = false;
    showRows(table);
}

void DataTable::showRows(const TableData &table)
{
    if (table.search.isEmpty())
        m_newest = table; // "load more" extends the newest list
    m_asking = false;
    m_model->setTable(table);
    useShareBar(table.shareColumn);
    m_view->setEditTriggers(m_model->isEditable() ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                  : QAbstractItemView::NoEditTriggers);
    m_note->setText(table.note);
    m_note->setVisible(!table.note.isEmpty());
    if (!m_fitted) {
        fitColumns();
        m_fitted = !table.rows.isEmpty();
    }
    updateMoreRow();
    fitHeight();
    emit countChanged();
}

void DataTable::useShareBar(int column)
{
    if (column == m_shareColumn)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    if (m_shareColumn >= 0) {
        m_view->setItemDelegateForColumn(m_shareColumn, nullptr);
        header->setSectionResizeMode(m_shareColumn, QHeaderView::Interactive);
    }
    m_shareColumn = column;
    if (column < 0)
        return;
    if (!m_shareBar)
        m_shareBar = new ShareBarDelegate(this);
    m_view->setItemDelegateForColumn(column, m_shareBar);
    // A bar reads the same at any width: fixed, so it never takes the width left over.
    header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->resizeSection(column, ShareBarDelegate::kWidth);
}

void DataTable::showRowsError(const QString &message)
{
    m_asking = false;
    m_note->setText(message);
    m_note->setVisible(true);
    updateMoreRow();
}

void DataTable::searchTextChanged(const QString &text)
{
    // Rows found by a search of everything hold what that text matched: a text that is not a
    // narrowing of it (or none) goes back to the newest rows, where the search starts again.
    const QString searched = table().search;
    if (!searched.isEmpty() && !text.contains(searched, Qt::CaseInsensitive))
        showRows(m_newest);
    m_proxy->setFilterFixedString(text);
    updateMoreRow();
}

void DataTable::updateMoreRow()
{
    const QLocale locale;
    const bool searchResult = !table().search.isEmpty();
    const qint64 shown = m_newest.rows.size();
    const bool capped = m_newest.totalRows > shown;
    const QString text = m_search ? m_search->text().trimmed() : QString();
    const bool more = capped && !searchResult;
    const bool all = capped && m_search && !searchResult;
    m_loadMore->setVisible(more);
    m_loadMore->setText(tr("Load %1 more").arg(locale.toString(std::min<qint64>(DashboardData::kTableStep, m_newest.totalRows - shown))));
    m_searchAll->setVisible(all);
    m_searchAll->setText(text.isEmpty() ? tr("Type to search all %1").arg(locale.toString(m_newest.totalRows))
                                        : tr("Search all %1 for “%2”").arg(locale.toString(m_newest.totalRows), text));
    m_searchAll->setEnabled(!text.isEmpty() && !m_asking);
    m_loadMore->setEnabled(!m_asking);
    m_moreRow->setVisible(more || all);
}

QString DataTable::countText() const
{
    const QLocale locale;
    const qint64 all = m_model->rowCount();
    if (m_search && !m_search->text().isEmpty()) {
        if (!table().search.isEmpty()) // every stored row matching: "12 of 12 matching", "1,000 of 4,211 matching"
            return tr("%1 of %2 matching").arg(locale.toString(qint64(m_proxy->rowCount())),
                                               locale.toString(std::max<qint64>(all, table().totalRows)));
        return tr("%1 of %2").arg(locale.toString(qint64(m_proxy->rowCount())), locale.toString(all));
    }
    if (table().totalRows > all)
        return tr("%1 of %2, newest").arg(locale.toString(all), locale.toString(table().totalRows));
    return locale.toString(all);
}

void DataTable::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    // Said where the user clicked, for a moment, not in the status bar.
    QToolTip::showText(QCursor::pos(), tr("Copied"), m_view, {}, 1500);
}

QString DataTable::tabText() const
{
    return tr("%1 (%2)").arg(table().title, countText());
}

void DataTable::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_view->resizeColumnsToContents();
    const int stretch = m_model->stretchColumn();
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != stretch && !m_model->isNumeric(c) && header->sectionSize(c) > kTextColumnCap)
            header->resizeSection(c, kTextColumnCap);
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    if (m_shareColumn >= 0) { // measured with its header's text above: back to the bar's width
        header->setSectionResizeMode(m_shareColumn, QHeaderView::Fixed);
        header->resizeSection(m_shareColumn, ShareBarDelegate::kWidth);
    }
}

void DataTable::fitHeight()
{
    if (!m_page)
        return;
    // As tall as its rows need, up to the page's height: a short table stays short, a long one
    // fills the page and scrolls within it.
    const QMargins margins = layout()->contentsMargins();
    int need = margins.top() + margins.bottom() + 2 * m_view->frameWidth()
               + m_view->horizontalHeader()->sizeHint().height() + m_view->horizontalScrollBar()->sizeHint().height()
               + m_view->verticalHeader()->defaultSectionSize() * std::max(3, m_model->rowCount());
    if (m_search)
        need += m_search->sizeHint().height() + layout()->spacing();
    if (!m_moreRow->isHidden())
        need += m_moreRow->sizeHint().height() + layout()->spacing();
    if (!m_note->text().isEmpty())
        need += m_note->heightForWidth(std::max(200, width() - margins.left() - margins.right())) + layout()->spacing();
    const int page = m_page->viewport()->height() - kPageMargin;
    setMinimumHeight(std::max(kMinimumHeight, std::min(need, page)));
}

void DataTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_page) {
        for (QWidget *w = parentWidget(); w && !m_page; w = w->parentWidget())
            m_page = qobject_cast<QScrollArea *>(w);
        if (m_page)
            m_page->viewport()->installEventFilter(this);
    }
    fitHeight();
}

bool DataTable::eventFilter(QObject *watched, QEvent *event)
{
    if (m_page && watched == m_page->viewport() && event->type() == QEvent::Resize)
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

void DataTable::openLink(const QModelIndex &index) const
{
    const QString link = index.data(TableModel::LinkRole).toString();
    if (!link.isEmpty())
        QDesktopServices::openUrl(QUrl(link));
}

void DataTable::fillMenu(QMenu *menu, const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const int row = source.row();
    const QString link = m_model->link(row);
    if (!link.isEmpty()) {
        QAction *open = menu->addAction(tr("Open"), this, [this, index] { openLink(index); });
        open->setObjectName(QStringLiteral("open"));
        open->setToolTip(link);
        menu->addAction(tr("Copy link"), this, [this, link] { copy(link); })
            ->setObjectName(QStringLiteral("copyLink"));
        menu->addSeparator();
    }
    menu->addAction(tr("Copy row"), this, [this, row] { copy(m_model->rowText(row)); })
        ->setObjectName(QStringLiteral("copyRow"));
    const QString cell = index.data(Qt::DisplayRole).toString();
    menu->addAction(tr("Copy “%1”").arg(cell.size() > 40 ? cell.left(39) + QStringLiteral("…") : cell), this,
                    [this, cell] { copy(cell); })
        ->setObjectName(QStringLiteral("copyCell"));
    if (isRedditPosts(table())) {
        const QString postId = m_model->table().rows.value(row).value(0).toString();
        const QString title = m_model->table().rows.value(row).value(2).toString();
        menu->addSeparator();
        menu->addAction(tr("Stop tracking…"), this, [this, postId, title] { confirmStopTracking(postId, title); })
            ->setObjectName(QStringLiteral("stopTracking"));
    }
    if (table().id == QLatin1String("notes")) { // the Overview's notes: # · Date · Subject · Note
        const QVariantList values = m_model->table().rows.value(row);
        const qint64 id = values.value(0).toLongLong();
        menu->addSeparator();
        menu->addAction(tr("Change note…"), this, [this, id, values] {
            emit noteChangeRequested(id, values.value(1).toDate(), values.value(2).toString(), values.value(3).toString());
        })->setObjectName(QStringLiteral("changeNote"));
        menu->addAction(tr("Remove note…"), this, [this, id, values] { confirmRemoveNote(id, values.value(3).toString()); })
            ->setObjectName(QStringLiteral("removeNote"));
    }
}

void DataTable::confirmRemoveNote(qint64 id, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove note"), tr("Remove the note “%1”?").arg(text),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked == remove)
            emit noteRemoveRequested(id);
    });
    box->open();
}

void DataTable::confirmStopTracking(const QString &postId, const QString &title)
{
    // The snapshots collected so far stay in the charts; only the collection stops.
    const auto answer = QMessageBox::question(
        this, tr("Stop tracking"),
        tr("Stop tracking “%1”? Its score and comments collected so far stay.").arg(title.isEmpty() ? postId : title));
    if (answer == QMessageBox::Yes)
        emit stopTrackingRequested(postId);
}

} // namespace insights
