#include "settingsdialog.h"

#include "autostart.h"
#include "collectors/github/githubapi.h"
#include "collectors/plausible/plausibleapi.h"
#include "collectors/pypi/pypiname.h"
#include "collectors/registry.h"
#include "config/config.h"
#include "secrets/tokencheck.h"
#include "secrets/tokens.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace insights {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (QString line : edit->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty() && !out.contains(line))
            out.append(line);
    }
    return out;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &dataDir, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_config(std::make_unique<Config>(dataDir)), m_secrets(secrets)
{
    setWindowTitle(tr("Settings"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(githubTab(), tr("GitHub"));
    tabs->addTab(pypiTab(), tr("PyPI"));
    tabs->addTab(plausibleTab(), tr("Plausible"));
    tabs->addTab(redditTab(), tr("Reddit"));
    tabs->addTab(sourcesTab(), tr("Schedule"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

QPlainTextEdit *SettingsDialog::listField(const QStringList &values, const QString &placeholder,
                                          const QStringList &envVariables, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(values.join(QLatin1Char('\n')), parent);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(90);
    edit->setTabChangesFocus(true);
    for (const QString &variable : envVariables)
        if (m_config->isOverriddenByEnvironment(variable)) {
            edit->setReadOnly(true);
            edit->setToolTip(tr("Set by %1 in the environment").arg(variable));
        }
    return edit;
}

QLineEdit *SettingsDialog::urlField(int api, QWidget *parent)
{
    const Api which = Api(api);
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(Config::defaultBaseUrl(which));
    if (auto url = m_config->baseUrl(which); url && url->toString() != Config::defaultBaseUrl(which))
        edit->setText(url->toString());
    if (m_config->isOverriddenByEnvironment(Config::baseUrlVariable(which))) {
        edit->setReadOnly(true);
        edit->setToolTip(tr("Set by %1 in the environment").arg(Config::baseUrlVariable(which)));
    }
    m_urls.insert(api, edit);
    return edit;
}

QLineEdit *SettingsDialog::secretField(int kind, QLabel **noteOut, QWidget *parent)
{
    const TokenKind which = TokenKind(kind);
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(tr("stored in the keychain — leave empty to keep it"));
    QString text;
    if (m_config->isOverriddenByEnvironment(Tokens::environmentVariable(which)))
        text = tr("%1 is set in the environment and is used instead.").arg(Tokens::environmentVariable(which));
    else if (!m_secrets)
        text = tr("No keychain is available; set %1 in the environment.").arg(Tokens::environmentVariable(which));
    else
        text = tr("Saved in the system keychain, never in a file.");
    *noteOut = note(text, parent);
    return edit;
}

QWidget *SettingsDialog::githubTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_repos = listField(m_config->githubRepos(), tr("owner/repo, one per line"),
                        {QStringLiteral("INSIGHT_GITHUB_REPOS"), QStringLiteral("INSIGHT_GITHUB_REPO")}, tab);
    form->addRow(tr("Repositories:"), m_repos);
    m_token = secretField(int(TokenKind::GitHub), &m_tokenNote, tab);
    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    auto *test = new QPushButton(tr("Test"), tab);
    row->addWidget(test);
    form->addRow(tr("Token:"), row);
    form->addRow(QString(), m_tokenNote);
    form->addRow(QString(), note(tr("Traffic needs push access: a classic token with the \"repo\" scope, or a fine-grained "
                                    "token with \"Administration: read\". Stars need any token."),
                                 tab));
    form->addRow(tr("API URL:"), urlField(int(Api::GitHub), tab));
    connect(test, &QPushButton::clicked, this, [this] { testToken(int(TokenKind::GitHub)); });
    return tab;
}

QWidget *SettingsDialog::pypiTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_packages = listField(m_config->pypiPackages(), tr("package name, one per line"),
                           {QStringLiteral("INSIGHT_PYPI_PACKAGES"), QStringLiteral("INSIGHT_PYPI_PACKAGE")}, tab);
    form->addRow(tr("Packages:"), m_packages);
    form->addRow(tr("ClickHouse URL:"), urlField(int(Api::ClickHouse), tab));
    form->addRow(QString(), note(tr("Downloads and GitHub activity come from ClickHouse's public datasets; no account "
                                    "is needed."),
                                 tab));
    return tab;
}

QWidget *SettingsDialog::plausibleTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_sites = listField(m_config->plausibleSites(), tr("site domain as in Plausible, one per line"),
                        {QStringLiteral("INSIGHT_PLAUSIBLE_SITES")}, tab);
    form->addRow(tr("Sites:"), m_sites);
    m_plausibleKey = secretField(int(TokenKind::Plausible), &m_plausibleNote, tab);
    auto *row = new QHBoxLayout;
    row->addWidget(m_plausibleKey, 1);
    auto *test = new QPushButton(tr("Test"), tab);
    row->addWidget(test);
    form->addRow(tr("API key:"), row);
    form->addRow(QString(), m_plausibleNote);
    form->addRow(tr("Plausible URL:"), urlField(int(Api::Plausible), tab));
    form->addRow(QString(), note(tr("Self-hosted Plausible: its address, e.g. https://stats.example.org."), tab));
    connect(test, &QPushButton::clicked, this, [this] { testToken(int(TokenKind::Plausible)); });
    return tab;
}

QWidget *SettingsDialog::redditTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_redditDays = new QSpinBox(tab);
    m_redditDays->setRange(0, 365);
    m_redditDays->setSuffix(tr(" days"));
    m_redditDays->setValue(m_config->redditRefreshDays());
    form->addRow(tr("Refresh posts younger than:"), m_redditDays);
    form->addRow(QString(), note(tr("Posts are added from the Reddit page or the tray (\"Track Reddit post\"). Older posts "
                                    "are refreshed when you collect by hand."),
                                 tab));
    form->addRow(tr("Reddit URL:"), urlField(int(Api::Reddit), tab));
    return tab;
}

QWidget *SettingsDialog::sourcesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const QString &key : allSourceKeys()) {
        const auto collector = createCollector(key);
        auto *enabled = new QCheckBox(key, tab);
        enabled->setChecked(m_config->isEnabled(key));
        auto *interval = new QSpinBox(tab);
        interval->setRange(1, 24 * 14);
        interval->setSuffix(tr(" h"));
        interval->setValue(m_config->intervalHours(key, collector ? collector->defaultIntervalHours() : 24));
        if (!collector) {
            enabled->setToolTip(tr("Not available in this version yet"));
            enabled->setEnabled(false);
            interval->setEnabled(false);
        }
        grid->addWidget(enabled, row, 0);
        grid->addWidget(new QLabel(tr("every"), tab), row, 1);
        grid->addWidget(interval, row, 2);
        m_enabled.insert(key, enabled);
        m_interval.insert(key, interval);
        ++row;
    }
    layout->addLayout(grid);
    auto *form = new QFormLayout;
    m_reconcileDays = new QSpinBox(tab);
    m_reconcileDays->setRange(1, 365);
    m_reconcileDays->setSuffix(tr(" days"));
    m_reconcileDays->setValue(m_config->starReconcileDays());
    form->addRow(tr("Look for unstars every:"), m_reconcileDays);
    layout->addLayout(form);
    m_autostart = new QCheckBox(tr("Start Insights at login (in the tray)"), tab);
    m_autostart->setChecked(Autostart::isEnabled());
    layout->addWidget(m_autostart);
    layout->addStretch();
    return tab;
}

