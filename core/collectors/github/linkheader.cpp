#include "linkheader.h"

#include <QRegularExpression>

namespace insights {

QHash<QString, QUrl> parseLinkHeader(const QByteArray &header)
{
    QHash<QString, QUrl> links;
    static const QRegularExpression entry(QStringLiteral(R"re(<([^>]*)>\s*((?:;\s*[^;,]+)*))re"));
    static const QRegularExpression relParam(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]+(?:\s+[^";,]+)*)"?)re"),
                                             QRegularExpression::CaseInsensitiveOption);
    auto it = entry.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto match = it.next();
        const QUrl url(match.captured(1), QUrl::StrictMode);
        const auto rel = relParam.match(match.captured(2));
        if (!url.isValid() || !rel.hasMatch())
            continue;
        for (const QString &name : rel.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!links.contains(name.toLower()))
                links.insert(name.toLower(), url);
    }
    return links;
}

} // namespace insights
