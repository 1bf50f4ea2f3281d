#pragma once
// An alert: something in the stored data a user would want to hear of once — a day far above the
// usual (a spike), a referrer new in GitHub's top 10. Rules (alertrules.h) say what to look for,
// AlertDetector finds them, AlertStore keeps them (insight_alert, schema 10) so a restart or a
// re-collection of the same day never raises one twice.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace insights {

struct Alert {
    qint64 id = 0;
    QString rule;    // "spike" or "new_referrer"
    QString metric;  // spike: "stars", "views" or "downloads_people"; new_referrer: "referrers"
    QString subject; // the repository, package or site
    QDate date;
    QString detail;  // new_referrer: the referrer; spike: empty
    double value = 0;    // the day's figure (new_referrer: its views that day)
    double baseline = 0; // spike: the median of the 28 days before
    QString cause;       // what likely caused it (a release, a post, a referrer), or empty
    QDateTime createdAt; // UTC
    bool notified = false;
};

class AlertText final {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    // One line for a notification or a list: "owner/repo: 42 new stars on 3 Dec 2026, 8× the
    // usual 5". Plain text (the window shows it as text, never as markup).
    static QString describe(const Alert &alert);
    // The same without subject and cause: "42 new stars on 3 Dec 2026, 8× the usual 5 a day".
    static QString what(const Alert &alert);
    // The measure a spike rule watches, as the user reads it ("new stars").
    static QString metricName(const QString &metric);
};

} // namespace insights

Q_DECLARE_METATYPE(insights::Alert) // handed from the collection thread to the window
