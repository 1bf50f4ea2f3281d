#include "notes.h"

#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace insights {

namespace {

constexpr int kMaxSubjectLength = 200;

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

// NULL for the whole project: "no subject" is not a subject named "".
QVariant subjectValue(const QString &subject)
{
    const QString trimmed = subject.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
}

} // namespace

QString Notes::normalizedText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar &c : out)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return out.trimmed();
}

Status Notes::validate(const QDate &date, const QString &text, const QDate &today)
{
    const QDate last = lastDate(today.isValid() ? today : SystemClock::instance().todayUtc());
    if (!date.isValid())
        return makeError(tr("A note needs a date like 2026-01-31."), Error::Kind::Config);
    if (date < firstDate() || date > last)
        return makeError(tr("A note's date is between %1 and %2, not %3.")
                             .arg(firstDate().toString(Qt::ISODate), last.toString(Qt::ISODate), date.toString(Qt::ISODate)),
                         Error::Kind::Config);
    const QString normalized = normalizedText(text);
    if (normalized.isEmpty())
        return makeError(tr("A note needs some text."), Error::Kind::Config);
    if (hasControlCharacter(normalized))
        return makeError(tr("A note's text cannot hold control characters."), Error::Kind::Config);
    // Characters as a reader counts them: an emoji is one, not two UTF-16 units.
    const qsizetype length = normalized.toUcs4().size();
    if (length > kMaxTextLength)
        return makeError(tr("A note's text is at most %1 characters; this one has %2.").arg(kMaxTextLength).arg(length),
                         Error::Kind::Config);
    return Ok{};
}

Status Notes::check(const QDate &date, const QString &text, const QString &subject) const
{
    if (auto st = validate(date, text, m_clock.todayUtc()); !st)
        return st;
    const QString trimmed = subject.trimmed();
    if (trimmed.size() > kMaxSubjectLength || hasControlCharacter(trimmed))
        return makeError(tr("\"%1\" is not a subject: at most %2 characters, without control characters.")
                             .arg(trimmed.left(40), QString::number(kMaxSubjectLength)),
                         Error::Kind::Config);
    return Ok{};
}

Result<qint64> Notes::add(const QDate &date, const QString &text, const QString &subject)
{
    if (auto st = check(date, text, subject); !st)
        return st.error();
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto q = prepareSql(m_db, QStringLiteral("INSERT INTO insight_note(date, subject, text, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    const QString now = isoUtc(m_clock.nowUtc());
    q->addBindValue(date.toString(Qt::ISODate));
    q->addBindValue(subjectValue(subject));
    q->addBindValue(normalizedText(text));
    q->addBindValue(now);
    q->addBindValue(now);
    if (!q->exec())
        return sqlError(tr("Cannot add the note"), *q);
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status Notes::update(qint64 id, const QDate &date, const QString &text, const QString &subject)
{
    if (auto st = check(date, text, subject); !st)
        return st;
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    auto q = prepareSql(m_db, QStringLiteral("UPDATE insight_note SET date = ?, subject = ?, text = ?, updated_at = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(date.toString(Qt::ISODate));
    q->addBindValue(subjectValue(subject));
    q->addBindValue(normalizedText(text));
    q->addBindValue(isoUtc(m_clock.nowUtc()));
    q->addBindValue(id);
    if (!q->exec())
        return sqlError(tr("Cannot change note %1").arg(id), *q);
    if (q->numRowsAffected() == 0)
        return makeError(tr("There is no note %1.").arg(id), Error::Kind::Config);
    return tx.commit();
}

Result<bool> Notes::remove(qint64 id)
{
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto q = prepareSql(m_db, QStringLiteral("DELETE FROM insight_note WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return sqlError(tr("Cannot remove note %1").arg(id), *q);
    const bool removed = q->numRowsAffected() > 0;
    if (auto st = tx.commit(); !st)
        return st.error();
    return removed;
}

Result<QList<Note>> Notes::list(const DateRange &range, const QString &subject)
{
    auto q = prepareSql(m_db, QStringLiteral("SELECT id, date, subject, text, created_at, updated_at FROM insight_note "
                                             "WHERE date BETWEEN ? AND ? AND (? = '' OR subject IS NULL OR subject = ?) "
                                             "ORDER BY date, id"));
    if (!q)
        return q.error();
    const QString wanted = sqlText(subject.trimmed());
    q->addBindValue(range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    q->addBindValue(range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    q->addBindValue(wanted);
    q->addBindValue(wanted);
    if (!q->exec())
        return sqlError(tr("Cannot read the notes"), *q);
    QList<Note> notes;
    while (q->next()) {
        Note note;
        note.id = q->value(0).toLongLong();
        note.date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        note.subject = q->value(2).toString();
        note.text = q->value(3).toString();
        note.createdAt = parseIsoUtc(q->value(4).toString());
        note.updatedAt = parseIsoUtc(q->value(5).toString());
        notes.append(note);
    }
    return notes;
}

} // namespace insights
