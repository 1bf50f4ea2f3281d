#include "alertspage.h"

#include "pageform.h"
#include "service/appservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace insights {

namespace {

enum Column { Measure, Subject, Factor, Minimum, On };

QString measureName(const QString &metric)
{
    if (metric == QLatin1String("stars"))
        return AlertsPage::tr("New stars");
    if (metric == QLatin1String("views"))
        return AlertsPage::tr("Views");
    return AlertsPage::tr("Downloads by people");
}

} // namespace

AlertsPage::AlertsPage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("After each collection Insights looks at the last two weeks and tells you "
                                           "once, in a notification, when something stands out. Every alert stays "
                                           "listed on the Overview with its likely cause."));

    m_spikes = new QTableWidget(0, 5, this);
    m_spikes->setObjectName(QStringLiteral("spikeRules"));
    m_spikes->setHorizontalHeaderLabels({tr("Measure"), tr("Subject"), tr("At least × usual"), tr("And at least"), tr("On")});
    m_spikes->verticalHeader()->hide();
    m_spikes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_spikes->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_spikes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_spikes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_spikes->setMinimumHeight(170);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a rule for one subject"), this);
    add->setObjectName(QStringLiteral("addSpikeRule"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeSpikeRule"));
    remove->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *spikes = new QVBoxLayout;
    spikes->addWidget(m_spikes);
    spikes->addLayout(buttons);
    pageform::addRow(form, tr("Spikes:"), spikes,
                     tr("A day at least this many times the median of the 28 days before it, and at least this "
                        "many, so that 1 → 4 stars is no spike. A subject's own rule wins over the rule for every "
                        "subject."));
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList repos = subjectsFor(QStringLiteral("stars"));
        addSpikeRow({QStringLiteral("stars"), repos.value(0), 3, AlertRules::defaultMinimum(QStringLiteral("stars")), true});
        m_spikes->selectRow(m_spikes->rowCount() - 1);
    });
    // The rules for every subject stay (turn them off instead); a subject's own rule may go.
    connect(m_spikes, &QTableWidget::itemSelectionChanged, this, [this, remove] {
        const int row = m_spikes->currentRow();
        auto *subject = row >= 0 ? qobject_cast<QComboBox *>(m_spikes->cellWidget(row, Subject)) : nullptr;
        remove->setEnabled(subject && subject->isEnabled());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_spikes->currentRow(); row >= 0)
            m_spikes->removeRow(row);
    });

    m_newReferrer = new QCheckBox(tr("A referrer new in GitHub's top 10 of a day"), this);
    m_newReferrer->setObjectName(QStringLiteral("newReferrerAlert"));
    pageform::addRow(form, tr("Referrers:"), m_newReferrer, tr("Someone linked to your repository: a blog, a forum, a newsletter."));
    m_trafficRisk = new QCheckBox(tr("GitHub traffic about to be lost"), this);
    m_trafficRisk->setObjectName(QStringLiteral("trafficRiskAlert"));
    pageform::addRow(form, tr("Traffic:"), m_trafficRisk,
                     tr("GitHub keeps 14 days of traffic: a warning from the tenth day without a collection."));

    m_digest = new QCheckBox(tr("Write a digest of the past week every Monday to:"), this);
    m_digest->setObjectName(QStringLiteral("weeklyDigest"));
    m_digestFolder = new QLineEdit(this);
    m_digestFolder->setObjectName(QStringLiteral("digestFolder"));
    m_digestFolder->setPlaceholderText(tr("a folder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the weekly digest"), m_digestFolder->text());
        if (!dir.isEmpty()) {
            m_digestFolder->setText(QDir::toNativeSeparators(dir));
            m_digest->setChecked(true);
        }
    });
    auto *digestRow = new QVBoxLayout;
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_digestFolder, 1);
    folderRow->addWidget(browse);
    digestRow->addWidget(m_digest);
    digestRow->addLayout(folderRow);
    pageform::addRow(form, tr("Digest:"), digestRow,
                     tr("A page with every subject's week: totals against the week before, biggest days, new "
                        "referrers, releases, notes and alerts (digest-YYYY-MM-DD.html, named for the Monday)."));
    connect(m_digest, &QCheckBox::toggled, m_digestFolder, &QWidget::setEnabled);
    connect(m_digest, &QCheckBox::toggled, browse, &QWidget::setEnabled);
}

QString AlertsPage::title() const
{
    return tr("Alerts");
}

QStringList AlertsPage::subjectsFor(const QString &metric) const
{
    return metric == QLatin1String("downloads_people") ? m_service.config().pypiPackages() : m_service.config().githubRepos();
}

