#pragma once
// Who counts as a person in PyPI downloads, as a table a newcomer can read and change: each
// installer PyPI reports (pip, uv, bandersnatch, …) with "person" or "bot" in a combo box, and a
// field to add one that is not listed yet (poetry, pdm). Read from the database in the reading
// thread; changes are only kept here until apply() hands them to the service on Save.
#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace insights {

class AppService;

class InstallerRules final : public QWidget {
    Q_OBJECT
public:
    explicit InstallerRules(AppService &service, QWidget *parent = nullptr);

    // Reads the rules (asynchronously); the table fills when they arrive.
    void load();
    // Adds `installer` (counted as a person) or selects it when it is listed. Returns a problem.
    QString addInstaller(const QString &installer);
    // The installer → "human"/"bot" the table shows now.
    QMap<QString, QString> rules() const;
    // Hands every changed or added rule to the service.
    void apply();
    QLineEdit *addField() const { return m_newInstaller; }
    QPushButton *addButton() const { return m_add; }

private:
    void addRow(const QString &installer, const QString &cls);
    void onAdd();

    AppService &m_service;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newInstaller = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_problem = nullptr;
    QMap<QString, QString> m_loaded;
};

} // namespace insights
