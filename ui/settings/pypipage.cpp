#include "pypipage.h"

#include "config/validation.h"
#include "installerrules.h"
#include "pageform.h"
#include "service/appservice.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace insights {

PyPiPage::PyPiPage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("Daily downloads of your packages come from ClickHouse's public copy of PyPI's "
                                           "download records; no account or token is needed."));
    m_packages = pageform::listEdit({}, tr("package name, one per line"), this);
    pageform::addRow(form, tr("Packages:"), m_packages, tr("One per line, the name as on pypi.org, e.g. requests."));

    m_rules = new InstallerRules(service, this);
    pageform::addRow(form, tr("People or bots:"), m_rules,
                     tr("PyPI records which program downloaded a file. Downloads by installers marked \"a person\" "
                        "count as people; mirrors and scripts are bots, and so is anything not listed. A change "
                        "applies from the next PyPI collection on."));

    m_url = pageform::urlEdit(service.config(), Api::ClickHouse, this);
    pageform::addRow(form, tr("ClickHouse address:"), m_url, tr("Leave empty for ClickHouse's public server."));
}

QString PyPiPage::title() const
{
    return tr("PyPI");
}

void PyPiPage::load()
{
    const Config &config = m_service.config();
    m_packages->setPlainText(config.pypiPackages().join(QLatin1Char('\n')));
    pageform::lockIfFromEnvironment(m_packages, config, Config::packageVariables());
    m_rules->load();
}

QString PyPiPage::validate()
{
    if (!m_packages->isReadOnly())
        for (const QString &line : pageform::lines(m_packages))
            if (auto package = Validation::pypiPackage(line); !package)
                return package.errorMessage();
    return pageform::checkUrl(m_url, Api::ClickHouse);
}

QString PyPiPage::save(Config &config)
{
    // Kept as typed (the collector normalises): the window shows the name the way its author writes it.
    if (!m_packages->isReadOnly())
        config.setPypiPackages(pageform::lines(m_packages));
    if (!m_url->isReadOnly())
        config.setBaseUrl(Api::ClickHouse, m_url->text().trimmed());
    m_rules->apply();
    return {};
}

void PyPiPage::setPackagesText(const QString &text)
{
    m_packages->setPlainText(text);
}

} // namespace insights
