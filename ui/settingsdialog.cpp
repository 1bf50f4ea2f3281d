#include "settingsdialog.h"

#include "config/config.h"
#include "service/appservice.h"
#include "settings/alertspage.h"
#include "settings/generalpage.h"
#include "settings/githubpage.h"
#include "settings/plausiblepage.h"
#include "settings/pypipage.h"
#include "settings/redditpage.h"
#include "settings/schedulepage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace insights {

SettingsDialog::SettingsDialog(AppService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Settings"));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setFixedWidth(150);
    m_list->setStyleSheet(QStringLiteral("QListWidget#settingsPages::item { padding: 5px 6px; }"));
    body->addWidget(m_list);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    addPage(m_github = new GitHubPage(service));
    addPage(m_pypi = new PyPiPage(service));
    addPage(m_plausible = new PlausiblePage(service));
    addPage(m_reddit = new RedditPage(service));
    addPage(m_schedule = new SchedulePage(service));
    addPage(m_alerts = new AlertsPage(service));
    addPage(m_general = new GeneralPage(service));
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

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

    for (SettingsPage *page : std::as_const(m_pages))
        page->load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages << page;
    m_list->addItem(page->title());
    // A page taller than the dialog scrolls instead of squeezing its rows together.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    connect(page, &SettingsPage::testStarted, this, &SettingsDialog::onTestStarted);
    connect(page, &SettingsPage::testFinished, this, &SettingsDialog::onTestFinished);
    connect(page, &SettingsPage::secretStored, this, &SettingsDialog::onSecretStored);
}

void SettingsDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void SettingsDialog::showPage(const QString &key)
{
    const QList<std::pair<const char *, SettingsPage *>> named{
        {"github", m_github}, {"pypi", m_pypi},         {"plausible", m_plausible},
        {"reddit", m_reddit}, {"schedule", m_schedule}, {"alerts", m_alerts},   {"general", m_general}};
    for (const auto &[name, page] : named)
        if (key == QLatin1String(name))
            showPage(int(m_pages.indexOf(page)));
}

void SettingsDialog::setRepositoriesText(const QString &text) { m_github->setRepositoriesText(text); }
void SettingsDialog::setTokenText(const QString &token) { m_github->setTokenText(token); }
void SettingsDialog::setPackagesText(const QString &text) { m_pypi->setPackagesText(text); }
void SettingsDialog::setSitesText(const QString &text) { m_plausible->setSitesText(text); }
void SettingsDialog::setPlausibleKeyText(const QString &key) { m_plausible->setKeyText(key); }
void SettingsDialog::setAutostartChecked(bool on) { m_general->setAutostartChecked(on); }

QString SettingsDialog::applyAndValidate()
{
    // Every page first: a refused value saves nothing, and its page is shown.
    for (int i = 0; i < m_pages.size(); ++i)
        if (const QString error = m_pages.at(i)->validate(); !error.isEmpty()) {
            showPage(i);
            return error;
        }
    if (m_pendingWrites > 0)
        return tr("The keychain is still storing the last token; try again in a moment.");

    Config &config = m_service.config();
    QString problem;
    for (SettingsPage *page : std::as_const(m_pages))
        if (const QString p = page->save(config); !p.isEmpty())
            problem = p;
    m_service.settingsSaved();
    emit saved();

    // Then the tokens, which only the keychain keeps (never a file): asked without waiting.
    m_writeProblems.clear();
    for (SettingsPage *page : std::as_const(m_pages))
        m_pendingWrites += page->storeSecrets();
    updateButtons();
    return problem;
}

void SettingsDialog::onSecretStored(const QString &problem)
{
    if (!problem.isEmpty())
        m_writeProblems << problem;
    if (--m_pendingWrites > 0)
        return;
    m_busy = false;
    updateButtons();
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
    m_busy = true;
    updateButtons();
    showStatus(tr("Storing the token in the system keychain… (it may ask you to unlock it)"), Tone::Info);
}

void SettingsDialog::reject()
{
    // A write in flight finishes in the keychain either way; the dialog closes when it has answered.
    if (m_pendingWrites > 0)
        return;
    QDialog::reject();
}

void SettingsDialog::onTestStarted()
{
    ++m_pendingTests;
    updateButtons();
    showStatus(tr("Testing…"), Tone::Info);
}

void SettingsDialog::onTestFinished(bool ok, const QString &text)
{
    m_pendingTests = std::max(0, m_pendingTests - 1);
    updateButtons();
    showStatus(text, ok ? Tone::Info : Tone::Warning);
    emit tokenTested(ok, text);
}

void SettingsDialog::updateButtons()
{
    m_buttons->setEnabled(!m_busy);
    const bool canTest = !m_busy && m_pendingTests == 0 && m_pendingWrites == 0;
    for (SettingsPage *page : std::as_const(m_pages))
        for (QWidget *button : page->testButtons())
            button->setEnabled(canTest);
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
