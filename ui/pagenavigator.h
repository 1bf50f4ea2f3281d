#pragma once
// The window's pages: a list on the left, the page on the right, Ctrl+1 … Ctrl+N to jump. Pages
// are known by a key ("stars", …, "sources"); the window loads what the shown page needs.
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace insights {

class PageNavigator final : public QWidget {
    Q_OBJECT
public:
    explicit PageNavigator(QWidget *parent = nullptr);

    // Appends a page; the navigator owns it. Its shortcut is Ctrl+<its position>.
    void addPage(const QString &key, const QString &title, QWidget *page);
    QWidget *currentPage() const;
    QString currentKey() const;
    // Shows `key` (the first page when unknown); shownAgain() when it is already shown.
    void showPage(const QString &key);

signals:
    void currentChanged(const QString &key);
    void shownAgain(const QString &key);

private:
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace insights
