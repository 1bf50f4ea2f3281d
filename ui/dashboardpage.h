#pragma once
// One dashboard page (Stars, Traffic, …) drawn from its PageData: a subject selector, summary
// cards, explanations, the time charts and the tables (sortable, searchable where it helps). The
// same widget serves every page; what differs is the data core computes. A page without data
// says what to do instead of showing empty axes alone.
#include "dashboard/pagedata.h"
#include "service/emptystate.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QVBoxLayout;
class QGridLayout;
class QHBoxLayout;
QT_END_NAMESPACE

namespace insights {

class ChartView;
class EmptyStateView;
class SummaryCard;
class TableModel;

class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString subject() const;
    // Shows `subject` at the next load (an Overview card's click), or all when the page has none.
    void selectSubject(const QString &subject);
    // The subjects ticked under "Compare" (two or more: the page compares them, else empty).
    QStringList comparedSubjects() const;
    void setComparedSubjects(const QStringList &subjects);
    QToolButton *compareButton() const { return m_compare; }
    // "Align by start" (Stars and PyPI, while comparing): each subject from its own first day.
    bool alignByStart() const;
    QToolButton *alignButton() const { return m_align; }
    void setData(const PageData &data);
    // The time charts' left axis on a log scale (the header's toggle; remembered by the window).
    void setLogScale(bool on);
    bool logScale() const;
    void setLoading(bool loading);
    // Under the title: when the page's sources were last collected, and by whom (empty: none).
    void setCollectedLine(const QString &text);
    QString collectedLine() const;
    // A row above the page (the Reddit page's "Track post"); the page owns it.
    void setHeaderWidget(QWidget *header);
    const PageData &data() const { return m_data; }
    // Without data, the page shows `state` in place of its cards, charts and tables.
    void setEmptyState(const std::optional<EmptyState> &state);
    EmptyStateView *emptyStateView() const { return m_emptyView; }
    bool isShowingEmptyState() const { return m_empty.has_value(); }
    // What went wrong the last time this page's source was collected, shown above data that is
    // still there (and so older than it should be), with Try again; empty: nothing.
    void setSourceProblem(const QString &source, const QString &problem);
    QString sourceProblem() const;
    // The answer to tableRowsRequested for the table `tableId` (dropped if the page shows
    // another range or subject by now), or why there is none.
    void showTableRows(const PageRequest &askedFor, const QString &tableId, const Result<TableData> &rows);
    QList<ChartView *> charts() const { return m_charts; }
    // What shows the page's data first, for measuring when it has painted: the main chart's
    // viewport, or on the Overview (no chart) its first card; null while there is neither.
    QWidget *mainView() const;
    QList<SummaryCard *> cards() const { return m_cards; }
    QTabWidget *tables() const { return m_tables; }

signals:
    void subjectChanged();
    // The user's notes: "Add a note…" on a chart's day, and the Overview's list.
    void noteRequested(const QDate &day);
    void noteChangeRequested(qint64 id, const QDate &date, const QString &subject, const QString &text);
    void noteRemoveRequested(qint64 id);
    // An Overview card was clicked: show `page` filtered to `subject`.
    void cardActivated(const QString &page, const QString &subject);
    void logScaleChanged(bool on);
    // The PyPI rules table was edited: installer → "human"/"bot".
    void installerClassChanged(const QString &installer, const QString &cls);
    void emptyStateAction(const insights::EmptyState &state);
    // "Stop tracking…" was confirmed for a tracked Reddit post (the Reddit page's table).
    void stopTrackingRequested(const QString &postId);
    // Try again on the source problem: collect `source` now.
    void retryRequested(const QString &source);
    // A capped table wants more rows or a search of everything, for the page's request.
    void tableRowsRequested(const insights::PageRequest &request, const QString &tableId, const insights::TableQuery &query);

private:
    void showTables(const QList<TableData> &tables);
    void showCards(const QList<CardData> &cards);
    void showBody();
    void drawCharts();

    QString m_key;
    PageData m_data;
    QWidget *m_content = nullptr;
    QComboBox *m_subject = nullptr;
    QToolButton *m_log = nullptr;
    QToolButton *m_compare = nullptr;
    QToolButton *m_align = nullptr;
    QStringList m_compared; // ticked under "Compare", in the order they were ticked
    void fillCompareMenu(const QStringList &subjects);
    QString m_pendingSubject;
    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_collected = nullptr;
    QWidget *m_problemRow = nullptr;
    QLabel *m_problem = nullptr;
    QString m_problemSource;
    EmptyStateView *m_emptyView = nullptr;
    std::optional<EmptyState> m_empty;
    QLabel *m_notes = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QList<QLabel *> m_groupLabels;
    QVBoxLayout *m_chartColumn = nullptr;
    QTabWidget *m_tables = nullptr;
    QList<SummaryCard *> m_cards;
    QList<ChartView *> m_charts;
    QList<TableModel *> m_tableModels;
};

} // namespace insights
