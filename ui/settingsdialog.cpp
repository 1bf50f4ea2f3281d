#include "settingsdialog.h"

#include "autostart.h"
#include "collectors/github/githubapi.h"
#include "collectors/plausible/plausibleapi.h"
#include "collectors/reddit/redditapi.h"
#include "collectors/reddit/redditauth.h"
#include "http/urlutil.h"
#include "collectors/pypi/pypiname.h"
#include "collectors/registry.h"
#include "config/config.h"
#include "secrets/secretservice.h"
#include "secrets/tokencheck.h"
#include "secrets/tokens.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

// A Test's outcome, carried back from the thread that asked the API.
struct TestOutcome {
    bool ok = false;
    QString text;
};

QString kindName(TokenKind kind)
{
    return kind == TokenKind::GitHub ? SettingsDialog::tr("The GitHub token") : SettingsDialog::tr("The Plausible API key");
}

} // namespace

SettingsDialog::SettingsDialog(const QString &dataDir, SecretService *secrets, QWidget *parent)
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
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setTextFormat(Qt::PlainText); // keychain and server messages: text, never markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(8, 6, 8, 6);
    m_status->hide();
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);
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
                                    "token with \"Administration: read\". Star counts need no token; who starred needs one, "
                                    "and their e-mail addresses the optional \"user:email\" scope."),
                                 tab));
    form->addRow(tr("API URL:"), urlField(int(Api::GitHub), tab));
    m_testButtons << test;
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
    m_testButtons << test;
    connect(test, &QPushButton::clicked, this, [this] { testToken(int(TokenKind::Plausible)); });
    return tab;
}

QWidget *SettingsDialog::redditTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    // Reddit asks apps to sign in with OAuth: an "installed app" the user registers (no secret).
    form->addRow(QString(), note(tr("Reddit asks apps to sign in. Once: open Reddit's app page, choose \"create another "
                                    "app…\", pick \"installed app\", name it Insights and enter http://localhost as "
                                    "redirect URI.\nCopy the id shown under the app's name into Client id below.\n"
                                    "Without one, Insights tries Reddit's public pages, which Reddit often blocks."),
                                 tab));
    auto *open = new QPushButton(tr("Open reddit.com/prefs/apps"), tab);
    connect(open, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl(QStringLiteral("https://www.reddit.com/prefs/apps"))); });
    form->addRow(QString(), open);
    m_redditClientId = new QLineEdit(m_config->redditClientId(), tab);
    m_redditClientId->setPlaceholderText(tr("e.g. Xq3_vB9-tRk2mA"));
    m_redditClientId->setObjectName(QStringLiteral("redditClientId"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_redditClientId, 1);
    auto *test = new QPushButton(tr("Test"), tab);
    test->setObjectName(QStringLiteral("redditTest"));
    row->addWidget(test);
    form->addRow(tr("Client id:"), row);
    m_redditUsername = new QLineEdit(m_config->redditUsername(), tab);
    m_redditUsername->setPlaceholderText(tr("your Reddit user name (optional)"));
    m_redditUsername->setObjectName(QStringLiteral("redditUsername"));
    form->addRow(tr("User name:"), m_redditUsername);
    form->addRow(QString(), note(tr("Reddit asks apps to name a contact; it is sent with every request, as /u/NAME."), tab));
    for (const auto &[edit, variable] : {std::pair{m_redditClientId, QStringLiteral("INSIGHT_REDDIT_CLIENT_ID")},
                                         std::pair{m_redditUsername, QStringLiteral("INSIGHT_REDDIT_USERNAME")}})
        if (m_config->isOverriddenByEnvironment(variable)) {
            edit->setReadOnly(true);
            edit->setToolTip(tr("Set by %1 in the environment").arg(variable));
        }
    m_redditDays = new QSpinBox(tab);
    m_redditDays->setRange(0, 365);
    m_redditDays->setSuffix(tr(" days"));
    m_redditDays->setValue(m_config->redditRefreshDays());
    form->addRow(tr("Refresh posts younger than:"), m_redditDays);
    form->addRow(QString(), note(tr("Posts are added from the Reddit page or the tray (\"Track Reddit post\"). Older posts "
                                    "are refreshed when you collect by hand."),
                                 tab));
    form->addRow(tr("Reddit URL:"), urlField(int(Api::Reddit), tab));
    form->addRow(tr("Reddit API URL:"), urlField(int(Api::RedditOAuth), tab));
    m_testButtons << test;
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testRedditClientId);
    return tab;
}

