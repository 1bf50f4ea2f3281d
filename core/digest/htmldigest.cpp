#include "htmldigest.h"

#include "digestformat.h"

#include <QLocale>

namespace insights {

namespace {

namespace fmt = digestformat;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Colours that read on white and in a dark mail client's inverted view alike.
const char *const kStyle =
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:62em;margin:2em auto;padding:0 1em;"
    "color:#1f2328;line-height:1.45}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #d0d7de}"
    "p.list{font-weight:600;margin:1.2em 0 .3em}"
    "table{border-collapse:collapse;margin:.5em 0}th,td{padding:.25em .8em;border-bottom:1px solid #e5e7eb;text-align:right}"
    "th:first-child,td:first-child{text-align:left}"
    ".up{color:#1a7f37}.down{color:#cf222e}.muted{color:#656d76}"
    "img{max-width:100%;height:auto;margin:.5em 0;border:1px solid #e5e7eb}"
    "ul{margin:.2em 0;padding-left:1.4em}";

void list(QString &html, const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    html += QStringLiteral("<p class=\"list\">%1</p>\n<ul>\n").arg(esc(title)); // "Biggest days:", a lead-in to its list
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(line));
    html += QStringLiteral("</ul>\n");
}

// "up" or "down" when the change is good or bad news (a rising bounce rate is bad), else "".
QString changeClass(const CardData &c)
{
    if (!c.value || !c.previous || *c.value == *c.previous)
        return {};
    return (*c.value > *c.previous) == c.higherIsBetter ? QStringLiteral("up") : QStringLiteral("down");
}

void section(QString &html, const Digest &digest, const DigestSection &s, const QList<QByteArray> &pngs, qsizetype &chart)
{
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.title));
    if (!s.figures.isEmpty()) {
        html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(esc(Digest::tr("Figure")), esc(fmt::period(digest.range)), esc(fmt::period(digest.previous())),
                         esc(Digest::tr("Change")));
        for (const CardData &c : s.figures) {
            const QString label = c.page == QLatin1String("reddit") && !c.note.isEmpty() ? Digest::tr("%1 (%2)").arg(c.label, c.note) : c.label;
            const QString cls = changeClass(c);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"muted\">%3</td><td%4>%5</td></tr>\n")
                        .arg(esc(label), esc(fmt::value(c.value, c.unit)), esc(fmt::value(c.previous, c.unit)),
                             cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls),
                             esc(fmt::change(c.value, c.previous, c.unit)));
        }
        html += QStringLiteral("</table>\n");
    }
    for (const ChartData &c : s.charts) {
        const QByteArray png = pngs.value(chart++);
        if (!png.isEmpty())
            html += QStringLiteral("<img alt=\"%1\" src=\"data:image/png;base64,%2\" />\n")
                        .arg(esc(c.title), QString::fromLatin1(png.toBase64()));
    }
    for (const auto &[title, lines] : fmt::lists(s))
        list(html, title, lines);
}

void closing(QString &html, const QString &title, const QStringList &lines)
{
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
    if (lines.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(Digest::tr("None in this period.")));
        return;
    }
    html += QStringLiteral("<ul>\n");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(line));
    html += QStringLiteral("</ul>\n");
}

} // namespace

QByteArray toHtml(const Digest &digest, const QList<QByteArray> &chartPngs)
{
    const QString title = Digest::tr("Insights digest, %1").arg(fmt::period(digest.range));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(esc(QLocale().bcp47Name()), esc(title), QString::fromLatin1(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"muted\">%2</p>\n")
                .arg(esc(title), esc(Digest::tr("Changes are against %1.").arg(fmt::period(digest.previous()))));
    if (digest.nothingTracked())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(Digest::tr("Nothing is tracked yet.")));
    qsizetype chart = 0;
    for (const DigestSection &s : digest.sections)
        section(html, digest, s, chartPngs, chart);
    QStringList alerts, notes;
    for (const Alert &a : digest.alerts)
        alerts.append(fmt::alert(a));
    for (const Note &n : digest.notes)
        notes.append(fmt::note(n));
    closing(html, Digest::tr("Alerts"), alerts);
    closing(html, Digest::tr("Your notes"), notes);
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace insights