void AlertsPage::addSpikeRow(const SpikeRule &rule)
{
    const int row = m_spikes->rowCount();
    m_spikes->insertRow(row);
    const bool every = rule.subject.isEmpty();
    auto *measure = new QComboBox(m_spikes);
    for (const QString &metric : AlertRules::spikeMetrics())
        measure->addItem(measureName(metric), metric);
    measure->setCurrentIndex(measure->findData(rule.metric));
    measure->setEnabled(!every);
    auto *subject = new QComboBox(m_spikes);
    subject->setEditable(!every);
    const auto fillSubjects = [this, subject, every](const QString &metric, const QString &current) {
        subject->clear();
        if (every) {
            subject->addItem(tr("Every subject"));
            return;
        }
        subject->addItems(subjectsFor(metric));
        subject->setCurrentText(current);
    };
    fillSubjects(rule.metric, rule.subject);
    subject->setEnabled(!every);
    connect(measure, &QComboBox::currentIndexChanged, subject, [measure, fillSubjects, subject] {
        fillSubjects(measure->currentData().toString(), subject->currentText());
    });
    auto *factor = new QDoubleSpinBox(m_spikes);
    factor->setRange(1.5, 100);
    factor->setDecimals(1);
    factor->setSingleStep(0.5);
    factor->setSuffix(tr(" ×"));
    factor->setValue(rule.factor);
    auto *minimum = new QSpinBox(m_spikes);
    minimum->setRange(0, 10'000'000);
    minimum->setGroupSeparatorShown(true);
    minimum->setValue(int(rule.minimum));
    auto *on = new QCheckBox(m_spikes);
    on->setChecked(rule.enabled);
    m_spikes->setCellWidget(row, Measure, measure);
    m_spikes->setCellWidget(row, Subject, subject);
    m_spikes->setCellWidget(row, Factor, factor);
    m_spikes->setCellWidget(row, Minimum, minimum);
    m_spikes->setCellWidget(row, On, on);
}

void AlertsPage::load()
{
    const AlertRules rules = AlertRules::load(m_service.config());
    m_spikes->setRowCount(0);
    for (const SpikeRule &rule : rules.spikes) // every subject's rules first
        if (rule.subject.isEmpty())
            addSpikeRow(rule);
    for (const SpikeRule &rule : rules.spikes)
        if (!rule.subject.isEmpty())
            addSpikeRow(rule);
    m_newReferrer->setChecked(rules.newReferrer);
    m_trafficRisk->setChecked(rules.trafficRisk);
    const QString folder = m_service.config().digestFolder();
    m_digest->setChecked(!folder.isEmpty());
    m_digestFolder->setText(QDir::toNativeSeparators(folder));
    m_digestFolder->setEnabled(!folder.isEmpty());
}

AlertRules AlertsPage::rules() const
{
    AlertRules rules;
    for (int row = 0; row < m_spikes->rowCount(); ++row) {
        auto *measure = qobject_cast<QComboBox *>(m_spikes->cellWidget(row, Measure));
        auto *subject = qobject_cast<QComboBox *>(m_spikes->cellWidget(row, Subject));
        auto *factor = qobject_cast<QDoubleSpinBox *>(m_spikes->cellWidget(row, Factor));
        auto *minimum = qobject_cast<QSpinBox *>(m_spikes->cellWidget(row, Minimum));
        auto *on = qobject_cast<QCheckBox *>(m_spikes->cellWidget(row, On));
        rules.spikes.append({measure->currentData().toString(), subject->isEnabled() ? subject->currentText().trimmed() : QString(),
                             factor->value(), double(minimum->value()), on->isChecked()});
    }
    rules.newReferrer = m_newReferrer->isChecked();
    rules.trafficRisk = m_trafficRisk->isChecked();
    return rules;
}

QString AlertsPage::validate()
{
    const AlertRules wanted = rules();
    for (qsizetype i = 0; i < wanted.spikes.size(); ++i) {
        const SpikeRule &rule = wanted.spikes[i];
        if (m_spikes->cellWidget(int(i), Subject)->isEnabled() && rule.subject.isEmpty())
            return tr("Alerts: name the subject of the rule in row %1.").arg(i + 1);
        if (rule.subject.contains(QLatin1Char(' ')))
            return tr("Alerts: “%1” is not a repository, package or site.").arg(rule.subject);
        for (qsizetype j = 0; j < i; ++j)
            if (wanted.spikes[j].metric == rule.metric && wanted.spikes[j].subject == rule.subject)
                return tr("Alerts: rows %1 and %2 are rules for the same measure and subject.").arg(j + 1).arg(i + 1);
    }
    if (m_digest->isChecked()) {
        const QString folder = m_digestFolder->text().trimmed();
        if (folder.isEmpty() || !QDir::isAbsolutePath(QDir::fromNativeSeparators(folder)))
            return tr("Alerts: choose the folder for the weekly digest (a full path).");
    }
    return {};
}

QString AlertsPage::save(Config &config)
{
    rules().save(config);
    config.setDigestFolder(m_digest->isChecked() ? QDir::fromNativeSeparators(m_digestFolder->text().trimmed()) : QString());
    return {};
}

} // namespace insights
