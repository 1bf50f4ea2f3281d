// What a page without data says (service/emptystate.h): nothing tracked → the way to track it;
// a source that needs a token or key without one → the settings page that takes it; a failing
// source → what failed, not how to configure it; not collected yet → Collect now; data outside
// the range → Show all time. Never a command line or an environment variable.
#include "service/emptystate.h"

#include <QtTest>

using namespace insights;

namespace {

PageData emptyPage(const QString &page, const QDate &firstDay = {})
{
    PageData data;
    data.request.page = page;
    data.request.range = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    data.empty = QStringLiteral("nothing stored");
    data.firstDay = firstDay;
    return data;
}

SourceStatus source(const QString &key, const QStringList &subjects, const QString &lastError = {},
                    const QDateTime &last = {})
{
    SourceStatus s;
    s.key = key;
    s.subjects = subjects;
    s.lastError = lastError;
    s.lastCollectedAt = last;
    return s;
}

void noCommandLine(const EmptyState &state)
{
    const QString all = state.title + state.text + state.actionLabel;
    QVERIFY2(!all.contains(QLatin1String("INSIGHT_")) && !all.contains(QLatin1String("insights ")), qPrintable(all));
}

} // namespace

class TestEmptyState : public QObject {
    Q_OBJECT
private slots:
    void aPageWithDataHasNone()
    {
        PageData data = emptyPage(QStringLiteral("stars"));
        data.empty.clear();
        const SourceStatus s = source(QStringLiteral("github_stars"), {QStringLiteral("o/r")});
        QVERIFY(!EmptyStates::forPage(data, &s, true, false));
    }

    void nothingTrackedLeadsToTracking()
    {
        const SourceStatus stars = source(QStringLiteral("github_stars"), {});
        auto state = EmptyStates::forPage(emptyPage(QStringLiteral("stars")), &stars, false, false);
        QVERIFY(state);
        QCOMPARE(state->action, EmptyState::Action::Track);
        QVERIFY(!state->text.isEmpty()); // what the page would show
        noCommandLine(*state);

        const SourceStatus pypi = source(QStringLiteral("pypi"), {});
        state = EmptyStates::forPage(emptyPage(QStringLiteral("pypi")), &pypi, false, false);
        QCOMPARE(state->action, EmptyState::Action::Settings);
        QCOMPARE(state->settingsPage, QStringLiteral("pypi"));
        noCommandLine(*state);

        const SourceStatus reddit = source(QStringLiteral("reddit"), {});
        state = EmptyStates::forPage(emptyPage(QStringLiteral("reddit")), &reddit, false, false);
        QCOMPARE(state->action, EmptyState::Action::None); // the link field is right above
        noCommandLine(*state);
    }

    // A window on the team database tracks nothing of its own: an empty page says the team's
    // collectors have stored nothing yet, offers no way to track or configure anything, and a
    // page with data outside the range still offers all time.
    void aTeamWindowWaitsForTheTeamsCollectors()
    {
        for (const auto &[page, key] : {std::pair{QStringLiteral("stars"), QStringLiteral("github_stars")},
                                        std::pair{QStringLiteral("pypi"), QStringLiteral("pypi")},
                                        std::pair{QStringLiteral("plausible"), QStringLiteral("plausible")},
                                        std::pair{QStringLiteral("reddit"), QStringLiteral("reddit")}}) {
            const SourceStatus untracked = source(key, {});
            auto state = EmptyStates::forPage(emptyPage(page), &untracked, false, false, true);
            QVERIFY(state);
            QCOMPARE(state->action, EmptyState::Action::None);
            QVERIFY2(state->title.contains(QLatin1String("team")), qPrintable(state->title));
            QVERIFY2(!state->title.contains(QLatin1String("tracked")), qPrintable(state->title));
            noCommandLine(*state);
            state = EmptyStates::forPage(emptyPage(page, QDate(2025, 3, 1)), &untracked, false, false, true);
            QCOMPARE(state->action, EmptyState::Action::ShowAllTime);
        }
        // This computer tracking a package itself on the team database: its own state, as before.
        const SourceStatus pypi = source(QStringLiteral("pypi"), {QStringLiteral("requests")});
        const auto own = EmptyStates::forPage(emptyPage(QStringLiteral("pypi")), &pypi, true, false, true);
        QCOMPARE(own->action, EmptyState::Action::Collect);
    }

    void aMissingTokenOrKeyLeadsToItsSettingsPage()
    {
        const SourceStatus traffic = source(QStringLiteral("github_traffic"), {QStringLiteral("o/r")});
        auto state = EmptyStates::forPage(emptyPage(QStringLiteral("traffic")), &traffic, false, false);
        QCOMPARE(state->action, EmptyState::Action::Settings);
        QCOMPARE(state->settingsPage, QStringLiteral("github"));
        noCommandLine(*state);
        const SourceStatus plausible = source(QStringLiteral("plausible"), {QStringLiteral("example.org")});
        state = EmptyStates::forPage(emptyPage(QStringLiteral("plausible")), &plausible, false, false);
        QCOMPARE(state->settingsPage, QStringLiteral("plausible"));
        // With the token at hand the same page is "not collected yet".
        state = EmptyStates::forPage(emptyPage(QStringLiteral("traffic")), &traffic, true, false);
        QCOMPARE(state->action, EmptyState::Action::Collect);
        QCOMPARE(state->source, QStringLiteral("github_traffic"));
    }

    void aFailingSourceSaysWhatFailed()
    {
        const QString why = QStringLiteral("pypi insights-demo: ClickHouse answered HTTP 500");
        const SourceStatus pypi = source(QStringLiteral("pypi"), {QStringLiteral("insights-demo")}, why);
        auto state = EmptyStates::forPage(emptyPage(QStringLiteral("pypi")), &pypi, true, false);
        QVERIFY(state->failing);
        QCOMPARE(state->text, why);
        QCOMPARE(state->action, EmptyState::Action::Collect);
        QVERIFY(!state->text.contains(QLatin1String("Settings")));
        // While a run is under way there is nothing to press.
        state = EmptyStates::forPage(emptyPage(QStringLiteral("pypi")), &pypi, true, true);
        QCOMPARE(state->action, EmptyState::Action::None);
    }

    void dataOutsideTheRangeOffersAllTime()
    {
        const SourceStatus events = source(QStringLiteral("github_events"), {QStringLiteral("o/r")}, {},
                                           QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        auto state = EmptyStates::forPage(emptyPage(QStringLiteral("activity"), QDate(2025, 3, 1)), &events, true, false);
        QCOMPARE(state->action, EmptyState::Action::ShowAllTime);
        noCommandLine(*state);
        // Collected, and nothing was there at all.
        state = EmptyStates::forPage(emptyPage(QStringLiteral("activity")), &events, true, false);
        QCOMPARE(state->action, EmptyState::Action::Collect);
    }
};

QTEST_GUILESS_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
