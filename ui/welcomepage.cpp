#include "welcomepage.h"

#include "service/appservice.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // GitHub's description and messages: text, never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(AppService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    column->setMaximumWidth(620);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to Insights"), column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(textLabel(
        tr("Insights keeps your open-source project's numbers for good — stars, GitHub traffic (which GitHub deletes "
           "after 14 days), activity, PyPI downloads by people rather than bots, website visitors and Reddit posts — "
           "and shows them as charts. Most of it needs no token: start with your repository."),
        column));

    auto *row = new QHBoxLayout;
    m_repo = new QLineEdit(column);
    m_repo->setObjectName(QStringLiteral("welcomeRepository"));
    m_repo->setPlaceholderText(tr("Your repository (owner/name or a GitHub link)"));
    m_repo->setAccessibleName(tr("Your repository"));
    m_repo->setClearButtonEnabled(true);
    m_start = new QPushButton(tr("Start"), column);
    m_start->setDefault(true);
    row->addWidget(m_repo, 1);
    row->addWidget(m_start);
    layout->addLayout(row);
    m_message = textLabel(QString(), column);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    // The second step: what was found, to confirm.
    m_found = new QFrame(column);
    static_cast<QFrame *>(m_found)->setFrameShape(QFrame::StyledPanel);
    auto *found = new QVBoxLayout(m_found);
    m_foundTitle = textLabel(QString(), m_found);
    QFont bold = m_foundTitle->font();
    bold.setBold(true);
    m_foundTitle->setFont(bold);
    found->addWidget(m_foundTitle);
    m_choices = new QVBoxLayout;
    found->addLayout(m_choices);
    m_track = new QPushButton(tr("Track and collect"), m_found);
    auto *trackRow = new QHBoxLayout;
    trackRow->addStretch(1);
    trackRow->addWidget(m_track);
    found->addLayout(trackRow);
    m_found->hide();
    layout->addWidget(m_found);

    auto *sample = new QPushButton(tr("Look around with sample data"), column);
    sample->setObjectName(QStringLiteral("welcomeSample"));
    sample->setFlat(true);
    sample->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: none; }"));
    sample->setCursor(Qt::PointingHandCursor);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(sample);
    sampleRow->addStretch(1);
    layout->addLayout(sampleRow);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(column, 3);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);

    connect(m_start, &QPushButton::clicked, this, &WelcomePage::start);
    connect(m_repo, &QLineEdit::returnPressed, this, &WelcomePage::start);
    connect(m_track, &QPushButton::clicked, this, &WelcomePage::confirm);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
}

void WelcomePage::setBusy(bool busy, const QString &message)
{
    m_start->setEnabled(!busy);
    m_repo->setEnabled(!busy);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void WelcomePage::start()
{
    const QString input = m_repo->text().trimmed();
    if (input.isEmpty()) {
        setBusy(false, tr("Type your repository first, e.g. octocat/hello-world."));
        return;
    }
    m_found->hide();
    setBusy(true, tr("Asking GitHub about %1 and looking for its PyPI packages…").arg(input));
    const int serial = ++m_serial;
    m_service.discoverRepository(input, this, [this, serial](const Result<DiscoveredRepository> &found) {
        if (serial != m_serial)
            return;
        if (!found) {
            setBusy(false, found.errorMessage());
            return;
        }
        setBusy(false);
        showDiscovered(*found);
    });
}

void WelcomePage::showDiscovered(const DiscoveredRepository &repo)
{
    m_discovered = repo;
    qDeleteAll(m_packageBoxes);
    m_packageBoxes.clear();
    delete m_siteBox;
    m_siteBox = nullptr;
    while (QLayoutItem *item = m_choices->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_foundTitle->setText(repo.description.isEmpty()
                              ? tr("%1 — %Ln star(s)", nullptr, repo.stars).arg(repo.fullName)
                              : tr("%1 — %Ln star(s) — %2", nullptr, repo.stars).arg(repo.fullName, repo.description));
    m_choices->addWidget(textLabel(tr("Stars, star history and activity will be collected for it."), m_found));
    if (!repo.packages.isEmpty())
        m_choices->addWidget(textLabel(tr("PyPI packages that name this repository:"), m_found));
    for (const FoundPackage &package : repo.packages) {
        auto *box = new QCheckBox(package.name, m_found);
        box->setChecked(true);
        box->setProperty("package", package.name);
        m_packageBoxes << box;
        m_choices->addWidget(box);
    }
    if (repo.packages.isEmpty())
        m_choices->addWidget(textLabel(repo.packagesProblem.isEmpty()
                                           ? tr("No PyPI package names this repository; you can add one later in Settings.")
                                           : tr("PyPI packages could not be looked up (%1); you can add them later in Settings.")
                                                 .arg(repo.packagesProblem),
                                       m_found));
    if (!repo.siteDomain.isEmpty()) {
        m_siteBox = new QCheckBox(tr("Website %1 on Plausible (needs a Plausible API key, added later)").arg(repo.siteDomain), m_found);
        m_siteBox->setChecked(false);
        m_choices->addWidget(m_siteBox);
    }
    m_found->show();
    m_track->setFocus();
}

TrackingChange WelcomePage::choice() const
{
    TrackingChange change;
    change.repositories << m_discovered.fullName;
    for (const QCheckBox *box : m_packageBoxes)
        if (box->isChecked())
            change.packages << box->property("package").toString();
    if (m_siteBox && m_siteBox->isChecked())
        change.sites << m_discovered.siteDomain;
    return change;
}

void WelcomePage::confirm()
{
    auto added = m_service.track(choice());
    if (!added) {
        setBusy(false, added.errorMessage());
        return;
    }
    emit tracked(*added);
}

void WelcomePage::reset()
{
    ++m_serial;
    m_repo->clear();
    m_found->hide();
    setBusy(false);
}

} // namespace insights
