#include "daterangebar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace insights {

DateRangeBar::DateRangeBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (RangePreset p : DateRanges::presets()) {
        auto *button = new QToolButton(this);
        button->setText(DateRanges::label(p));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("range_") + DateRanges::key(p));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(p == RangePreset::Custom ? tr("Choose the first and last day") : tr("Show the last %1").arg(DateRanges::label(p)));
        m_group->addButton(button, int(p));
        layout->addWidget(button);
    }
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_preset == RangePreset::Custom && m_from->date() <= m_to->date())
                emit changed();
        });
    }
    m_from->setDate(QDate::currentDate().addDays(-29));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->itemAt(layout->count() - 1)->widget()->setVisible(false);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    m_compare = new QCheckBox(tr("Compare with previous period"), this);
    m_compare->setChecked(true);
    layout->addWidget(m_compare);
    layout->addStretch();
    connect(m_compare, &QCheckBox::toggled, this, &DateRangeBar::changed);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(RangePreset(id)); });
    m_group->button(int(m_preset))->setChecked(true);
}

void DateRangeBar::choose(RangePreset preset)
{
    m_preset = preset;
    const bool custom = preset == RangePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (auto *dash = m_from->parentWidget()->layout()->itemAt(m_from->parentWidget()->layout()->indexOf(m_from) + 1)->widget())
        dash->setVisible(custom);
    emit changed();
}

void DateRangeBar::setPreset(RangePreset preset)
{
    if (auto *button = m_group->button(int(preset)))
        button->setChecked(true);
    choose(preset);
}

void DateRangeBar::setCustomRange(const DateRange &range)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    setPreset(RangePreset::Custom);
}

void DateRangeBar::setCompare(bool on)
{
    if (m_compare->isEnabled())
        m_compare->setChecked(on);
    else
        m_wantCompare = on;
}

bool DateRangeBar::compare() const
{
    return m_compare->isEnabled() ? m_compare->isChecked() : m_wantCompare;
}

void DateRangeBar::setCompareAvailable(bool available)
{
    if (available == m_compare->isEnabled())
        return;
    // Unavailable: shown off (there is nothing to compare with), the user's choice kept for later.
    const QSignalBlocker block(m_compare);
    if (!available)
        m_wantCompare = m_compare->isChecked();
    m_compare->setChecked(available && m_wantCompare);
    m_compare->setEnabled(available);
    m_compare->setToolTip(available ? QString() : tr("Nothing is stored before this range yet, so there is no previous period."));
}

DateRange DateRangeBar::range(const QDate &today, const QDate &firstDataDay) const
{
    if (m_preset == RangePreset::Custom)
        return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
    return DateRanges::forPreset(m_preset, today, firstDataDay);
}

} // namespace insights
