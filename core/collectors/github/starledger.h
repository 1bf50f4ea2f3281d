#pragma once
// What is already stored of one repository's stars, read once at the start of a run: which stars
// are known (by day and login, the row's identity), which were counted out as unstarred, and the
// collector's progress (backfill cursor, last reconcile). Incremental collection asks it "is this
// star known?" for every star it reads.
#include "stargazer.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace insights {

class StarLedger final {
public:
    static constexpr const char *kSource = "github_stars";

    static Result<StarLedger> load(QSqlDatabase &db, const QString &subject);

    static QString keyOf(const QDate &date, const QString &item) { return date.toString(Qt::ISODate) + u'|' + item; }
    static QString keyOf(const Stargazer &star) { return keyOf(star.starredAt.date(), star.item()); }

    bool isKnown(const Stargazer &star) const { return m_unstarred.contains(keyOf(star)) || m_current.contains(keyOf(star)); }
    bool isUnstarred(const QString &key) const { return m_unstarred.contains(key); }
    bool isEmpty() const { return m_current.isEmpty() && m_unstarred.isEmpty(); }
    qsizetype currentCount() const { return m_current.size(); }
    // Stars stored and not counted out, by key.
    const QSet<QString> &currentKeys() const { return m_current; }
    const QSet<QString> &unstarredKeys() const { return m_unstarred; }
    // The stored metadata of a star (to mark or restore it).
    Result<QJsonObject> metadata(QSqlDatabase &db, const QString &key) const;

    QString state(const QString &key) const { return m_state.value(key); }

private:
    QString m_subject;
    QSet<QString> m_current;
    QSet<QString> m_unstarred;
    QHash<QString, QString> m_state;
};

} // namespace insights
