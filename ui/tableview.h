#pragma once
// One table of a dashboard page: the search field (searchable tables), the view, the note under
// it, and what a row offers — open its link (double-click or the context menu), copy the row or
// the cell, and stop tracking a Reddit post. Columns fit their content and the widest text column
// takes the width left over (a share column is a small bar of fixed width); the table asks for
// the height of the page it scrolls in (a thousand-row list is not read through a seven-row slot).
#include "dashboard/pagedata.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace insights {

class ShareBarDelegate;
class TableModel;

class DataTable final : public QWidget {
    Q_OBJECT
public:
    explicit DataTable(const TableData &table, QWidget *parent = nullptr);

    // The same table with other rows (a range change): search, sorting and widths stay.
    void setTable(const TableData &table);
    // The answer to rowsRequested: more of the newest rows, or every row matching a search.
    void showRows(const TableData &table);
    // rowsRequested could not be answered: said under the table, the rows shown stay.
    void showRowsError(const QString &message);
    QPushButton *loadMoreButton() const { return m_loadMore; }
    QPushButton *searchAllButton() const { return m_searchAll; }
    const TableData &table() const;

    TableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // "1,234"; "12 of 1,234" while searching; "1,000 of 1,234, newest" for a capped list.
    QString countText() const;
    // The tab's label: "Stargazers (12 of 1,234)".
    QString tabText() const;
    // The context menu's entries for a cell of the view (a proxy index).
    void fillMenu(QMenu *menu, const QModelIndex &index);

signals:
    // The rows shown changed (a search, new data): the tab's label is to be updated.
    void countChanged();
    // "Stop tracking…" was confirmed for a tracked Reddit post.
    void stopTrackingRequested(const QString &postId);
    // The Overview's notes: "Change note…" (with the note as listed: its subject is the shown
    // text, "whole project" included) and a confirmed "Remove note…".
    void noteChangeRequested(qint64 id, const QDate &date, const QString &subject, const QString &text);
    void noteRemoveRequested(qint64 id);
    // A capped list's "Load more" or "Search all": the page asks the service (DashboardData::table).
    void rowsRequested(const QString &tableId, const insights::TableQuery &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void copy(const QString &text);
    void fitColumns();
    void fitHeight();
    void openLink(const QModelIndex &index) const;
    void confirmStopTracking(const QString &postId, const QString &title);
    void confirmRemoveNote(qint64 id, const QString &text);
    void updateMoreRow();
    void searchTextChanged(const QString &text);
    void useShareBar(int column);

    TableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_moreRow = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_searchAll = nullptr;
    TableData m_newest;   // the capped list of the newest rows, shown again when a search is cleared
    bool m_asking = false; // rowsRequested is unanswered
    QPointer<QScrollArea> m_page; // the page's scroll area, whose height the table fills
    bool m_fitted = false;        // columns were sized to rows (later data keeps the user's widths)
    ShareBarDelegate *m_shareBar = nullptr; // draws TableData::shareColumn
    int m_shareColumn = -1;
};

} // namespace insights
