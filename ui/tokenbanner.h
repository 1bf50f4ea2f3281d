#pragma once
// The Traffic page asks for a GitHub token at the moment it matters: "GitHub deletes traffic after
// 14 days — add a token to keep it", a button to GitHub's token page with the scopes ticked (and
// what each is for), a paste field, Test (what the token can do: traffic, stargazer profiles,
// e-mail addresses) and Save (to the keychain). Shown while no token is at hand.
#include <QFrame>

class QLabel;
class QPushButton;

namespace insights {

class AppService;
class TokenField;

class TokenBanner final : public QFrame {
    Q_OBJECT
public:
    explicit TokenBanner(AppService &service, QWidget *parent = nullptr);
    TokenField *field() const { return m_field; }
    QPushButton *saveButton() const { return m_save; }
    QString resultText() const;

signals:
    // The keychain holds the token now.
    void saved();

private:
    void test();
    void save();

    AppService &m_service;
    TokenField *m_field = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace insights
