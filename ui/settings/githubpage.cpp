#include "githubpage.h"

#include "config/validation.h"
#include "pageform.h"
#include "service/appservice.h"
#include "tokenfield.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace insights {

GitHubPage::GitHubPage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("Insights reads the traffic and the stars of your repositories from GitHub."));
    m_repos = pageform::listEdit({}, tr("owner/repo, one per line"), this);
    pageform::addRow(form, tr("Repositories:"), m_repos,
                     tr("One per line, as owner/repo or the repository's address on github.com."));

    m_token = new TokenField(service, TokenKind::GitHub, tr("The GitHub token"), tr("Paste a token"), this);
    auto *tokenCell = new QVBoxLayout;
    tokenCell->setSpacing(6);
    tokenCell->addWidget(m_token);
    auto *create = new QPushButton(tr("Create a token on GitHub…"), this);
    connect(create, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(TokenField::newGitHubTokenUrl()); });
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(create);
    createRow->addStretch(1);
    tokenCell->addLayout(createRow);
    tokenCell->addWidget(pageform::help(
        tr("GitHub shows traffic and stargazers only to a personal access token. The button opens GitHub with these "
           "scopes ticked:\n"
           "• repo: the traffic of your repositories (GitHub shows it to accounts with push access only).\n"
           "• read:user: the public profiles of the people who starred.\n"
           "• user:email (optional): their public e-mail addresses.\n"
           "A fine-grained token works too, with \"Administration: read\" on each repository."),
        this));
    form->addRow(tr("Token:"), tokenCell);

    m_url = pageform::urlEdit(service.config(), Api::GitHub, this);
    pageform::addRow(form, tr("API address:"), m_url,
                     tr("Only for GitHub Enterprise, e.g. https://github.example.com/api/v3. Leave empty for github.com."));

    connect(m_token->testButton(), &QPushButton::clicked, this, &GitHubPage::test);
    connect(m_token, &TokenField::stored, this, &SettingsPage::secretStored);
}

QString GitHubPage::title() const
{
    return tr("GitHub");
}

void GitHubPage::load()
{
    const Config &config = m_service.config();
    m_repos->setPlainText(config.githubRepos().join(QLatin1Char('\n')));
    pageform::lockIfFromEnvironment(m_repos, config, Config::repoVariables());
    m_token->refresh();
}

QStringList GitHubPage::repositories() const
{
    QStringList repos;
    for (const QString &line : pageform::lines(m_repos))
        if (auto repo = Validation::repository(line); repo && !repos.contains(*repo))
            repos << *repo;
    return repos;
}

QString GitHubPage::validate()
{
    if (!m_repos->isReadOnly())
        for (const QString &line : pageform::lines(m_repos))
            if (auto repo = Validation::repository(line); !repo)
                return repo.errorMessage();
    return pageform::checkUrl(m_url, Api::GitHub);
}

QString GitHubPage::save(Config &config)
{
    if (!m_repos->isReadOnly()) {
        const QStringList repos = repositories();
        config.setGithubRepos(repos);
        m_repos->setPlainText(repos.join(QLatin1Char('\n'))); // pasted links shown as they are kept
    }
    if (!m_url->isReadOnly())
        config.setBaseUrl(Api::GitHub, m_url->text().trimmed());
    return {};
}

int GitHubPage::storeSecrets()
{
    return m_token->store() ? 1 : 0;
}

QList<QWidget *> GitHubPage::testButtons() const
{
    return {m_token->testButton()};
}

void GitHubPage::test()
{
    TokenCheckRequest request;
    request.kind = TokenKind::GitHub;
    request.token = m_token->text();
    request.base = QUrl(m_url->text().trimmed());
    request.subjects = repositories();
    emit testStarted();
    // The token (typed, from the environment or the keychain) is tried on a pool thread.
    m_service.checkToken(request, this, [this](const CheckOutcome &outcome) { emit testFinished(outcome.ok, outcome.text); });
}

void GitHubPage::setRepositoriesText(const QString &text)
{
    m_repos->setPlainText(text);
}

void GitHubPage::setTokenText(const QString &token)
{
    m_token->setText(token);
}

} // namespace insights
