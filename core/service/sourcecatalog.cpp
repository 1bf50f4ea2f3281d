#include "sourcecatalog.h"

#include "collectors/registry.h"

namespace insights {

namespace {

// The names StatusReport shows (context "StatusReport"), so a source has one name everywhere.
const char *displayNameOf(const QString &key)
{
    if (key == QLatin1String("github_traffic"))
        return QT_TRANSLATE_NOOP("StatusReport", "GitHub traffic");
    if (key == QLatin1String("github_stars"))
        return QT_TRANSLATE_NOOP("StatusReport", "GitHub stars");
    if (key == QLatin1String("github_events"))
        return QT_TRANSLATE_NOOP("StatusReport", "GitHub events");
    if (key == QLatin1String("pypi"))
        return QT_TRANSLATE_NOOP("StatusReport", "PyPI downloads");
    if (key == QLatin1String("plausible"))
        return QT_TRANSLATE_NOOP("StatusReport", "Plausible");
    if (key == QLatin1String("reddit"))
        return QT_TRANSLATE_NOOP("StatusReport", "Reddit");
    return nullptr;
}

} // namespace

std::optional<TokenKind> SourceCatalog::credentialOf(const QString &sourceKey)
{
    if (sourceKey == QLatin1String("github_traffic"))
        return TokenKind::GitHub;
    if (sourceKey == QLatin1String("plausible"))
        return TokenKind::Plausible;
    return std::nullopt;
}

QList<SourceInfo> SourceCatalog::all()
{
    QList<SourceInfo> out;
    for (const QString &key : allSourceKeys()) {
        SourceInfo info;
        info.key = key;
        const char *name = displayNameOf(key);
        info.displayName = name ? QCoreApplication::translate("StatusReport", name) : key;
        if (key == QLatin1String("github_traffic"))
            info.description = tr("Views, clones and where visitors came from. GitHub keeps only 14 days, so this must "
                                  "run at least every few days.");
        else if (key == QLatin1String("github_stars"))
            info.description = tr("Who starred your repositories and when, with their public profiles.");
        else if (key == QLatin1String("github_events"))
            info.description = tr("Daily activity, releases and forks, from a public dataset (no token needed).");
        else if (key == QLatin1String("pypi"))
            info.description = tr("Daily downloads of your packages, from a public dataset (no account needed).");
        else if (key == QLatin1String("plausible"))
            info.description = tr("Visitors, pages and countries of your websites.");
        else if (key == QLatin1String("reddit"))
            info.description = tr("Score and comments of the Reddit posts you track.");
        const auto collector = createCollector(key);
        info.available = collector != nullptr;
        if (collector)
            info.defaultIntervalHours = collector->defaultIntervalHours();
        out.append(info);
    }
    return out;
}

} // namespace insights
