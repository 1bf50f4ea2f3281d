#pragma once
// The Reddit page's first row: paste a post's link (any form, share links too) and track it.
#include <QWidget>

class QLineEdit;

namespace insights {

class RedditTrackBar final : public QWidget {
    Q_OBJECT
public:
    explicit RedditTrackBar(QWidget *parent = nullptr);
    void clear();

signals:
    void trackRequested(const QString &link);

private:
    QLineEdit *m_link = nullptr;
};

} // namespace insights