void SettingsDialog::testToken(int kind)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    HttpClient http(SystemClock::instance());
    http.options().timeoutMs = 15'000;
    http.options().maxAttempts = 1;
    Tokens tokens(m_secrets);
    const TokenKind which = TokenKind(kind);
    QLineEdit *field = which == TokenKind::GitHub ? m_token : m_plausibleKey;
    QString token = field->text().trimmed();
    if (token.isEmpty())
        if (auto stored = tokens.token(which))
            token = *stored;
    Result<QString> result = QString();
    if (which == TokenKind::GitHub) {
        const QString url = m_urls.value(int(Api::GitHub))->text().trimmed();
        result = TokenCheck::github(http, QUrl(url.isEmpty() ? Config::defaultBaseUrl(Api::GitHub) : url), token);
    } else {
        const QString url = m_urls.value(int(Api::Plausible))->text().trimmed();
        result = TokenCheck::plausible(http, QUrl(url.isEmpty() ? Config::defaultBaseUrl(Api::Plausible) : url), token,
                                       lines(m_sites).value(0));
    }
    QApplication::restoreOverrideCursor();
    if (result)
        QMessageBox::information(this, tr("Test"), *result);
    else
        QMessageBox::warning(this, tr("Test"), result.errorMessage());
}

void SettingsDialog::setRepositoriesText(const QString &text) { m_repos->setPlainText(text); }
void SettingsDialog::setTokenText(const QString &token) { m_token->setText(token); }
void SettingsDialog::setPackagesText(const QString &text) { m_packages->setPlainText(text); }
void SettingsDialog::setSitesText(const QString &text) { m_sites->setPlainText(text); }
void SettingsDialog::setPlausibleKeyText(const QString &key) { m_plausibleKey->setText(key); }
void SettingsDialog::setAutostartChecked(bool on) { m_autostart->setChecked(on); }

