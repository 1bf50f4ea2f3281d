<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertText</name>
    <message>
        <source>new stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new referrer %1 on %2 (%3 views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3, %4× the usual %5 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3, usually none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (likely: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Release %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Star burst: %n star(s)</source>
        <translation>
            <numerusform>Star burst: %n star</numerusform>
            <numerusform>Star burst: %n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>All-time record: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>days since each one&apos;s first star or download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>The %1 page has no chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4, %5×%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for the %1 chart from %2 to %3; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for &quot;%1&quot; on the %2 page; it shows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 chart stacks its layers; --log draws lines only (compare subjects, or choose another page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights chart, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>aligned by start, %n day(s)</source>
        <translation>
            <numerusform>aligned by start, %n day</numerusform>
            <numerusform>aligned by start, %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>▲ Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Reddit posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Star bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ All-time records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (axis from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, weekly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to collect: no enabled source is configured. See &quot;insights status&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n subject(s), %2 row(s) changed</source>
        <translation>
            <numerusform>%1: ok, %n subject, %2 row(s) changed</numerusform>
            <numerusform>%1: ok, %n subjects, %2 row(s) changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: ok, %2 row(s) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reddit posts are tracked. Add one with: insights reddit add URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  r/%2  score %3  comments %4  (as of %5)  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped tracking %1 and deleted its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped tracking %1; its history is kept (--purge deletes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tracked, refreshed: %1  r/%2  score %3  comments %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking %1  r/%2  score %3  comments %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>enabled, every %n hour(s)</source>
        <translation>
            <numerusform>enabled, every hour</numerusform>
            <numerusform>enabled, every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>  subjects:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last run:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next run:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set INSIGHT_PYPI_PACKAGES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set INSIGHT_PLAUSIBLE_SITES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or run: insights reddit add URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or run: insights track OWNER/REPO (or set INSIGHT_GITHUB_REPOS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Insights data in %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: stargazer profiles may contain names and e-mail addresses; --no-personal leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is tracked, so nothing was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  collected:  %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickHouseBackfill</name>
    <message>
        <source>%1: %2 of %3 days are stored; the other %4 wait for the ClickHouse quota until %5 and follow in the next run after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waits for the ClickHouse quota until %2: %3 of the hour&apos;s %4 queries are left, and it needs at least %5. Nothing of it was read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waits for the ClickHouse quota until %2: the hour&apos;s %3 queries are used up. Nothing of it was read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickHouseClient</name>
    <message>
        <source>%1: ClickHouse stopped the query for %2 because it took too long (code 159). Try a shorter --lookback-days or again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse refused the user &quot;%2&quot; (code 516). Check INSIGHT_CLICKHOUSE_USER (the public endpoint uses &quot;demo&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse could not answer %2 (code %3%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 could not be read (%3); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has no data; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a malformed row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 waits for the ClickHouse quota until %3 (the public endpoint answers %4 queries an hour for all packages and repositories together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ClickHouse quota for user &quot;%2&quot; is used up until %3 (code 201: %4). The next run after that continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse would have cut the answer to %2 short (code %3: %4); the public endpoint returns at most 1,000 rows and reads a limited number of rows per query. Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ClickHouse user &quot;%2&quot; is read-only and refused %3 (code 164: %4). Nothing was stored; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse would have cut the answer to %2 short (%3 rows, the public endpoint&apos;s limit is 1,000). Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardLink</name>
    <message>
        <source>The clipboard is empty. Copy a Reddit post&apos;s link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no Reddit post link (&quot;%1&quot;). Copy a link like https://www.reddit.com/r/SUB/comments/ID/… first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectedLine</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionRunner</name>
    <message>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this source is not available in this version of Insights yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing of this run was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; what was saved on the way is kept and the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: another collector took this subject over while it was collected; nothing of this run was written for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left to the team&apos;s collectors (each subject is being collected by one of them, or is not due).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectorCommand</name>
    <message>
        <source>collector %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 subjects collected, %4 rows changed%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>usage: insights reddit add URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights reddit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights reddit remove ID [--purge]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights reddit add URL | list | remove ID [--purge]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookback-days takes a whole number of days from 1 to 36500, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels (200x150 to 10000x10000), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookback-days goes with the collect command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights chart NAME --out FILE.png|FILE.svg [--from DATE] [--to DATE] [--size WxH]; NAME is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --out FILE ending in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size goes with the chart command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out, --from and --to go with the chart and export commands; --size with chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size of a sample is small or large, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights track OWNER/REPO|URL [--no-discover]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights untrack SUBJECT [--purge]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights sample --data-dir DIR [--size small|large]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --data-dir DIR, a directory of its own: sample data never goes into your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purge goes with &quot;insights reddit remove&quot; and &quot;insights untrack&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-discover goes with the track command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;insights --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject needs a repository, package or site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights export [--format csv|json] [--out PATH] [--from DATE] [--to DATE] [--source KEY] [--subject S] [--no-personal]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out goes with the chart and export commands; --size with chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart compares two to ten different subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log goes with the chart command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--align takes &quot;start&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--align start goes with chart stars or chart pypi and two or more --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format of a digest is md or html, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with the export and digest commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject goes with the note, export, import and chart commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source and --no-personal go with the export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights migrate --to postgresql://USER@HOST/DATABASE|FILE.db [--merge]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge goes with the migrate command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: insights [COMMAND] [OPTIONS]

Without a command, opens the window (and the tray icon).

Commands:
  collect [SOURCE...] [--lookback-days N]  collect now (all enabled sources if none named)
  status                                   per source: last run, next run, rows, warnings; then
                                           the Overview of the last 30 days
  reddit add URL                           track a Reddit post (any link form, share links too)
  reddit list                              the tracked posts with their latest score
  reddit remove ID [--purge]               stop tracking (--purge: also delete its history)
  chart NAME --out FILE.png|FILE.svg [--from DATE] [--to DATE] [--size WxH] [--log]
        [--subject S [--subject S2 ...] [--align start]]
                                           draw a page&apos;s main chart to a file (NAME: stars,
                                           traffic, activity, pypi, plausible, reddit); one
                                           subject, or a line each for several (--align start:
                                           each from its first star or download); --log: a
                                           logarithmic axis
  export [--format csv|json] [--out PATH] [--from DATE] [--to DATE] [--source KEY]
         [--subject S] [--no-personal]     every stored row with its source, metric,
                                           subject, item, date, period, value and metadata
                                           (CSV by default; to stdout without --out), then
                                           your notes (source insights, metric note);
                                           stargazer profiles may hold e-mail addresses:
                                           --no-personal leaves names, e-mail and the like out
  track OWNER/REPO|URL [--no-discover]     track a GitHub repository and the PyPI packages that
                                           name it (--no-discover: the repository only)
  untrack SUBJECT [--purge]                stop tracking a repository, package or site
                                           (--purge: also delete its data)
  sample --data-dir DIR [--size small|large]  create sample data to look around in; open it
                                           with: insights --data-dir DIR
  note add DATE TEXT [--subject S]         add a note of your own to the timeline (DATE like
                                           2026-01-31; no --subject: the whole project)
  note list [--from DATE] [--to DATE] [--subject S]
                                           the notes: ID, date, subject, text (--subject: its
                                           notes and the whole project&apos;s)
  note remove ID                           delete a note
  digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]
                                           a summary of every tracked subject: figures and
                                           their change, biggest days, new referrers, top
                                           pages, releases, alerts and notes (default: the
                                           last complete week, Monday to Sunday; one date:
                                           the week it starts or ends; Markdown, or a
                                           self-contained HTML page with charts; to stdout
                                           without --out)
  import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]
                                           bring an old traffic and star history in:
                                           github-repo-stats&apos; ghrs-data folder or the Lambda
                                           export&apos;s CSV files; fills only days Insights has no
                                           figure for (--subject: whose history it is)
  collector [--once]                       the schedule without a window, for a server: every
                                           minute the due subjects whose lease it gets (several
                                           collectors share a team database); --once: one round
  migrate --to postgresql://USER@HOST/DATABASE|FILE.db [--merge]
                                           copy this database (the local file, or the team
                                           database INSIGHT_DATABASE_URL names) into another and
                                           check every table&apos;s rows and checksum; a target
                                           that holds data is refused unless --merge

Sources: github_traffic, github_stars, github_events, pypi, plausible, reddit

Options:
  --data-dir DIR   where insights.db and settings.ini live (default: INSIGHT_DATA_DIR,
                   then ~/.local/share/insights)
  --help           show this help
  --version        show the version
  --               what follows is not an option (a note&apos;s text that starts with &quot;-&quot;)

Exit status: 0 success, 1 a source failed (the others still ran; for collect: also when nothing
is tracked at all; for status: a source is failing), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights collector [--once]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once goes with the collector command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot create the data directory %1; check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is not writable; check its permissions or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable base URL (from %2); expected something like %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionInfo</name>
    <message>
        <source>The team database did not say who Insights is logged in as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database did not say what %1 may do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The database is empty: Insights creates its tables when it first opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The database is empty, and %2 may not create tables: let its owner (or a collector) open it first, or grant CREATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Its Insights schema %2 is newer than this version reads (%3): update Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads and writes (a collector&apos;s role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only (a viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Its Insights schema %2 is older than this version needs (%3): let a collector or the owner upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Insights schema %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MB; this is not a file of daily figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches and tags created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars and forks per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit duration and bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over the range, weighted by visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors are summed over the days of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (pip, uv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots and mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads: people and bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installers counted as people are listed in the rules table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who counts as a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installers not listed (and an empty one) count as bots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 97% of PyPI downloads come from mirrors, CI and bots. Only installers a person runs (pip, uv) count as people; edit the rules below to change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subreddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest score, all tracked posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new stars in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stars per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stargazers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s top 10 for the 14 days up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique cloners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views and unique visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones and unique cloners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars over time come from the stargazer list: who starred, with profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars over time come from GitHub&apos;s star history: stars per day without profiles (GitHub shows who starred only to a repository&apos;s admins and collaborators, and only with a token). The curve ends at GitHub&apos;s count; stars older than the history are its starting point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars over time come from the stargazer list for %1 and from GitHub&apos;s star history (counts, no profiles) for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stargazer profiles for %1: star counts only (see Sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity is stored for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Plausible figures are stored for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads are stored for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reddit posts are tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stars are stored for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic is stored for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors (days added up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day&apos;s visitors added up over the range: someone who comes back on another day is counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day&apos;s figure added up over the range: someone who comes back on another day is counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique visitors (days added up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique cloners (days added up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique visitors, 14 days to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s own count of people for these 14 days: the only true one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the 14 days to %1, GitHub counted %2 unique visitors; the same 14 days&apos; daily figures add up to %3, because a visitor who comes back on another day is counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; of the %2 page cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 of the %L2 stargazers of the range matching “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stargazer of the range matching “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 of %L2 stargazers of the range are listed; load more, or search them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your note “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most new stars in a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most views in a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most downloads by people in a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most visitors in a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of the newest post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is tracked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a day on any chart to add a note; right-click a note here to change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by people, trailing 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new referrer %1 that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spikes and new referrers, by the rules in Settings → Alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Insights database (%2). Move it aside or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read and cannot be moved aside (%2). Move it yourself or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read (%2). It was moved to %3, unchanged, and a new database was started; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights cannot talk to PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database at %1 refused the password of %2. Check the password (keychain, INSIGHT_DATABASE_PASSWORD or the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Create it (CREATE DATABASE %1) or correct the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database at %1 has no role &quot;%2&quot;. Create it (docs/team.md) or correct the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database at %1 did not answer within %2 s. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message numerus="yes">
        <source>The target already holds %n rows of data. Nothing was copied; add --merge to add this history to it (rows it has are kept).</source>
        <translation>
            <numerusform>The target already holds %n rows of data. Nothing was copied; add --merge to add this history to it (rows it has are kept).</numerusform>
            <numerusform>The target already holds %n rows of data. Nothing was copied; add --merge to add this history to it (rows it has are kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge into %1 holds %2 rows, fewer than the %3 copied from; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2 rows, checksum %3; copied %4 rows, checksum %5). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only postgresql:// URLs (or a file path) can name a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: add it after the host, as in postgresql://insights@db.example.org/insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no user: add it before the host, as in postgresql://insights@%2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is not understood (known: sslmode, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRanges</name>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>A digest needs a period whose first day is not after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 views, %3 unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 visitors, %3 pageviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases and posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in GitHub&apos;s top 10 referrers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular paths (GitHub&apos;s 14 days to the period&apos;s end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights digest, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is tracked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestCommand</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is tracked, so there is nothing to digest. Run: insights track OWNER/REPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for %1 to %2; no digest was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of %1 to %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Your stars per day and in total, who starred and when, with releases and Reddit posts marked on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views and clones per day, unique visitors, and where visitors come from — kept for good, while GitHub deletes them after 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes, issues, pull requests, reviews, forks and releases per day, from GitHub&apos;s public event archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads per day, split into people and mirrors or bots, with versions, countries and installers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your website&apos;s visitors, pageviews, bounce rate and visit duration, top pages and countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and comments of the Reddit posts about your project, hour by hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reddit posts tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link of a post about your project above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No website tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your site&apos;s domain and a Plausible Stats API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PyPI package tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the packages your project publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic needs a GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible needs an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub shows traffic only to people with push access, through a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible answers with a Stats API key of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a GitHub token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Plausible key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last collection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page fills as soon as its data is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is stored from %1 on, but not for these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last collection found nothing to store for what is tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has collected nothing for this page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fills as soon as one of the team&apos;s collectors stores its first figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubApi</name>
    <message>
        <source>github_events %1: GitHub&apos;s list of %2 did not end after %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github_events %1: GitHub&apos;s list of %2 could not be read%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token may not read %2%3. GitHub shows traffic only to people with push access: use a classic token with the &quot;repo&quot; scope, or a fine-grained token with the repository permission &quot;Administration: read&quot; for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub refused access to %2 (HTTP 403)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub does not know %2, or the token cannot see it (HTTP 404). Check the name (owner/repo) and the token&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub answered HTTP %2 for %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: GitHub pointed to another server (%3); not following it with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no GitHub token (%2). Add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub rejected the token (HTTP 401)%2. Create a new token and save it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubEvents</name>
    <message>
        <source>%1 %2: reading releases from GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: reading forks from GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n fork(s) in GitHub&apos;s list have no creation date or owner and are left out.</source>
        <translation>
            <numerusform>%1 %2: %n fork in GitHub&apos;s list has no creation date or owner and is left out.</numerusform>
            <numerusform>%1 %2: %n forks in GitHub&apos;s list have no creation date or owner and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 ClickHouse queries are left this hour (shared with pypi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: looking up the repository&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the GitHub events dataset knows no repository named &quot;%2&quot; (github.repo_name_to_id). Check the name as GitHub shows it, capitals included; a repository without public events has no data there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading events per day, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s events per day have a row without a day; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storing %2 days, %3 more ClickHouse queries for releases and forks (%4 left this hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases and forks of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row outside it; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub events dataset has no event of %1 since %2; no days were stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubStars</name>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GitHub server has no GraphQL API, so stars are read through REST: one request per new stargazer for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the GitHub token could not be read (%2), so star counts only (stars per day and the total); profiles need the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators, and this token is neither (%2). Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day(s).</source>
        <translation>
            <numerusform>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators, and this token is neither (%2). Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day.</numerusform>
            <numerusform>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators, and this token is neither (%2). Stars per day come from GitHub&apos;s star history; the list is asked for again in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the star count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators: it listed no stargazer of %2. Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day(s).</source>
        <translation>
            <numerusform>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators: it listed no stargazer of %2. Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day.</numerusform>
            <numerusform>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators: it listed no stargazer of %2. Stars per day come from GitHub&apos;s star history; the list is asked for again in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the star history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this GitHub server has no star history (HTTP 404), so only the total is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history goes back %2 weeks; the stars before them are the starting point of the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub failed %2 runs in a row at the same page of older stars (%3); the stars older than that page are left for the weekly full walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: GitHub could not give %n star(s) during the full walk; unstars are checked at the next one.</source>
        <translation>
            <numerusform>%1: GitHub could not give %n star during the full walk; unstars are checked at the next one.</numerusform>
            <numerusform>%1: GitHub could not give %n stars during the full walk; unstars are checked at the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GitHub could not give some stars of a page (%2); they are asked again at the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: GitHub failed %n star(s) of one page %2 times in a row (%3); they are left for the weekly full walk.</source>
        <translation>
            <numerusform>%1: GitHub failed %n star of one page %2 times in a row (%3); it is left for the weekly full walk.</numerusform>
            <numerusform>%1: GitHub failed %n stars of one page %2 times in a row (%3); they are left for the weekly full walk.</numerusform>
        </translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no GitHub token, so star counts only (stars per day and the total). Who starred, with profiles, needs a token (any scope): add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubTraffic</name>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s %2 answer could not be read (%3); nothing was stored for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popular %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading repository counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub shows traffic only to people with push access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>the header is &quot;%1&quot;; this file must begin with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1.</source>
        <translation>
            <numerusform>%n field, but the header has %1.</numerusform>
            <numerusform>%n fields, but the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a time like 2024-01-31 00:00:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row for %1 (the first is on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says no date: import it together with views_clones_stars.csv from the same export, whose newest day is the day of these top paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must begin with the snapshot&apos;s time, like 2024-01-31_120000%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no file Insights can import%2: it looks for github-repo-stats&apos; ghrs-data folder (views_clones_aggregate.csv, stargazers.csv, forks.csv, snapshots/) or the Lambda export&apos;s views_clones_stars.csv and top_paths.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Insights can import: neither its name nor its header is one that github-repo-stats or the Lambda export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 file, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds files of both github-repo-stats and the Lambda export; pass --format repo-stats or --format lambda-csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>Insights already holds the stars of %1 from GitHub (the stargazer list or GitHub&apos;s star history), which count every star that still stands; the imported counts went to stars_total only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name; use the form owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1: %2; waiting %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MiB; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 (%2); check the network and the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send a token to %1 over plain HTTP; use an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to an invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API rate limit is used up; next try after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited by %1 (%2); next try after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 times; the service may be down, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>usage: insights import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added (%1)</source>
        <translation>
            <numerusform>%n day added (%1)</numerusform>
            <numerusform>%n days added (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped, a collected figure exists: %1</source>
        <translation>
            <numerusform>%n day skipped, a collected figure exists: %1</numerusform>
            <numerusform>%n days skipped, a collected figure exists: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before</source>
        <translation>
            <numerusform>%n day imported before</numerusform>
            <numerusform>%n days imported before</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder suggests %1, which is not tracked; pass --subject OWNER/REPO to say whose history this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files do not name their repository; pass --subject OWNER/REPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format of an import is auto, repo-stats or lambda-csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 history into %2 from %n file(s):</source>
        <translation>
            <numerusform>Imported %1 history into %2 from %n file:</numerusform>
            <numerusform>Imported %1 history into %2 from %n files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: every day in these files is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stars page draws the imported stars per day until Insights collects the stars of %1 from GitHub, which then replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone (nothing Insights imports): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not tracked, so nothing new is collected for it; to start: insights track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricExporter</name>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be read from the team database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 is the database this copies from; name another with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows added; %3 rows there now (%4 in the copy&apos;s source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3, equal on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into %1 and verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database was written by a newer Insights (schema %1, this build knows %2). Update Insights; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>usage: insights note add DATE TEXT [--subject S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights note list [--from DATE] [--to DATE] [--subject S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights note remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE takes a date like 2026-01-31, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes. Add one with: insights note add DATE TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note ID: IDs are the numbers &quot;insights note list&quot; shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note %1; &quot;insights note list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: insights note add DATE TEXT [--subject S] | list [--from DATE] [--to DATE] [--subject S] | remove ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>A note needs a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note&apos;s date is between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note&apos;s text cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note&apos;s text is at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject: at most %2 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSummary</name>
    <message>
        <source>The last %1 days (%2 to %3), against the %1 before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageFinder</name>
    <message>
        <source>&quot;%1&quot; is not a repository name; use the form owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packages of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleApi</name>
    <message>
        <source>%1: Plausible says this account&apos;s plan does not include the Stats API (HTTP 402%2). Upgrade the plan, or use a self-hosted Plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible did not accept the %2 (HTTP 400%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible answered HTTP %2 to the %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 query API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s answer is not JSON; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 %1 API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s hourly request limit for this key is used up (HTTP 429); nothing more is asked now, and a run after %2 continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible refused the API key for %2 (HTTP 401%3). Create a Stats API key in Plausible (Account settings → API keys), save it in Settings, and check the site is written exactly as in Plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no %3 (HTTP 404); check the Plausible address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleParser</name>
    <message>
        <source>unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;results&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row with %1 metrics and %2 dimensions, %3 and %4 asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_rows is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day without a date, visitors or pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country row without date, country or visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page row without page, visitors, pageviews or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country row without country or visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page row without date, page, visitors or pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry page row without date, page, visits or duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleStats</name>
    <message>
        <source>%1 %2: cancelled; nothing of this run was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: Plausible&apos;s answer could not be read (%3); nothing was stored for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3; nothing was stored for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: pages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: countries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a site domain; write it as in Plausible, e.g. example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Plausible server has no v2 API; using v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: daily totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: entry pages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: Plausible left imported data out: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sites are tracked; add the site domains in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Plausible API key. Create a Stats API key in Plausible (Account settings → API keys) and add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleV1Backfill</name>
    <message>
        <source>%1: Plausible&apos;s breakdown of %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading daily totals from %2 (v1 API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s daily totals could not be read (%2); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; the days stored so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pages and countries of %2 (%3 of %4 days, v1 API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Plausible (v1 API) limits this key&apos;s requests per hour; %2 of %3 days of pages and countries are stored, the rest follows in the next runs from %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>The team database was written by a newer Insights (schema %1, this build knows %2). Update Insights; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database already holds %1 tables that are not Insights&apos;. Point Insights at a database of its own (CREATE DATABASE insights); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database holds no Insights data yet, and this role may not create it. Run `insights migrate --to URL` or start `insights collector` with the role that owns the database; a viewer&apos;s role only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database has schema %1 and this Insights needs %2, which this role may not create. Start `insights collector` (or `insights migrate`) once with the role that owns the database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PyPiDownloads</name>
    <message>
        <source>%1: the PyPI dataset has no downloads of &quot;%2&quot;; check the package name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PyPI dataset is loaded up to %1; later days follow when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 ClickHouse queries are left this hour (shared with github_events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: planning %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloads per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s plan has a row without a day; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2 days in %3 more ClickHouse queries (%4 left this hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breakdowns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breakdowns of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row outside it; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has an unexpected row; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no packages are tracked; add them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row whose names and counts do not pair up; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PyPiName</name>
    <message>
        <source>&quot;%1&quot; is not a PyPI package name (letters, digits and . _ - inside, e.g. requests or django-rest-framework).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryBudget</name>
    <message>
        <source>%1 of %2 packages wait for the ClickHouse quota until %3; the next run continues them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 repositories wait for the ClickHouse quota until %3; the next run continues them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packages still have days to read from ClickHouse; the next run continues them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 repositories still have days to read from ClickHouse; the next run continues them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditApi</name>
    <message>
        <source>%1: Reddit&apos;s request allowance is used up for %2 minutes; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a web page titled &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit has no %2 (HTTP 404); check the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit is limiting requests (HTTP 429)%2; nothing was changed, try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit refused the request (HTTP 403)%2. Reddit blocks some networks and VPNs; try again later or from another network. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit answered with a web page instead of data (HTTP %2)%3; nothing was stored, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit answered HTTP %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit user name (3 to 20 letters, digits, - or _); correct it in Settings → Reddit or INSIGHT_REDDIT_USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s answer for post %2 could not be read (%3); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit refused the app&apos;s fresh token (HTTP 401); check the client id in Settings → Reddit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited; next try after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, a page titled &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit did not redirect the link %2; open it in a browser and paste the address it shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link leads to &quot;%2&quot;, which is not Reddit; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link leads to %2, which is not a Reddit post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link redirects more than %2 times; not followed further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps into Settings → Reddit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit asks apps to sign in: add a Reddit client id in Settings → Reddit. Reddit refused the request without one (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditAuth</name>
    <message>
        <source>%1: refusing to ask %2 for a Reddit token over plain HTTP; use an https:// Reddit URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit does not accept the client id &quot;%2&quot; (HTTP 401). Copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps; the app must be of type &quot;installed app&quot; (script and web apps have a secret, which Insights does not use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s token endpoint answered HTTP %2; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit refused to give this app a token (&quot;%2&quot;%3). Check that the app at https://www.reddit.com/prefs/apps is an &quot;installed app&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s token endpoint answered something that is not a token; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps into Settings → Reddit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditPostParser</name>
    <message>
        <source>the answer is not a Reddit post listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit answered with post &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 lacks its score, comment count, creation time, subreddit or permalink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditPostStats</name>
    <message>
        <source>%1 %2: reading the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Reddit posts are tracked; add one on the Reddit page or with &quot;Track Reddit post&quot; in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditTracker</name>
    <message>
        <source>Reddit post %1 is not tracked; &quot;insights reddit list&quot; shows the tracked posts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditUrl</name>
    <message>
        <source>&quot;%1&quot; is not a link to a Reddit post; paste a link like https://www.reddit.com/r/SUB/comments/ID/… or https://redd.it/ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepositoryDiscovery</name>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answers 60 requests an hour without a token and they are used up; try again after %1, or add a GitHub token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for the token is used up; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub knows no public repository %1 — check the spelling; a private one needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub knows no repository %1 that the token can see — check the spelling and the token&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected the token (HTTP 401). Create a new token and save it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 could not be read (no repository name in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMarker</name>
    <message>
        <source>Insights ended unexpectedly the last time it ran (started %1): it crashed or was stopped by force. Its log is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>Nothing to collect: no enabled source is configured. Open Settings to add a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done, %2 row(s) changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data of Insights: a generated database to look around in, not collected from anywhere. Generated on %1 with %2 as its newest day, size %3. Nothing is collected into this folder; it is safe to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample&apos;s size is &quot;small&quot; or &quot;large&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds other files and is not sample data of Insights; nothing was written. Choose an empty or new folder for the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1; check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the earlier sample in %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the sample into %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSnapshot</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for you to unlock it.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for you to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: the keychain was asked from inside a running event loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Set by %1 in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Views, clones and where visitors came from. GitHub keeps only 14 days, so this must run at least every few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who starred your repositories and when, with their public profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activity, releases and forks, from a public dataset (no token needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily downloads of your packages, from a public dataset (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors, pages and countries of your websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and comments of the Reddit posts you track.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the disk is full; free some space and collect again (nothing of this run was stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be written; check the permissions of the data directory and its insights.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged (%1); nothing was changed. Copy insights.db somewhere safe, then recover what is left with &quot;sqlite3 insights.db .recover&quot; or move it aside to start anew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarGraphQl</name>
    <message>
        <source>%1: the token&apos;s GraphQL points are used up until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GraphQL points are low; waiting until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s GraphQL API timed out even for pages of %2 stars (HTTP %3); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub took too long; asking for %2 stars per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no GraphQL API at %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stargazer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s GraphQL rate limit (%2); try again after the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub does not know %2, or the token cannot see it (%3). Check the name (owner/repo) and the token&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s stargazer answer could not be read (%2); nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s secondary rate limit; waiting %2 s before asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token may not read e-mail addresses (scope user:email or read:user); collecting without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token lacks a scope GitHub asks for (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarHistory</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the star history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history could not be read (page %2: %3); nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history repeats weeks across pages (page %2); nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: star history, %2 weeks read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the star count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star count could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s repository answer could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarProgress</name>
    <message>
        <source>%1: first star collection under way, %2 of %3 stars stored; the next run continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators. Insights asks for the list again once a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: star counts only — who starred, with profiles, needs a GitHub token (any scope): add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarReconcile</name>
    <message>
        <source>GitHub listed %1 of %2 stars; unstars were not checked this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstarred: %1 (was #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstarred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s) were withdrawn since the last check; they are kept, marked unstarred.</source>
        <translation>
            <numerusform>%n star was withdrawn since the last check; it is kept, marked unstarred.</numerusform>
            <numerusform>%n stars were withdrawn since the last check; they are kept, marked unstarred.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarRest</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub refused the stargazer list (HTTP 403, &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stargazer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s stargazer page could not be read (%2); nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile of %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s REST API lists only the oldest 40,000 stars of a repository (HTTP 422 after page 400), and this server offers no GraphQL API; newer stars cannot be listed. The total is still recorded daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stargazer account(s) no longer exist; their stars are kept without a profile.</source>
        <translation>
            <numerusform>%n stargazer account no longer exists; its star is kept without a profile.</numerusform>
            <numerusform>%n stargazer accounts no longer exist; their stars are kept without a profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the REST API cannot list every star of this repository, so unstars cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub refused the stargazer list for now (HTTP 422, &quot;%2&quot;); the next run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRun</name>
    <message>
        <source>%1: %2 of %3 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new stars so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The stars read so far are kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StargazerQueries</name>
    <message>
        <source>&lt; 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message numerus="yes">
        <source>%1: pages and countries of %n day(s) are still to be read; Plausible&apos;s v1 API allows 600 requests an hour, so this continues over the next runs.</source>
        <translation>
            <numerusform>%1: pages and countries of %n day are still to be read; Plausible&apos;s v1 API allows 600 requests an hour, so this continues over the next runs.</numerusform>
            <numerusform>%1: pages and countries of %n days are still to be read; Plausible&apos;s v1 API allows 600 requests an hour, so this continues over the next runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectLeases</name>
    <message>
        <source>%1 %2: the lease could not be given back (%3); it runs out by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCollector</name>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The windows could not be told of the alerts; they see them at their next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused this token (401: %1). Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works: signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site first; the key is checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible refused the key for %1 (401: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Plausible plan does not include the Stats API (402).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a fine-grained token: traffic needs &quot;Administration: read&quot; on each repository; stargazers&apos; e-mail addresses are not collected with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repo&quot; is missing: GitHub shows traffic only to tokens with push access (repo scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional &quot;user:email&quot; (or &quot;read:user&quot;) is missing: stargazers&apos; public e-mail addresses are not collected without it; everything else is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (GitHub: &quot;%1&quot;; check the name, or the token cannot see this private repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (GitHub: &quot;%1&quot;; the token&apos;s account needs push access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (HTTP %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — traffic: %2; stargazer list: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it can read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 repositories were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stargazers&apos; public e-mail addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackCommands</name>
    <message>
        <source>%1 holds sample data; track repositories in your own data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitHub about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitHub about %1 and ClickHouse for its PyPI packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token raises the limit: set %1, or add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %1 on GitHub: %n star(s).</source>
        <translation>
            <numerusform>Found %1 on GitHub: %n star.</numerusform>
            <numerusform>Found %1 on GitHub: %n stars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1 on GitHub: %n star(s) — %2</source>
        <translation>
            <numerusform>Found %1 on GitHub: %n star — %2</numerusform>
            <numerusform>Found %1 on GitHub: %n stars — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub calls %1 %2 now; tracking it under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI packages found: %1. INSIGHT_PYPI_PACKAGES decides the packages here; add them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking PyPI package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI package %1 is already tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the PyPI packages could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PyPI package names %1 as its repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible site suggestion: %1 (add it in Settings with a Plausible key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now with: insights collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped tracking repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped tracking PyPI package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped tracking Plausible site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data is kept (--purge deletes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted and %1 is still tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) of its data.</source>
        <translation>
            <numerusform>Deleted %n row of its data.</numerusform>
            <numerusform>Deleted %n rows of its data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1 sample data in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sample data (%n metric row(s)) in %1</source>
        <translation>
            <numerusform>Sample data (%n metric row) in %1</numerusform>
            <numerusform>Sample data (%n metric rows) in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it with: insights --data-dir %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>%1 decides what is tracked here (it overrides Settings); add %2 to it, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from %2, which overrides Settings; remove it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not tracked: it is none of the repositories, packages or sites in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficRisk</name>
    <message>
        <source>%1: traffic was last collected on %2 (%3 days ago); days since %4 have already left GitHub&apos;s 14-day window and are lost. Collect now to keep the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traffic has never been collected, and GitHub keeps only 14 days: collect it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traffic was last collected on %2 (%3 days ago); data starts to be lost on %4. Collect it before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository; write it as owner/repo (e.g. octocat/hello-world) or paste its address from github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site domain; write it as in Plausible, e.g. example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address; expected something like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at reddit.com/prefs/apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit user name (3 to 20 letters, digits, - or _).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::AlertsPage</name>
    <message>
        <source>New stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each collection Insights looks at the last two weeks and tells you once, in a notification, when something stands out. Every alert stays listed on the Overview with its likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least × usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule for one subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day at least this many times the median of the 28 days before it, and at least this many, so that 1 → 4 stars is no spike. A subject&apos;s own rule wins over the rule for every subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referrer new in GitHub&apos;s top 10 of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone linked to your repository: a blog, a forum, a newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub traffic about to be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub keeps 14 days of traffic: a warning from the tenth day without a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a digest of the past week every Monday to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the weekly digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page with every subject&apos;s week: totals against the week before, biggest days, new referrers, releases, notes and alerts (digest-YYYY-MM-DD.html, named for the Monday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: name the subject of the rule in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: “%1” is not a repository, package or site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: rows %1 and %2 are rules for the same measure and subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: choose the folder for the weekly digest (a full path).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::AppService</name>
    <message>
        <source>Collection cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI: %1 now counts as %2; the next pypi collection applies it to the days it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no installer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit accepted the client id: Insights can read posts as this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is sample data: nothing is collected into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be marked as shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly digest cannot be written: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of the week of %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly digest could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team database&apos;s URL (postgresql://USER@HOST/DATABASE), or keep the data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is named by a postgresql:// URL; a file path is not a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the URL and type it in the Password field: the keychain keeps it, settings.ini never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a postgresql:// URL to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: give the password in INSIGHT_DATABASE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team database has a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::ChartView</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (previous period: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::CollectionStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::CollectionWorker</name>
    <message>
        <source>Already tracked: r/%1 “%2” (score %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now tracking r/%1 “%2” (score %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::DashboardPage</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n</source>
        <translation>
            <numerusform>all %n</numerusform>
            <numerusform>all %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the charts&apos; counts on a logarithmic axis (1, 10, 100, …): growth rates compare, and large and small numbers fit one chart. Days with nothing are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw several repositories, packages or sites on one chart, a line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align by start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each one from its own first star or download (day 0), to compare how they grew whatever their age.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::DataTable</name>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking “%1”? Its score and comments collected so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all %1 for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::DatabaseFields</name>
    <message>
        <source>On this computer (insights.db in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team&apos;s PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: its collectors (insights collector) collect, and every window reads the same numbers. docs/team.md sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE, with sslmode and connect_timeout if needed; no password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with the URL and password typed here (else the stored password) and says what Insights may do there. Creates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. INSIGHT_DATABASE_PASSWORD, when set, is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: set INSIGHT_DATABASE_PASSWORD in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSIGHT_DATABASE_URL is set in the environment and decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set INSIGHT_DATABASE_PASSWORD in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::DateRangeBar</name>
    <message>
        <source>Choose the first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored before this range yet, so there is no previous period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::DigestDialog</name>
    <message>
        <source>This week: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page with charts (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::GeneralPage</name>
    <message>
        <source>How Insights runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Insights collected (insights.db), its settings (settings.ini) and its logs. Back it up as a whole. To use another folder, start Insights with --data-dir FOLDER or set INSIGHT_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Insights at login (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the schedule keeps collecting without you opening the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short message from the tray when new stars arrive or a collection fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::GitHubPage</name>
    <message>
        <source>Insights reads the traffic and the stars of your repositories from GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/repo, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, as owner/repo or the repository&apos;s address on github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token on GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub shows traffic and stargazers only to a personal access token. The button opens GitHub with these scopes ticked:
• repo: the traffic of your repositories (GitHub shows it to accounts with push access only).
• read:user: the public profiles of the people who starred.
• user:email (optional): their public e-mail addresses.
A fine-grained token works too, with &quot;Administration: read&quot; on each repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for GitHub Enterprise, e.g. https://github.example.com/api/v3. Leave empty for github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::InstallerRules</name>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add installer… (e.g. poetry, pdm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the installer&apos;s name as PyPI reports it, e.g. poetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::Keychain</name>
    <message>
        <source>No keychain is available (%1). Start a Secret Service (for example gnome-keyring or KWallet) or set the token in the environment (INSIGHT_GITHUB_TOKEN, INSIGHT_PLAUSIBLE_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::MainMenu</name>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights %1

Your open-source project&apos;s numbers, kept for good.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::MainWindow</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every enabled source now (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new star(s) since the last collection.</source>
        <translation>
            <numerusform>%n new star since the last collection.</numerusform>
            <numerusform>%n new stars since the last collection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit post tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub traffic at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled; add what to track in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the Reddit post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: nothing is collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data has no settings; leave the sample to change yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: a made-up project with generated figures. Nothing here is real, and nothing is collected into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data is never collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep collecting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window would normally end Insights and its background collection.

Insights can keep collecting without a window. To bring the window back, start Insights again (from the menu, or at login with &quot;Start at login&quot; in Settings → General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep collecting in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is closed; Insights keeps collecting in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last collection of %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more on the Overview.</source>
        <translation>
            <numerusform>%n more on the Overview.</numerusform>
            <numerusform>%n more on the Overview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>This week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of the last complete week: every subject&apos;s figures, biggest days, new referrers, releases, notes and alerts; save it as a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: its collectors collect; this window shows what they store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, e.g. “Posted on Hacker News”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::PageNavigator</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::PlausiblePage</name>
    <message>
        <source>Visitors, pages and countries of your websites, read from Plausible Analytics with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site domain as in Plausible, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, the domain exactly as the site is named in Plausible, e.g. example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plausible API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in Plausible under Account settings → API keys → New API key, and choose &quot;Stats API&quot;. Test checks it against the first site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a self-hosted Plausible, e.g. https://stats.example.org. Leave empty for plausible.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::PyPiPage</name>
    <message>
        <source>Daily downloads of your packages come from ClickHouse&apos;s public copy of PyPI&apos;s download records; no account or token is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package name, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, the name as on pypi.org, e.g. requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or bots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI records which program downloaded a file. Downloads by installers marked &quot;a person&quot; count as people; mirrors and scripts are bots, and so is anything not listed. A change applies from the next PyPI collection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for ClickHouse&apos;s public server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::RedditPage</name>
    <message>
        <source>Insights follows the score and comments of the Reddit posts you track. Reddit asks apps to sign in: without a client id it often blocks Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Xq3_vB9-tRk2mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once: on Reddit&apos;s app page choose &quot;create another app…&quot;, pick &quot;installed app&quot;, enter http://localhost as redirect URI, then copy the id under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reddit.com/prefs/apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Reddit user name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit asks apps to name a contact; sent as /u/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh posts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts this young still move and are refreshed on the schedule; older ones when you collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add posts on the Reddit page or from the tray. Remove stops tracking; what was collected stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit&apos;s site and its API. Leave both empty unless you reach Reddit through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of your Reddit app first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::RedditTrackBar</name>
    <message>
        <source>Paste a Reddit post link (any form, share links too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::SchedulePage</name>
    <message>
        <source>While Insights runs (in the window or the tray) it collects each ticked source in the background at its interval. &quot;Collect now&quot; collects at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for unstars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a walk through the whole stargazer list shows who took a star back; it costs one request per 100 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is still storing the last token; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token in the system keychain… (it may ask you to unlock it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::SourceTableModel</name>
    <message>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last collected %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::SourcesPage</name>
    <message>
        <source>Collection progress appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::SummaryCard</name>
    <message>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::TokenBanner</name>
    <message>
        <source>GitHub deletes traffic after 14 days — add a token to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button opens GitHub with two scopes ticked: “repo” lets Insights read the traffic of your repositories (GitHub shows it only to accounts with push access), “read:user” the public profiles of the people who starred. The token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token on GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Collecting traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitHub what this token can do…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::TokenField</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the service what this token can do; the token typed here, else the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set in the environment and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the environment is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available; set %1 in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other settings are saved. Until the keychain works, set %1 in the environment instead; Save tries the keychain again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::TrackedPosts</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracked posts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts are tracked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::TrayIcon</name>
    <message>
        <source>Insights — collecting in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track Reddit post from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track Reddit post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights::WelcomePage</name>
    <message>
        <source>Welcome to Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights keeps your open-source project&apos;s numbers for good — stars, GitHub traffic (which GitHub deletes after 14 days), activity, PyPI downloads by people rather than bots, website visitors and Reddit posts — and shows them as charts. Most of it needs no token: start with your repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your repository (owner/name or a GitHub link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track and collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your repository first, e.g. octocat/hello-world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitHub about %1 and looking for its PyPI packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln star(s)</source>
        <translation>
            <numerusform>%1 — %Ln star</numerusform>
            <numerusform>%1 — %Ln stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln star(s) — %2</source>
        <translation>
            <numerusform>%1 — %Ln star — %2</numerusform>
            <numerusform>%1 — %Ln stars — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Stars, star history and activity will be collected for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI packages that name this repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PyPI package names this repository; you can add one later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI packages could not be looked up (%1); you can add them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website %1 on Plausible (needs a Plausible API key, added later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
