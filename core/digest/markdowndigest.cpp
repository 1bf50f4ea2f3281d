#include "markdowndigest.h"

#include "digestformat.h"

namespace insights {

namespace {

namespace fmt = digestformat;

// Backslash before every character Markdown could read as markup (and the table's "|"), so a
// referrer named "<script>" or "*bold*" is shown as written.
QString escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#~!");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void list(QString &md, const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    md += title + QStringLiteral("\n\n");
    for (const QString &line : lines)
        md += QStringLiteral("- ") + escaped(line) + QLatin1Char('\n');
    md += QLatin1Char('\n');
}

void section(QString &md, const Digest &digest, const DigestSection &s)
{
    md += QStringLiteral("## ") + escaped(s.title) + QStringLiteral("\n\n");
    if (!s.figures.isEmpty()) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---:|---:|---:|\n")
                  .arg(Digest::tr("Figure"), fmt::period(digest.range), fmt::period(digest.previous()), Digest::tr("Change"));
        for (const CardData &c : s.figures) {
            // A card of one post says which post in its note ("r/cpp: …").
            const QString label = c.page == QLatin1String("reddit") && !c.note.isEmpty() ? Digest::tr("%1 (%2)").arg(c.label, c.note) : c.label;
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(escaped(label), fmt::value(c.value, c.unit), fmt::value(c.previous, c.unit),
                           fmt::change(c.value, c.previous, c.unit));
        }
        md += QLatin1Char('\n');
    }
    for (const auto &[title, lines] : fmt::lists(s))
        list(md, title, lines);
}

} // namespace

QString toMarkdown(const Digest &digest)
{
    QString md = QStringLiteral("# ") + Digest::tr("Insights digest, %1").arg(fmt::period(digest.range)) + QStringLiteral("\n\n");
    md += Digest::tr("Changes are against %1.").arg(fmt::period(digest.previous())) + QStringLiteral("\n\n");
    if (digest.nothingTracked())
        md += Digest::tr("Nothing is tracked yet.") + QStringLiteral("\n\n");
    for (const DigestSection &s : digest.sections)
        section(md, digest, s);
    QStringList alerts, notes;
    for (const Alert &a : digest.alerts)
        alerts.append(fmt::alert(a));
    for (const Note &n : digest.notes)
        notes.append(fmt::note(n));
    md += QStringLiteral("## ") + Digest::tr("Alerts") + QStringLiteral("\n\n");
    if (alerts.isEmpty())
        md += Digest::tr("None in this period.") + QStringLiteral("\n\n");
    for (const QString &a : std::as_const(alerts))
        md += QStringLiteral("- ") + escaped(a) + QLatin1Char('\n');
    if (!alerts.isEmpty())
        md += QLatin1Char('\n');
    md += QStringLiteral("## ") + Digest::tr("Your notes") + QStringLiteral("\n\n");
    if (notes.isEmpty())
        md += Digest::tr("None in this period.") + QStringLiteral("\n");
    for (const QString &n : std::as_const(notes))
        md += QStringLiteral("- ") + escaped(n) + QLatin1Char('\n');
    return md;
}

} // namespace insights
