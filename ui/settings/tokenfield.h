#pragma once
// A token or API key as Settings asks for it: a hidden field, a Test button, and a line saying
// where the token Insights uses comes from. The placeholder says the truth: "Stored in the
// keychain" only once the keychain has said it holds one (asked without waiting), otherwise
// what to paste; with the environment variable set, that it is used. Tokens are never read
// back into the field: an empty field keeps the stored one.
#include "service/appservice.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace insights {

class TokenField final : public QWidget {
    Q_OBJECT
public:
    // `what` names the token in messages ("The GitHub token"); `pastePrompt` is the placeholder
    // when none is stored ("Paste a token").
    TokenField(AppService &service, TokenKind kind, const QString &what, const QString &pastePrompt, QWidget *parent);

    // GitHub's page for a new classic token with Insights' scopes ticked (repo: traffic;
    // read:user: stargazers' profiles), so that a new user's first token already reads everything.
    static QUrl newGitHubTokenUrl();

    QString text() const;
    void setText(const QString &token);
    QPushButton *testButton() const { return m_test; }
    QLineEdit *edit() const { return m_edit; }
    // Asks the keychain (asynchronously) whether it holds a token, for the placeholder.
    void refresh();
    // Starts storing the typed token; stored() answers. False when nothing was typed.
    bool store();

signals:
    // `problem`: empty when the keychain stored it, else what to tell the user (with the variable
    // that works instead).
    void stored(const QString &problem);

private:
    AppService &m_service;
    TokenKind m_kind;
    QString m_what;
    QString m_pastePrompt;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace insights
