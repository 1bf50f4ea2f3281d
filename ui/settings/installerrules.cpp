#include "installerrules.h"

#include "service/appservice.h"
#include "service/settingsdata.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace insights {

namespace {

// The installer is kept in the first column's item data: its text may say "(none reported)".
constexpr int kInstallerRole = Qt::UserRole;

} // namespace

InstallerRules::InstallerRules(AppService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Installer"), tr("Counts as")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // Five whole rows: pip and uv, and enough bots to see that the list goes on.
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * 5 + m_table->horizontalHeader()->sizeHint().height()
                            + 2 * m_table->frameWidth());
    column->addWidget(m_table);

    auto *row = new QHBoxLayout;
    m_newInstaller = new QLineEdit(this);
    m_newInstaller->setObjectName(QStringLiteral("newInstaller"));
    m_newInstaller->setPlaceholderText(tr("Add installer… (e.g. poetry, pdm)"));
    m_newInstaller->setMaxLength(100);
    row->addWidget(m_newInstaller, 1);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addInstaller"));
    row->addWidget(m_add);
    column->addLayout(row);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    column->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &InstallerRules::onAdd);
    connect(m_newInstaller, &QLineEdit::returnPressed, this, &InstallerRules::onAdd);
}

void InstallerRules::load()
{
    m_service.read<QMap<QString, QString>>(
        [](QSqlDatabase &db) { return SettingsData::installerRules(db); }, this,
        [this](const Result<QMap<QString, QString>> &rules) {
            if (!rules) {
                m_problem->setText(tr("The rules could not be read: %1").arg(rules.errorMessage()));
                m_problem->show();
                return;
            }
            m_loaded = *rules;
            QMap<QString, QString> shown = this->rules(); // added before the answer came
            for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
                if (!shown.contains(it.key()))
                    shown.insert(it.key(), it.value());
            // People first (what most users look for), then bots, each by name; "none reported" last.
            QStringList order = shown.keys();
            std::sort(order.begin(), order.end(), [&shown](const QString &a, const QString &b) {
                const auto rank = [&shown](const QString &installer) {
                    return installer.isEmpty() ? 2 : shown.value(installer) == QLatin1String("human") ? 0 : 1;
                };
                if (rank(a) != rank(b))
                    return rank(a) < rank(b);
                return a.compare(b, Qt::CaseInsensitive) < 0;
            });
            m_table->setRowCount(0);
            for (const QString &installer : std::as_const(order))
                addRow(installer, shown.value(installer));
        });
}

void InstallerRules::addRow(const QString &installer, const QString &cls)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(installer.isEmpty() ? tr("(none reported)") : installer);
    name->setData(kInstallerRole, installer);
    m_table->setItem(row, 0, name);
    auto *counts = new QComboBox(m_table);
    counts->addItem(tr("a person"), QStringLiteral("human"));
    counts->addItem(tr("a bot"), QStringLiteral("bot"));
    counts->setCurrentIndex(cls == QLatin1String("human") ? 0 : 1);
    m_table->setCellWidget(row, 1, counts);
}

QString InstallerRules::addInstaller(const QString &text)
{
    const QString installer = text.trimmed();
    if (installer.isEmpty())
        return tr("Type the installer's name as PyPI reports it, e.g. poetry.");
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(kInstallerRole).toString() == installer) {
            m_table->setCurrentCell(row, 1);
            return tr("%1 is already listed.").arg(installer);
        }
    addRow(installer, QStringLiteral("human"));
    m_table->scrollToBottom();
    m_table->setCurrentCell(m_table->rowCount() - 1, 1);
    return {};
}

void InstallerRules::onAdd()
{
    const QString problem = addInstaller(m_newInstaller->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_newInstaller->clear();
}

QMap<QString, QString> InstallerRules::rules() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto *counts = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)))
            out.insert(m_table->item(row, 0)->data(kInstallerRole).toString(), counts->currentData().toString());
    return out;
}

void InstallerRules::apply()
{
    const QMap<QString, QString> now = rules();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (m_loaded.value(it.key()) != it.value())
            m_service.setInstallerClass(it.key(), it.value());
    m_loaded = now;
}

} // namespace insights