QString SettingsDialog::applyAndValidate()
{
    // Validate everything first: a refused value saves nothing.
    const QStringList repos = lines(m_repos);
    for (const QString &repo : repos)
        if (!GitHubApi::isValidRepo(repo))
            return tr("\"%1\" is not a repository name; use the form owner/repo.").arg(repo);
    const QStringList packages = lines(m_packages);
    for (const QString &package : packages)
        if (auto normalized = PyPiName::normalize(package); !normalized)
            return normalized.errorMessage();
    const QStringList sites = lines(m_sites);
    for (const QString &site : sites)
        if (!plausible::isValidSite(site))
            return tr("\"%1\" is not a site domain; write it as in Plausible, e.g. example.com.").arg(site);
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        const QString url = it.value()->text().trimmed();
        if (url.isEmpty() || it.value()->isReadOnly())
            continue;
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            return tr("\"%1\" is not a usable address; expected something like %2.").arg(url, Config::defaultBaseUrl(Api(it.key())));
    }

    Tokens tokens(m_secrets);
    for (const auto &[field, kind] : {std::pair{m_token, TokenKind::GitHub}, std::pair{m_plausibleKey, TokenKind::Plausible}}) {
        if (field->text().trimmed().isEmpty())
            continue;
        if (auto st = tokens.store(kind, field->text().trimmed()); !st)
            return st.errorMessage();
        field->clear();
    }
    if (!m_repos->isReadOnly())
        m_config->setGithubRepos(repos);
    if (!m_packages->isReadOnly())
        m_config->setPypiPackages(packages);
    if (!m_sites->isReadOnly())
        m_config->setPlausibleSites(sites);
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it)
        if (!it.value()->isReadOnly())
            m_config->setBaseUrl(Api(it.key()), it.value()->text().trimmed());
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it) {
        if (!it.value()->isEnabled())
            continue;
        m_config->setEnabled(it.key(), it.value()->isChecked());
        m_config->setIntervalHours(it.key(), m_interval.value(it.key())->value());
    }
    m_config->setStarReconcileDays(m_reconcileDays->value());
    m_config->setRedditRefreshDays(m_redditDays->value());
    m_config->sync();
    if (m_autostart->isChecked() != Autostart::isEnabled())
        if (auto st = Autostart::setEnabled(m_autostart->isChecked()); !st)
            return st.errorMessage();
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
