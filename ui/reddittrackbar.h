#pragma once
// The Reddit page's first row: paste a post's link (any form, share links too) and track it. The
// answer ("Now tracking …", "Already tracked …", why not) shows right here, under the field, not
// in the status bar, and goes when the user types again or after a while.
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace insights {

class RedditTrackBar final : public QWidget {
    Q_OBJECT
public:
    explicit RedditTrackBar(QWidget *parent = nullptr);
    void clear();
    // The answer to the last Track: shown under the field; `ok` false in the error colour.
    void showResult(bool ok, const QString &message);
    QString resultText() const;

signals:
    void trackRequested(const QString &link);

private:
    QLineEdit *m_link = nullptr;
    QLabel *m_result = nullptr;
    QTimer *m_fade = nullptr;
};

} // namespace insights