void SettingsDialog::testRedditClientId()
{
    const QString clientId = m_redditClientId->text().trimmed();
    if (!RedditAuth::isValidClientId(clientId)) {
        showStatus(clientId.isEmpty() ? tr("Enter the client id of your Reddit app first.")
                                      : tr("\"%1\" is not a Reddit client id; copy the id shown under the app's name.")
                                            .arg(clientId.left(64)),
                   Tone::Warning);
        emit tokenTested(false, statusText());
        return;
    }
    const QString typedWeb = m_urls.value(int(Api::Reddit))->text().trimmed();
    const QUrl web(typedWeb.isEmpty() ? Config::defaultBaseUrl(Api::Reddit) : typedWeb);
    const RedditCredentials credentials{clientId, m_config->redditDeviceId(),
                                        joinUrl(web, QStringLiteral("/api/v1/access_token")),
                                        RedditApi::userAgent(m_redditUsername->text().trimmed())};
    for (QWidget *button : std::as_const(m_testButtons))
        button->setEnabled(false);
    ++m_pendingTests;
    showStatus(tr("Testing…"), Tone::Info);
    // Reddit is asked on a pool thread with its own HTTP client: the window never waits for it.
    auto *watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcher<TestOutcome>::finished, this, [this, watcher] {
        const TestOutcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pendingTests;
        for (QWidget *button : std::as_const(m_testButtons))
            button->setEnabled(m_pendingTests == 0 && m_pendingWrites == 0);
        showStatus(outcome.text, outcome.ok ? Tone::Info : Tone::Warning);
        emit tokenTested(outcome.ok, outcome.text);
    });
    watcher->setFuture(QtConcurrent::run([credentials] {
        HttpClient http(SystemClock::instance());
        http.options().timeoutMs = 15'000;
        http.options().maxAttempts = 1;
        RedditAuth auth(http, SystemClock::instance(), credentials, QStringLiteral("Reddit"));
        const Result<QString> token = auth.bearer();
        // The token stays in this process's memory; it is neither shown nor kept by the dialog.
        return token ? TestOutcome{true, SettingsDialog::tr("Reddit accepted the client id: Insights can read posts "
                                                            "as this app.")}
                     : TestOutcome{false, token.errorMessage()};
    }));
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
    const TokenKind which = TokenKind(kind);
    QLineEdit *field = which == TokenKind::GitHub ? m_token : m_plausibleKey;
    QString token = field->text().trimmed();
    if (token.isEmpty())
        token = Tokens(nullptr).token(which).value(); // the environment's, when it sets one
    for (QWidget *button : std::as_const(m_testButtons))
        button->setEnabled(false);
    ++m_pendingTests;
    showStatus(tr("Testing…"), Tone::Info);
    if (!token.isEmpty() || !m_secrets) {
        checkToken(kind, token);
        return;
    }
    // Nothing typed: test the stored one, asked of the keychain without waiting for it.
    m_secrets->read(Tokens::keychainKey(which), this, [this, kind](const Result<std::optional<QString>> &stored) {
        if (!stored) {
            --m_pendingTests;
            for (QWidget *button : std::as_const(m_testButtons))
                button->setEnabled(m_pendingTests == 0 && m_pendingWrites == 0);
            showStatus(stored.errorMessage(), Tone::Warning);
            emit tokenTested(false, stored.errorMessage());
            return;
        }
        checkToken(kind, stored->value_or(QString()).trimmed());
    });
}

