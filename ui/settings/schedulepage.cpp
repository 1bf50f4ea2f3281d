#include "schedulepage.h"

#include "pageform.h"
#include "service/appservice.h"
#include "service/sourcecatalog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>

namespace insights {

SchedulePage::SchedulePage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(),
                                        tr("While Insights runs (in the window or the tray) it collects each ticked "
                                           "source in the background at its interval. \"Collect now\" collects at any "
                                           "time."));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(2, 1);
    // The description starts where the name starts, after the check box's indicator.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    int row = 0;
    for (const SourceInfo &source : SourceCatalog::all()) {
        auto *enabled = new QCheckBox(source.displayName, this);
        enabled->setObjectName(QStringLiteral("source_") + source.key);
        auto *interval = new QSpinBox(this);
        interval->setRange(1, 24 * 14);
        interval->setSuffix(tr(" h"));
        auto *every = new QHBoxLayout;
        every->setSpacing(4);
        every->addWidget(new QLabel(tr("every"), this));
        every->addWidget(interval);
        every->addStretch(1);
        if (!source.available) {
            enabled->setToolTip(tr("Not available in this version yet"));
            enabled->setEnabled(false);
            interval->setEnabled(false);
        }
        QLabel *what = pageform::help(source.description, this);
        what->setContentsMargins(indent, 0, 0, 0);
        if (row > 0)
            grid->setRowMinimumHeight(row++, 8); // a little air between sources
        grid->addWidget(enabled, row, 0);
        grid->addLayout(every, row, 1);
        grid->addWidget(what, ++row, 0, 1, 3);
        ++row;
        m_enabled.insert(source.key, enabled);
        m_interval.insert(source.key, interval);
        m_defaultHours.insert(source.key, source.defaultIntervalHours);
        connect(enabled, &QCheckBox::toggled, interval, [interval, available = source.available](bool on) {
            interval->setEnabled(on && available);
        });
    }

    // Unstars in the same columns, so that every "every" lines up.
    m_reconcileDays = new QSpinBox(this);
    m_reconcileDays->setRange(1, 365);
    m_reconcileDays->setSuffix(tr(" days"));
    auto *unstars = new QLabel(tr("Look for unstars"), this);
    unstars->setContentsMargins(indent, 0, 0, 0);
    auto *every = new QHBoxLayout;
    every->setSpacing(4);
    every->addWidget(new QLabel(tr("every"), this));
    every->addWidget(m_reconcileDays);
    every->addStretch(1);
    QLabel *why = pageform::help(tr("Only a walk through the whole stargazer list shows who took a star back; it costs "
                                    "one request per 100 stars."),
                                 this);
    why->setContentsMargins(indent, 0, 0, 0);
    grid->setRowMinimumHeight(row++, 14);
    grid->addWidget(unstars, row, 0);
    grid->addLayout(every, row, 1);
    grid->addWidget(why, ++row, 0, 1, 3);
    form->addRow(grid);
}

QString SchedulePage::title() const
{
    return tr("Schedule");
}

void SchedulePage::load()
{
    const Config &config = m_service.config();
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it) {
        it.value()->setChecked(config.isEnabled(it.key()));
        m_interval.value(it.key())->setValue(config.intervalHours(it.key(), m_defaultHours.value(it.key())));
        m_interval.value(it.key())->setEnabled(it.value()->isEnabled() && it.value()->isChecked());
    }
    m_reconcileDays->setValue(config.starReconcileDays());
}

QString SchedulePage::save(Config &config)
{
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it) {
        if (!it.value()->isEnabled())
            continue;
        config.setEnabled(it.key(), it.value()->isChecked());
        config.setIntervalHours(it.key(), m_interval.value(it.key())->value());
    }
    config.setStarReconcileDays(m_reconcileDays->value());
    return {};
}

} // namespace insights
