#include "emptystate.h"

#include "service/sourcecatalog.h"

namespace insights {

namespace {

QString settingsPageOf(const QString &page)
{
    if (page == QLatin1String("pypi") || page == QLatin1String("plausible") || page == QLatin1String("reddit"))
        return page;
    return QStringLiteral("github");
}

// Data is stored, only not in the range shown.
EmptyState outsideTheRange(const PageData &data, EmptyState state)
{
    state.title = EmptyStates::tr("Nothing in this range");
    state.text = EmptyStates::tr("Data is stored from %1 on, but not for these days.")
                     .arg(QLocale().toString(data.firstDay, QLocale::ShortFormat));
    state.action = EmptyState::Action::ShowAllTime;
    state.actionLabel = EmptyStates::tr("Show all time");
    return state;
}

} // namespace

QString EmptyStates::purpose(const QString &page)
{
    if (page == QLatin1String("stars"))
        return tr("Your stars per day and in total, who starred and when, with releases and Reddit posts marked on the "
                  "timeline.");
    if (page == QLatin1String("traffic"))
        return tr("Views and clones per day, unique visitors, and where visitors come from — kept for good, while "
                  "GitHub deletes them after 14 days.");
    if (page == QLatin1String("activity"))
        return tr("Pushes, issues, pull requests, reviews, forks and releases per day, from GitHub's public event "
                  "archive.");
    if (page == QLatin1String("pypi"))
        return tr("Downloads per day, split into people and mirrors or bots, with versions, countries and "
                  "installers.");
    if (page == QLatin1String("plausible"))
        return tr("Your website's visitors, pageviews, bounce rate and visit duration, top pages and countries.");
    if (page == QLatin1String("reddit"))
        return tr("Score and comments of the Reddit posts about your project, hour by hour.");
    return {};
}

std::optional<EmptyState> EmptyStates::forPage(const PageData &data, const SourceStatus *status, bool credentialAtHand,
                                               bool collecting, bool teamDatabase)
{
    if (data.empty.isEmpty())
        return std::nullopt;
    const QString page = data.request.page;
    EmptyState state;
    state.text = purpose(page);
    state.source = status ? status->key : QString();
    const bool tracked = status && !status->subjects.isEmpty();

    if (!tracked && teamDatabase) {
        // The team's collectors track and collect; this computer only shows what they stored.
        if (data.firstDay.isValid())
            return outsideTheRange(data, state);
        state.title = tr("The team has collected nothing for this page yet");
        state.text += QLatin1Char(' ') + tr("It fills as soon as one of the team's collectors stores its first figures.");
        return state;
    }
    if (!tracked) {
        if (page == QLatin1String("reddit")) {
            state.title = tr("No Reddit posts tracked yet");
            state.text += QLatin1Char(' ') + tr("Paste the link of a post about your project above.");
        } else if (page == QLatin1String("plausible")) {
            state.title = tr("No website tracked yet");
            state.text += QLatin1Char(' ') + tr("Add your site's domain and a Plausible Stats API key.");
            state.action = EmptyState::Action::Settings;
            state.actionLabel = tr("Add a site…");
            state.settingsPage = settingsPageOf(page);
        } else if (page == QLatin1String("pypi")) {
            state.title = tr("No PyPI package tracked yet");
            state.text += QLatin1Char(' ') + tr("Add the packages your project publishes.");
            state.action = EmptyState::Action::Settings;
            state.actionLabel = tr("Add a package…");
            state.settingsPage = settingsPageOf(page);
        } else {
            state.title = tr("No repository tracked yet");
            state.action = EmptyState::Action::Track;
            state.actionLabel = tr("Add your repository…");
        }
        return state;
    }
    if (status && SourceCatalog::credentialOf(status->key) && !credentialAtHand) {
        const bool github = page == QLatin1String("traffic");
        state.title = github ? tr("Traffic needs a GitHub token") : tr("Plausible needs an API key");
        state.text += QLatin1Char(' ')
                      + (github ? tr("GitHub shows traffic only to people with push access, through a token.")
                                : tr("Plausible answers with a Stats API key of your account."));
        state.action = EmptyState::Action::Settings;
        state.actionLabel = github ? tr("Add a GitHub token…") : tr("Add a Plausible key…");
        state.settingsPage = settingsPageOf(page);
        return state;
    }
    if (status && !status->lastError.isEmpty()) {
        state.title = tr("The last collection failed");
        state.text = status->lastError;
        state.failing = true;
        state.action = collecting ? EmptyState::Action::None : EmptyState::Action::Collect;
        state.actionLabel = tr("Try again");
        return state;
    }
    if (collecting) {
        state.title = tr("Collecting…");
        state.text += QLatin1Char(' ') + tr("This page fills as soon as its data is stored.");
        return state;
    }
    if (status && !status->lastCollectedAt.isValid()) {
        state.title = tr("Not collected yet");
        state.action = EmptyState::Action::Collect;
        state.actionLabel = tr("Collect now");
        return state;
    }
    if (data.firstDay.isValid())
        return outsideTheRange(data, state);
    state.title = tr("Nothing stored yet");
    state.text += QLatin1Char(' ') + tr("The last collection found nothing to store for what is tracked.");
    state.action = EmptyState::Action::Collect;
    state.actionLabel = tr("Collect now");
    return state;
}

} // namespace insights
