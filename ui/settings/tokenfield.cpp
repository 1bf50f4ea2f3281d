#include "tokenfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

TokenField::TokenField(AppService &service, TokenKind kind, const QString &what, const QString &pastePrompt, QWidget *parent)
    : QWidget(parent), m_service(service), m_kind(kind), m_what(what), m_pastePrompt(pastePrompt)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(kind == TokenKind::GitHub ? QStringLiteral("githubToken") : QStringLiteral("plausibleKey"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(pastePrompt);
    row->addWidget(m_edit, 1);
    m_test = new QPushButton(tr("Test"), this);
    m_test->setToolTip(tr("Asks the service what this token can do; the token typed here, else the one in use."));
    row->addWidget(m_test);
    column->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_note);

    const QString variable = AppService::tokenVariable(kind);
    if (service.tokenFromEnvironment(kind)) {
        m_note->setText(tr("%1 is set in the environment and is used instead.").arg(variable));
        m_edit->setPlaceholderText(tr("%1 from the environment is used").arg(variable));
    } else if (!service.secrets()) {
        m_note->setText(tr("No keychain is available; set %1 in the environment.").arg(variable));
    } else {
        m_note->setText(tr("Saved in the system keychain, never in a file."));
    }
}

QUrl TokenField::newGitHubTokenUrl()
{
    return QUrl(QStringLiteral("https://github.com/settings/tokens/new?scopes=repo,read:user&description=Insights"));
}

QString TokenField::text() const
{
    return m_edit->text().trimmed();
}

void TokenField::setText(const QString &token)
{
    m_edit->setText(token);
}

void TokenField::refresh()
{
    if (m_service.tokenFromEnvironment(m_kind) || !m_service.secrets())
        return;
    m_service.hasStoredToken(m_kind, this, [this](bool stored) {
        m_edit->setPlaceholderText(stored ? tr("Stored in the keychain — leave empty to keep it") : m_pastePrompt);
    });
}

bool TokenField::store()
{
    const QString token = text();
    if (token.isEmpty())
        return false;
    m_service.storeToken(m_kind, token, this, [this](const Status &written) {
        if (written) {
            m_edit->clear(); // stored: never shown again
            refresh();
            emit stored(QString());
            return;
        }
        emit stored(tr("%1 was not saved: %2").arg(m_what, written.errorMessage()) + QLatin1Char('\n')
                    + tr("Your other settings are saved. Until the keychain works, set %1 in the environment instead; "
                         "Save tries the keychain again.")
                          .arg(AppService::tokenVariable(m_kind)));
    });
    return true;
}

} // namespace insights
