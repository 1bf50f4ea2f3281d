#pragma once
// The markers on the time charts (SPEC §3): releases and Reddit posts from the stored data, star
// bursts and all-time records computed from the series they sit on.
#include "pagequery.h"

#include <QCoreApplication>

namespace insights {

class Annotations final {
    Q_DECLARE_TR_FUNCTIONS(Annotations)
public:
    // Releases of the request's repositories and every tracked Reddit post, within the range.
    static Result<QList<Annotation>> releasesAndPosts(QSqlDatabase &db, const PageRequest &request);
    // Days with at least 5 new stars and three times the range's average.
    static QList<Annotation> starBursts(const SeriesData &newStars, const DateRange &range);
    // The all-time highest day of `metric`, when it falls in the range.
    static Result<QList<Annotation>> record(PageQuery &query, const QString &metric, const QString &what, bool counts = false);
};

} // namespace insights
