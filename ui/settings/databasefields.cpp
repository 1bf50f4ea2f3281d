#include "databasefields.h"

#include "pageform.h"
#include "service/appservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace insights {

DatabaseFields::DatabaseFields(AppService &service, QFormLayout *form, QWidget *page)
    : QObject(page), m_service(service), m_fromEnvironment(service.databaseFromEnvironment())
{
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("databaseKind"));
    m_kind->addItem(tr("On this computer (insights.db in the data folder)"));
    m_kind->addItem(tr("On a team's PostgreSQL server"));
    pageform::addRow(form, tr("Data:"), m_kind,
                     tr("A team shares one PostgreSQL database: its collectors (insights collector) collect, and every "
                        "window reads the same numbers. docs/team.md sets it up."));

    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://insights_viewer@db.example.org/insights?sslmode=require"));
    pageform::addRow(form, tr("Server:"), m_url,
                     tr("postgresql://USER@HOST[:PORT]/DATABASE, with sslmode and connect_timeout if needed; no password "
                        "in it."));

    auto *row = new QHBoxLayout;
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    row->addWidget(m_password, 1);
    m_test = new QPushButton(tr("Test connection"), page);
    m_test->setObjectName(QStringLiteral("databaseTest"));
    m_test->setToolTip(tr("Connects with the URL and password typed here (else the stored password) and says what "
                          "Insights may do there. Creates nothing."));
    row->addWidget(m_test);
    pageform::addRow(form, tr("Password:"), row,
                     service.secrets() ? tr("Kept in the system keychain, never in a file. INSIGHT_DATABASE_PASSWORD, "
                                            "when set, is used instead.")
                                       : tr("No keychain is available: set INSIGHT_DATABASE_PASSWORD in the environment."));

    m_state = pageform::help(QString(), page);
    m_state->setObjectName(QStringLiteral("databaseState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageform::addRow(form, tr("Connection:"), m_state);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DatabaseFields::updateEnabled);
    connect(m_url, &QLineEdit::editingFinished, this, &DatabaseFields::refreshPassword);
    connect(m_test, &QPushButton::clicked, this, &DatabaseFields::test);
}

bool DatabaseFields::isTeam() const
{
    return m_kind->currentIndex() == 1;
}

QString DatabaseFields::url() const
{
    return m_url->text().trimmed();
}

void DatabaseFields::load()
{
    // Shown without a password an environment variable's URL may carry.
    const QString configured = m_service.configuredDatabaseUrl();
    m_kind->setCurrentIndex(configured.isEmpty() ? 0 : 1);
    m_url->setText(configured);
    if (m_fromEnvironment) {
        for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_password)})
            w->setEnabled(false);
        m_kind->setToolTip(tr("INSIGHT_DATABASE_URL is set in the environment and decides."));
        m_url->setToolTip(m_kind->toolTip());
    }
    updateEnabled();
    refreshPassword();
    refreshState();
}

void DatabaseFields::updateEnabled()
{
    const bool editable = isTeam() && !m_fromEnvironment;
    m_url->setEnabled(editable);
    m_password->setEnabled(editable && m_service.secrets());
    m_test->setVisible(isTeam());
}

void DatabaseFields::refreshPassword()
{
    m_password->setPlaceholderText(tr("The role's password"));
    if (!isTeam() || !m_service.secrets() || url().isEmpty())
        return;
    m_service.hasStoredDatabasePassword(url(), this, [this](bool stored) {
        if (stored)
            m_password->setPlaceholderText(tr("Stored in the keychain — leave empty to keep it"));
    });
}

void DatabaseFields::refreshState()
{
    m_state->setText(tr("Connecting…"));
    m_service.describeDatabase(this, [this](const CheckOutcome &state) {
        m_state->setText(state.ok ? state.text : tr("Not connected: %1").arg(state.text));
    });
}

QString DatabaseFields::stateText() const
{
    return m_state->text();
}

QString DatabaseFields::validate() const
{
    if (m_fromEnvironment || !isTeam())
        return {};
    return AppService::databaseUrlProblem(url());
}

void DatabaseFields::save(Config &config)
{
    if (m_fromEnvironment)
        return;
    config.setDatabaseUrlSetting(isTeam() ? url() : QString());
}

bool DatabaseFields::storePassword()
{
    const QString password = m_password->text();
    if (m_fromEnvironment || !isTeam() || password.isEmpty() || !m_service.secrets())
        return false;
    m_service.storeDatabasePassword(url(), password, this, [this](const Status &written) {
        if (written) {
            m_password->clear(); // stored: never shown again
            refreshPassword();
            emit stored(QString());
            return;
        }
        emit stored(tr("The database password was not saved: %1").arg(written.errorMessage()) + QLatin1Char('\n')
                    + tr("Set INSIGHT_DATABASE_PASSWORD in the environment instead."));
    });
    return true;
}

void DatabaseFields::test()
{
    emit testStarted();
    if (const QString problem = validate(); !problem.isEmpty()) {
        emit testFinished(false, problem);
        return;
    }
    const QString target = m_fromEnvironment ? m_service.config().databaseLocation() : url();
    m_service.checkDatabase(target, m_password->text(), this,
                            [this](const CheckOutcome &outcome) { emit testFinished(outcome.ok, outcome.text); });
}

} // namespace insights
