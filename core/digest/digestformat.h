#pragma once
// How the Markdown and the HTML digest write a figure, its change and a day, so the two say the
// same numbers in the same words: figures as the Overview's cards show them (the locale's digits,
// a percentage with one decimal, seconds as minutes and seconds), changes in percent, or in
// percentage points for a share.
#include "digest.h"

namespace insights::digestformat {

QString value(const std::optional<double> &value, const QString &unit);
// "+12.5 %", "−3.0 %", "+1.2 pp" for a share, "new" when the period before had none; "–" when
// there is nothing to compare with.
QString change(const std::optional<double> &value, const std::optional<double> &previous, const QString &unit);
QString day(const QDate &date); // ISO: a digest is read in mail and chat, where 2026-11-30 is unambiguous
QString period(const DateRange &range);
QString number(double value);
// "news.ycombinator.com (80 views, 41 unique)"; topPages: "/docs (120 visitors, 300 pageviews)".
QString referrerOrPath(const ItemTotal &item);
QString page(const ItemTotal &item);
// "2026-12-02: Most views in a day: 120 — new referrer news.ycombinator.com that day".
QString highlight(const Highlight &h);
QString note(const Note &n);
QString alert(const Alert &a);
// A section's lists as both writers show them, in order: (title, lines); a list may be empty.
QList<std::pair<QString, QStringList>> lists(const DigestSection &s);

} // namespace insights::digestformat
