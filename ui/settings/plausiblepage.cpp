#include "plausiblepage.h"

#include "config/validation.h"
#include "pageform.h"
#include "service/appservice.h"
#include "tokenfield.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>

namespace insights {

PlausiblePage::PlausiblePage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("Visitors, pages and countries of your websites, read from Plausible "
                                           "Analytics with an API key."));
    m_sites = pageform::listEdit({}, tr("site domain as in Plausible, one per line"), this);
    pageform::addRow(form, tr("Sites:"), m_sites,
                     tr("One per line, the domain exactly as the site is named in Plausible, e.g. example.com."));

    m_key = new TokenField(service, TokenKind::Plausible, tr("The Plausible API key"), tr("Paste an API key"), this);
    pageform::addRow(form, tr("API key:"), m_key,
                     tr("Create one in Plausible under Account settings → API keys → New API key, and choose "
                        "\"Stats API\". Test checks it against the first site."));

    m_url = pageform::urlEdit(service.config(), Api::Plausible, this);
    pageform::addRow(form, tr("Plausible address:"), m_url,
                     tr("Only for a self-hosted Plausible, e.g. https://stats.example.org. Leave empty for plausible.io."));

    connect(m_key->testButton(), &QPushButton::clicked, this, &PlausiblePage::test);
    connect(m_key, &TokenField::stored, this, &SettingsPage::secretStored);
}

QString PlausiblePage::title() const
{
    return tr("Plausible");
}

void PlausiblePage::load()
{
    const Config &config = m_service.config();
    m_sites->setPlainText(config.plausibleSites().join(QLatin1Char('\n')));
    pageform::lockIfFromEnvironment(m_sites, config, Config::siteVariables());
    m_key->refresh();
}

QStringList PlausiblePage::sites() const
{
    QStringList out;
    for (const QString &line : pageform::lines(m_sites))
        if (auto site = Validation::plausibleSite(line); site && !out.contains(*site))
            out << *site;
    return out;
}

QString PlausiblePage::validate()
{
    if (!m_sites->isReadOnly())
        for (const QString &line : pageform::lines(m_sites))
            if (auto site = Validation::plausibleSite(line); !site)
                return site.errorMessage();
    return pageform::checkUrl(m_url, Api::Plausible);
}

QString PlausiblePage::save(Config &config)
{
    if (!m_sites->isReadOnly())
        config.setPlausibleSites(sites());
    if (!m_url->isReadOnly())
        config.setBaseUrl(Api::Plausible, m_url->text().trimmed());
    return {};
}

int PlausiblePage::storeSecrets()
{
    return m_key->store() ? 1 : 0;
}

QList<QWidget *> PlausiblePage::testButtons() const
{
    return {m_key->testButton()};
}

void PlausiblePage::test()
{
    TokenCheckRequest request;
    request.kind = TokenKind::Plausible;
    request.token = m_key->text();
    request.base = QUrl(m_url->text().trimmed());
    request.subjects = sites();
    emit testStarted();
    m_service.checkToken(request, this, [this](const CheckOutcome &outcome) { emit testFinished(outcome.ok, outcome.text); });
}

void PlausiblePage::setSitesText(const QString &text)
{
    m_sites->setPlainText(text);
}

void PlausiblePage::setKeyText(const QString &key)
{
    m_key->setText(key);
}

} // namespace insights
