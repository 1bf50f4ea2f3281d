#include "commandline.h"

#include "dashboard/dashboarddata.h"
#include "importcommand.h"
#include "notecommands.h"

namespace insights {

namespace {

const QStringList kCommands = {QStringLiteral("collect"), QStringLiteral("status"), QStringLiteral("reddit"),
                               QStringLiteral("chart"), QStringLiteral("export"), QStringLiteral("track"),
                               QStringLiteral("untrack"), QStringLiteral("sample"), QStringLiteral("note"),
                               QStringLiteral("digest"), QStringLiteral("import"),
                               QStringLiteral("migrate"), QStringLiteral("collector")};
const QStringList kCharts = {QStringLiteral("stars"), QStringLiteral("traffic"), QStringLiteral("activity"),
                             QStringLiteral("pypi"), QStringLiteral("plausible"), QStringLiteral("reddit")};

// The usage error of `insights reddit …`, or an empty string.
QString redditUsageError(const QStringList &args, bool purge)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return args.size() == 2 && !purge ? QString() : QCoreApplication::translate("CommandLineParser", "usage: insights reddit add URL");
    if (sub == QLatin1String("list"))
        return args.size() == 1 && !purge ? QString() : QCoreApplication::translate("CommandLineParser", "usage: insights reddit list");
    if (sub == QLatin1String("remove"))
        return args.size() == 2 ? QString() : QCoreApplication::translate("CommandLineParser", "usage: insights reddit remove ID [--purge]");
    return QCoreApplication::translate("CommandLineParser", "usage: insights reddit add URL | list | remove ID [--purge]");
}

// `--size` means pixels for chart and a sample's size for sample: read once the command is known.
QString parseSize(CommandLine &cl, const QString &value)
{
    if (cl.command == QLatin1String("sample")) {
        if (value != QLatin1String("small") && value != QLatin1String("large"))
            return QCoreApplication::translate("CommandLineParser", "--size of a sample is small or large, not \"%1\".").arg(value);
        cl.sampleSize = value;
        return {};
    }
    const QStringList wh = value.toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
    if (wh.size() != 2 || !okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
        return QCoreApplication::translate("CommandLineParser",
                                           "--size takes WIDTHxHEIGHT in pixels (200x150 to 10000x10000), not \"%1\".")
            .arg(value);
    cl.size = QSize(w, h);
    return {};
}

// The usage error of track, untrack and sample, or an empty string.
QString onboardingUsageError(const CommandLine &cl)
{
    if (cl.command == QLatin1String("track"))
        return cl.arguments.size() == 1
                   ? QString()
                   : QCoreApplication::translate("CommandLineParser", "usage: insights track OWNER/REPO|URL [--no-discover]");
    if (cl.command == QLatin1String("untrack"))
        return cl.arguments.size() == 1 ? QString()
                                        : QCoreApplication::translate("CommandLineParser", "usage: insights untrack SUBJECT [--purge]");
    if (!cl.arguments.isEmpty())
        return QCoreApplication::translate("CommandLineParser", "usage: insights sample --data-dir DIR [--size small|large]");
    // Never the real data directory (nor INSIGHT_DATA_DIR's): sample data goes where it is told.
    if (cl.dataDir.isEmpty())
        return QCoreApplication::translate("CommandLineParser", "sample needs --data-dir DIR, a directory of its own: sample "
                                                                "data never goes into your data.");
    return {};
}

// `--format` names a file format per command: read once the command is known.
QString formatError(const CommandLine &cl)
{
    if (cl.format.isEmpty())
        return {};
    if (cl.command == QLatin1String("export"))
        return cl.format == QLatin1String("csv") || cl.format == QLatin1String("json")
                   ? QString()
                   : QCoreApplication::translate("CommandLineParser", "--format is csv or json, not \"%1\".").arg(cl.format);
    if (cl.command == QLatin1String("digest"))
        return cl.format == QLatin1String("md") || cl.format == QLatin1String("html")
                   ? QString()
                   : QCoreApplication::translate("CommandLineParser", "--format of a digest is md or html, not \"%1\".").arg(cl.format);
    if (cl.command == QLatin1String("import"))
        return {}; // ImportCommand::usageError names its formats
    return QCoreApplication::translate("CommandLineParser", "--format goes with the export and digest commands.");
}

} // namespace

QString CommandLineParser::seeHelp()
{
    return tr("Run \"insights --help\" for the commands and options.");
}

QString CommandLineParser::usage()
{
    return tr("Usage: insights [COMMAND] [OPTIONS]\n"
              "\n"
              "Without a command, opens the window (and the tray icon).\n"
              "\n"
              "Commands:\n"
              "  collect [SOURCE...] [--lookback-days N]  collect now (all enabled sources if none named)\n"
              "  status                                   per source: last run, next run, rows, warnings; then\n"
              "                                           the Overview of the last 30 days\n"
              "  reddit add URL                           track a Reddit post (any link form, share links too)\n"
              "  reddit list                              the tracked posts with their latest score\n"
              "  reddit remove ID [--purge]               stop tracking (--purge: also delete its history)\n"
              "  chart NAME --out FILE.png|FILE.svg [--from DATE] [--to DATE] [--size WxH] [--log]\n"
              "        [--subject S [--subject S2 ...] [--align start]]\n"
              "                                           draw a page's main chart to a file (NAME: stars,\n"
              "                                           traffic, activity, pypi, plausible, reddit); one\n"
              "                                           subject, or a line each for several (--align start:\n"
              "                                           each from its first star or download); --log: a\n"
              "                                           logarithmic axis\n"
              "  export [--format csv|json] [--out PATH] [--from DATE] [--to DATE] [--source KEY]\n"
              "         [--subject S] [--no-personal]     every stored row with its source, metric,\n"
              "                                           subject, item, date, period, value and metadata\n"
              "                                           (CSV by default; to stdout without --out), then\n"
              "                                           your notes (source insights, metric note);\n"
              "                                           stargazer profiles may hold e-mail addresses:\n"
              "                                           --no-personal leaves names, e-mail and the like out\n"
              "  track OWNER/REPO|URL [--no-discover]     track a GitHub repository and the PyPI packages that\n"
              "                                           name it (--no-discover: the repository only)\n"
              "  untrack SUBJECT [--purge]                stop tracking a repository, package or site\n"
              "                                           (--purge: also delete its data)\n"
              "  sample --data-dir DIR [--size small|large]  create sample data to look around in; open it\n"
              "                                           with: insights --data-dir DIR\n"
              "  note add DATE TEXT [--subject S]         add a note of your own to the timeline (DATE like\n"
              "                                           2026-01-31; no --subject: the whole project)\n"
              "  note list [--from DATE] [--to DATE] [--subject S]\n"
              "                                           the notes: ID, date, subject, text (--subject: its\n"
              "                                           notes and the whole project's)\n"
              "  note remove ID                           delete a note\n"
              "  digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]\n"
              "                                           a summary of every tracked subject: figures and\n"
              "                                           their change, biggest days, new referrers, top\n"
              "                                           pages, releases, alerts and notes (default: the\n"
              "                                           last complete week, Monday to Sunday; one date:\n"
              "                                           the week it starts or ends; Markdown, or a\n"
              "                                           self-contained HTML page with charts; to stdout\n"
              "                                           without --out)\n"
              "  import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]\n"
              "                                           bring an old traffic and star history in:\n"
              "                                           github-repo-stats' ghrs-data folder or the Lambda\n"
              "                                           export's CSV files; fills only days Insights has no\n"
              "                                           figure for (--subject: whose history it is)\n"
              "  collector [--once]                       the schedule without a window, for a server: every\n"
              "                                           minute the due subjects whose lease it gets (several\n"
              "                                           collectors share a team database); --once: one round\n"
              "  migrate --to postgresql://USER@HOST/DATABASE|FILE.db [--merge]\n"
              "                                           copy this database (the local file, or the team\n"
              "                                           database INSIGHT_DATABASE_URL names) into another and\n"
              "                                           check every table's rows and checksum; a target\n"
              "                                           that holds data is refused unless --merge\n"
              "\n"
              "Sources: github_traffic, github_stars, github_events, pypi, plausible, reddit\n"
              "\n"
              "Options:\n"
              "  --data-dir DIR   where insights.db and settings.ini live (default: INSIGHT_DATA_DIR,\n"
              "                   then ~/.local/share/insights)\n"
              "  --help           show this help\n"
              "  --version        show the version\n"
              "  --               what follows is not an option (a note's text that starts with \"-\")\n"
              "\n"
              "Exit status: 0 success, 1 a source failed (the others still ran; for collect: also when nothing\n"
              "is tracked at all; for status: a source is failing), 2 usage error.\n");
}

QString CommandLineParser::versionText()
{
    // Not translated: licence notices are conventionally given in English (as GNU tools do).
    return QStringLiteral("insights " INSIGHTS_VERSION "\n"
                          "License GPL-3.0-or-later: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                          "This is free software: you are free to change and redistribute it. There is NO WARRANTY, "
                          "to the extent permitted by law.\n");
}

CommandLine CommandLineParser::parse(const QStringList &arguments)
{
    CommandLine cl;
    QStringList positional;
    std::optional<QString> sizeText, toText;
    bool optionsEnded = false; // after "--" every argument is positional (a note may start with "-")
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded) {
            positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const auto takeValue = [&](const QString &name) -> std::optional<QString> {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0)
                return arg.mid(eq + 1);
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                cl.error = tr("%1 needs a value.").arg(name);
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            cl.help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            cl.version = true;
        } else if (name == QLatin1String("--data-dir")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            if (value->isEmpty()) {
                cl.error = tr("--data-dir needs a directory.");
                return cl;
            }
            cl.dataDir = *value;
        } else if (name == QLatin1String("--lookback-days")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            bool ok = false;
            const int days = value->toInt(&ok);
            if (!ok || days < 1 || days > 36500) {
                cl.error = tr("--lookback-days takes a whole number of days from 1 to 36500, not \"%1\".").arg(*value);
                return cl;
            }
            cl.lookbackDays = days;
        } else if (name == QLatin1String("--out")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            cl.out = *value;
        } else if (name == QLatin1String("--to")) {
            // A date, or for migrate a database: read once the command is known.
            auto value = takeValue(name);
            if (!value)
                return cl;
            toText = *value;
        } else if (name == QLatin1String("--from")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            const QDate d = QDate::fromString(*value, Qt::ISODate);
            if (!d.isValid()) {
                cl.error = tr("%1 takes a date like 2026-01-31, not \"%2\".").arg(name, *value);
                return cl;
            }
            cl.from = d;
        } else if (name == QLatin1String("--size")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            sizeText = *value;
        } else if (name == QLatin1String("--format")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            cl.format = *value; // checked once the command is known (formatError)
        } else if (name == QLatin1String("--source")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            cl.source = *value;
        } else if (name == QLatin1String("--subject")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            if (value->trimmed().isEmpty()) {
                cl.error = tr("--subject needs a repository, package or site.");
                return cl;
            }
            cl.subjects.append(value->trimmed());
        } else if (name == QLatin1String("--align")) {
            auto value = takeValue(name);
            if (!value)
                return cl;
            if (*value != QLatin1String("start")) {
                cl.error = tr("--align takes \"start\", not \"%1\".").arg(*value);
                return cl;
            }
            cl.alignStart = true;
        } else if (arg == QLatin1String("--log")) {
            cl.logScale = true;
        } else if (arg == QLatin1String("--once")) {
            cl.once = true;
        } else if (arg == QLatin1String("--merge")) {
            cl.merge = true;
        } else if (arg == QLatin1String("--purge")) {
            cl.purge = true;
        } else if (arg == QLatin1String("--no-discover")) {
            cl.noDiscover = true;
        } else if (arg == QLatin1String("--no-personal")) {
            cl.noPersonal = true;
        } else if (arg.startsWith(QLatin1String("-")) && arg != QLatin1String("-")) {
            cl.error = tr("Unknown option %1.").arg(arg);
            return cl;
        } else {
            positional.append(arg);
        }
    }
    if (cl.help || cl.version)
        return cl;
    if (!positional.isEmpty()) {
        cl.command = positional.takeFirst();
        cl.arguments = positional;
    }
    if (toText && cl.command == QLatin1String("migrate")) {
        cl.migrateTo = *toText;
    } else if (toText) {
        cl.to = QDate::fromString(*toText, Qt::ISODate);
        if (!cl.to.isValid()) {
            cl.error = tr("%1 takes a date like 2026-01-31, not \"%2\".").arg(QStringLiteral("--to"), *toText);
            return cl;
        }
    }
    if (!cl.subjects.isEmpty()) {
        const bool one = cl.command == QLatin1String("note") || cl.command == QLatin1String("export")
                         || cl.command == QLatin1String("import");
        if (!one && cl.command != QLatin1String("chart")) {
            cl.error = tr("--subject goes with the note, export, import and chart commands.");
            return cl;
        }
        if (one && cl.subjects.size() > 1) {
            cl.error = tr("%1 takes one --subject.").arg(cl.command);
            return cl;
        }
        if (cl.subjects.size() > 10 || cl.subjects.removeDuplicates() > 0) {
            cl.error = tr("chart compares two to ten different subjects.");
            return cl;
        }
    }
    if (cl.logScale && cl.command != QLatin1String("chart")) {
        cl.error = tr("--log goes with the chart command.");
        return cl;
    }
    if (cl.alignStart && (cl.command != QLatin1String("chart") || cl.subjects.size() < 2
                          || !alignable(cl.arguments.value(0)))) {
        cl.error = tr("--align start goes with chart stars or chart pypi and two or more --subject.");
        return cl;
    }
    if (sizeText) {
        cl.error = parseSize(cl, *sizeText);
        if (!cl.error.isEmpty())
            return cl;
    }
    if (cl.command.isEmpty()) {
        if (cl.lookbackDays)
            cl.error = tr("--lookback-days goes with the collect command.");
        return cl;
    }
    if (!kCommands.contains(cl.command)) {
        cl.error = tr("Unknown command \"%1\".").arg(cl.command);
    } else if (cl.command == QLatin1String("status") && !cl.arguments.isEmpty()) {
        cl.error = tr("status takes no arguments.");
    } else if (cl.command != QLatin1String("collect") && cl.lookbackDays) {
        cl.error = tr("--lookback-days goes with the collect command.");
    } else if (cl.command == QLatin1String("reddit")) {
        cl.error = redditUsageError(cl.arguments, cl.purge);
    } else if (cl.command == QLatin1String("note")) {
        cl.error = NoteCommands::usageError(cl);
        if (cl.error.isEmpty() && cl.purge)
            cl.error = tr("--purge goes with \"insights reddit remove\" and \"insights untrack\".");
    } else if (cl.command == QLatin1String("chart")) {
        if (cl.arguments.size() != 1 || !kCharts.contains(cl.arguments.first()))
            cl.error = tr("usage: insights chart NAME --out FILE.png|FILE.svg [--from DATE] [--to DATE] [--size WxH]; NAME is "
                          "one of %1.")
                           .arg(kCharts.join(QStringLiteral(", ")));
        else if (!cl.out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !cl.out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            cl.error = tr("chart needs --out FILE ending in .png or .svg.");
    } else if (cl.command == QLatin1String("export")) {
        if (!cl.arguments.isEmpty())
            cl.error = tr("usage: insights export [--format csv|json] [--out PATH] [--from DATE] [--to DATE] [--source KEY] "
                          "[--subject S] [--no-personal]");
        else if (cl.size.isValid())
            cl.error = tr("--size goes with the chart command.");
    } else if (cl.command == QLatin1String("track") || cl.command == QLatin1String("untrack")
               || cl.command == QLatin1String("sample")) {
        cl.error = onboardingUsageError(cl);
        if (cl.error.isEmpty() && cl.purge && cl.command != QLatin1String("untrack"))
            cl.error = tr("--purge goes with \"insights reddit remove\" and \"insights untrack\".");
    } else if (cl.purge) {
        cl.error = tr("--purge goes with \"insights reddit remove\" and \"insights untrack\".");
    }
    if (cl.error.isEmpty() && cl.noDiscover && cl.command != QLatin1String("track"))
        cl.error = tr("--no-discover goes with the track command.");
    const bool exporting = cl.command == QLatin1String("export");
    const bool noting = cl.command == QLatin1String("note"); // note list --from/--to (the note's usage says where)
    const bool digesting = cl.command == QLatin1String("digest");
    if (cl.error.isEmpty() && digesting && (!cl.arguments.isEmpty() || cl.size.isValid() || !cl.subjects.isEmpty()))
        cl.error = tr("usage: insights digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]");
    if (cl.error.isEmpty() && (exporting || noting || digesting || cl.command == QLatin1String("chart")) && cl.from.isValid()
        && cl.to.isValid() && cl.from > cl.to)
        cl.error = tr("--from is after --to.");
    if (cl.error.isEmpty() && cl.command == QLatin1String("import"))
        cl.error = ImportCommand::usageError(cl);
    if (cl.error.isEmpty() && cl.command == QLatin1String("migrate") && (cl.migrateTo.isEmpty() || !cl.arguments.isEmpty()))
        cl.error = tr("usage: insights migrate --to postgresql://USER@HOST/DATABASE|FILE.db [--merge]");
    if (cl.error.isEmpty() && cl.merge && cl.command != QLatin1String("migrate"))
        cl.error = tr("--merge goes with the migrate command.");
    if (cl.error.isEmpty() && cl.command == QLatin1String("collector") && !cl.arguments.isEmpty())
        cl.error = tr("usage: insights collector [--once]");
    if (cl.error.isEmpty() && cl.once && cl.command != QLatin1String("collector"))
        cl.error = tr("--once goes with the collector command.");
    if (cl.error.isEmpty())
        cl.error = formatError(cl);
    if (cl.error.isEmpty() && !exporting && (!cl.source.isEmpty() || cl.noPersonal))
        cl.error = tr("--source and --no-personal go with the export command.");
    if (cl.error.isEmpty() && noting && (!cl.out.isEmpty() || cl.size.isValid()))
        cl.error = tr("--out goes with the chart and export commands; --size with chart.");
    if (cl.error.isEmpty() && cl.command != QLatin1String("chart") && !exporting && !noting && !digesting
        && (!cl.out.isEmpty() || cl.from.isValid() || cl.to.isValid() || cl.size.isValid()))
        cl.error = tr("--out, --from and --to go with the chart and export commands; --size with chart.");
    return cl;
}

} // namespace insights
