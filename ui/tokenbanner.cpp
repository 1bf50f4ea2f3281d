#include "tokenbanner.h"

#include "service/appservice.h"
#include "settings/tokenfield.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace insights {

TokenBanner::TokenBanner(AppService &service, QWidget *parent) : QFrame(parent), m_service(service)
{
    setObjectName(QStringLiteral("tokenBanner"));
    setStyleSheet(QStringLiteral("#tokenBanner { background:#fff4ce; border-radius:4px; } #tokenBanner QLabel { color:#5c4400; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *title = new QLabel(tr("GitHub deletes traffic after 14 days — add a token to keep it."), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto *scopes = new QLabel(tr("The button opens GitHub with two scopes ticked: “repo” lets Insights read the traffic of "
                                 "your repositories (GitHub shows it only to accounts with push access), “read:user” the "
                                 "public profiles of the people who starred. The token is kept in the system keychain."),
                              this);
    scopes->setWordWrap(true);
    layout->addWidget(scopes);

    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("Create a token on GitHub…"), this);
    m_field = new TokenField(service, TokenKind::GitHub, tr("The GitHub token"), tr("Paste the token here"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("tokenBannerSave"));
    row->addWidget(create, 0, Qt::AlignTop);
    row->addWidget(m_field, 1);
    row->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("tokenBannerResult"));
    m_result->setTextFormat(Qt::PlainText); // GitHub's messages: text, never markup
    m_result->setWordWrap(true);
    m_result->hide();
    layout->addWidget(m_result);

    connect(create, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(TokenField::newGitHubTokenUrl()); });
    connect(m_field->testButton(), &QPushButton::clicked, this, &TokenBanner::test);
    connect(m_field->edit(), &QLineEdit::returnPressed, this, &TokenBanner::save);
    connect(m_save, &QPushButton::clicked, this, &TokenBanner::save);
    connect(m_field, &TokenField::stored, this, [this](const QString &problem) {
        m_save->setEnabled(true);
        m_result->setText(problem.isEmpty() ? tr("Saved. Collecting traffic…") : problem);
        m_result->show();
        if (problem.isEmpty())
            emit saved();
    });
}

QString TokenBanner::resultText() const
{
    return m_result->text();
}

void TokenBanner::test()
{
    if (m_field->text().isEmpty()) {
        m_result->setText(tr("Paste a token first."));
        m_result->show();
        return;
    }
    TokenCheckRequest request;
    request.kind = TokenKind::GitHub;
    request.token = m_field->text();
    request.subjects = m_service.config().githubRepos();
    m_field->testButton()->setEnabled(false);
    m_result->setText(tr("Asking GitHub what this token can do…"));
    m_result->show();
    m_service.checkToken(request, this, [this](const CheckOutcome &outcome) {
        m_field->testButton()->setEnabled(true);
        m_result->setText(outcome.text);
    });
}

void TokenBanner::save()
{
    if (m_field->text().isEmpty()) {
        m_result->setText(tr("Paste a token first."));
        m_result->show();
        return;
    }
    m_save->setEnabled(false);
    m_field->store();
}

} // namespace insights