void SettingsDialog::checkToken(int kind, const QString &token)
{
    const TokenKind which = TokenKind(kind);
    const Api api = which == TokenKind::GitHub ? Api::GitHub : Api::Plausible;
    const QString typed = m_urls.value(int(api))->text().trimmed();
    const QUrl base(typed.isEmpty() ? Config::defaultBaseUrl(api) : typed);
    const QString site = lines(m_sites).value(0);
    // The request runs on a pool thread with its own HTTP client: the window never waits for it.
    auto *watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcher<TestOutcome>::finished, this, [this, watcher] {
        const TestOutcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pendingTests;
        for (QWidget *button : std::as_const(m_testButtons))
            button->setEnabled(m_pendingTests == 0 && m_pendingWrites == 0);
        showStatus(outcome.text, outcome.ok ? Tone::Info : Tone::Warning);
        emit tokenTested(outcome.ok, outcome.text);
    });
    watcher->setFuture(QtConcurrent::run([which, base, token, site] {
        HttpClient http(SystemClock::instance());
        http.options().timeoutMs = 15'000;
        http.options().maxAttempts = 1;
        const Result<QString> result = which == TokenKind::GitHub ? TokenCheck::github(http, base, token)
                                                                  : TokenCheck::plausible(http, base, token, site);
        return result ? TestOutcome{true, *result} : TestOutcome{false, result.errorMessage()};
    }));
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
    const QString redditClientId = m_redditClientId->text().trimmed();
    if (!redditClientId.isEmpty() && !m_redditClientId->isReadOnly() && !RedditAuth::isValidClientId(redditClientId))
        return tr("\"%1\" is not a Reddit client id; copy the id shown under the app's name at reddit.com/prefs/apps.")
            .arg(redditClientId.left(64));
    QString redditUsername = m_redditUsername->text().trimmed();
    if (redditUsername.startsWith(QLatin1String("/u/")))
        redditUsername.remove(0, 3);
    else if (redditUsername.startsWith(QLatin1String("u/")))
        redditUsername.remove(0, 2);
    if (!redditUsername.isEmpty() && !m_redditUsername->isReadOnly() && !RedditAuth::isValidUsername(redditUsername))
        return tr("\"%1\" is not a Reddit user name (3 to 20 letters, digits, - or _).").arg(redditUsername.left(40));
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        const QString url = it.value()->text().trimmed();
        if (url.isEmpty() || it.value()->isReadOnly())
            continue;
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            return tr("\"%1\" is not a usable address; expected something like %2.").arg(url, Config::defaultBaseUrl(Api(it.key())));
    }

    if (m_pendingWrites > 0)
        return tr("The keychain is still storing the last token; try again in a moment.");
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
    if (!m_redditClientId->isReadOnly())
        m_config->setRedditClientId(redditClientId);
    if (!m_redditUsername->isReadOnly())
        m_config->setRedditUsername(redditUsername);
    m_config->sync();
    QString problem;
    if (m_autostart->isChecked() != Autostart::isEnabled())
        if (auto st = Autostart::setEnabled(m_autostart->isChecked()); !st)
            problem = st.errorMessage();
    emit saved();

    // Then the tokens, which only the keychain keeps (never a file): asked without waiting.
    m_writeProblems.clear();
    for (const auto &[field, kind] : {std::pair{m_token, TokenKind::GitHub}, std::pair{m_plausibleKey, TokenKind::Plausible}})
        if (!field->text().trimmed().isEmpty())
            storeSecret(int(kind), field->text().trimmed());
    return problem;
}

void SettingsDialog::storeSecret(int kind, const QString &token)
{
    const TokenKind which = TokenKind(kind);
    if (!m_secrets) {
        ++m_pendingWrites; // answered like the keychain would: later
        QMetaObject::invokeMethod(this, [this, kind] {
            onSecretStored(kind, tr("No keychain is available."));
        }, Qt::QueuedConnection);
        return;
    }
    ++m_pendingWrites;
    m_secrets->write(Tokens::keychainKey(which), token, this,
                     [this, kind](const Status &stored) { onSecretStored(kind, stored ? QString() : stored.errorMessage()); });
}

void SettingsDialog::onSecretStored(int kind, const QString &problem)
{
    const TokenKind which = TokenKind(kind);
    QLineEdit *field = which == TokenKind::GitHub ? m_token : m_plausibleKey;
    if (problem.isEmpty())
        field->clear(); // stored: never shown again
    else
        m_writeProblems << tr("%1 was not saved: %2").arg(kindName(which), problem) + QLatin1Char('\n')
                               + tr("Your other settings are saved. Until the keychain works, set %1 in the environment "
                                    "instead; Save tries the keychain again.")
                                     .arg(Tokens::environmentVariable(which));
    if (--m_pendingWrites > 0)
        return;
    setBusy(false);
    const QStringList problems = m_writeProblems;
    emit secretsStored(problems);
    if (!problems.isEmpty()) {
        m_closeWhenStored = false;
        showStatus(problems.join(QStringLiteral("\n\n")), Tone::Warning);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    if (m_closeWhenStored)
        QDialog::accept();
}

void SettingsDialog::accept()
{
    const QString error = applyAndValidate();
    if (!error.isEmpty() && m_pendingWrites == 0) {
        showStatus(error, Tone::Error);
        return;
    }
    if (m_pendingWrites == 0) {
        QDialog::accept();
        return;
    }
    if (!error.isEmpty())
        m_writeProblems.prepend(error); // shown with the keychain's answer
    m_closeWhenStored = error.isEmpty();
    setBusy(true);
    showStatus(tr("Storing the token in the system keychain… (it may ask you to unlock it)"), Tone::Info);
}

void SettingsDialog::reject()
{
    // A write in flight finishes in the keychain either way; the dialog closes when it has answered.
    if (m_pendingWrites > 0)
        return;
    QDialog::reject();
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    for (QWidget *button : std::as_const(m_testButtons))
        button->setEnabled(!busy && m_pendingTests == 0);
}

void SettingsDialog::showStatus(const QString &text, Tone tone)
{
    switch (tone) {
    case Tone::Info:
        m_status->setStyleSheet(QString());
        break;
    case Tone::Warning:
        m_status->setStyleSheet(QStringLiteral("background:#fff4ce; color:#5c4400;"));
        break;
    case Tone::Error:
        m_status->setStyleSheet(QStringLiteral("background:#fde2e1; color:#7a1212;"));
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SettingsDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

} // namespace insights
