#pragma once
// Settings → General's database rows: where the data lives (this computer, or a team's
// PostgreSQL server by URL), the role's password (kept in the keychain, never in settings.ini),
// "Test connection", and the state of the connection in use (server, role, schema, read only or
// not). With INSIGHT_DATABASE_URL set the environment decides and the rows say so.
#include <QObject>
#include <QString>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace insights {

class AppService;
class Config;

class DatabaseFields final : public QObject {
    Q_OBJECT
public:
    // Adds its rows to `form` (widgets owned by `page`).
    DatabaseFields(AppService &service, QFormLayout *form, QWidget *page);

    void load();
    QString validate() const;
    void save(Config &config);
    // Starts storing a typed password; true when stored() will answer.
    bool storePassword();
    QPushButton *testButton() const { return m_test; }
    // What the rows show about the connection in use (tests read it).
    QString stateText() const;

signals:
    void testStarted();
    void testFinished(bool ok, const QString &text);
    void stored(const QString &problem);

private:
    bool isTeam() const;
    QString url() const;
    void updateEnabled();
    void refreshPassword();
    void refreshState();
    void test();

    AppService &m_service;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_state = nullptr;
    bool m_fromEnvironment = false;
};

} // namespace insights
