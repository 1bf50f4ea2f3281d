#pragma once
// Settings → Reddit: the installed app Insights signs in as (client id, not a secret: kept in
// settings.ini; Test asks Reddit for an app-only token off the UI thread and keeps nothing), the
// user name Reddit's User-Agent rule asks for, how long posts are refreshed on the schedule, the
// tracked posts, and the Reddit addresses.
#include "settingspage.h"

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace insights {

class TrackedPosts;

class RedditPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit RedditPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;
    QList<QWidget *> testButtons() const override;

    TrackedPosts *trackedPosts() const { return m_posts; }

private:
    void test();

    QLineEdit *m_clientId = nullptr;
    QPushButton *m_test = nullptr;
    QLineEdit *m_username = nullptr;
    QSpinBox *m_refreshDays = nullptr;
    TrackedPosts *m_posts = nullptr;
    QLineEdit *m_webUrl = nullptr;
    QLineEdit *m_oauthUrl = nullptr;
};

} // namespace insights
