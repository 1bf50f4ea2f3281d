#include "redditpage.h"

#include "config/validation.h"
#include "pageform.h"
#include "service/appservice.h"
#include "trackedposts.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace insights {

namespace {

const QString kClientIdVariable = QStringLiteral("INSIGHT_REDDIT_CLIENT_ID");
const QString kUsernameVariable = QStringLiteral("INSIGHT_REDDIT_USERNAME");

} // namespace

RedditPage::RedditPage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("Insights follows the score and comments of the Reddit posts you track. "
                                           "Reddit asks apps to sign in: without a client id it often blocks Insights."));
    // The client id: field and Test, then how to get one, then the button that gets there.
    auto *cell = new QVBoxLayout;
    cell->setSpacing(3);
    auto *row = new QHBoxLayout;
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("redditClientId"));
    m_clientId->setPlaceholderText(tr("e.g. Xq3_vB9-tRk2mA"));
    row->addWidget(m_clientId, 1);
    m_test = new QPushButton(tr("Test"), this);
    m_test->setObjectName(QStringLiteral("redditTest"));
    row->addWidget(m_test);
    cell->addLayout(row);
    cell->addWidget(pageform::help(tr("Once: on Reddit's app page choose \"create another app…\", pick \"installed "
                                      "app\", enter http://localhost as redirect URI, then copy the id under its name."),
                                   this));
    auto *open = new QPushButton(tr("Open reddit.com/prefs/apps"), this);
    connect(open, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl(QStringLiteral("https://www.reddit.com/prefs/apps"))); });
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch(1);
    cell->addLayout(openRow);
    form->addRow(tr("Client id:"), cell);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("redditUsername"));
    m_username->setPlaceholderText(tr("your Reddit user name (optional)"));
    pageform::addRow(form, tr("User name:"), m_username,
                     tr("Reddit asks apps to name a contact; sent as /u/NAME."));

    m_refreshDays = new QSpinBox(this);
    m_refreshDays->setRange(0, 365);
    m_refreshDays->setSuffix(tr(" days"));
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_refreshDays);
    daysRow->addStretch(1);
    pageform::addRow(form, tr("Refresh posts for:"), daysRow,
                     tr("Posts this young still move and are refreshed on the schedule; older ones when you collect."));

    m_posts = new TrackedPosts(service, this);
    pageform::addRow(form, tr("Tracked posts:"), m_posts,
                     tr("Add posts on the Reddit page or from the tray. Remove stops tracking; what was collected "
                        "stays."));

    // The web host (links, sign-in) and the API host, side by side: both only matter behind a proxy.
    auto *urls = new QHBoxLayout;
    m_webUrl = pageform::urlEdit(service.config(), Api::Reddit, this);
    m_oauthUrl = pageform::urlEdit(service.config(), Api::RedditOAuth, this);
    urls->addWidget(m_webUrl);
    urls->addWidget(m_oauthUrl);
    pageform::addRow(form, tr("Addresses:"), urls,
                     tr("Reddit's site and its API. Leave both empty unless you reach Reddit through a proxy."));

    connect(m_test, &QPushButton::clicked, this, &RedditPage::test);
}

QString RedditPage::title() const
{
    return tr("Reddit");
}

void RedditPage::load()
{
    const Config &config = m_service.config();
    m_clientId->setText(config.redditClientId());
    m_username->setText(config.redditUsername());
    pageform::lockIfFromEnvironment(m_clientId, config, {kClientIdVariable});
    pageform::lockIfFromEnvironment(m_username, config, {kUsernameVariable});
    m_refreshDays->setValue(config.redditRefreshDays());
    m_posts->load();
}

QString RedditPage::validate()
{
    const QString clientId = m_clientId->text().trimmed();
    if (!clientId.isEmpty() && !m_clientId->isReadOnly())
        if (auto checked = Validation::redditClientId(clientId); !checked)
            return checked.errorMessage();
    const QString username = m_username->text().trimmed();
    if (!username.isEmpty() && !m_username->isReadOnly())
        if (auto checked = Validation::redditUsername(username); !checked)
            return checked.errorMessage();
    if (QString problem = pageform::checkUrl(m_webUrl, Api::Reddit); !problem.isEmpty())
        return problem;
    return pageform::checkUrl(m_oauthUrl, Api::RedditOAuth);
}

QString RedditPage::save(Config &config)
{
    config.setRedditRefreshDays(m_refreshDays->value());
    if (!m_clientId->isReadOnly())
        config.setRedditClientId(m_clientId->text().trimmed());
    if (!m_username->isReadOnly()) {
        const auto username = Validation::redditUsername(m_username->text());
        config.setRedditUsername(username ? *username : QString());
    }
    if (!m_webUrl->isReadOnly())
        config.setBaseUrl(Api::Reddit, m_webUrl->text().trimmed());
    if (!m_oauthUrl->isReadOnly())
        config.setBaseUrl(Api::RedditOAuth, m_oauthUrl->text().trimmed());
    return {};
}

QList<QWidget *> RedditPage::testButtons() const
{
    return {m_test};
}

void RedditPage::test()
{
    emit testStarted();
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty()) {
        emit testFinished(false, tr("Enter the client id of your Reddit app first."));
        return;
    }
    if (auto checked = Validation::redditClientId(clientId); !checked) {
        emit testFinished(false, checked.errorMessage());
        return;
    }
    const auto username = Validation::redditUsername(m_username->text());
    // Reddit is asked on a pool thread (AppService): the window never waits for it.
    m_service.checkRedditClientId(clientId, username ? *username : QString(), QUrl(m_webUrl->text().trimmed()), this,
                                  [this](const CheckOutcome &outcome) { emit testFinished(outcome.ok, outcome.text); });
}

} // namespace insights
