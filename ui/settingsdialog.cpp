#include "settingsdialog.h"

#include "collectors/github/githubapi.h"
#include "collectors/registry.h"
#include "config/config.h"
#include "secrets/tokens.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace insights {

SettingsDialog::SettingsDialog(const QString &dataDir, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_config(std::make_unique<Config>(dataDir)), m_secrets(secrets)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *github = new QGroupBox(tr("GitHub"), this);
    auto *form = new QFormLayout(github);
    m_repos = new QPlainTextEdit(m_config->githubRepos().join(QLatin1Char('\n')), github);
    m_repos->setPlaceholderText(tr("owner/repo, one per line"));
    m_repos->setFixedHeight(90);
    if (m_config->isOverriddenByEnvironment(QStringLiteral("INSIGHT_GITHUB_REPOS"))
        || m_config->isOverriddenByEnvironment(QStringLiteral("INSIGHT_GITHUB_REPO"))) {
        m_repos->setReadOnly(true);
        m_repos->setToolTip(tr("Set by INSIGHT_GITHUB_REPOS in the environment"));
    }
    form->addRow(tr("Repositories:"), m_repos);

    m_token = new QLineEdit(github);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("leave empty to keep the stored token"));
    m_tokenNote = new QLabel(github);
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setText(m_config->isOverriddenByEnvironment(Tokens::environmentVariable(TokenKind::GitHub))
                             ? tr("INSIGHT_GITHUB_TOKEN is set in the environment and is used instead.")
                             : tr("Stored in the system keychain. Traffic needs push access: a classic token with "
                                  "the \"repo\" scope, or a fine-grained token with \"Administration: read\"."));
    form->addRow(tr("Token:"), m_token);
    form->addRow(QString(), m_tokenNote);

    m_githubUrl = new QLineEdit(github);
    m_githubUrl->setPlaceholderText(Config::defaultBaseUrl(Api::GitHub));
    if (auto url = m_config->baseUrl(Api::GitHub); url && url->toString() != Config::defaultBaseUrl(Api::GitHub))
        m_githubUrl->setText(url->toString());
    m_githubUrl->setReadOnly(m_config->isOverriddenByEnvironment(Config::baseUrlVariable(Api::GitHub)));
    form->addRow(tr("API URL:"), m_githubUrl);
    layout->addWidget(github);

    auto *sources = new QGroupBox(tr("Sources"), this);
    auto *grid = new QGridLayout(sources);
    int row = 0;
    for (const QString &key : allSourceKeys()) {
        const auto collector = createCollector(key);
        auto *enabled = new QCheckBox(key, sources);
        enabled->setChecked(m_config->isEnabled(key));
        auto *interval = new QSpinBox(sources);
        interval->setRange(1, 24 * 14);
        interval->setSuffix(tr(" h"));
        interval->setValue(m_config->intervalHours(key, collector ? collector->defaultIntervalHours() : 24));
        if (!collector) {
            enabled->setToolTip(tr("Not available in this version yet"));
            enabled->setEnabled(false);
            interval->setEnabled(false);
        }
        grid->addWidget(enabled, row, 0);
        grid->addWidget(new QLabel(tr("every"), sources), row, 1);
        grid->addWidget(interval, row, 2);
        m_enabled.insert(key, enabled);
        m_interval.insert(key, interval);
        ++row;
    }
    layout->addWidget(sources);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setRepositoriesText(const QString &text)
{
    m_repos->setPlainText(text);
}

void SettingsDialog::setTokenText(const QString &token)
{
    m_token->setText(token);
}

QString SettingsDialog::applyAndValidate()
{
    QStringList repos;
    for (QString line : m_repos->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!GitHubApi::isValidRepo(line))
            return tr("\"%1\" is not a repository name; use the form owner/repo.").arg(line);
        if (!repos.contains(line))
            repos.append(line);
    }
    const QString url = m_githubUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            return tr("\"%1\" is not a usable API URL; expected something like %2.")
                .arg(url, Config::defaultBaseUrl(Api::GitHub));
    }
    if (!m_token->text().trimmed().isEmpty()) {
        Tokens tokens(m_secrets);
        if (auto st = tokens.store(TokenKind::GitHub, m_token->text()); !st)
            return st.errorMessage();
        m_token->clear();
    }
    if (!m_repos->isReadOnly())
        m_config->setGithubRepos(repos);
    if (!m_githubUrl->isReadOnly())
        m_config->setBaseUrl(Api::GitHub, url);
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it) {
        if (!it.value()->isEnabled())
            continue;
        m_config->setEnabled(it.key(), it.value()->isChecked());
        m_config->setIntervalHours(it.key(), m_interval.value(it.key())->value());
    }
    m_config->sync();
    return {};
}

void SettingsDialog::accept()
{
    const QString error = applyAndValidate();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), error);
        return;
    }
    QDialog::accept();
}

} // namespace insights
