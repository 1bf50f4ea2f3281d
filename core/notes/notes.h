#pragma once
// The user's own notes on the timeline ("launched on Hacker News", "v2.0 released"), table
// insight_note: the one place that reads and writes them, for the command line, the window and
// the export. A note belongs to one subject or, with no subject, to the whole project. Each write
// is its own transaction, so a caller must not hold one open.
//
// Text is stored as one line: line breaks and tabs become a space (a chart's marker and a list
// row show a single line), the ends are trimmed, and what is left must be 1 to kMaxTextLength
// characters without other control characters.
#include "util/clock.h"
#include "util/daterange.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace insights {

struct Note {
    qint64 id = 0;
    QDate date;
    QString subject; // empty: the whole project
    QString text;
    QDateTime createdAt, updatedAt; // UTC
};

class Notes final {
    Q_DECLARE_TR_FUNCTIONS(Notes)
public:
    static constexpr int kMaxTextLength = 500; // characters (code points), after normalizing
    // The dates a note may have, for a date picker: 2000-01-01 (nothing Insights measures is
    // older) to one year after `today`.
    static QDate firstDate() { return QDate(2000, 1, 1); }
    static QDate lastDate(const QDate &today) { return today.addYears(1); }

    explicit Notes(QSqlDatabase &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    // The text as it is stored: line breaks and tabs replaced by a space, ends trimmed.
    static QString normalizedText(const QString &text);
    // Whether `date` and `text` (before normalizing) make a note; the error says what to change.
    // `today` (UTC) bounds the date at one year ahead; invalid: the system clock's today.
    // Errors are of kind Config: the user's input, not the database, is wrong.
    static Status validate(const QDate &date, const QString &text, const QDate &today = {});

    // `subject` empty: a note on the whole project. Returns the new note's id.
    Result<qint64> add(const QDate &date, const QString &text, const QString &subject = {});
    // Replaces date, text and subject; an unknown id is an error of kind Config.
    Status update(qint64 id, const QDate &date, const QString &text, const QString &subject = {});
    // False when there was no such note.
    Result<bool> remove(qint64 id);
    // The notes in `range` (either end may be open), by date then id. `subject` empty: every
    // note; else that subject's notes and the whole project's.
    Result<QList<Note>> list(const DateRange &range = {}, const QString &subject = {});

private:
    Status check(const QDate &date, const QString &text, const QString &subject) const;

    QSqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace insights
