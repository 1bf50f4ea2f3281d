<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertText</name>
    <message>
        <source>new stars</source>
        <translation>neue Sterne</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>downloads by people</source>
        <translation>Downloads durch Menschen</translation>
    </message>
    <message>
        <source>new referrer %1 on %2 (%3 views)</source>
        <translation>neuer Verweis %1 am %2 (%3 Aufrufe)</translation>
    </message>
    <message>
        <source>%1 %2 on %3, %4× the usual %5 a day</source>
        <translation>%1 %2 am %3, %4× so viele wie die üblichen %5 pro Tag</translation>
    </message>
    <message>
        <source>%1 %2 on %3, usually none</source>
        <translation>%1 %2 am %3, sonst keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (likely: %2)</source>
        <translation>%1 (vermutlich: %2)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Release %1 (%2)</source>
        <translation>Release %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Star burst: %n star(s)</source>
        <translation>
            <numerusform>Sternenschub: %n Stern</numerusform>
            <numerusform>Sternenschub: %n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>All-time record: %1 %2</source>
        <translation>Allzeitrekord: %1 %2</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>days since each one&apos;s first star or download</source>
        <translation>Tage seit dem ersten Stern oder Download des jeweiligen Objekts</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>The %1 page has no chart.</source>
        <translation>Die Seite %1 hat kein Diagramm.</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4, %5×%6</source>
        <translation>%1: %2, %3 bis %4, %5×%6</translation>
    </message>
    <message>
        <source>Nothing is stored for the %1 chart from %2 to %3; no file was written.</source>
        <translation>Für das Diagramm %1 ist von %2 bis %3 nichts gespeichert; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Nothing is stored for &quot;%1&quot; on the %2 page; it shows: %3.</source>
        <translation>Für „%1“ ist auf der Seite %2 nichts gespeichert; sie zeigt: %3.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>The %1 chart stacks its layers; --log draws lines only (compare subjects, or choose another page).</source>
        <translation>Das Diagramm %1 stapelt seine Schichten; --log zeichnet nur Linien (vergleichen Sie Objekte oder wählen Sie eine andere Seite).</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Insights chart, %1 to %2</source>
        <translation>Insights-Diagramm, %1 bis %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation>%1: Der Dateiname muss auf .png oder .svg enden.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>aligned by start, %n day(s)</source>
        <translation>
            <numerusform>ausgerichtet ab dem Start, %n Tag</numerusform>
            <numerusform>ausgerichtet ab dem Start, %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>▲ Releases</source>
        <translation>▲ Releases</translation>
    </message>
    <message>
        <source>▲ Reddit posts</source>
        <translation>▲ Reddit-Beiträge</translation>
    </message>
    <message>
        <source>▲ Star bursts</source>
        <translation>▲ Sternenschübe</translation>
    </message>
    <message>
        <source>▲ All-time records</source>
        <translation>▲ Allzeitrekorde</translation>
    </message>
    <message>
        <source>▲ Events</source>
        <translation>▲ Ereignisse</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (Vorperiode)</translation>
    </message>
    <message>
        <source>No data for this range</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>%1 (axis from %2)</source>
        <translation>%1 (Achse ab %2)</translation>
    </message>
    <message>
        <source>%1, weekly mean</source>
        <translation>%1, Wochenmittel</translation>
    </message>
    <message>
        <source>%1, weekly</source>
        <translation>%1, wöchentlich</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation>%1, logarithmisch</translation>
    </message>
    <message>
        <source>▲ Your notes</source>
        <translation>▲ Ihre Notizen</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n Zeile exportiert.</numerusform>
            <numerusform>%n Zeilen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to collect: no enabled source is configured. See &quot;insights status&quot;.</source>
        <translation>Nichts zu sammeln: Keine aktivierte Quelle ist eingerichtet. Siehe „insights status“.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n subject(s), %2 row(s) changed</source>
        <translation>
            <numerusform>%1: ok, %n Objekt, %2 Zeile(n) geändert</numerusform>
            <numerusform>%1: ok, %n Objekte, %2 Zeile(n) geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped — %2</source>
        <translation>%1: übersprungen – %2</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>  %1: ok, %2 row(s) changed</source>
        <translation>  %1: ok, %2 Zeile(n) geändert</translation>
    </message>
    <message>
        <source>No Reddit posts are tracked. Add one with: insights reddit add URL</source>
        <translation>Es werden keine Reddit-Beiträge verfolgt. Einen hinzufügen mit: insights reddit add URL</translation>
    </message>
    <message>
        <source>%1  r/%2  score %3  comments %4  (as of %5)  %6</source>
        <translation>%1  r/%2  Punkte %3  Kommentare %4  (Stand %5)  %6</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stopped tracking %1 and deleted its history.</source>
        <translation>%1 wird nicht mehr verfolgt; sein Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>Stopped tracking %1; its history is kept (--purge deletes it).</source>
        <translation>%1 wird nicht mehr verfolgt; sein Verlauf bleibt erhalten (--purge löscht ihn).</translation>
    </message>
    <message>
        <source>Already tracked, refreshed: %1  r/%2  score %3  comments %4  %5</source>
        <translation>Bereits verfolgt, aktualisiert: %1  r/%2  Punkte %3  Kommentare %4  %5</translation>
    </message>
    <message>
        <source>Tracking %1  r/%2  score %3  comments %4  %5</source>
        <translation>Verfolge %1  r/%2  Punkte %3  Kommentare %4  %5</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>not available in this version yet</source>
        <translation>in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>enabled, every %n hour(s)</source>
        <translation>
            <numerusform>aktiviert, jede Stunde</numerusform>
            <numerusform>aktiviert, alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>  subjects:   %1</source>
        <translation>  Objekte:    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  last run:   %1</source>
        <translation>  letzter Lauf: %1</translation>
    </message>
    <message>
        <source>  next run:   %1</source>
        <translation>  nächster Lauf: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>  rows:       %1</source>
        <translation>  Zeilen:     %1</translation>
    </message>
    <message>
        <source>  last error: %1</source>
        <translation>  letzter Fehler: %1</translation>
    </message>
    <message>
        <source>  warning:    %1</source>
        <translation>  Warnung:    %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Or set %1.</source>
        <translation>Oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>Or set INSIGHT_PYPI_PACKAGES.</source>
        <translation>Oder setzen Sie INSIGHT_PYPI_PACKAGES.</translation>
    </message>
    <message>
        <source>Or set INSIGHT_PLAUSIBLE_SITES.</source>
        <translation>Oder setzen Sie INSIGHT_PLAUSIBLE_SITES.</translation>
    </message>
    <message>
        <source>Or run: insights reddit add URL</source>
        <translation>Oder rufen Sie auf: insights reddit add URL</translation>
    </message>
    <message>
        <source>Or run: insights track OWNER/REPO (or set INSIGHT_GITHUB_REPOS).</source>
        <translation>Oder rufen Sie auf: insights track OWNER/REPO (oder setzen Sie INSIGHT_GITHUB_REPOS).</translation>
    </message>
    <message>
        <source>There is no Insights data in %1: the folder does not exist.</source>
        <translation>In %1 gibt es keine Insights-Daten: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>note: stargazer profiles may contain names and e-mail addresses; --no-personal leaves them out.</source>
        <translation>Hinweis: Profile der Sternvergebenden können Namen und E-Mail-Adressen enthalten; --no-personal lässt sie weg.</translation>
    </message>
    <message>
        <source>Nothing is tracked, so nothing was collected.</source>
        <translation>Es wird nichts verfolgt, daher wurde nichts gesammelt.</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>  collected:  %1 by %2</source>
        <translation>  gesammelt:  %1 von %2</translation>
    </message>
</context>
<context>
    <name>ClickHouseBackfill</name>
    <message>
        <source>%1: %2 of %3 days are stored; the other %4 wait for the ClickHouse quota until %5 and follow in the next run after that.</source>
        <translation>%1: %2 von %3 Tagen sind gespeichert; die übrigen %4 warten bis %5 auf das ClickHouse-Kontingent und folgen im nächsten Lauf danach.</translation>
    </message>
    <message>
        <source>%1: waits for the ClickHouse quota until %2: %3 of the hour&apos;s %4 queries are left, and it needs at least %5. Nothing of it was read yet.</source>
        <translation>%1: wartet bis %2 auf das ClickHouse-Kontingent: %3 der %4 Anfragen dieser Stunde sind übrig, nötig sind mindestens %5. Davon wurde noch nichts gelesen.</translation>
    </message>
    <message>
        <source>%1: waits for the ClickHouse quota until %2: the hour&apos;s %3 queries are used up. Nothing of it was read yet.</source>
        <translation>%1: wartet bis %2 auf das ClickHouse-Kontingent: die %3 Anfragen dieser Stunde sind aufgebraucht. Davon wurde noch nichts gelesen.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ClickHouseClient</name>
    <message>
        <source>%1: ClickHouse stopped the query for %2 because it took too long (code 159). Try a shorter --lookback-days or again later.</source>
        <translation>%1: ClickHouse hat die Abfrage für %2 abgebrochen, weil sie zu lange dauerte (Code 159). Versuchen Sie ein kürzeres --lookback-days oder später erneut.</translation>
    </message>
    <message>
        <source>%1: ClickHouse refused the user &quot;%2&quot; (code 516). Check INSIGHT_CLICKHOUSE_USER (the public endpoint uses &quot;demo&quot;).</source>
        <translation>%1: ClickHouse hat den Benutzer „%2“ abgelehnt (Code 516). Prüfen Sie INSIGHT_CLICKHOUSE_USER (der öffentliche Endpunkt verwendet „demo“).</translation>
    </message>
    <message>
        <source>%1: ClickHouse could not answer %2 (code %3%4): %5</source>
        <translation>%1: ClickHouse konnte %2 nicht beantworten (Code %3%4): %5</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 could not be read (%3); nothing was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 war nicht lesbar (%3); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has no data; nothing was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 enthält keine Daten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a malformed row.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 enthält eine fehlerhafte Zeile.</translation>
    </message>
    <message>
        <source>%1: %2 waits for the ClickHouse quota until %3 (the public endpoint answers %4 queries an hour for all packages and repositories together).</source>
        <translation>%1: %2 wartet bis %3 auf das ClickHouse-Kontingent (der öffentliche Endpunkt beantwortet %4 Anfragen pro Stunde für alle Pakete und Repositories zusammen).</translation>
    </message>
    <message>
        <source>%1: the ClickHouse quota for user &quot;%2&quot; is used up until %3 (code 201: %4). The next run after that continues.</source>
        <translation>%1: Das ClickHouse-Kontingent für den Benutzer „%2“ ist bis %3 aufgebraucht (Code 201: %4). Der nächste Lauf danach macht weiter.</translation>
    </message>
    <message>
        <source>%1: ClickHouse would have cut the answer to %2 short (code %3: %4); the public endpoint returns at most 1,000 rows and reads a limited number of rows per query. Nothing of it was stored.</source>
        <translation>%1: ClickHouse hätte die Antwort auf %2 gekürzt (Code %3: %4); der öffentliche Endpunkt liefert höchstens 1.000 Zeilen und liest pro Anfrage nur begrenzt viele Zeilen. Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the ClickHouse user &quot;%2&quot; is read-only and refused %3 (code 164: %4). Nothing was stored; please report this.</source>
        <translation>%1: Der ClickHouse-Benutzer „%2“ darf nur lesen und hat %3 abgelehnt (Code 164: %4). Nichts wurde gespeichert; bitte melden Sie das.</translation>
    </message>
    <message>
        <source>%1: ClickHouse would have cut the answer to %2 short (%3 rows, the public endpoint&apos;s limit is 1,000). Nothing of it was stored.</source>
        <translation>%1: ClickHouse hätte die Antwort auf %2 gekürzt (%3 Zeilen, das Limit des öffentlichen Endpunkts ist 1.000). Davon wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClipboardLink</name>
    <message>
        <source>The clipboard is empty. Copy a Reddit post&apos;s link first.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie zuerst den Link eines Reddit-Beitrags.</translation>
    </message>
    <message>
        <source>The clipboard holds no Reddit post link (&quot;%1&quot;). Copy a link like https://www.reddit.com/r/SUB/comments/ID/… first.</source>
        <translation>Die Zwischenablage enthält keinen Link auf einen Reddit-Beitrag („%1“). Kopieren Sie zuerst einen Link wie https://www.reddit.com/r/SUB/comments/ID/…</translation>
    </message>
</context>
<context>
    <name>CollectedLine</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Gesammelt: %1</translation>
    </message>
</context>
<context>
    <name>CollectionRunner</name>
    <message>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Unbekannte Quelle „%1“. Quellen: %2.</translation>
    </message>
    <message>
        <source>%1: this source is not available in this version of Insights yet.</source>
        <translation>%1: Diese Quelle ist in dieser Version von Insights noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 %2: collecting</source>
        <translation>%1 %2: wird gesammelt</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing of this run was stored.</source>
        <translation>%1: abgebrochen; nichts aus diesem Lauf wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: cancelled; what was saved on the way is kept and the next run continues from there.</source>
        <translation>%1: abgebrochen; was unterwegs gespeichert wurde, bleibt erhalten, und der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 %2: another collector took this subject over while it was collected; nothing of this run was written for it.</source>
        <translation>%1 %2: Ein anderer Collector hat dieses Subjekt übernommen, während es gesammelt wurde; von diesem Lauf wurde dafür nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: left to the team&apos;s collectors (each subject is being collected by one of them, or is not due).</source>
        <translation>%1: den Sammlern des Teams überlassen (jedes Objekt wird gerade von einem von ihnen gesammelt oder ist nicht fällig).</translation>
    </message>
</context>
<context>
    <name>CollectorCommand</name>
    <message>
        <source>collector %1 started</source>
        <translation>Collector %1 gestartet</translation>
    </message>
    <message>
        <source>%1: %2 of %3 subjects collected, %4 rows changed%5</source>
        <translation>%1: %2 von %3 Subjekten gesammelt, %4 Zeilen geändert%5</translation>
    </message>
    <message>
        <source>collector %1 stopped</source>
        <translation>Collector %1 beendet</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>usage: insights reddit add URL</source>
        <translation>Aufruf: insights reddit add URL</translation>
    </message>
    <message>
        <source>usage: insights reddit list</source>
        <translation>Aufruf: insights reddit list</translation>
    </message>
    <message>
        <source>usage: insights reddit remove ID [--purge]</source>
        <translation>Aufruf: insights reddit remove ID [--purge]</translation>
    </message>
    <message>
        <source>usage: insights reddit add URL | list | remove ID [--purge]</source>
        <translation>Aufruf: insights reddit add URL | list | remove ID [--purge]</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>--lookback-days takes a whole number of days from 1 to 36500, not &quot;%1&quot;.</source>
        <translation>--lookback-days erwartet eine ganze Zahl von Tagen von 1 bis 36500, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 takes a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>%1 erwartet ein Datum wie 2026-01-31, nicht „%2“.</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels (200x150 to 10000x10000), not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln (200x150 bis 10000x10000), nicht „%1“.</translation>
    </message>
    <message>
        <source>--format is csv or json, not &quot;%1&quot;.</source>
        <translation>--format ist csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>--lookback-days goes with the collect command.</source>
        <translation>--lookback-days gehört zum Befehl collect.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>usage: insights chart NAME --out FILE.png|FILE.svg [--from DATE] [--to DATE] [--size WxH]; NAME is one of %1.</source>
        <translation>Aufruf: insights chart NAME --out DATEI.png|DATEI.svg [--from DATUM] [--to DATUM] [--size BxH]; NAME ist eines von %1.</translation>
    </message>
    <message>
        <source>chart needs --out FILE ending in .png or .svg.</source>
        <translation>chart braucht --out DATEI mit der Endung .png oder .svg.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>--size goes with the chart command.</source>
        <translation>--size gehört zum Befehl chart.</translation>
    </message>
    <message>
        <source>--out, --from and --to go with the chart and export commands; --size with chart.</source>
        <translation>--out, --from und --to gehören zu den Befehlen chart und export; --size zu chart.</translation>
    </message>
    <message>
        <source>--size of a sample is small or large, not &quot;%1&quot;.</source>
        <translation>--size einer Beispielsammlung ist small oder large, nicht „%1“.</translation>
    </message>
    <message>
        <source>usage: insights track OWNER/REPO|URL [--no-discover]</source>
        <translation>Aufruf: insights track OWNER/REPO|URL [--no-discover]</translation>
    </message>
    <message>
        <source>usage: insights untrack SUBJECT [--purge]</source>
        <translation>Aufruf: insights untrack OBJEKT [--purge]</translation>
    </message>
    <message>
        <source>usage: insights sample --data-dir DIR [--size small|large]</source>
        <translation>Aufruf: insights sample --data-dir VERZ [--size small|large]</translation>
    </message>
    <message>
        <source>sample needs --data-dir DIR, a directory of its own: sample data never goes into your data.</source>
        <translation>sample braucht --data-dir VERZ, ein eigenes Verzeichnis: Beispieldaten kommen nie in Ihre Daten.</translation>
    </message>
    <message>
        <source>--purge goes with &quot;insights reddit remove&quot; and &quot;insights untrack&quot;.</source>
        <translation>--purge gehört zu „insights reddit remove“ und „insights untrack“.</translation>
    </message>
    <message>
        <source>--no-discover goes with the track command.</source>
        <translation>--no-discover gehört zum Befehl track.</translation>
    </message>
    <message>
        <source>Run &quot;insights --help&quot; for the commands and options.</source>
        <translation>Rufen Sie „insights --help“ auf, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>--subject needs a repository, package or site.</source>
        <translation>--subject braucht ein Repository, Paket oder eine Website.</translation>
    </message>
    <message>
        <source>%1 takes one --subject.</source>
        <translation>%1 nimmt ein --subject.</translation>
    </message>
    <message>
        <source>usage: insights export [--format csv|json] [--out PATH] [--from DATE] [--to DATE] [--source KEY] [--subject S] [--no-personal]</source>
        <translation>Aufruf: insights export [--format csv|json] [--out PFAD] [--from DATUM] [--to DATUM] [--source SCHLÜSSEL] [--subject OBJEKT] [--no-personal]</translation>
    </message>
    <message>
        <source>--out goes with the chart and export commands; --size with chart.</source>
        <translation>--out gehört zu den Befehlen chart und export; --size zu chart.</translation>
    </message>
    <message>
        <source>chart compares two to ten different subjects.</source>
        <translation>chart vergleicht zwei bis zehn verschiedene Objekte.</translation>
    </message>
    <message>
        <source>--log goes with the chart command.</source>
        <translation>--log gehört zum Befehl chart.</translation>
    </message>
    <message>
        <source>--align takes &quot;start&quot;, not &quot;%1&quot;.</source>
        <translation>--align nimmt „start“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--align start goes with chart stars or chart pypi and two or more --subject.</source>
        <translation>--align start gehört zu chart stars oder chart pypi mit zwei oder mehr --subject.</translation>
    </message>
    <message>
        <source>--format of a digest is md or html, not &quot;%1&quot;.</source>
        <translation>--format einer Zusammenfassung ist md oder html, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format goes with the export and digest commands.</source>
        <translation>--format gehört zu den Befehlen export und digest.</translation>
    </message>
    <message>
        <source>--subject goes with the note, export, import and chart commands.</source>
        <translation>--subject gehört zu den Befehlen note, export, import und chart.</translation>
    </message>
    <message>
        <source>usage: insights digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]</source>
        <translation>Aufruf: insights digest [--from DATUM] [--to DATUM] [--format md|html] [--out PFAD]</translation>
    </message>
    <message>
        <source>--source and --no-personal go with the export command.</source>
        <translation>--source und --no-personal gehören zum Befehl export.</translation>
    </message>
    <message>
        <source>usage: insights migrate --to postgresql://USER@HOST/DATABASE|FILE.db [--merge]</source>
        <translation>Aufruf: insights migrate --to postgresql://BENUTZER@HOST/DATENBANK|DATEI.db [--merge]</translation>
    </message>
    <message>
        <source>--merge goes with the migrate command.</source>
        <translation>--merge gehört zum Befehl migrate.</translation>
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
        <translation>Aufruf: insights [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet sich das Fenster (und das Tray-Symbol).

Befehle:
  collect [QUELLE...] [--lookback-days N]  jetzt sammeln (alle aktivierten Quellen, wenn keine
                                           genannt)
  status                                   je Quelle: letzter Lauf, nächster Lauf, Zeilen,
                                           Warnungen; danach die Übersicht der letzten 30 Tage
  reddit add URL                           einen Reddit-Beitrag verfolgen (jede Link-Form, auch
                                           Teilen-Links)
  reddit list                              die verfolgten Beiträge mit ihrer neuesten Punktzahl
  reddit remove ID [--purge]               nicht mehr verfolgen (--purge: auch den Verlauf löschen)
  chart NAME --out DATEI.png|DATEI.svg [--from DATUM] [--to DATUM] [--size BxH] [--log]
        [--subject OBJEKT [--subject OBJEKT2 ...] [--align start]]
                                           das Hauptdiagramm einer Seite in eine Datei zeichnen
                                           (NAME: stars, traffic, activity, pypi, plausible,
                                           reddit); ein Objekt oder eine Linie je Objekt für
                                           mehrere (--align start: jedes ab seinem ersten Stern
                                           oder Download); --log: eine logarithmische Achse
  export [--format csv|json] [--out PFAD] [--from DATUM] [--to DATUM] [--source SCHLÜSSEL]
         [--subject OBJEKT] [--no-personal]
                                           jede gespeicherte Zeile mit Quelle, Metrik, Objekt,
                                           Element, Datum, Periode, Wert und Metadaten
                                           (standardmäßig CSV; ohne --out in die
                                           Standardausgabe), danach Ihre Notizen (Quelle
                                           insights, Metrik note); Profile der Sternvergebenden
                                           können E-Mail-Adressen enthalten: --no-personal
                                           lässt Namen, E-Mail und Ähnliches weg
  track OWNER/REPO|URL [--no-discover]     ein GitHub-Repository und die PyPI-Pakete verfolgen,
                                           die es nennen (--no-discover: nur das Repository)
  untrack OBJEKT [--purge]                 ein Repository, Paket oder eine Website nicht mehr
                                           verfolgen (--purge: auch die Daten löschen)
  sample --data-dir VERZ [--size small|large]  Beispieldaten zum Umsehen erzeugen; öffnen mit:
                                           insights --data-dir VERZ
  note add DATUM TEXT [--subject OBJEKT]   eine eigene Notiz in die Zeitleiste setzen (DATUM wie
                                           2026-01-31; ohne --subject: das ganze Projekt)
  note list [--from DATUM] [--to DATUM] [--subject OBJEKT]
                                           die Notizen: ID, Datum, Objekt, Text (--subject: seine
                                           Notizen und die des ganzen Projekts)
  note remove ID                           eine Notiz löschen
  digest [--from DATUM] [--to DATUM] [--format md|html] [--out PFAD]
                                           eine Zusammenfassung aller verfolgten Objekte: Zahlen
                                           und ihre Veränderung, stärkste Tage, neue Verweise,
                                           Top-Seiten, Releases, Meldungen und Notizen
                                           (Standard: die letzte vollständige Woche, Montag bis
                                           Sonntag; ein Datum: die Woche, die mit ihm beginnt
                                           oder endet; Markdown oder eine eigenständige
                                           HTML-Seite mit Diagrammen; ohne --out in die
                                           Standardausgabe)
  import PFAD [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]
                                           einen alten Traffic- und Sternverlauf übernehmen:
                                           den Ordner ghrs-data von github-repo-stats oder die
                                           CSV-Dateien des Lambda-Exports; füllt nur Tage, für
                                           die Insights keine Zahl hat (--subject: wessen
                                           Verlauf es ist)
  collector [--once]                       der Zeitplan ohne Fenster, für einen Server: jede
                                           Minute die fälligen Subjekte, deren Lease er bekommt
                                           (mehrere Collectors teilen sich eine Team-Datenbank);
                                           --once: eine Runde
  migrate --to postgresql://BENUTZER@HOST/DATENBANK|DATEI.db [--merge]
                                           diese Datenbank (die lokale Datei oder die Team-
                                           Datenbank aus INSIGHT_DATABASE_URL) in eine andere
                                           kopieren und Zeilen und Prüfsumme jeder Tabelle
                                           prüfen; ein Ziel mit Daten wird ohne --merge abgelehnt

Quellen: github_traffic, github_stars, github_events, pypi, plausible, reddit

Optionen:
  --data-dir VERZ  wo insights.db und settings.ini liegen (Standard: INSIGHT_DATA_DIR,
                   sonst ~/.local/share/insights)
  --help           diese Hilfe zeigen
  --version        die Version zeigen
  --               was folgt, ist keine Option (ein Notiztext, der mit „-“ beginnt)

Rückgabewert: 0 Erfolg, 1 eine Quelle ist fehlgeschlagen (die anderen liefen trotzdem; bei
collect: auch, wenn gar nichts verfolgt wird; bei status: eine Quelle schlägt fehl),
2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>usage: insights collector [--once]</source>
        <translation>Aufruf: insights collector [--once]</translation>
    </message>
    <message>
        <source>--once goes with the collector command.</source>
        <translation>--once gehört zum Befehl collector.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot create the data directory %1; check the path and its permissions.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden; prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable; check its permissions or choose another with --data-dir.</source>
        <translation>Das Datenverzeichnis %1 ist nicht beschreibbar; prüfen Sie seine Berechtigungen oder wählen Sie mit --data-dir ein anderes.</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>die Einstellung %1</translation>
    </message>
    <message>
        <source>%1 is not a usable base URL (from %2); expected something like %3</source>
        <translation>%1 ist keine brauchbare Basis-URL (aus %2); erwartet wird etwas wie %3</translation>
    </message>
</context>
<context>
    <name>ConnectionInfo</name>
    <message>
        <source>The team database did not say who Insights is logged in as: %1</source>
        <translation>Die Team-Datenbank hat nicht gesagt, als wer Insights angemeldet ist: %1</translation>
    </message>
    <message>
        <source>The team database did not say what %1 may do: %2</source>
        <translation>Die Team-Datenbank hat nicht gesagt, was %1 darf: %2</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2:%3 as %4</source>
        <translation>Verbunden mit PostgreSQL %1 auf %2:%3 als %4</translation>
    </message>
    <message>
        <source>%1. The database is empty: Insights creates its tables when it first opens it.</source>
        <translation>%1. Die Datenbank ist leer: Insights legt seine Tabellen an, wenn es sie zum ersten Mal öffnet.</translation>
    </message>
    <message>
        <source>%1. The database is empty, and %2 may not create tables: let its owner (or a collector) open it first, or grant CREATE.</source>
        <translation>%1. Die Datenbank ist leer, und %2 darf keine Tabellen anlegen: Lassen Sie zuerst ihren Eigentümer (oder einen Sammler) sie öffnen, oder gewähren Sie CREATE.</translation>
    </message>
    <message>
        <source>%1. Its Insights schema %2 is newer than this version reads (%3): update Insights.</source>
        <translation>%1. Ihr Insights-Schema %2 ist neuer, als diese Version lesen kann (%3): Aktualisieren Sie Insights.</translation>
    </message>
    <message>
        <source>reads and writes (a collector&apos;s role)</source>
        <translation>liest und schreibt (die Rolle eines Sammlers)</translation>
    </message>
    <message>
        <source>read only (a viewer)</source>
        <translation>nur lesend (ein Betrachter)</translation>
    </message>
    <message>
        <source>%1. Its Insights schema %2 is older than this version needs (%3): let a collector or the owner upgrade it.</source>
        <translation>%1. Ihr Insights-Schema %2 ist älter, als diese Version braucht (%3): Lassen Sie einen Sammler oder den Eigentümer es aktualisieren.</translation>
    </message>
    <message>
        <source>%1: Insights schema %2, %3.</source>
        <translation>%1: Insights-Schema %2, %3.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>is larger than %1 MB; this is not a file of daily figures.</source>
        <translation>ist größer als %1 MB; das ist keine Datei mit Tageszahlen.</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>is empty: it has no header line.</source>
        <translation>ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Pushes</source>
        <translation>Pushes</translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation>Pull-Requests</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Branches and tags created</source>
        <translation>Angelegte Branches und Tags</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Ereignisse nach Art</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Stars (events)</source>
        <translation>Sterne (Ereignisse)</translation>
    </message>
    <message>
        <source>Stars and forks per day</source>
        <translation>Sterne und Forks pro Tag</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Star events</source>
        <translation>Stern-Ereignisse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Git-Tag</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Fork</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation>Plausible</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>The date range is empty.</source>
        <translation>Der Zeitraum ist leer.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;.</source>
        <translation>Unbekannte Seite „%1“.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Besuchsdauer</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>visitors in a day</source>
        <translation>Besucher an einem Tag</translation>
    </message>
    <message>
        <source>Visitors and pageviews</source>
        <translation>Besucher und Seitenaufrufe</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Visit duration and bounce rate</source>
        <translation>Besuchsdauer und Absprungrate</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Average over the range, weighted by visitors.</source>
        <translation>Durchschnitt über den Zeitraum, nach Besuchern gewichtet.</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Visitors are summed over the days of the range.</source>
        <translation>Die Besucher sind über die Tage des Zeitraums summiert.</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Top-Länder</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>All downloads</source>
        <translation>Alle Downloads</translation>
    </message>
    <message>
        <source>People (pip, uv)</source>
        <translation>Menschen (pip, uv)</translation>
    </message>
    <message>
        <source>Bots and mirrors</source>
        <translation>Bots und Spiegel</translation>
    </message>
    <message>
        <source>Downloads: people and bots</source>
        <translation>Downloads: Menschen und Bots</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Share by people</source>
        <translation>Anteil von Menschen</translation>
    </message>
    <message>
        <source>Installers counted as people are listed in the rules table.</source>
        <translation>Installer, die als Menschen zählen, stehen in der Regeltabelle.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Downloads by people</source>
        <translation>Downloads von Menschen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Installers</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Dateitypen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Who counts as a person</source>
        <translation>Wer als Mensch zählt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Installers not listed (and an empty one) count as bots.</source>
        <translation>Nicht aufgeführte (und leere) Installer zählen als Bots.</translation>
    </message>
    <message>
        <source>About 97% of PyPI downloads come from mirrors, CI and bots. Only installers a person runs (pip, uv) count as people; edit the rules below to change that.</source>
        <translation>Etwa 97 % der PyPI-Downloads stammen von Spiegeln, CI und Bots. Nur Installer, die ein Mensch ausführt (pip, uv), zählen als Menschen; ändern Sie dazu die Regeln unten.</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Punkte im Verlauf</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Comments over time</source>
        <translation>Kommentare im Verlauf</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Tracked posts</source>
        <translation>Verfolgte Beiträge</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Subreddit</source>
        <translation>Subreddit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Latest score, all tracked posts.</source>
        <translation>Neueste Punktzahl aller verfolgten Beiträge.</translation>
    </message>
    <message>
        <source>New stars</source>
        <translation>Neue Sterne</translation>
    </message>
    <message>
        <source>Stars over time</source>
        <translation>Sterne im Verlauf</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>new stars in a day</source>
        <translation>neue Sterne an einem Tag</translation>
    </message>
    <message>
        <source>New stars per day</source>
        <translation>Neue Sterne pro Tag</translation>
    </message>
    <message>
        <source>Stargazers</source>
        <translation>Stargazer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stern vergeben</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>(gelöschtes Konto)</translation>
    </message>
    <message>
        <source>Top locations</source>
        <translation>Häufigste Orte</translation>
    </message>
    <message>
        <source>Top companies</source>
        <translation>Häufigste Firmen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Eindeutige Besucher</translation>
    </message>
    <message>
        <source>GitHub&apos;s top 10 for the 14 days up to %1.</source>
        <translation>Die Top 10 von GitHub für die 14 Tage bis %1.</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>Klone</translation>
    </message>
    <message>
        <source>Unique cloners</source>
        <translation>Eindeutige Kloner</translation>
    </message>
    <message>
        <source>views in a day</source>
        <translation>Aufrufe an einem Tag</translation>
    </message>
    <message>
        <source>Views and unique visitors</source>
        <translation>Aufrufe und eindeutige Besucher</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Clones and unique cloners</source>
        <translation>Klone und eindeutige Kloner</translation>
    </message>
    <message>
        <source>clones</source>
        <translation>Klone</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Popular paths</source>
        <translation>Beliebte Pfade</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Stars over time come from the stargazer list: who starred, with profiles.</source>
        <translation>Die Sterne im Zeitverlauf stammen aus der Stargazer-Liste: wer einen Stern vergeben hat, mit Profil.</translation>
    </message>
    <message>
        <source>Stars over time come from GitHub&apos;s star history: stars per day without profiles (GitHub shows who starred only to a repository&apos;s admins and collaborators, and only with a token). The curve ends at GitHub&apos;s count; stars older than the history are its starting point.</source>
        <translation>Die Sterne im Zeitverlauf stammen aus GitHubs Sternverlauf: Sterne pro Tag ohne Profile (GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden, und nur mit Token). Die Kurve endet bei GitHubs Zahl; Sterne, die älter als der Verlauf sind, bilden ihren Startwert.</translation>
    </message>
    <message>
        <source>Stars over time come from the stargazer list for %1 and from GitHub&apos;s star history (counts, no profiles) for %2.</source>
        <translation>Die Sterne im Zeitverlauf stammen für %1 aus der Stargazer-Liste und für %2 aus GitHubs Sternverlauf (Zahlen, keine Profile).</translation>
    </message>
    <message>
        <source>No stargazer profiles for %1: star counts only (see Sources).</source>
        <translation>Keine Stargazer-Profile für %1: nur Sternzahlen (siehe Quellen).</translation>
    </message>
    <message>
        <source>No activity is stored for this range.</source>
        <translation>Für diesen Zeitraum ist keine Aktivität gespeichert.</translation>
    </message>
    <message>
        <source>No Plausible figures are stored for this range.</source>
        <translation>Für diesen Zeitraum sind keine Plausible-Zahlen gespeichert.</translation>
    </message>
    <message>
        <source>No downloads are stored for this range.</source>
        <translation>Für diesen Zeitraum sind keine Downloads gespeichert.</translation>
    </message>
    <message>
        <source>No Reddit posts are tracked.</source>
        <translation>Es werden keine Reddit-Beiträge verfolgt.</translation>
    </message>
    <message>
        <source>No stars are stored for this range.</source>
        <translation>Für diesen Zeitraum sind keine Sterne gespeichert.</translation>
    </message>
    <message>
        <source>No traffic is stored for this range.</source>
        <translation>Für diesen Zeitraum ist kein Traffic gespeichert.</translation>
    </message>
    <message>
        <source>The newest %L1 of the range.</source>
        <translation>Die neuesten %L1 des Zeitraums.</translation>
    </message>
    <message>
        <source>People per day</source>
        <translation>Menschen pro Tag</translation>
    </message>
    <message>
        <source>Visitors (days added up)</source>
        <translation>Besucher (Tage addiert)</translation>
    </message>
    <message>
        <source>Each day&apos;s visitors added up over the range: someone who comes back on another day is counted again.</source>
        <translation>Die Besucher jedes Tages über den Zeitraum addiert: Wer an einem anderen Tag wiederkommt, wird erneut gezählt.</translation>
    </message>
    <message>
        <source>Each day&apos;s figure added up over the range: someone who comes back on another day is counted again.</source>
        <translation>Die Zahl jedes Tages über den Zeitraum addiert: Wer an einem anderen Tag wiederkommt, wird erneut gezählt.</translation>
    </message>
    <message>
        <source>Unique visitors (days added up)</source>
        <translation>Eindeutige Besucher (Tage addiert)</translation>
    </message>
    <message>
        <source>Unique cloners (days added up)</source>
        <translation>Eindeutige Kloner (Tage addiert)</translation>
    </message>
    <message>
        <source>Unique visitors, 14 days to %1</source>
        <translation>Eindeutige Besucher, 14 Tage bis %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s own count of people for these 14 days: the only true one.</source>
        <translation>GitHubs eigene Zählung der Personen in diesen 14 Tagen: die einzig wahre.</translation>
    </message>
    <message>
        <source>In the 14 days to %1, GitHub counted %2 unique visitors; the same 14 days&apos; daily figures add up to %3, because a visitor who comes back on another day is counted again.</source>
        <translation>In den 14 Tagen bis %1 zählte GitHub %2 eindeutige Besucher; die Tageszahlen derselben 14 Tage ergeben zusammen %3, weil ein Besucher, der an einem anderen Tag wiederkommt, erneut gezählt wird.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; of the %2 page cannot be extended.</source>
        <translation>Die Tabelle „%1“ der Seite %2 lässt sich nicht erweitern.</translation>
    </message>
    <message>
        <source>The newest %L1 of the %L2 stargazers of the range matching “%3”.</source>
        <translation>Die neuesten %L1 der %L2 Stargazer des Zeitraums, die „%3“ enthalten.</translation>
    </message>
    <message>
        <source>Every stargazer of the range matching “%1”.</source>
        <translation>Alle Stargazer des Zeitraums, die „%1“ enthalten.</translation>
    </message>
    <message>
        <source>The newest %L1 of %L2 stargazers of the range are listed; load more, or search them all.</source>
        <translation>Die neuesten %L1 von %L2 Stargazern des Zeitraums sind aufgeführt; laden Sie weitere oder durchsuchen Sie alle.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>am Vortag</translation>
    </message>
    <message>
        <source>your note “%1” %2</source>
        <translation>Ihre Notiz „%1“ %2</translation>
    </message>
    <message>
        <source>Most new stars in a day: %1</source>
        <translation>Meiste neue Sterne an einem Tag: %1</translation>
    </message>
    <message>
        <source>Most views in a day: %1</source>
        <translation>Meiste Aufrufe an einem Tag: %1</translation>
    </message>
    <message>
        <source>Most downloads by people in a day: %1</source>
        <translation>Meiste Downloads durch Menschen an einem Tag: %1</translation>
    </message>
    <message>
        <source>Most visitors in a day: %1</source>
        <translation>Meiste Besucher an einem Tag: %1</translation>
    </message>
    <message>
        <source>Score of the newest post</source>
        <translation>Punktzahl des neuesten Beitrags</translation>
    </message>
    <message>
        <source>Nothing is tracked yet.</source>
        <translation>Es wird noch nichts verfolgt.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Höhepunkte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Wahrscheinlicher Grund</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>whole project</source>
        <translation>ganzes Projekt</translation>
    </message>
    <message>
        <source>Right-click a day on any chart to add a note; right-click a note here to change or remove it.</source>
        <translation>Rechtsklick auf einen Tag in einem Diagramm fügt eine Notiz hinzu; Rechtsklick auf eine Notiz hier ändert oder löscht sie.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1, gesamt</translation>
    </message>
    <message>
        <source>Share by people, trailing 7 days</source>
        <translation>Anteil durch Menschen, gleitende 7 Tage</translation>
    </message>
    <message>
        <source>new referrer %1 that day</source>
        <translation>neuer Verweis %1 an diesem Tag</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>+%1 pp</source>
        <translation>+%1 Pp.</translation>
    </message>
    <message>
        <source>−%1 pp</source>
        <translation>−%1 Pp.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Spikes and new referrers, by the rules in Settings → Alerts.</source>
        <translation>Ausreißer und neue Verweise, nach den Regeln in Einstellungen → Meldungen.</translation>
    </message>
    <message>
        <source>Python versions</source>
        <translation>Python-Versionen</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Insights database (%2). Move it aside or choose another data directory.</source>
        <translation>%1 ist keine lesbare Insights-Datenbank (%2). Verschieben Sie sie oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>sie ist keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read and cannot be moved aside (%2). Move it yourself or choose another data directory.</source>
        <translation>%1 ist nicht lesbar und lässt sich nicht beiseitelegen (%2). Verschieben Sie sie selbst oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>The database %1 could not be read (%2). It was moved to %3, unchanged, and a new database was started; nothing was deleted.</source>
        <translation>Die Datenbank %1 war nicht lesbar (%2). Sie wurde unverändert nach %3 verschoben, und eine neue Datenbank wurde angelegt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Insights cannot talk to PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Insights kann nicht mit PostgreSQL sprechen: Qts PostgreSQL-Treiber ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database at %1 refused the password of %2. Check the password (keychain, INSIGHT_DATABASE_PASSWORD or the URL).</source>
        <translation>Die Team-Datenbank auf %1 hat das Passwort von %2 abgelehnt. Prüfen Sie das Passwort (Schlüsselbund, INSIGHT_DATABASE_PASSWORD oder die URL).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Create it (CREATE DATABASE %1) or correct the URL.</source>
        <translation>Die Datenbank „%1“ gibt es auf %2 nicht. Legen Sie sie an (CREATE DATABASE %1) oder korrigieren Sie die URL.</translation>
    </message>
    <message>
        <source>The team database at %1 has no role &quot;%2&quot;. Create it (docs/team.md) or correct the URL.</source>
        <translation>Die Team-Datenbank auf %1 hat keine Rolle „%2“. Legen Sie sie an (docs/team.md) oder korrigieren Sie die URL.</translation>
    </message>
    <message>
        <source>The team database at %1 did not answer within %2 s. Check the address and that the server is running.</source>
        <translation>Die Team-Datenbank auf %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot reach the team database at %1: %2</source>
        <translation>Die Team-Datenbank auf %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message numerus="yes">
        <source>The target already holds %n rows of data. Nothing was copied; add --merge to add this history to it (rows it has are kept).</source>
        <translation>
            <numerusform>Das Ziel enthält bereits %n Datenzeile. Nichts wurde kopiert; mit --merge wird dieser Verlauf hinzugefügt (vorhandene Zeilen bleiben).</numerusform>
            <numerusform>Das Ziel enthält bereits %n Datenzeilen. Nichts wurde kopiert; mit --merge wird dieser Verlauf hinzugefügt (vorhandene Zeilen bleiben).</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge into %1 holds %2 rows, fewer than the %3 copied from; nothing was changed.</source>
        <translation>Nach dem Zusammenführen hat %1 %2 Zeilen, weniger als die %3 der Quelle; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2 rows, checksum %3; copied %4 rows, checksum %5). Nothing was changed.</source>
        <translation>Die Kopie von %1 stimmt nicht überein (%2 Zeilen, Prüfsumme %3; kopiert %4 Zeilen, Prüfsumme %5). Nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The database URL cannot be read: %1</source>
        <translation>Die Datenbank-URL ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1: only postgresql:// URLs (or a file path) can name a database.</source>
        <translation>%1: Eine Datenbank kann nur mit einer postgresql://-URL (oder einem Dateipfad) angegeben werden.</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535.</source>
        <translation>%1: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the host, as in postgresql://insights@db.example.org/insights.</source>
        <translation>%1 nennt keine Datenbank: Fügen Sie sie nach dem Host an, etwa postgresql://insights@db.example.org/insights.</translation>
    </message>
    <message>
        <source>%1 names no user: add it before the host, as in postgresql://insights@%2/%3.</source>
        <translation>%1 nennt keinen Benutzer: Setzen Sie ihn vor den Host, etwa postgresql://insights@%2/%3.</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1: sslmode muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1: connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation>%1: connect_timeout muss eine Zahl von Sekunden von 1 bis 600 sein.</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is not understood (known: sslmode, connect_timeout).</source>
        <translation>%1: Die Option „%2“ ist unbekannt (bekannt: sslmode, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DateRanges</name>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener…</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>A digest needs a period whose first day is not after its last.</source>
        <translation>Eine Zusammenfassung braucht einen Zeitraum, dessen erster Tag nicht nach seinem letzten liegt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2 views, %3 unique)</source>
        <translation>%1 (%2 Aufrufe, %3 eindeutige)</translation>
    </message>
    <message>
        <source>%1 (%2 visitors, %3 pageviews)</source>
        <translation>%1 (%2 Besucher, %3 Seitenaufrufe)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Biggest days:</source>
        <translation>Stärkste Tage:</translation>
    </message>
    <message>
        <source>Releases and posts:</source>
        <translation>Releases und Beiträge:</translation>
    </message>
    <message>
        <source>New in GitHub&apos;s top 10 referrers:</source>
        <translation>Neu unter GitHubs Top-10-Verweisen:</translation>
    </message>
    <message>
        <source>Popular paths (GitHub&apos;s 14 days to the period&apos;s end):</source>
        <translation>Beliebte Pfade (GitHubs 14 Tage bis zum Ende des Zeitraums):</translation>
    </message>
    <message>
        <source>Top pages:</source>
        <translation>Top-Seiten:</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Insights digest, %1</source>
        <translation>Insights-Zusammenfassung, %1</translation>
    </message>
    <message>
        <source>Changes are against %1.</source>
        <translation>Veränderungen gegenüber %1.</translation>
    </message>
    <message>
        <source>Nothing is tracked yet.</source>
        <translation>Es wird noch nichts verfolgt.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
</context>
<context>
    <name>DigestCommand</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing is tracked, so there is nothing to digest. Run: insights track OWNER/REPO</source>
        <translation>Es wird nichts verfolgt, daher gibt es nichts zusammenzufassen. Rufen Sie auf: insights track OWNER/REPO</translation>
    </message>
    <message>
        <source>Nothing is stored for %1 to %2; no digest was written.</source>
        <translation>Für %1 bis %2 ist nichts gespeichert; es wurde keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>Digest of %1 to %2 written to %3.</source>
        <translation>Zusammenfassung für %1 bis %2 nach %3 geschrieben.</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Your stars per day and in total, who starred and when, with releases and Reddit posts marked on the timeline.</source>
        <translation>Ihre Sterne pro Tag und insgesamt, wer wann einen Stern vergab, mit Releases und Reddit-Beiträgen auf der Zeitachse.</translation>
    </message>
    <message>
        <source>Views and clones per day, unique visitors, and where visitors come from — kept for good, while GitHub deletes them after 14 days.</source>
        <translation>Aufrufe und Klone pro Tag, eindeutige Besucher und woher sie kommen — dauerhaft aufbewahrt, während GitHub sie nach 14 Tagen löscht.</translation>
    </message>
    <message>
        <source>Pushes, issues, pull requests, reviews, forks and releases per day, from GitHub&apos;s public event archive.</source>
        <translation>Pushes, Issues, Pull-Requests, Reviews, Forks und Releases pro Tag, aus GitHubs öffentlichem Ereignisarchiv.</translation>
    </message>
    <message>
        <source>Downloads per day, split into people and mirrors or bots, with versions, countries and installers.</source>
        <translation>Downloads pro Tag, aufgeteilt in Menschen und Spiegel oder Bots, mit Versionen, Ländern und Installern.</translation>
    </message>
    <message>
        <source>Your website&apos;s visitors, pageviews, bounce rate and visit duration, top pages and countries.</source>
        <translation>Besucher, Seitenaufrufe, Absprungrate und Besuchsdauer Ihrer Website, die meistbesuchten Seiten und Länder.</translation>
    </message>
    <message>
        <source>Score and comments of the Reddit posts about your project, hour by hour.</source>
        <translation>Punktzahl und Kommentare der Reddit-Beiträge über Ihr Projekt, Stunde für Stunde.</translation>
    </message>
    <message>
        <source>No Reddit posts tracked yet</source>
        <translation>Noch keine Reddit-Beiträge verfolgt</translation>
    </message>
    <message>
        <source>Paste the link of a post about your project above.</source>
        <translation>Fügen Sie oben den Link eines Beitrags über Ihr Projekt ein.</translation>
    </message>
    <message>
        <source>No website tracked yet</source>
        <translation>Noch keine Website verfolgt</translation>
    </message>
    <message>
        <source>Add your site&apos;s domain and a Plausible Stats API key.</source>
        <translation>Fügen Sie die Domain Ihrer Website und einen Plausible-Stats-API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Add a site…</source>
        <translation>Website hinzufügen…</translation>
    </message>
    <message>
        <source>No PyPI package tracked yet</source>
        <translation>Noch kein PyPI-Paket verfolgt</translation>
    </message>
    <message>
        <source>Add the packages your project publishes.</source>
        <translation>Fügen Sie die Pakete hinzu, die Ihr Projekt veröffentlicht.</translation>
    </message>
    <message>
        <source>Add a package…</source>
        <translation>Paket hinzufügen…</translation>
    </message>
    <message>
        <source>No repository tracked yet</source>
        <translation>Noch kein Repository verfolgt</translation>
    </message>
    <message>
        <source>Add your repository…</source>
        <translation>Ihr Repository hinzufügen…</translation>
    </message>
    <message>
        <source>Traffic needs a GitHub token</source>
        <translation>Traffic braucht ein GitHub-Token</translation>
    </message>
    <message>
        <source>Plausible needs an API key</source>
        <translation>Plausible braucht einen API-Schlüssel</translation>
    </message>
    <message>
        <source>GitHub shows traffic only to people with push access, through a token.</source>
        <translation>GitHub zeigt Traffic nur Personen mit Schreibzugriff, über ein Token.</translation>
    </message>
    <message>
        <source>Plausible answers with a Stats API key of your account.</source>
        <translation>Plausible antwortet mit einem Stats-API-Schlüssel Ihres Kontos.</translation>
    </message>
    <message>
        <source>Add a GitHub token…</source>
        <translation>GitHub-Token hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Plausible key…</source>
        <translation>Plausible-Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>The last collection failed</source>
        <translation>Das letzte Sammeln ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Sammle…</translation>
    </message>
    <message>
        <source>This page fills as soon as its data is stored.</source>
        <translation>Diese Seite füllt sich, sobald ihre Daten gespeichert sind.</translation>
    </message>
    <message>
        <source>Not collected yet</source>
        <translation>Noch nicht gesammelt</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt sammeln</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Data is stored from %1 on, but not for these days.</source>
        <translation>Daten sind ab %1 gespeichert, aber nicht für diese Tage.</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Gesamten Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Nothing stored yet</source>
        <translation>Noch nichts gespeichert</translation>
    </message>
    <message>
        <source>The last collection found nothing to store for what is tracked.</source>
        <translation>Das letzte Sammeln fand für das Verfolgte nichts zu speichern.</translation>
    </message>
    <message>
        <source>The team has collected nothing for this page yet</source>
        <translation>Das Team hat für diese Seite noch nichts gesammelt</translation>
    </message>
    <message>
        <source>It fills as soon as one of the team&apos;s collectors stores its first figures.</source>
        <translation>Sie füllt sich, sobald einer der Sammler des Teams seine ersten Zahlen speichert.</translation>
    </message>
</context>
<context>
    <name>GitHubApi</name>
    <message>
        <source>github_events %1: GitHub&apos;s list of %2 did not end after %3 pages.</source>
        <translation>github_events %1: GitHubs Liste der %2 endete nicht nach %3 Seiten.</translation>
    </message>
    <message>
        <source>github_events %1: GitHub&apos;s list of %2 could not be read%3.</source>
        <translation>github_events %1: GitHubs Liste der %2 war nicht lesbar%3.</translation>
    </message>
    <message>
        <source>%1: the token may not read %2%3. GitHub shows traffic only to people with push access: use a classic token with the &quot;repo&quot; scope, or a fine-grained token with the repository permission &quot;Administration: read&quot; for this repository.</source>
        <translation>%1: Das Token darf %2 nicht lesen%3. GitHub zeigt Zugriffe nur Personen mit Push-Zugriff: Verwenden Sie ein klassisches Token mit dem Scope „repo“ oder ein fein abgestuftes Token mit der Repository-Berechtigung „Administration: read“ für dieses Repository.</translation>
    </message>
    <message>
        <source>%1: GitHub refused access to %2 (HTTP 403)%3.</source>
        <translation>%1: GitHub hat den Zugriff auf %2 verweigert (HTTP 403)%3.</translation>
    </message>
    <message>
        <source>%1: GitHub does not know %2, or the token cannot see it (HTTP 404). Check the name (owner/repo) and the token&apos;s access.</source>
        <translation>%1: GitHub kennt %2 nicht, oder das Token sieht es nicht (HTTP 404). Prüfen Sie den Namen (owner/repo) und den Zugriff des Tokens.</translation>
    </message>
    <message>
        <source>%1: GitHub answered HTTP %2 for %3%4.</source>
        <translation>%1: GitHub antwortete mit HTTP %2 für %3%4.</translation>
    </message>
    <message>
        <source>%1 %2: GitHub pointed to another server (%3); not following it with the token.</source>
        <translation>%1 %2: GitHub verwies auf einen anderen Server (%3); dem wird mit dem Token nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1: no GitHub token (%2). Add one in Settings.</source>
        <translation>%1: kein GitHub-Token (%2). Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1: GitHub rejected the token (HTTP 401)%2. Create a new token and save it in Settings.</source>
        <translation>%1: GitHub hat das Token abgelehnt (HTTP 401)%2. Erstellen Sie ein neues Token und speichern Sie es in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>GitHubEvents</name>
    <message>
        <source>%1 %2: reading releases from GitHub</source>
        <translation>%1 %2: Releases werden von GitHub gelesen</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>%1 %2: reading forks from GitHub</source>
        <translation>%1 %2: Forks werden von GitHub gelesen</translation>
    </message>
    <message>
        <source>forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation>%1: „%2“ ist kein Repository-Name; verwenden Sie die Form owner/repo.</translation>
    </message>
    <message>
        <source>events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n fork(s) in GitHub&apos;s list have no creation date or owner and are left out.</source>
        <translation>
            <numerusform>%1 %2: %n Fork in der Liste von GitHub hat kein Erstellungsdatum oder keinen Eigentümer und bleibt außen vor.</numerusform>
            <numerusform>%1 %2: %n Forks in der Liste von GitHub haben kein Erstellungsdatum oder keinen Eigentümer und bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 ClickHouse queries are left this hour (shared with pypi).</source>
        <translation>%1: %2 von %3 ClickHouse-Anfragen sind in dieser Stunde übrig (gemeinsam mit pypi).</translation>
    </message>
    <message>
        <source>%1 %2: looking up the repository&apos;s id</source>
        <translation>%1 %2: die ID des Repositorys wird nachgeschlagen</translation>
    </message>
    <message>
        <source>the repository&apos;s id</source>
        <translation>die ID des Repositorys</translation>
    </message>
    <message>
        <source>%1 %2: the GitHub events dataset knows no repository named &quot;%2&quot; (github.repo_name_to_id). Check the name as GitHub shows it, capitals included; a repository without public events has no data there.</source>
        <translation>%1 %2: Der Datensatz der GitHub-Ereignisse kennt kein Repository namens „%2“ (github.repo_name_to_id). Prüfen Sie den Namen so, wie GitHub ihn zeigt, samt Großbuchstaben; ein Repository ohne öffentliche Ereignisse hat dort keine Daten.</translation>
    </message>
    <message>
        <source>%1: reading events per day, %2 to %3</source>
        <translation>%1: Ereignisse pro Tag werden gelesen, %2 bis %3</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s events per day have a row without a day; nothing was stored.</source>
        <translation>%1: Die Ereignisse pro Tag von ClickHouse haben eine Zeile ohne Tag; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: storing %2 days, %3 more ClickHouse queries for releases and forks (%4 left this hour)</source>
        <translation>%1: %2 Tage werden gespeichert, %3 weitere ClickHouse-Anfragen für Releases und Forks (%4 in dieser Stunde übrig)</translation>
    </message>
    <message>
        <source>releases and forks of %1 to %2</source>
        <translation>Releases und Forks von %1 bis %2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row outside it; nothing of it was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 hat eine Zeile außerhalb davon; davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The GitHub events dataset has no event of %1 since %2; no days were stored.</source>
        <translation>Der Datensatz der GitHub-Ereignisse hat seit %2 kein Ereignis von %1; es wurden keine Tage gespeichert.</translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation>es werden keine Repositories verfolgt; fügen Sie owner/repo in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>GitHubStars</name>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation>%1: „%2“ ist kein Repository-Name; verwenden Sie die Form owner/repo.</translation>
    </message>
    <message>
        <source>This GitHub server has no GraphQL API, so stars are read through REST: one request per new stargazer for the profile.</source>
        <translation>Dieser GitHub-Server hat keine GraphQL-API, daher werden Sterne über REST gelesen: eine Anfrage pro neuem Stargazer für das Profil.</translation>
    </message>
    <message>
        <source>%1: the GitHub token could not be read (%2), so star counts only (stars per day and the total); profiles need the token.</source>
        <translation>%1: Das GitHub-Token konnte nicht gelesen werden (%2), daher nur Sternzahlen (Sterne pro Tag und die Gesamtzahl); Profile brauchen das Token.</translation>
    </message>
    <message numerus="yes">
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators, and this token is neither (%2). Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day(s).</source>
        <translation>
            <numerusform>%1: nur Sternzahlen — GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden, und dieses Token gehört zu keinem von beiden (%2). Die Sterne pro Tag stammen aus GitHubs Sternverlauf; die Liste wird in %n Tag erneut abgefragt.</numerusform>
            <numerusform>%1: nur Sternzahlen — GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden, und dieses Token gehört zu keinem von beiden (%2). Die Sterne pro Tag stammen aus GitHubs Sternverlauf; die Liste wird in %n Tagen erneut abgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the star count</source>
        <translation>%1: Sternzahl wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators: it listed no stargazer of %2. Stars per day come from GitHub&apos;s star history; the list is asked for again in %n day(s).</source>
        <translation>
            <numerusform>%1: nur Sternzahlen — GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden: Es hat keinen der %2 Stargazer aufgelistet. Die Sterne pro Tag stammen aus GitHubs Sternverlauf; die Liste wird in %n Tag erneut abgefragt.</numerusform>
            <numerusform>%1: nur Sternzahlen — GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden: Es hat keinen der %2 Stargazer aufgelistet. Die Sterne pro Tag stammen aus GitHubs Sternverlauf; die Liste wird in %n Tagen erneut abgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the star history</source>
        <translation>%1: Sternverlauf wird gelesen</translation>
    </message>
    <message>
        <source>%1: this GitHub server has no star history (HTTP 404), so only the total is recorded.</source>
        <translation>%1: Dieser GitHub-Server hat keinen Sternverlauf (HTTP 404), daher wird nur die Gesamtzahl erfasst.</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history goes back %2 weeks; the stars before them are the starting point of the curve.</source>
        <translation>%1: GitHubs Sternverlauf reicht %2 Wochen zurück; die Sterne davor sind der Startwert der Kurve.</translation>
    </message>
    <message>
        <source>%1: GitHub failed %2 runs in a row at the same page of older stars (%3); the stars older than that page are left for the weekly full walk.</source>
        <translation>%1: GitHub ist %2 Läufe hintereinander an derselben Seite älterer Sterne gescheitert (%3); die Sterne vor dieser Seite bleiben dem wöchentlichen vollständigen Durchgang überlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: GitHub could not give %n star(s) during the full walk; unstars are checked at the next one.</source>
        <translation>
            <numerusform>%1: GitHub konnte beim vollständigen Durchgang %n Stern nicht liefern; zurückgenommene Sterne werden beim nächsten geprüft.</numerusform>
            <numerusform>%1: GitHub konnte beim vollständigen Durchgang %n Sterne nicht liefern; zurückgenommene Sterne werden beim nächsten geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GitHub could not give some stars of a page (%2); they are asked again at the next run</source>
        <translation>%1: GitHub konnte einige Sterne einer Seite nicht liefern (%2); sie werden beim nächsten Lauf erneut abgefragt</translation>
    </message>
    <message numerus="yes">
        <source>%1: GitHub failed %n star(s) of one page %2 times in a row (%3); they are left for the weekly full walk.</source>
        <translation>
            <numerusform>%1: GitHub konnte %n Stern einer Seite %2-mal hintereinander nicht liefern (%3); er bleibt dem wöchentlichen vollständigen Durchgang überlassen.</numerusform>
            <numerusform>%1: GitHub konnte %n Sterne einer Seite %2-mal hintereinander nicht liefern (%3); sie bleiben dem wöchentlichen vollständigen Durchgang überlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation>es werden keine Repositories verfolgt; fügen Sie owner/repo in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1: no GitHub token, so star counts only (stars per day and the total). Who starred, with profiles, needs a token (any scope): add one in Settings.</source>
        <translation>%1: kein GitHub-Token, daher nur Sternzahlen (Sterne pro Tag und insgesamt). Wer einen Stern vergab, mit Profilen, braucht ein Token (beliebiger Scope): Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>GitHubTraffic</name>
    <message>
        <source>%1: &quot;%2&quot; is not a repository name; use the form owner/repo.</source>
        <translation>%1: „%2“ ist kein Repository-Name; verwenden Sie die Form owner/repo.</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s %2 answer could not be read (%3); nothing was stored for this repository.</source>
        <translation>%1: GitHubs Antwort zu %2 war nicht lesbar (%3); für dieses Repository wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation>Zugriffe %1</translation>
    </message>
    <message>
        <source>%1: reading %2</source>
        <translation>%1: %2 wird gelesen</translation>
    </message>
    <message>
        <source>popular %1s</source>
        <translation>beliebte %1</translation>
    </message>
    <message>
        <source>%1: reading repository counters</source>
        <translation>%1: Repository-Zähler werden gelesen</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>no repositories are tracked; add owner/repo in Settings.</source>
        <translation>es werden keine Repositories verfolgt; fügen Sie owner/repo in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>GitHub shows traffic only to people with push access</source>
        <translation>GitHub zeigt Traffic nur Personen mit Schreibzugriff</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>the header is &quot;%1&quot;; this file must begin with &quot;%2&quot;.</source>
        <translation>die Kopfzeile ist „%1“; diese Datei muss mit „%2“ beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1.</source>
        <translation>
            <numerusform>%n Feld, aber die Kopfzeile hat %1.</numerusform>
            <numerusform>%n Felder, aber die Kopfzeile hat %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a whole number of 0 or more.</source>
        <translation>%1 ist „%2“, keine ganze Zahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a time like 2024-01-31 00:00:00+00:00.</source>
        <translation>%1 ist „%2“, keine Zeitangabe wie 2024-01-31 00:00:00+00:00.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2 UTC).</source>
        <translation>%1 liegt in der Zukunft (heute ist %2 UTC).</translation>
    </message>
    <message>
        <source>a second row for %1 (the first is on line %2).</source>
        <translation>eine zweite Zeile für %1 (die erste steht in Zeile %2).</translation>
    </message>
    <message>
        <source>says no date: import it together with views_clones_stars.csv from the same export, whose newest day is the day of these top paths.</source>
        <translation>nennt kein Datum: Importieren Sie sie zusammen mit views_clones_stars.csv aus demselben Export, dessen neuester Tag der Tag dieser Top-Pfade ist.</translation>
    </message>
    <message>
        <source>path is empty.</source>
        <translation>path ist leer.</translation>
    </message>
    <message>
        <source>the name must begin with the snapshot&apos;s time, like 2024-01-31_120000%1.</source>
        <translation>der Name muss mit der Zeit des Snapshots beginnen, etwa 2024-01-31_120000%1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 holds no file Insights can import%2: it looks for github-repo-stats&apos; ghrs-data folder (views_clones_aggregate.csv, stargazers.csv, forks.csv, snapshots/) or the Lambda export&apos;s views_clones_stars.csv and top_paths.csv.</source>
        <translation>%1 enthält keine Datei, die Insights%2 importieren kann: Insights sucht den Ordner ghrs-data von github-repo-stats (views_clones_aggregate.csv, stargazers.csv, forks.csv, snapshots/) oder views_clones_stars.csv und top_paths.csv des Lambda-Exports.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>%1 is not a file Insights can import: neither its name nor its header is one that github-repo-stats or the Lambda export writes.</source>
        <translation>%1 ist keine Datei, die Insights importieren kann: Weder ihr Name noch ihre Kopfzeile entspricht dem, was github-repo-stats oder der Lambda-Export schreibt.</translation>
    </message>
    <message>
        <source>%1 is a %2 file, not %3.</source>
        <translation>%1 ist eine %2-Datei, nicht %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds files of both github-repo-stats and the Lambda export; pass --format repo-stats or --format lambda-csv.</source>
        <translation>%1 enthält Dateien sowohl von github-repo-stats als auch vom Lambda-Export; geben Sie --format repo-stats oder --format lambda-csv an.</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>Insights already holds the stars of %1 from GitHub (the stargazer list or GitHub&apos;s star history), which count every star that still stands; the imported counts went to stars_total only.</source>
        <translation>Insights hat die Sterne von %1 bereits von GitHub (aus der Stargazer-Liste oder GitHubs Sternverlauf), und diese zählen jeden Stern, der noch besteht; die importierten Zahlen gingen nur in stars_total ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name; use the form owner/repo.</source>
        <translation>„%1“ ist kein Repository-Name; verwenden Sie die Form owner/repo.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1: %2; waiting %3 s</source>
        <translation>%1: %2; warte %3 s</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MiB; refusing it</source>
        <translation>die Antwort von %1 ist größer als %2 MiB; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2); check the network and the base URL</source>
        <translation>%1 ist nicht erreichbar (%2); prüfen Sie das Netzwerk und die Basis-URL</translation>
    </message>
    <message>
        <source>the connection to %1 closed before the answer was complete</source>
        <translation>die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>refusing to send a token to %1 over plain HTTP; use an https:// URL</source>
        <translation>ein Token wird nicht unverschlüsselt per HTTP an %1 gesendet; verwenden Sie eine https://-URL</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>redirect to an invalid address</source>
        <translation>Weiterleitung an eine ungültige Adresse</translation>
    </message>
    <message>
        <source>the API rate limit is used up; next try after %1</source>
        <translation>das API-Kontingent ist aufgebraucht; nächster Versuch nach %1</translation>
    </message>
    <message>
        <source>rate limit used up</source>
        <translation>Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>rate limited by %1 (%2); next try after %3</source>
        <translation>von %1 gebremst (%2); nächster Versuch nach %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 times; the service may be down, try again later</source>
        <translation>%1 antwortete %3-mal mit HTTP %2; der Dienst ist vielleicht ausgefallen, versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a timeout</source>
        <translation>einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>a connection failure</source>
        <translation>einem Verbindungsfehler</translation>
    </message>
    <message>
        <source>retrying after %1</source>
        <translation>neuer Versuch nach %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>usage: insights import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]</source>
        <translation>Aufruf: insights import PFAD [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>  %1: not imported. %2</source>
        <translation>  %1: nicht importiert. %2</translation>
    </message>
    <message>
        <source>nothing added</source>
        <translation>nichts hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added (%1)</source>
        <translation>
            <numerusform>%n Tag hinzugefügt (%1)</numerusform>
            <numerusform>%n Tage hinzugefügt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped, a collected figure exists: %1</source>
        <translation>
            <numerusform>%n Tag übersprungen, eine gesammelte Zahl ist vorhanden: %1</numerusform>
            <numerusform>%n Tage übersprungen, eine gesammelte Zahl ist vorhanden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before</source>
        <translation>
            <numerusform>%n Tag bereits früher importiert</numerusform>
            <numerusform>%n Tage bereits früher importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder suggests %1, which is not tracked; pass --subject OWNER/REPO to say whose history this is.</source>
        <translation>Der Ordner deutet auf %1 hin, das nicht verfolgt wird; geben Sie mit --subject OWNER/REPO an, wessen Verlauf das ist.</translation>
    </message>
    <message>
        <source>These files do not name their repository; pass --subject OWNER/REPO.</source>
        <translation>Diese Dateien nennen ihr Repository nicht; geben Sie --subject OWNER/REPO an.</translation>
    </message>
    <message>
        <source>--format of an import is auto, repo-stats or lambda-csv, not &quot;%1&quot;.</source>
        <translation>--format eines Imports ist auto, repo-stats oder lambda-csv, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>--subject: %1</source>
        <translation>--subject: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 history into %2 from %n file(s):</source>
        <translation>
            <numerusform>Verlauf von %1 aus %n Datei in %2 importiert:</numerusform>
            <numerusform>Verlauf von %1 aus %n Dateien in %2 importiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: every day in these files is already stored.</source>
        <translation>Nichts wurde hinzugefügt: Jeder Tag in diesen Dateien ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>The Stars page draws the imported stars per day until Insights collects the stars of %1 from GitHub, which then replace them.</source>
        <translation>Die Seite Sterne zeigt die importierten Sterne pro Tag, bis Insights die Sterne von %1 von GitHub sammelt, die sie dann ersetzen.</translation>
    </message>
    <message>
        <source>Left alone (nothing Insights imports): %1</source>
        <translation>Nicht angerührt (nichts, was Insights importiert): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not tracked, so nothing new is collected for it; to start: insights track %1</source>
        <translation>%1 wird nicht verfolgt, daher wird dafür nichts Neues gesammelt; zum Starten: insights track %1</translation>
    </message>
</context>
<context>
    <name>MetricExporter</name>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Unbekannte Quelle „%1“.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export could not be read from the team database (%1): %2</source>
        <translation>Der Export konnte nicht aus der Team-Datenbank gelesen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 is the database this copies from; name another with --to.</source>
        <translation>Aus %1 wird kopiert; nennen Sie mit --to eine andere Datenbank.</translation>
    </message>
    <message>
        <source>There is no database at %1 to copy from.</source>
        <translation>Unter %1 gibt es keine Datenbank, aus der kopiert werden kann.</translation>
    </message>
    <message>
        <source>Copying %1 into %2 …</source>
        <translation>%1 wird nach %2 kopiert …</translation>
    </message>
    <message>
        <source>%1: %2 rows added; %3 rows there now (%4 in the copy&apos;s source)</source>
        <translation>%1: %2 Zeilen hinzugefügt; jetzt %3 Zeilen (%4 in der Quelle)</translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3, equal on both sides</source>
        <translation>%1: %2 Zeilen, Prüfsumme %3, auf beiden Seiten gleich</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>In %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Copied into %1 and verified.</source>
        <translation>Nach %1 kopiert und geprüft.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database was written by a newer Insights (schema %1, this build knows %2). Update Insights; the file was not changed.</source>
        <translation>Die Datenbank wurde von einem neueren Insights geschrieben (Schema %1, diese Version kennt %2). Aktualisieren Sie Insights; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>usage: insights note add DATE TEXT [--subject S]</source>
        <translation>Aufruf: insights note add DATUM TEXT [--subject OBJEKT]</translation>
    </message>
    <message>
        <source>usage: insights note list [--from DATE] [--to DATE] [--subject S]</source>
        <translation>Aufruf: insights note list [--from DATUM] [--to DATUM] [--subject OBJEKT]</translation>
    </message>
    <message>
        <source>usage: insights note remove ID</source>
        <translation>Aufruf: insights note remove ID</translation>
    </message>
    <message>
        <source>DATE takes a date like 2026-01-31, not &quot;%1&quot;.</source>
        <translation>DATUM ist ein Datum wie 2026-01-31, nicht „%1“.</translation>
    </message>
    <message>
        <source>note %1 added</source>
        <translation>Notiz %1 hinzugefügt</translation>
    </message>
    <message>
        <source>No notes. Add one with: insights note add DATE TEXT</source>
        <translation>Keine Notizen. Fügen Sie eine hinzu mit: insights note add DATUM TEXT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note ID: IDs are the numbers &quot;insights note list&quot; shows.</source>
        <translation>„%1“ ist keine Notiz-ID: IDs sind die Zahlen, die „insights note list“ zeigt.</translation>
    </message>
    <message>
        <source>There is no note %1; &quot;insights note list&quot; shows them.</source>
        <translation>Es gibt keine Notiz %1; „insights note list“ zeigt sie.</translation>
    </message>
    <message>
        <source>note %1 removed</source>
        <translation>Notiz %1 gelöscht</translation>
    </message>
    <message>
        <source>usage: insights note add DATE TEXT [--subject S] | list [--from DATE] [--to DATE] [--subject S] | remove ID</source>
        <translation>Aufruf: insights note add DATUM TEXT [--subject OBJEKT] | list [--from DATUM] [--to DATUM] [--subject OBJEKT] | remove ID</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>A note needs a date like 2026-01-31.</source>
        <translation>Eine Notiz braucht ein Datum wie 2026-01-31.</translation>
    </message>
    <message>
        <source>A note&apos;s date is between %1 and %2, not %3.</source>
        <translation>Das Datum einer Notiz liegt zwischen %1 und %2, nicht %3.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>A note&apos;s text cannot hold control characters.</source>
        <translation>Der Text einer Notiz kann keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A note&apos;s text is at most %1 characters; this one has %2.</source>
        <translation>Der Text einer Notiz hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject: at most %2 characters, without control characters.</source>
        <translation>„%1“ ist kein Objekt: höchstens %2 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation>Die Notiz kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot change note %1</source>
        <translation>Notiz %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>Es gibt keine Notiz %1.</translation>
    </message>
    <message>
        <source>Cannot remove note %1</source>
        <translation>Notiz %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the notes</source>
        <translation>Die Notizen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OverviewSummary</name>
    <message>
        <source>The last %1 days (%2 to %3), against the %1 before:</source>
        <translation>Die letzten %1 Tage (%2 bis %3), verglichen mit den %1 davor:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PackageFinder</name>
    <message>
        <source>&quot;%1&quot; is not a repository name; use the form owner/repo.</source>
        <translation>„%1“ ist kein Repository-Name; verwenden Sie die Form owner/repo.</translation>
    </message>
    <message>
        <source>the packages of %1</source>
        <translation>die Pakete von %1</translation>
    </message>
</context>
<context>
    <name>PlausibleApi</name>
    <message>
        <source>%1: Plausible says this account&apos;s plan does not include the Stats API (HTTP 402%2). Upgrade the plan, or use a self-hosted Plausible.</source>
        <translation>%1: Laut Plausible enthält der Tarif dieses Kontos die Stats-API nicht (HTTP 402%2). Wechseln Sie den Tarif oder verwenden Sie ein selbst betriebenes Plausible.</translation>
    </message>
    <message>
        <source>%1: Plausible did not accept the %2 (HTTP 400%3).</source>
        <translation>%1: Plausible hat die %2 nicht angenommen (HTTP 400%3).</translation>
    </message>
    <message>
        <source>%1: Plausible answered HTTP %2 to the %3%4.</source>
        <translation>%1: Plausible antwortete mit HTTP %2 auf die %3%4.</translation>
    </message>
    <message>
        <source>v2 query API</source>
        <translation>Abfrage-API v2</translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s answer is not JSON; nothing was stored.</source>
        <translation>%1: Die Antwort von Plausible ist kein JSON; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>v1 %1 API</source>
        <translation>API v1 %1</translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s hourly request limit for this key is used up (HTTP 429); nothing more is asked now, and a run after %2 continues where this one stopped.</source>
        <translation>%1: Das stündliche Anfragelimit von Plausible für diesen Schlüssel ist aufgebraucht (HTTP 429); jetzt wird nichts mehr gefragt, und ein Lauf nach %2 macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <source>%1: Plausible refused the API key for %2 (HTTP 401%3). Create a Stats API key in Plausible (Account settings → API keys), save it in Settings, and check the site is written exactly as in Plausible.</source>
        <translation>%1: Plausible hat den API-Schlüssel für %2 abgelehnt (HTTP 401%3). Erstellen Sie in Plausible einen Stats-API-Schlüssel (Kontoeinstellungen → API-Schlüssel), speichern Sie ihn in den Einstellungen und prüfen Sie, dass die Website genau wie in Plausible geschrieben ist.</translation>
    </message>
    <message>
        <source>%1: %2 has no %3 (HTTP 404); check the Plausible address in Settings.</source>
        <translation>%1: %2 hat kein %3 (HTTP 404); prüfen Sie die Plausible-Adresse in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>PlausibleParser</name>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>no &quot;results&quot; list</source>
        <translation>keine Liste „results“</translation>
    </message>
    <message>
        <source>a row with %1 metrics and %2 dimensions, %3 and %4 asked for</source>
        <translation>eine Zeile mit %1 Metriken und %2 Dimensionen, angefragt waren %3 und %4</translation>
    </message>
    <message>
        <source>total_rows is not a count</source>
        <translation>total_rows ist keine Anzahl</translation>
    </message>
    <message>
        <source>a day without a date, visitors or pageviews</source>
        <translation>ein Tag ohne Datum, Besucher oder Seitenaufrufe</translation>
    </message>
    <message>
        <source>a country row without date, country or visitors</source>
        <translation>eine Länderzeile ohne Datum, Land oder Besucher</translation>
    </message>
    <message>
        <source>a page row without page, visitors, pageviews or duration</source>
        <translation>eine Seitenzeile ohne Seite, Besucher, Seitenaufrufe oder Dauer</translation>
    </message>
    <message>
        <source>a country row without country or visitors</source>
        <translation>eine Länderzeile ohne Land oder Besucher</translation>
    </message>
    <message>
        <source>a page row without date, page, visitors or pageviews</source>
        <translation>eine Seitenzeile ohne Datum, Seite, Besucher oder Seitenaufrufe</translation>
    </message>
    <message>
        <source>an entry page row without date, page, visits or duration</source>
        <translation>eine Einstiegsseitenzeile ohne Datum, Seite, Besuche oder Dauer</translation>
    </message>
</context>
<context>
    <name>PlausibleStats</name>
    <message>
        <source>%1 %2: cancelled; nothing of this run was stored.</source>
        <translation>%1 %2: abgebrochen; nichts aus diesem Lauf wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2: Plausible&apos;s answer could not be read (%3); nothing was stored for this site.</source>
        <translation>%1 %2: Die Antwort von Plausible war nicht lesbar (%3); für diese Website wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 rows</source>
        <translation>%1 %2: %3 von %4 Zeilen</translation>
    </message>
    <message>
        <source>%1 %2: %3; nothing was stored for this site.</source>
        <translation>%1 %2: %3; für diese Website wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2: pages per day</source>
        <translation>%1 %2: Seiten pro Tag</translation>
    </message>
    <message>
        <source>%1 %2: countries per day</source>
        <translation>%1 %2: Länder pro Tag</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a site domain; write it as in Plausible, e.g. example.com.</source>
        <translation>%1: „%2“ ist keine Website-Domain; schreiben Sie sie wie in Plausible, z. B. example.com.</translation>
    </message>
    <message>
        <source>%1: this Plausible server has no v2 API; using v1</source>
        <translation>%1: Dieser Plausible-Server hat keine API v2; v1 wird verwendet</translation>
    </message>
    <message>
        <source>%1 %2: daily totals</source>
        <translation>%1 %2: Tagessummen</translation>
    </message>
    <message>
        <source>%1 %2: entry pages per day</source>
        <translation>%1 %2: Einstiegsseiten pro Tag</translation>
    </message>
    <message>
        <source>%1 %2: Plausible left imported data out: &quot;%3&quot;</source>
        <translation>%1 %2: Plausible hat importierte Daten ausgelassen: „%3“</translation>
    </message>
    <message>
        <source>no sites are tracked; add the site domains in Settings.</source>
        <translation>es werden keine Websites verfolgt; fügen Sie die Domains in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1: no Plausible API key. Create a Stats API key in Plausible (Account settings → API keys) and add it in Settings.</source>
        <translation>%1: kein Plausible-API-Schlüssel. Erstellen Sie in Plausible einen Stats-API-Schlüssel (Kontoeinstellungen → API-Schlüssel) und fügen Sie ihn in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>PlausibleV1Backfill</name>
    <message>
        <source>%1: Plausible&apos;s breakdown of %2 could not be read (%3).</source>
        <translation>%1: Die Aufschlüsselung von %2 durch Plausible war nicht lesbar (%3).</translation>
    </message>
    <message>
        <source>%1: reading daily totals from %2 (v1 API)</source>
        <translation>%1: Tagessummen ab %2 werden gelesen (API v1)</translation>
    </message>
    <message>
        <source>%1: Plausible&apos;s daily totals could not be read (%2); nothing was stored.</source>
        <translation>%1: Die Tagessummen von Plausible waren nicht lesbar (%2); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: cancelled; the days stored so far are kept.</source>
        <translation>%1: abgebrochen; die bisher gespeicherten Tage bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: pages and countries of %2 (%3 of %4 days, v1 API)</source>
        <translation>%1: Seiten und Länder vom %2 (%3 von %4 Tagen, API v1)</translation>
    </message>
    <message>
        <source>%1: Plausible (v1 API) limits this key&apos;s requests per hour; %2 of %3 days of pages and countries are stored, the rest follows in the next runs from %4.</source>
        <translation>%1: Plausible (v1-API) begrenzt die Anfragen dieses Schlüssels pro Stunde; %2 von %3 Tagen mit Seiten und Ländern sind gespeichert, der Rest folgt in den nächsten Läufen ab %4.</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>The team database was written by a newer Insights (schema %1, this build knows %2). Update Insights; the database was not changed.</source>
        <translation>Die Team-Datenbank wurde von einem neueren Insights geschrieben (Schema %1, diese Version kennt %2). Aktualisieren Sie Insights; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The team database already holds %1 tables that are not Insights&apos;. Point Insights at a database of its own (CREATE DATABASE insights); nothing was changed.</source>
        <translation>Die Team-Datenbank enthält bereits %1 Tabellen, die nicht zu Insights gehören. Geben Sie Insights eine eigene Datenbank (CREATE DATABASE insights); nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The team database holds no Insights data yet, and this role may not create it. Run `insights migrate --to URL` or start `insights collector` with the role that owns the database; a viewer&apos;s role only reads.</source>
        <translation>Die Team-Datenbank enthält noch keine Insights-Daten, und diese Rolle darf sie nicht anlegen. Führen Sie `insights migrate --to URL` aus oder starten Sie `insights collector` mit der Rolle, der die Datenbank gehört; eine Betrachter-Rolle liest nur.</translation>
    </message>
    <message>
        <source>The team database has schema %1 and this Insights needs %2, which this role may not create. Start `insights collector` (or `insights migrate`) once with the role that owns the database; nothing was changed.</source>
        <translation>Die Team-Datenbank hat Schema %1, dieses Insights braucht %2, und diese Rolle darf es nicht anlegen. Starten Sie `insights collector` (oder `insights migrate`) einmal mit der Rolle, der die Datenbank gehört; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>PyPiDownloads</name>
    <message>
        <source>%1: the PyPI dataset has no downloads of &quot;%2&quot;; check the package name.</source>
        <translation>%1: Der PyPI-Datensatz enthält keine Downloads von „%2“; prüfen Sie den Paketnamen.</translation>
    </message>
    <message>
        <source>The PyPI dataset is loaded up to %1; later days follow when it is.</source>
        <translation>Der PyPI-Datensatz ist bis %1 geladen; spätere Tage folgen, sobald er es ist.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ClickHouse queries are left this hour (shared with github_events).</source>
        <translation>%1: %2 von %3 ClickHouse-Anfragen sind in dieser Stunde übrig (gemeinsam mit github_events).</translation>
    </message>
    <message>
        <source>%1: planning %2 to %3</source>
        <translation>%1: %2 bis %3 wird geplant</translation>
    </message>
    <message>
        <source>the downloads per day</source>
        <translation>die Downloads pro Tag</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s plan has a row without a day; nothing was stored.</source>
        <translation>%1: Der Plan von ClickHouse hat eine Zeile ohne Tag; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: reading %2 days in %3 more ClickHouse queries (%4 left this hour)</source>
        <translation>%1: %2 Tage werden in %3 weiteren ClickHouse-Anfragen gelesen (%4 in dieser Stunde übrig)</translation>
    </message>
    <message>
        <source>the breakdowns of %1</source>
        <translation>die Aufschlüsselungen von %1</translation>
    </message>
    <message>
        <source>the breakdowns of %1 to %2</source>
        <translation>die Aufschlüsselungen von %1 bis %2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row outside it; nothing of it was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 hat eine Zeile außerhalb davon; davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has an unexpected row; nothing of it was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 hat eine unerwartete Zeile; davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>no packages are tracked; add them in Settings.</source>
        <translation>es werden keine Pakete verfolgt; fügen Sie sie in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1: ClickHouse&apos;s answer to %2 has a row whose names and counts do not pair up; nothing of it was stored.</source>
        <translation>%1: Die Antwort von ClickHouse auf %2 hat eine Zeile, deren Namen und Zahlen nicht zueinander passen; davon wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>PyPiName</name>
    <message>
        <source>&quot;%1&quot; is not a PyPI package name (letters, digits and . _ - inside, e.g. requests or django-rest-framework).</source>
        <translation>„%1“ ist kein PyPI-Paketname (Buchstaben, Ziffern und innen . _ -, z. B. requests oder django-rest-framework).</translation>
    </message>
</context>
<context>
    <name>QueryBudget</name>
    <message>
        <source>%1 of %2 packages wait for the ClickHouse quota until %3; the next run continues them.</source>
        <translation>%1 von %2 Paketen warten bis %3 auf das ClickHouse-Kontingent; der nächste Lauf setzt sie fort.</translation>
    </message>
    <message>
        <source>%1 of %2 repositories wait for the ClickHouse quota until %3; the next run continues them.</source>
        <translation>%1 von %2 Repositories warten bis %3 auf das ClickHouse-Kontingent; der nächste Lauf setzt sie fort.</translation>
    </message>
    <message>
        <source>%1 of %2 packages still have days to read from ClickHouse; the next run continues them.</source>
        <translation>%1 von %2 Paketen haben noch Tage aus ClickHouse zu lesen; der nächste Lauf setzt sie fort.</translation>
    </message>
    <message>
        <source>%1 of %2 repositories still have days to read from ClickHouse; the next run continues them.</source>
        <translation>%1 von %2 Repositories haben noch Tage aus ClickHouse zu lesen; der nächste Lauf setzt sie fort.</translation>
    </message>
</context>
<context>
    <name>RedditApi</name>
    <message>
        <source>%1: Reddit&apos;s request allowance is used up for %2 minutes; try again later.</source>
        <translation>%1: Das Anfragekontingent von Reddit ist für %2 Minuten aufgebraucht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source> (a web page titled &quot;%1&quot;)</source>
        <translation> (eine Webseite mit dem Titel „%1“)</translation>
    </message>
    <message>
        <source>%1: Reddit has no %2 (HTTP 404); check the link.</source>
        <translation>%1: Reddit hat kein(e) %2 (HTTP 404); prüfen Sie den Link.</translation>
    </message>
    <message>
        <source>%1: Reddit is limiting requests (HTTP 429)%2; nothing was changed, try again in a few minutes.</source>
        <translation>%1: Reddit begrenzt die Anfragen (HTTP 429)%2; nichts wurde verändert, versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1: Reddit refused the request (HTTP 403)%2. Reddit blocks some networks and VPNs; try again later or from another network. Nothing was changed.</source>
        <translation>%1: Reddit hat die Anfrage abgelehnt (HTTP 403)%2. Reddit sperrt manche Netze und VPNs; versuchen Sie es später oder aus einem anderen Netz erneut. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: Reddit answered with a web page instead of data (HTTP %2)%3; nothing was stored, try again later.</source>
        <translation>%1: Reddit antwortete mit einer Webseite statt mit Daten (HTTP %2)%3; nichts wurde gespeichert, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: Reddit answered HTTP %2 for %3.</source>
        <translation>%1: Reddit antwortete mit HTTP %2 für %3.</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit user name (3 to 20 letters, digits, - or _); correct it in Settings → Reddit or INSIGHT_REDDIT_USERNAME.</source>
        <translation>„%1“ ist kein Reddit-Benutzername (3 bis 20 Buchstaben, Ziffern, - oder _); korrigieren Sie ihn in Einstellungen → Reddit oder INSIGHT_REDDIT_USERNAME.</translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s answer for post %2 could not be read (%3); nothing was stored.</source>
        <translation>%1: Die Antwort von Reddit für Beitrag %2 war nicht lesbar (%3); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: Reddit refused the app&apos;s fresh token (HTTP 401); check the client id in Settings → Reddit.</source>
        <translation>%1: Reddit hat das frische Token der App abgelehnt (HTTP 401); prüfen Sie die Client-ID in Einstellungen → Reddit.</translation>
    </message>
    <message>
        <source>rate limited; next try after %1</source>
        <translation>Ratenlimit; nächster Versuch nach %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, a page titled &quot;%2&quot;</source>
        <translation>HTTP %1, eine Seite mit dem Titel „%2“</translation>
    </message>
    <message>
        <source>%1: Reddit did not redirect the link %2; open it in a browser and paste the address it shows instead.</source>
        <translation>%1: Reddit hat den Link %2 nicht weitergeleitet; öffnen Sie ihn im Browser und fügen Sie stattdessen die angezeigte Adresse ein.</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>%1: the link leads to &quot;%2&quot;, which is not Reddit; it was not followed.</source>
        <translation>%1: Der Link führt zu „%2“, das nicht Reddit ist; ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1: the link leads to %2, which is not a Reddit post.</source>
        <translation>%1: Der Link führt zu %2, das kein Reddit-Beitrag ist.</translation>
    </message>
    <message>
        <source>%1: the link redirects more than %2 times; not followed further.</source>
        <translation>%1: Der Link leitet mehr als %2-mal weiter; ihm wird nicht weiter gefolgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps into Settings → Reddit.</source>
        <translation>„%1“ ist keine Reddit-Client-ID; kopieren Sie die ID unter dem Namen der App auf https://www.reddit.com/prefs/apps in Einstellungen → Reddit.</translation>
    </message>
    <message>
        <source>%1: Reddit asks apps to sign in: add a Reddit client id in Settings → Reddit. Reddit refused the request without one (%2); nothing was changed.</source>
        <translation>%1: Reddit verlangt, dass Apps sich anmelden: Fügen Sie in Einstellungen → Reddit eine Reddit-Client-ID hinzu. Reddit hat die Anfrage ohne sie abgelehnt (%2); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>RedditAuth</name>
    <message>
        <source>%1: refusing to ask %2 for a Reddit token over plain HTTP; use an https:// Reddit URL.</source>
        <translation>%1: %2 wird nicht über unverschlüsseltes HTTP nach einem Reddit-Token gefragt; verwenden Sie eine https://-Reddit-URL.</translation>
    </message>
    <message>
        <source>%1: Reddit does not accept the client id &quot;%2&quot; (HTTP 401). Copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps; the app must be of type &quot;installed app&quot; (script and web apps have a secret, which Insights does not use).</source>
        <translation>%1: Reddit akzeptiert die Client-ID „%2“ nicht (HTTP 401). Kopieren Sie die ID unter dem Namen der App auf https://www.reddit.com/prefs/apps; die App muss vom Typ „installed app“ sein (Script- und Web-Apps haben ein Geheimnis, das Insights nicht verwendet).</translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s token endpoint answered HTTP %2; try again later.</source>
        <translation>%1: Der Token-Endpunkt von Reddit hat HTTP %2 geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: Reddit refused to give this app a token (&quot;%2&quot;%3). Check that the app at https://www.reddit.com/prefs/apps is an &quot;installed app&quot;.</source>
        <translation>%1: Reddit hat dieser App kein Token gegeben („%2“%3). Prüfen Sie, ob die App auf https://www.reddit.com/prefs/apps eine „installed app“ ist.</translation>
    </message>
    <message>
        <source>%1: Reddit&apos;s token endpoint answered something that is not a token; try again later.</source>
        <translation>%1: Der Token-Endpunkt von Reddit hat etwas geantwortet, das kein Token ist; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at https://www.reddit.com/prefs/apps into Settings → Reddit.</source>
        <translation>%1: „%2“ ist keine Reddit-Client-ID; kopieren Sie die ID unter dem Namen der App auf https://www.reddit.com/prefs/apps in Einstellungen → Reddit.</translation>
    </message>
</context>
<context>
    <name>RedditPostParser</name>
    <message>
        <source>the answer is not a Reddit post listing</source>
        <translation>die Antwort ist keine Reddit-Beitragsliste</translation>
    </message>
    <message>
        <source>Reddit answered with post &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>Reddit antwortete mit dem Beitrag „%1“ statt „%2“</translation>
    </message>
    <message>
        <source>post %1 lacks its score, comment count, creation time, subreddit or permalink</source>
        <translation>dem Beitrag %1 fehlen Punktzahl, Kommentaranzahl, Erstellungszeit, Subreddit oder Permalink</translation>
    </message>
</context>
<context>
    <name>RedditPostStats</name>
    <message>
        <source>%1 %2: reading the post</source>
        <translation>%1 %2: Beitrag wird gelesen</translation>
    </message>
    <message>
        <source>no Reddit posts are tracked; add one on the Reddit page or with &quot;Track Reddit post&quot; in the tray menu.</source>
        <translation>es werden keine Reddit-Beiträge verfolgt; fügen Sie einen auf der Reddit-Seite oder mit „Reddit-Beitrag verfolgen“ im Tray-Menü hinzu.</translation>
    </message>
</context>
<context>
    <name>RedditTracker</name>
    <message>
        <source>Reddit post %1 is not tracked; &quot;insights reddit list&quot; shows the tracked posts.</source>
        <translation>Der Reddit-Beitrag %1 wird nicht verfolgt; „insights reddit list“ zeigt die verfolgten Beiträge.</translation>
    </message>
</context>
<context>
    <name>RedditUrl</name>
    <message>
        <source>&quot;%1&quot; is not a link to a Reddit post; paste a link like https://www.reddit.com/r/SUB/comments/ID/… or https://redd.it/ID.</source>
        <translation>„%1“ ist kein Link auf einen Reddit-Beitrag; fügen Sie einen Link wie https://www.reddit.com/r/SUB/comments/ID/… oder https://redd.it/ID ein.</translation>
    </message>
</context>
<context>
    <name>RepositoryDiscovery</name>
    <message>
        <source>track</source>
        <translation>verfolgen</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>eine Stunde</translation>
    </message>
    <message>
        <source>GitHub answers 60 requests an hour without a token and they are used up; try again after %1, or add a GitHub token in Settings.</source>
        <translation>GitHub beantwortet ohne Token 60 Anfragen pro Stunde, und die sind aufgebraucht; versuchen Sie es nach %1 erneut oder fügen Sie in den Einstellungen ein GitHub-Token hinzu.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for the token is used up; try again after %1.</source>
        <translation>GitHubs Anfragelimit für das Token ist aufgebraucht; versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>GitHub knows no public repository %1 — check the spelling; a private one needs a token.</source>
        <translation>GitHub kennt kein öffentliches Repository %1 — prüfen Sie die Schreibweise; ein privates braucht ein Token.</translation>
    </message>
    <message>
        <source>GitHub knows no repository %1 that the token can see — check the spelling and the token&apos;s access.</source>
        <translation>GitHub kennt kein Repository %1, das das Token sehen kann — prüfen Sie die Schreibweise und den Zugriff des Tokens.</translation>
    </message>
    <message>
        <source>GitHub rejected the token (HTTP 401). Create a new token and save it in Settings.</source>
        <translation>GitHub hat das Token abgelehnt (HTTP 401). Erstellen Sie ein neues Token und speichern Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 could not be read (no repository name in it).</source>
        <translation>GitHubs Antwort für %1 war nicht lesbar (kein Repository-Name darin).</translation>
    </message>
    <message>
        <source>packages of %1</source>
        <translation>Pakete von %1</translation>
    </message>
</context>
<context>
    <name>RunMarker</name>
    <message>
        <source>Insights ended unexpectedly the last time it ran (started %1): it crashed or was stopped by force. Its log is %2.</source>
        <translation>Insights wurde beim letzten Mal unerwartet beendet (gestartet %1): Es ist abgestürzt oder wurde gewaltsam beendet. Das Protokoll liegt in %2.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>Nothing to collect: no enabled source is configured. Open Settings to add a repository.</source>
        <translation>Nichts zu sammeln: Keine aktivierte Quelle ist eingerichtet. Öffnen Sie die Einstellungen, um ein Repository hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1: done, %2 row(s) changed</source>
        <translation>%1: fertig, %2 Zeile(n) geändert</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Sample data of Insights: a generated database to look around in, not collected from anywhere. Generated on %1 with %2 as its newest day, size %3. Nothing is collected into this folder; it is safe to delete.</source>
        <translation>Beispieldaten von Insights: eine erzeugte Datenbank zum Umsehen, nirgendwo gesammelt. Erzeugt am %1 mit %2 als neuestem Tag, Größe %3. In diesen Ordner wird nichts gesammelt; er kann gefahrlos gelöscht werden.</translation>
    </message>
    <message>
        <source>The sample&apos;s size is &quot;small&quot; or &quot;large&quot;, not &quot;%1&quot;.</source>
        <translation>Die Größe der Beispieldaten ist „small“ oder „large“, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 holds other files and is not sample data of Insights; nothing was written. Choose an empty or new folder for the sample.</source>
        <translation>%1 enthält andere Dateien und ist keine Beispielsammlung von Insights; nichts wurde geschrieben. Wählen Sie einen leeren oder neuen Ordner für die Beispieldaten.</translation>
    </message>
    <message>
        <source>Cannot create %1; check the path and its permissions.</source>
        <translation>%1 kann nicht angelegt werden; prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1; check its permissions.</source>
        <translation>In %1 kann kein Ordner angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot replace the earlier sample in %1; check the folder&apos;s permissions.</source>
        <translation>Die frühere Beispielsammlung in %1 kann nicht ersetzt werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Cannot move the sample into %1; check the folder&apos;s permissions.</source>
        <translation>Die Beispieldaten können nicht nach %1 verschoben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>SecretSnapshot</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er darauf, entsperrt zu werden.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er darauf, entsperrt zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: the keychain was asked from inside a running event loop.</source>
        <translation>Interner Fehler: Der Schlüsselbund wurde aus einer laufenden Ereignisschleife gefragt.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Set by %1 in the environment</source>
        <translation>Durch %1 in der Umgebung gesetzt</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Views, clones and where visitors came from. GitHub keeps only 14 days, so this must run at least every few days.</source>
        <translation>Aufrufe, Klone und woher die Besucher kamen. GitHub behält nur 14 Tage, daher muss dies mindestens alle paar Tage laufen.</translation>
    </message>
    <message>
        <source>Who starred your repositories and when, with their public profiles.</source>
        <translation>Wer Ihre Repositories wann mit einem Stern versehen hat, mit den öffentlichen Profilen.</translation>
    </message>
    <message>
        <source>Daily activity, releases and forks, from a public dataset (no token needed).</source>
        <translation>Tägliche Aktivität, Releases und Forks aus einem öffentlichen Datensatz (kein Token nötig).</translation>
    </message>
    <message>
        <source>Daily downloads of your packages, from a public dataset (no account needed).</source>
        <translation>Tägliche Downloads Ihrer Pakete aus einem öffentlichen Datensatz (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Visitors, pages and countries of your websites.</source>
        <translation>Besucher, Seiten und Länder Ihrer Websites.</translation>
    </message>
    <message>
        <source>Score and comments of the Reddit posts you track.</source>
        <translation>Punkte und Kommentare der Reddit-Beiträge, denen Sie folgen.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the disk is full; free some space and collect again (nothing of this run was stored)</source>
        <translation>der Datenträger ist voll; schaffen Sie Platz und sammeln Sie erneut (nichts aus diesem Lauf wurde gespeichert)</translation>
    </message>
    <message>
        <source>the database cannot be written; check the permissions of the data directory and its insights.db</source>
        <translation>die Datenbank ist nicht beschreibbar; prüfen Sie die Berechtigungen des Datenverzeichnisses und seiner insights.db</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); nothing was changed. Copy insights.db somewhere safe, then recover what is left with &quot;sqlite3 insights.db .recover&quot; or move it aside to start anew</source>
        <translation>die Datenbankdatei ist beschädigt (%1); nichts wurde verändert. Kopieren Sie insights.db an einen sicheren Ort und retten Sie den Rest mit „sqlite3 insights.db .recover“, oder legen Sie sie beiseite, um neu zu beginnen</translation>
    </message>
</context>
<context>
    <name>StarGraphQl</name>
    <message>
        <source>%1: the token&apos;s GraphQL points are used up until %2.</source>
        <translation>%1: Die GraphQL-Punkte des Tokens sind bis %2 aufgebraucht.</translation>
    </message>
    <message>
        <source>%1: GraphQL points are low; waiting until %2</source>
        <translation>%1: Die GraphQL-Punkte sind knapp; warte bis %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s GraphQL API timed out even for pages of %2 stars (HTTP %3); try again later.</source>
        <translation>%1: GitHubs GraphQL-API brauchte selbst für Seiten mit %2 Sternen zu lange (HTTP %3); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: GitHub took too long; asking for %2 stars per page</source>
        <translation>%1: GitHub brauchte zu lange; frage %2 Sterne pro Seite an</translation>
    </message>
    <message>
        <source>%1: there is no GraphQL API at %2 (HTTP %3).</source>
        <translation>%1: Unter %2 gibt es keine GraphQL-API (HTTP %3).</translation>
    </message>
    <message>
        <source>the stargazer list</source>
        <translation>die Stargazer-Liste</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s GraphQL rate limit (%2); try again after the reset.</source>
        <translation>%1: GraphQL-Kontingent von GitHub (%2); versuchen Sie es nach dem Zurücksetzen erneut.</translation>
    </message>
    <message>
        <source>%1: GitHub does not know %2, or the token cannot see it (%3). Check the name (owner/repo) and the token&apos;s access.</source>
        <translation>%1: GitHub kennt %2 nicht, oder das Token sieht es nicht (%3). Prüfen Sie den Namen (owner/repo) und den Zugriff des Tokens.</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s stargazer answer could not be read (%2); nothing of it was stored.</source>
        <translation>%1: GitHubs Stargazer-Antwort war nicht lesbar (%2); nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s secondary rate limit; waiting %2 s before asking again</source>
        <translation>%1: sekundäres Ratenlimit von GitHub; %2 s Pause vor der nächsten Anfrage</translation>
    </message>
    <message>
        <source>%1: the token may not read e-mail addresses (scope user:email or read:user); collecting without them</source>
        <translation>%1: das Token darf keine E-Mail-Adressen lesen (Scope user:email oder read:user); es wird ohne sie gesammelt</translation>
    </message>
    <message>
        <source>%1: the token lacks a scope GitHub asks for (%2).</source>
        <translation>%1: dem Token fehlt ein Scope, den GitHub verlangt (%2).</translation>
    </message>
</context>
<context>
    <name>StarHistory</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>the star history</source>
        <translation>den Sternverlauf</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history could not be read (page %2: %3); nothing of it was stored.</source>
        <translation>%1: GitHubs Sternverlauf konnte nicht gelesen werden (Seite %2: %3); nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star history repeats weeks across pages (page %2); nothing of it was stored.</source>
        <translation>%1: GitHubs Sternverlauf wiederholt Wochen über Seiten hinweg (Seite %2); nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: star history, %2 weeks read</source>
        <translation>%1: Sternverlauf, %2 Wochen gelesen</translation>
    </message>
    <message>
        <source>the star count</source>
        <translation>die Sternzahl</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s star count could not be read (%2).</source>
        <translation>%1: GitHubs Sternzahl konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s repository answer could not be read (%2).</source>
        <translation>%1: GitHubs Antwort zum Repository konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>StarProgress</name>
    <message>
        <source>%1: first star collection under way, %2 of %3 stars stored; the next run continues.</source>
        <translation>%1: erste Sternensammlung läuft, %2 von %3 Sternen gespeichert; der nächste Lauf macht weiter.</translation>
    </message>
    <message>
        <source>%1: star counts only — GitHub shows who starred only to the repository&apos;s admins and collaborators. Insights asks for the list again once a week.</source>
        <translation>%1: nur Sternzahlen — GitHub zeigt, wer ein Repository mit einem Stern versehen hat, nur dessen Administratoren und Mitarbeitenden. Insights fragt die Liste einmal pro Woche erneut ab.</translation>
    </message>
    <message>
        <source>%1: star counts only — who starred, with profiles, needs a GitHub token (any scope): add one in Settings.</source>
        <translation>%1: nur Sternzahlen — wer einen Stern vergab, mit Profilen, braucht ein GitHub-Token (beliebiger Scope): fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>StarReconcile</name>
    <message>
        <source>GitHub listed %1 of %2 stars; unstars were not checked this time.</source>
        <translation>GitHub listete %1 von %2 Sternen; zurückgezogene Sterne wurden diesmal nicht geprüft.</translation>
    </message>
    <message>
        <source>Unstarred: %1 (was #%2)</source>
        <translation>Stern zurückgezogen: %1 (war Nr. %2)</translation>
    </message>
    <message>
        <source>Unstarred: %1</source>
        <translation>Stern zurückgezogen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s) were withdrawn since the last check; they are kept, marked unstarred.</source>
        <translation>
            <numerusform>%n Stern wurde seit der letzten Prüfung zurückgezogen; er bleibt erhalten, als zurückgezogen markiert.</numerusform>
            <numerusform>%n Sterne wurden seit der letzten Prüfung zurückgezogen; sie bleiben erhalten, als zurückgezogen markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarRest</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: GitHub refused the stargazer list (HTTP 403, &quot;%2&quot;).</source>
        <translation>%1: GitHub hat die Stargazer-Liste verweigert (HTTP 403, „%2“).</translation>
    </message>
    <message>
        <source>the stargazer list</source>
        <translation>die Stargazer-Liste</translation>
    </message>
    <message>
        <source>%1: GitHub&apos;s stargazer page could not be read (%2); nothing of it was stored.</source>
        <translation>%1: GitHubs Stargazer-Seite war nicht lesbar (%2); nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>the profile of %1</source>
        <translation>das Profil von %1</translation>
    </message>
    <message>
        <source>%1: the profile of %2 could not be read (%3).</source>
        <translation>%1: Das Profil von %2 war nicht lesbar (%3).</translation>
    </message>
    <message>
        <source>GitHub&apos;s REST API lists only the oldest 40,000 stars of a repository (HTTP 422 after page 400), and this server offers no GraphQL API; newer stars cannot be listed. The total is still recorded daily.</source>
        <translation>GitHubs REST-API listet nur die ältesten 40.000 Sterne eines Repositorys (HTTP 422 nach Seite 400), und dieser Server bietet keine GraphQL-API; neuere Sterne lassen sich nicht auflisten. Die Gesamtzahl wird weiterhin täglich erfasst.</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message numerus="yes">
        <source>%n stargazer account(s) no longer exist; their stars are kept without a profile.</source>
        <translation>
            <numerusform>%n Stargazer-Konto existiert nicht mehr; sein Stern bleibt ohne Profil erhalten.</numerusform>
            <numerusform>%n Stargazer-Konten existieren nicht mehr; ihre Sterne bleiben ohne Profil erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the REST API cannot list every star of this repository, so unstars cannot be checked.</source>
        <translation>%1: Die REST-API kann nicht alle Sterne dieses Repositorys auflisten, daher lassen sich zurückgezogene Sterne nicht prüfen.</translation>
    </message>
    <message>
        <source>%1: GitHub refused the stargazer list for now (HTTP 422, &quot;%2&quot;); the next run tries again.</source>
        <translation>%1: GitHub hat die Liste der Stargazer vorerst verweigert (HTTP 422, „%2“); der nächste Lauf versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>StarRun</name>
    <message>
        <source>%1: %2 of %3 stars</source>
        <translation>%1: %2 von %3 Sternen</translation>
    </message>
    <message>
        <source>%1: %2 new stars so far</source>
        <translation>%1: bisher %2 neue Sterne</translation>
    </message>
    <message>
        <source>%1 The stars read so far are kept; the next run continues from there.</source>
        <translation>%1 Die bisher gelesenen Sterne bleiben erhalten; der nächste Lauf macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>StargazerQueries</name>
    <message>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 Monat</translation>
    </message>
    <message>
        <source>1–6 months</source>
        <translation>1–6 Monate</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 Monate</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 Jahre</translation>
    </message>
    <message>
        <source>2–5 years</source>
        <translation>2–5 Jahre</translation>
    </message>
    <message>
        <source>5–10 years</source>
        <translation>5–10 Jahre</translation>
    </message>
    <message>
        <source>10+ years</source>
        <translation>10+ Jahre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message numerus="yes">
        <source>%1: pages and countries of %n day(s) are still to be read; Plausible&apos;s v1 API allows 600 requests an hour, so this continues over the next runs.</source>
        <translation>
            <numerusform>%1: Seiten und Länder von %n Tag sind noch zu lesen; die API v1 von Plausible erlaubt 600 Anfragen pro Stunde, daher geht es in den nächsten Läufen weiter.</numerusform>
            <numerusform>%1: Seiten und Länder von %n Tagen sind noch zu lesen; die API v1 von Plausible erlaubt 600 Anfragen pro Stunde, daher geht es in den nächsten Läufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub traffic</source>
        <translation>GitHub-Zugriffe</translation>
    </message>
    <message>
        <source>GitHub stars</source>
        <translation>GitHub-Sterne</translation>
    </message>
    <message>
        <source>GitHub events</source>
        <translation>GitHub-Ereignisse</translation>
    </message>
    <message>
        <source>PyPI downloads</source>
        <translation>PyPI-Downloads</translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation>Plausible</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
</context>
<context>
    <name>SubjectLeases</name>
    <message>
        <source>%1 %2: the lease could not be given back (%3); it runs out by itself.</source>
        <translation>%1 %2: Die Lease konnte nicht zurückgegeben werden (%3); sie läuft von selbst ab.</translation>
    </message>
</context>
<context>
    <name>TeamCollector</name>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation>Meldungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>The windows could not be told of the alerts; they see them at their next start.</source>
        <translation>Den Fenstern konnte von den Meldungen nicht Bescheid gegeben werden; sie sehen sie bei ihrem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>GitHub refused this token (401: %1). Create a new one.</source>
        <translation>GitHub hat dieses Token abgelehnt (401: %1). Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1: %2</source>
        <translation>GitHub antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The token works: signed in as %1.</source>
        <translation>Das Token funktioniert: angemeldet als %1.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Scopes: %1.</translation>
    </message>
    <message>
        <source>Enter an API key first.</source>
        <translation>Geben Sie zuerst einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Add a site first; the key is checked against it.</source>
        <translation>Fügen Sie zuerst eine Website hinzu; der Schlüssel wird an ihr geprüft.</translation>
    </message>
    <message>
        <source>Plausible refused the key for %1 (401: %2).</source>
        <translation>Plausible hat den Schlüssel für %1 abgelehnt (401: %2).</translation>
    </message>
    <message>
        <source>This Plausible plan does not include the Stats API (402).</source>
        <translation>Dieser Plausible-Tarif enthält die Stats-API nicht (402).</translation>
    </message>
    <message>
        <source>Plausible answered HTTP %1: %2</source>
        <translation>Plausible antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The key works for %1.</source>
        <translation>Der Schlüssel funktioniert für %1.</translation>
    </message>
    <message>
        <source>It is a fine-grained token: traffic needs &quot;Administration: read&quot; on each repository; stargazers&apos; e-mail addresses are not collected with it.</source>
        <translation>Es ist ein fein abgestuftes Token: Zugriffe brauchen „Administration: read“ für jedes Repository; E-Mail-Adressen der Stargazer werden damit nicht gesammelt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&quot;repo&quot; is missing: GitHub shows traffic only to tokens with push access (repo scope).</source>
        <translation>„repo“ fehlt: GitHub zeigt Zugriffe nur Tokens mit Push-Zugriff (Scope repo).</translation>
    </message>
    <message>
        <source>Optional &quot;user:email&quot; (or &quot;read:user&quot;) is missing: stargazers&apos; public e-mail addresses are not collected without it; everything else is.</source>
        <translation>Das optionale „user:email“ (oder „read:user“) fehlt: ohne es werden die öffentlichen E-Mail-Adressen der Stargazer nicht gesammelt, alles andere schon.</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (GitHub: &quot;%1&quot;; check the name, or the token cannot see this private repository)</source>
        <translation>nein (GitHub: „%1“; prüfen Sie den Namen, oder das Token sieht dieses private Repository nicht)</translation>
    </message>
    <message>
        <source>no (GitHub: &quot;%1&quot;; the token&apos;s account needs push access)</source>
        <translation>nein (GitHub: „%1“; das Konto des Tokens braucht Schreibzugriff)</translation>
    </message>
    <message>
        <source>no (HTTP %1: %2)</source>
        <translation>nein (HTTP %1: %2)</translation>
    </message>
    <message>
        <source>%1 — traffic: %2; stargazer list: %3</source>
        <translation>%1 — Zugriffszahlen: %2; Liste der Sterne: %3</translation>
    </message>
    <message>
        <source>What it can read:</source>
        <translation>Was es lesen kann:</translation>
    </message>
    <message>
        <source>Only the first %1 repositories were checked.</source>
        <translation>Nur die ersten %1 Repositories wurden geprüft.</translation>
    </message>
    <message>
        <source>Stargazers&apos; public e-mail addresses: %1.</source>
        <translation>Öffentliche E-Mail-Adressen der Sternvergebenden: %1.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>TrackCommands</name>
    <message>
        <source>%1 holds sample data; track repositories in your own data directory.</source>
        <translation>%1 enthält Beispieldaten; verfolgen Sie Repositories in Ihrem eigenen Datenverzeichnis.</translation>
    </message>
    <message>
        <source>%1 is already tracked.</source>
        <translation>%1 wird bereits verfolgt.</translation>
    </message>
    <message>
        <source>Asking GitHub about %1…</source>
        <translation>Frage GitHub nach %1…</translation>
    </message>
    <message>
        <source>Asking GitHub about %1 and ClickHouse for its PyPI packages…</source>
        <translation>Frage GitHub nach %1 und ClickHouse nach seinen PyPI-Paketen…</translation>
    </message>
    <message>
        <source>A token raises the limit: set %1, or add one in Settings.</source>
        <translation>Ein Token hebt das Limit an: setzen Sie %1 oder fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 on GitHub: %n star(s).</source>
        <translation>
            <numerusform>%1 auf GitHub gefunden: %n Stern.</numerusform>
            <numerusform>%1 auf GitHub gefunden: %n Sterne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1 on GitHub: %n star(s) — %2</source>
        <translation>
            <numerusform>%1 auf GitHub gefunden: %n Stern — %2</numerusform>
            <numerusform>%1 auf GitHub gefunden: %n Sterne — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub calls %1 %2 now; tracking it under that name.</source>
        <translation>GitHub nennt %1 jetzt %2; es wird unter diesem Namen verfolgt.</translation>
    </message>
    <message>
        <source>PyPI packages found: %1. INSIGHT_PYPI_PACKAGES decides the packages here; add them there.</source>
        <translation>Gefundene PyPI-Pakete: %1. Hier bestimmt INSIGHT_PYPI_PACKAGES die Pakete; fügen Sie sie dort hinzu.</translation>
    </message>
    <message>
        <source>Tracking repository %1</source>
        <translation>Verfolge Repository %1</translation>
    </message>
    <message>
        <source>Tracking PyPI package %1</source>
        <translation>Verfolge PyPI-Paket %1</translation>
    </message>
    <message>
        <source>PyPI package %1 is already tracked.</source>
        <translation>PyPI-Paket %1 wird bereits verfolgt.</translation>
    </message>
    <message>
        <source>warning: the PyPI packages could not be looked up: %1</source>
        <translation>Warnung: Die PyPI-Pakete konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>No PyPI package names %1 as its repository.</source>
        <translation>Kein PyPI-Paket nennt %1 als sein Repository.</translation>
    </message>
    <message>
        <source>Plausible site suggestion: %1 (add it in Settings with a Plausible key)</source>
        <translation>Vorschlag für eine Plausible-Website: %1 (in den Einstellungen mit einem Plausible-Schlüssel hinzufügen)</translation>
    </message>
    <message>
        <source>Collect now with: insights collect</source>
        <translation>Jetzt sammeln mit: insights collect</translation>
    </message>
    <message>
        <source>Stopped tracking repository %1</source>
        <translation>Repository %1 wird nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Stopped tracking PyPI package %1</source>
        <translation>PyPI-Paket %1 wird nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Stopped tracking Plausible site %1</source>
        <translation>Plausible-Website %1 wird nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Its data is kept (--purge deletes it).</source>
        <translation>Seine Daten bleiben erhalten (--purge löscht sie).</translation>
    </message>
    <message>
        <source>Nothing was deleted and %1 is still tracked.</source>
        <translation>Nichts wurde gelöscht, und %1 wird weiter verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) of its data.</source>
        <translation>
            <numerusform>%n Zeile seiner Daten gelöscht.</numerusform>
            <numerusform>%n Zeilen seiner Daten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1 sample data in %2…</source>
        <translation>Erzeuge Beispieldaten (%1) in %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sample data (%n metric row(s)) in %1</source>
        <translation>
            <numerusform>Beispieldaten (%n Metrikzeile) in %1</numerusform>
            <numerusform>Beispieldaten (%n Metrikzeilen) in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it with: insights --data-dir %1</source>
        <translation>Öffnen mit: insights --data-dir %1</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>%1 decides what is tracked here (it overrides Settings); add %2 to it, or unset it.</source>
        <translation>%1 bestimmt hier, was verfolgt wird (es hat Vorrang vor den Einstellungen); fügen Sie %2 dort hinzu oder entfernen Sie die Variable.</translation>
    </message>
    <message>
        <source>%1 comes from %2, which overrides Settings; remove it there.</source>
        <translation>%1 kommt aus %2, das Vorrang vor den Einstellungen hat; entfernen Sie es dort.</translation>
    </message>
    <message>
        <source>%1 is not tracked: it is none of the repositories, packages or sites in Settings.</source>
        <translation>%1 wird nicht verfolgt: Es ist keines der Repositories, Pakete oder Websites in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>TrafficRisk</name>
    <message>
        <source>%1: traffic was last collected on %2 (%3 days ago); days since %4 have already left GitHub&apos;s 14-day window and are lost. Collect now to keep the rest.</source>
        <translation>%1: Zugriffe wurden zuletzt am %2 gesammelt (vor %3 Tagen); Tage seit %4 sind bereits aus GitHubs 14-Tage-Fenster gefallen und verloren. Sammeln Sie jetzt, um den Rest zu behalten.</translation>
    </message>
    <message>
        <source>%1: traffic has never been collected, and GitHub keeps only 14 days: collect it now.</source>
        <translation>%1: Traffic wurde noch nie gesammelt, und GitHub behält nur 14 Tage: sammeln Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>%1: traffic was last collected on %2 (%3 days ago); data starts to be lost on %4. Collect it before then.</source>
        <translation>%1: Traffic wurde zuletzt am %2 gesammelt (vor %3 Tagen); ab %4 gehen Daten verloren. Sammeln Sie ihn vorher.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository; write it as owner/repo (e.g. octocat/hello-world) or paste its address from github.com.</source>
        <translation>„%1“ ist kein GitHub-Repository; schreiben Sie es als besitzer/repo (z. B. octocat/hello-world) oder fügen Sie seine Adresse von github.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site domain; write it as in Plausible, e.g. example.com.</source>
        <translation>„%1“ ist keine Website-Domain; schreiben Sie sie wie in Plausible, z. B. example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address; expected something like %2.</source>
        <translation>„%1“ ist keine brauchbare Adresse; erwartet wird etwas wie %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit client id; copy the id shown under the app&apos;s name at reddit.com/prefs/apps.</source>
        <translation>„%1“ ist keine Reddit-Client-ID; kopieren Sie die ID unter dem Namen der App auf reddit.com/prefs/apps.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Reddit user name (3 to 20 letters, digits, - or _).</source>
        <translation>„%1“ ist kein Reddit-Benutzername (3 bis 20 Buchstaben, Ziffern, - oder _).</translation>
    </message>
</context>
<context>
    <name>insights::AlertsPage</name>
    <message>
        <source>New stars</source>
        <translation>Neue Sterne</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Downloads by people</source>
        <translation>Downloads durch Menschen</translation>
    </message>
    <message>
        <source>After each collection Insights looks at the last two weeks and tells you once, in a notification, when something stands out. Every alert stays listed on the Overview with its likely cause.</source>
        <translation>Nach jeder Sammlung sieht sich Insights die letzten zwei Wochen an und sagt es Ihnen einmal in einer Benachrichtigung, wenn etwas heraussticht. Jede Meldung bleibt mit ihrer wahrscheinlichen Ursache in der Übersicht aufgeführt.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>At least × usual</source>
        <translation>Mindestens × üblich</translation>
    </message>
    <message>
        <source>And at least</source>
        <translation>Und mindestens</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add a rule for one subject</source>
        <translation>Regel für ein Objekt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>Ausreißer:</translation>
    </message>
    <message>
        <source>A day at least this many times the median of the 28 days before it, and at least this many, so that 1 → 4 stars is no spike. A subject&apos;s own rule wins over the rule for every subject.</source>
        <translation>Ein Tag mit mindestens diesem Vielfachen des Medians der 28 Tage davor und mindestens dieser Anzahl, damit 1 → 4 Sterne kein Ausreißer ist. Die eigene Regel eines Objekts hat Vorrang vor der Regel für alle Objekte.</translation>
    </message>
    <message>
        <source>A referrer new in GitHub&apos;s top 10 of a day</source>
        <translation>Ein neuer Verweis in GitHubs Top 10 eines Tages</translation>
    </message>
    <message>
        <source>Referrers:</source>
        <translation>Verweise:</translation>
    </message>
    <message>
        <source>Someone linked to your repository: a blog, a forum, a newsletter.</source>
        <translation>Jemand hat auf Ihr Repository verlinkt: ein Blog, ein Forum, ein Newsletter.</translation>
    </message>
    <message>
        <source>GitHub traffic about to be lost</source>
        <translation>GitHub-Traffic, der bald verloren geht</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Traffic:</translation>
    </message>
    <message>
        <source>GitHub keeps 14 days of traffic: a warning from the tenth day without a collection.</source>
        <translation>GitHub bewahrt den Traffic 14 Tage lang auf: eine Warnung ab dem zehnten Tag ohne Sammlung.</translation>
    </message>
    <message>
        <source>Write a digest of the past week every Monday to:</source>
        <translation>Jeden Montag einen Wochenbericht der vergangenen Woche schreiben nach:</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder for the weekly digest</source>
        <translation>Ordner für den Wochenbericht</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Wochenbericht:</translation>
    </message>
    <message>
        <source>A page with every subject&apos;s week: totals against the week before, biggest days, new referrers, releases, notes and alerts (digest-YYYY-MM-DD.html, named for the Monday).</source>
        <translation>Eine Seite mit der Woche jedes Objekts: Summen gegenüber der Vorwoche, stärkste Tage, neue Verweise, Releases, Notizen und Meldungen (digest-YYYY-MM-DD.html, benannt nach dem Montag).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Every subject</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Alerts: name the subject of the rule in row %1.</source>
        <translation>Meldungen: Nennen Sie das Objekt der Regel in Zeile %1.</translation>
    </message>
    <message>
        <source>Alerts: “%1” is not a repository, package or site.</source>
        <translation>Meldungen: „%1“ ist weder ein Repository noch ein Paket noch eine Website.</translation>
    </message>
    <message>
        <source>Alerts: rows %1 and %2 are rules for the same measure and subject.</source>
        <translation>Meldungen: Die Zeilen %1 und %2 sind Regeln für dieselbe Messgröße und dasselbe Objekt.</translation>
    </message>
    <message>
        <source>Alerts: choose the folder for the weekly digest (a full path).</source>
        <translation>Meldungen: Wählen Sie den Ordner für den Wochenbericht (einen vollständigen Pfad).</translation>
    </message>
</context>
<context>
    <name>insights::AppService</name>
    <message>
        <source>Collection cancelled before it started.</source>
        <translation>Sammeln abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>PyPI: %1 now counts as %2; the next pypi collection applies it to the days it reads.</source>
        <translation>PyPI: %1 zählt jetzt als %2; die nächste pypi-Sammlung wendet das auf die gelesenen Tage an.</translation>
    </message>
    <message>
        <source>(no installer)</source>
        <translation>(kein Installer)</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Reddit accepted the client id: Insights can read posts as this app.</source>
        <translation>Reddit hat die Client-ID akzeptiert: Insights kann Beiträge als diese App lesen.</translation>
    </message>
    <message>
        <source>This is sample data: nothing is collected into it.</source>
        <translation>Dies sind Beispieldaten: Hier hinein wird nichts gesammelt.</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>Meldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Alerts could not be marked as shown: %1</source>
        <translation>Meldungen konnten nicht als gezeigt markiert werden: %1</translation>
    </message>
    <message>
        <source>The digest could not be written to %1.</source>
        <translation>Der Wochenbericht konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The digest could not be written: %1</source>
        <translation>Der Wochenbericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The weekly digest cannot be written: the folder %1 cannot be created.</source>
        <translation>Der Wochenbericht kann nicht geschrieben werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The digest of the week of %1 is in %2.</source>
        <translation>Der Wochenbericht der Woche vom %1 liegt in %2.</translation>
    </message>
    <message>
        <source>The weekly digest could not be written: %1</source>
        <translation>Der Wochenbericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Give the team database&apos;s URL (postgresql://USER@HOST/DATABASE), or keep the data on this computer.</source>
        <translation>Geben Sie die URL der Team-Datenbank an (postgresql://BENUTZER@HOST/DATENBANK), oder behalten Sie die Daten auf diesem Computer.</translation>
    </message>
    <message>
        <source>The server is named by a postgresql:// URL; a file path is not a server.</source>
        <translation>Der Server wird mit einer postgresql://-URL angegeben; ein Dateipfad ist kein Server.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL and type it in the Password field: the keychain keeps it, settings.ini never does.</source>
        <translation>Lassen Sie das Passwort aus der URL weg und geben Sie es im Feld Passwort ein: Der Schlüsselbund bewahrt es auf, settings.ini nie.</translation>
    </message>
    <message>
        <source>This computer: %1 (%2).</source>
        <translation>Dieser Computer: %1 (%2).</translation>
    </message>
    <message>
        <source>Give a postgresql:// URL to test.</source>
        <translation>Geben Sie eine postgresql://-URL zum Testen an.</translation>
    </message>
    <message>
        <source>No keychain is available: give the password in INSIGHT_DATABASE_PASSWORD.</source>
        <translation>Kein Schlüsselbund verfügbar: Geben Sie das Passwort in INSIGHT_DATABASE_PASSWORD an.</translation>
    </message>
    <message>
        <source>Only a team database has a password.</source>
        <translation>Nur eine Team-Datenbank hat ein Passwort.</translation>
    </message>
</context>
<context>
    <name>insights::ChartView</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source> (previous period: %1)</source>
        <translation> (Vorperiode: %1)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Add a note on %1…</source>
        <translation>Notiz am %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>insights::CollectionStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>insights::CollectionWorker</name>
    <message>
        <source>Already tracked: r/%1 “%2” (score %3).</source>
        <translation>Bereits verfolgt: r/%1 „%2“ (Punkte %3).</translation>
    </message>
    <message>
        <source>Now tracking r/%1 “%2” (score %3).</source>
        <translation>Wird jetzt verfolgt: r/%1 „%2“ (Punkte %3).</translation>
    </message>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation>Meldungen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>insights::DashboardPage</name>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>all %n</source>
        <translation>
            <numerusform>alle %n</numerusform>
            <numerusform>alle %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Draw the charts&apos; counts on a logarithmic axis (1, 10, 100, …): growth rates compare, and large and small numbers fit one chart. Days with nothing are left out.</source>
        <translation>Die Zahlen der Diagramme auf einer logarithmischen Achse zeichnen (1, 10, 100, …): Wachstumsraten lassen sich vergleichen, große und kleine Zahlen passen in ein Diagramm. Tage ohne Wert werden ausgelassen.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Draw several repositories, packages or sites on one chart, a line each.</source>
        <translation>Mehrere Repositorys, Pakete oder Websites in einem Diagramm zeichnen, eine Linie je Objekt.</translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation>Vergleich (%1)</translation>
    </message>
    <message>
        <source>Align by start</source>
        <translation>Ab dem Start ausrichten</translation>
    </message>
    <message>
        <source>Draw each one from its own first star or download (day 0), to compare how they grew whatever their age.</source>
        <translation>Jedes ab seinem ersten Stern oder Download zeichnen (Tag 0), um das Wachstum unabhängig vom Alter zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>insights::DataTable</name>
    <message>
        <source>Search %1…</source>
        <translation>%1 durchsuchen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2, newest</source>
        <translation>%1 von %2, die neuesten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Stop tracking…</source>
        <translation>Nicht mehr verfolgen…</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop tracking “%1”? Its score and comments collected so far stay.</source>
        <translation>„%1“ nicht mehr verfolgen? Die bisher gesammelten Punktzahlen und Kommentare bleiben.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Load %1 more</source>
        <translation>%1 weitere laden</translation>
    </message>
    <message>
        <source>Type to search all %1</source>
        <translation>Tippen, um alle %1 zu durchsuchen</translation>
    </message>
    <message>
        <source>Search all %1 for “%2”</source>
        <translation>Alle %1 nach „%2“ durchsuchen</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 von %2 Treffern</translation>
    </message>
    <message>
        <source>Change note…</source>
        <translation>Notiz ändern…</translation>
    </message>
    <message>
        <source>Remove note…</source>
        <translation>Notiz löschen…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Remove the note “%1”?</source>
        <translation>Die Notiz „%1“ löschen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>insights::DatabaseFields</name>
    <message>
        <source>On this computer (insights.db in the data folder)</source>
        <translation>Auf diesem Computer (insights.db im Datenordner)</translation>
    </message>
    <message>
        <source>On a team&apos;s PostgreSQL server</source>
        <translation>Auf dem PostgreSQL-Server eines Teams</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: its collectors (insights collector) collect, and every window reads the same numbers. docs/team.md sets it up.</source>
        <translation>Ein Team teilt sich eine PostgreSQL-Datenbank: Seine Sammler (insights collector) sammeln, und jedes Fenster liest dieselben Zahlen. docs/team.md beschreibt die Einrichtung.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE, with sslmode and connect_timeout if needed; no password in it.</source>
        <translation>postgresql://BENUTZER@HOST[:PORT]/DATENBANK, bei Bedarf mit sslmode und connect_timeout; ohne Passwort.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connects with the URL and password typed here (else the stored password) and says what Insights may do there. Creates nothing.</source>
        <translation>Verbindet sich mit der hier eingegebenen URL und dem Passwort (sonst dem gespeicherten) und sagt, was Insights dort darf. Legt nichts an.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. INSIGHT_DATABASE_PASSWORD, when set, is used instead.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. INSIGHT_DATABASE_PASSWORD wird stattdessen verwendet, wenn gesetzt.</translation>
    </message>
    <message>
        <source>No keychain is available: set INSIGHT_DATABASE_PASSWORD in the environment.</source>
        <translation>Kein Schlüsselbund verfügbar: Setzen Sie INSIGHT_DATABASE_PASSWORD in der Umgebung.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>INSIGHT_DATABASE_URL is set in the environment and decides.</source>
        <translation>INSIGHT_DATABASE_URL ist in der Umgebung gesetzt und entscheidet.</translation>
    </message>
    <message>
        <source>The role&apos;s password</source>
        <translation>Das Passwort der Rolle</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>The database password was not saved: %1</source>
        <translation>Das Datenbank-Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Set INSIGHT_DATABASE_PASSWORD in the environment instead.</source>
        <translation>Setzen Sie stattdessen INSIGHT_DATABASE_PASSWORD in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>insights::DateRangeBar</name>
    <message>
        <source>Choose the first and last day</source>
        <translation>Ersten und letzten Tag wählen</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation>Mit Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>Nothing is stored before this range yet, so there is no previous period.</source>
        <translation>Vor diesem Zeitraum ist noch nichts gespeichert, daher gibt es keinen Vorzeitraum.</translation>
    </message>
</context>
<context>
    <name>insights::DigestDialog</name>
    <message>
        <source>This week: %1 to %2</source>
        <translation>Diese Woche: %1 bis %2</translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation>Lese die Woche…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Web page with charts (*.html)</source>
        <translation>Webseite mit Diagrammen (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation>Wochenbericht speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>insights::GeneralPage</name>
    <message>
        <source>How Insights runs on this computer.</source>
        <translation>Wie Insights auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Everything Insights collected (insights.db), its settings (settings.ini) and its logs. Back it up as a whole. To use another folder, start Insights with --data-dir FOLDER or set INSIGHT_DATA_DIR.</source>
        <translation>Alles, was Insights gesammelt hat (insights.db), seine Einstellungen (settings.ini) und seine Protokolle. Sichern Sie ihn als Ganzes. Für einen anderen Ordner starten Sie Insights mit --data-dir ORDNER oder setzen INSIGHT_DATA_DIR.</translation>
    </message>
    <message>
        <source>Start Insights at login (in the tray)</source>
        <translation>Insights bei der Anmeldung starten (im Tray)</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Then the schedule keeps collecting without you opening the window.</source>
        <translation>Dann sammelt der Zeitplan weiter, ohne dass Sie das Fenster öffnen.</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>A short message from the tray when new stars arrive or a collection fails.</source>
        <translation>Eine kurze Meldung aus dem Infobereich, wenn neue Sterne kommen oder eine Sammlung fehlschlägt.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>insights::GitHubPage</name>
    <message>
        <source>Insights reads the traffic and the stars of your repositories from GitHub.</source>
        <translation>Insights liest die Zugriffszahlen und die Sterne Ihrer Repositories von GitHub.</translation>
    </message>
    <message>
        <source>owner/repo, one per line</source>
        <translation>owner/repo, eines pro Zeile</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorys:</translation>
    </message>
    <message>
        <source>One per line, as owner/repo or the repository&apos;s address on github.com.</source>
        <translation>Eines pro Zeile, als besitzer/repo oder die Adresse des Repositorys auf github.com.</translation>
    </message>
    <message>
        <source>The GitHub token</source>
        <translation>Das GitHub-Token</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Create a token on GitHub…</source>
        <translation>Token auf GitHub erstellen…</translation>
    </message>
    <message>
        <source>GitHub shows traffic and stargazers only to a personal access token. The button opens GitHub with these scopes ticked:
• repo: the traffic of your repositories (GitHub shows it to accounts with push access only).
• read:user: the public profiles of the people who starred.
• user:email (optional): their public e-mail addresses.
A fine-grained token works too, with &quot;Administration: read&quot; on each repository.</source>
        <translation>GitHub zeigt Zugriffszahlen und Sterne nur einem persönlichen Zugriffstoken. Die Schaltfläche öffnet GitHub mit diesen Berechtigungen angehakt:
• repo: die Zugriffszahlen Ihrer Repositories (GitHub zeigt sie nur Konten mit Schreibzugriff).
• read:user: die öffentlichen Profile der Personen, die einen Stern vergeben haben.
• user:email (optional): deren öffentliche E-Mail-Adressen.
Ein fein abgestuftes Token geht auch, mit „Administration: read“ für jedes Repository.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Only for GitHub Enterprise, e.g. https://github.example.com/api/v3. Leave empty for github.com.</source>
        <translation>Nur für GitHub Enterprise, z. B. https://github.example.com/api/v3. Für github.com leer lassen.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
</context>
<context>
    <name>insights::InstallerRules</name>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Add installer… (e.g. poetry, pdm)</source>
        <translation>Installationsprogramm hinzufügen… (z. B. poetry, pdm)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(keines gemeldet)</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>ein Mensch</translation>
    </message>
    <message>
        <source>a bot</source>
        <translation>ein Bot</translation>
    </message>
    <message>
        <source>Type the installer&apos;s name as PyPI reports it, e.g. poetry.</source>
        <translation>Geben Sie den Namen des Installationsprogramms so ein, wie PyPI ihn meldet, z. B. poetry.</translation>
    </message>
    <message>
        <source>%1 is already listed.</source>
        <translation>%1 ist schon aufgeführt.</translation>
    </message>
</context>
<context>
    <name>insights::Keychain</name>
    <message>
        <source>No keychain is available (%1). Start a Secret Service (for example gnome-keyring or KWallet) or set the token in the environment (INSIGHT_GITHUB_TOKEN, INSIGHT_PLAUSIBLE_API_KEY).</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie einen Secret Service (zum Beispiel gnome-keyring oder KWallet) oder setzen Sie das Token in der Umgebung (INSIGHT_GITHUB_TOKEN, INSIGHT_PLAUSIBLE_API_KEY).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbund-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>insights::MainMenu</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Insights</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Collect now</source>
        <translation>Jetzt &amp;sammeln</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Insights</source>
        <translation>&amp;Über Insights</translation>
    </message>
    <message>
        <source>Insights %1

Your open-source project&apos;s numbers, kept for good.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).

Data folder: %2</source>
        <translation>Insights %1

Die Zahlen Ihres Open-Source-Projekts, dauerhaft aufbewahrt.

Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).

Datenordner: %2</translation>
    </message>
    <message>
        <source>About Insights</source>
        <translation>Über Insights</translation>
    </message>
</context>
<context>
    <name>insights::MainWindow</name>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt sammeln</translation>
    </message>
    <message>
        <source>Collect every enabled source now (Ctrl+R)</source>
        <translation>Alle aktivierten Quellen jetzt sammeln (Strg+R)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>New stars</source>
        <translation>Neue Sterne</translation>
    </message>
    <message numerus="yes">
        <source>%n new star(s) since the last collection.</source>
        <translation>
            <numerusform>%n neuer Stern seit der letzten Sammlung.</numerusform>
            <numerusform>%n neue Sterne seit der letzten Sammlung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection failed</source>
        <translation>Sammlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reddit post tracked</source>
        <translation>Reddit-Beitrag wird verfolgt</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Nicht verfolgt</translation>
    </message>
    <message>
        <source>GitHub traffic at risk</source>
        <translation>GitHub-Zugriffe in Gefahr</translation>
    </message>
    <message>
        <source>Next collection: %1</source>
        <translation>Nächste Sammlung: %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled; add what to track in Settings.</source>
        <translation>Nichts ist geplant; legen Sie in den Einstellungen fest, was verfolgt wird.</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Sammle…</translation>
    </message>
    <message>
        <source>Collecting %1…</source>
        <translation>Sammle %1…</translation>
    </message>
    <message>
        <source>Looking up the Reddit post…</source>
        <translation>Reddit-Beitrag wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Sample data: nothing is collected.</source>
        <translation>Beispieldaten: Es wird nichts gesammelt.</translation>
    </message>
    <message>
        <source>Sample data has no settings; leave the sample to change yours.</source>
        <translation>Beispieldaten haben keine Einstellungen; verlassen Sie die Beispieldaten, um Ihre zu ändern.</translation>
    </message>
    <message>
        <source>Sample data: a made-up project with generated figures. Nothing here is real, and nothing is collected into it.</source>
        <translation>Beispieldaten: ein erfundenes Projekt mit erzeugten Zahlen. Nichts hier ist echt, und hier hinein wird nichts gesammelt.</translation>
    </message>
    <message>
        <source>Leave sample data</source>
        <translation>Beispieldaten verlassen</translation>
    </message>
    <message>
        <source>Insights — sample data</source>
        <translation>Insights — Beispieldaten</translation>
    </message>
    <message>
        <source>Sample data is never collected.</source>
        <translation>Beispieldaten werden nie gesammelt.</translation>
    </message>
    <message>
        <source>Paste one above.</source>
        <translation>Fügen Sie oben eines ein.</translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation>Bereite die Beispieldaten vor…</translation>
    </message>
    <message>
        <source>Keep collecting?</source>
        <translation>Weiter sammeln?</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window would normally end Insights and its background collection.

Insights can keep collecting without a window. To bring the window back, start Insights again (from the menu, or at login with &quot;Start at login&quot; in Settings → General).</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich (Tray); das Schließen des Fensters würde Insights und das Sammeln im Hintergrund beenden.

Insights kann ohne Fenster weiter sammeln. Um das Fenster zurückzuholen, starten Sie Insights erneut (aus dem Menü oder bei der Anmeldung mit „Bei der Anmeldung starten“ in Einstellungen → Allgemein).</translation>
    </message>
    <message>
        <source>Keep collecting in the background</source>
        <translation>Im Hintergrund weiter sammeln</translation>
    </message>
    <message>
        <source>Quit Insights</source>
        <translation>Insights beenden</translation>
    </message>
    <message>
        <source>The window is closed; Insights keeps collecting in the background.</source>
        <translation>Das Fenster ist geschlossen; Insights sammelt im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>The last collection of %1 (%2) failed: %3</source>
        <translation>Die letzte Sammlung von %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the Overview.</source>
        <translation>
            <numerusform>%n weitere Meldung in der Übersicht.</numerusform>
            <numerusform>%n weitere Meldungen in der Übersicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Diese Woche…</translation>
    </message>
    <message>
        <source>The digest of the last complete week: every subject&apos;s figures, biggest days, new referrers, releases, notes and alerts; save it as a web page.</source>
        <translation>Der Wochenbericht der letzten vollständigen Woche: die Zahlen jedes Objekts, stärkste Tage, neue Verweise, Releases, Notizen und Meldungen; als Webseite speicherbar.</translation>
    </message>
    <message>
        <source>Team database: its collectors collect; this window shows what they store.</source>
        <translation>Team-Datenbank: Ihre Sammler sammeln; dieses Fenster zeigt, was sie speichern.</translation>
    </message>
</context>
<context>
    <name>insights::NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>Das ganze Projekt</translation>
    </message>
    <message>
        <source>What happened, e.g. “Posted on Hacker News”</source>
        <translation>Was geschah, z. B. „Auf Hacker News vorgestellt“</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <translation>Gehört zu:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>insights::PageNavigator</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
</context>
<context>
    <name>insights::PlausiblePage</name>
    <message>
        <source>Visitors, pages and countries of your websites, read from Plausible Analytics with an API key.</source>
        <translation>Besucher, Seiten und Länder Ihrer Websites, mit einem API-Schlüssel aus Plausible Analytics gelesen.</translation>
    </message>
    <message>
        <source>site domain as in Plausible, one per line</source>
        <translation>Website-Domain wie in Plausible, eine pro Zeile</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Websites:</translation>
    </message>
    <message>
        <source>One per line, the domain exactly as the site is named in Plausible, e.g. example.com.</source>
        <translation>Eine pro Zeile, die Domain genau so, wie die Website in Plausible heißt, z. B. example.com.</translation>
    </message>
    <message>
        <source>The Plausible API key</source>
        <translation>Der Plausible-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste an API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Create one in Plausible under Account settings → API keys → New API key, and choose &quot;Stats API&quot;. Test checks it against the first site.</source>
        <translation>Erstellen Sie einen in Plausible unter Kontoeinstellungen → API-Schlüssel → Neuer API-Schlüssel und wählen Sie „Stats API“. „Testen“ prüft ihn an der ersten Website.</translation>
    </message>
    <message>
        <source>Plausible address:</source>
        <translation>Plausible-Adresse:</translation>
    </message>
    <message>
        <source>Only for a self-hosted Plausible, e.g. https://stats.example.org. Leave empty for plausible.io.</source>
        <translation>Nur für ein selbst betriebenes Plausible, z. B. https://stats.example.org. Für plausible.io leer lassen.</translation>
    </message>
    <message>
        <source>Plausible</source>
        <translation>Plausible</translation>
    </message>
</context>
<context>
    <name>insights::PyPiPage</name>
    <message>
        <source>Daily downloads of your packages come from ClickHouse&apos;s public copy of PyPI&apos;s download records; no account or token is needed.</source>
        <translation>Die täglichen Downloads Ihrer Pakete stammen aus der öffentlichen Kopie der PyPI-Downloaddaten bei ClickHouse; weder Konto noch Token sind nötig.</translation>
    </message>
    <message>
        <source>package name, one per line</source>
        <translation>Paketname, einer pro Zeile</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <source>One per line, the name as on pypi.org, e.g. requests.</source>
        <translation>Eines pro Zeile, der Name wie auf pypi.org, z. B. requests.</translation>
    </message>
    <message>
        <source>People or bots:</source>
        <translation>Menschen oder Bots:</translation>
    </message>
    <message>
        <source>PyPI records which program downloaded a file. Downloads by installers marked &quot;a person&quot; count as people; mirrors and scripts are bots, and so is anything not listed. A change applies from the next PyPI collection on.</source>
        <translation>PyPI hält fest, welches Programm eine Datei heruntergeladen hat. Downloads durch Installationsprogramme, die als „ein Mensch“ markiert sind, zählen als Menschen; Spiegel und Skripte sind Bots, ebenso alles, was nicht aufgeführt ist. Eine Änderung gilt ab der nächsten PyPI-Sammlung.</translation>
    </message>
    <message>
        <source>ClickHouse address:</source>
        <translation>ClickHouse-Adresse:</translation>
    </message>
    <message>
        <source>Leave empty for ClickHouse&apos;s public server.</source>
        <translation>Für den öffentlichen Server von ClickHouse leer lassen.</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
</context>
<context>
    <name>insights::RedditPage</name>
    <message>
        <source>Insights follows the score and comments of the Reddit posts you track. Reddit asks apps to sign in: without a client id it often blocks Insights.</source>
        <translation>Insights verfolgt Punkte und Kommentare der Reddit-Beiträge, denen Sie folgen. Reddit verlangt, dass Apps sich anmelden: Ohne Client-ID blockiert es Insights oft.</translation>
    </message>
    <message>
        <source>e.g. Xq3_vB9-tRk2mA</source>
        <translation>z. B. Xq3_vB9-tRk2mA</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Once: on Reddit&apos;s app page choose &quot;create another app…&quot;, pick &quot;installed app&quot;, enter http://localhost as redirect URI, then copy the id under its name.</source>
        <translation>Einmalig: Wählen Sie auf Reddits App-Seite „create another app…“, dann „installed app“, geben Sie http://localhost als Redirect-URI ein und kopieren Sie die ID unter dem Namen der App.</translation>
    </message>
    <message>
        <source>Open reddit.com/prefs/apps</source>
        <translation>reddit.com/prefs/apps öffnen</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>your Reddit user name (optional)</source>
        <translation>Ihr Reddit-Benutzername (optional)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Reddit asks apps to name a contact; sent as /u/NAME.</source>
        <translation>Reddit verlangt, dass Apps einen Kontakt nennen; gesendet als /u/NAME.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Refresh posts for:</source>
        <translation>Beiträge aktualisieren für:</translation>
    </message>
    <message>
        <source>Posts this young still move and are refreshed on the schedule; older ones when you collect.</source>
        <translation>So junge Beiträge bewegen sich noch und werden nach Zeitplan aktualisiert; ältere, wenn Sie sammeln.</translation>
    </message>
    <message>
        <source>Tracked posts:</source>
        <translation>Verfolgte Beiträge:</translation>
    </message>
    <message>
        <source>Add posts on the Reddit page or from the tray. Remove stops tracking; what was collected stays.</source>
        <translation>Fügen Sie Beiträge auf der Reddit-Seite oder im Infobereich hinzu. „Entfernen“ beendet das Verfolgen; Gesammeltes bleibt.</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Reddit&apos;s site and its API. Leave both empty unless you reach Reddit through a proxy.</source>
        <translation>Reddits Website und seine API. Lassen Sie beide leer, außer Sie erreichen Reddit über einen Proxy.</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Enter the client id of your Reddit app first.</source>
        <translation>Geben Sie zuerst die Client-ID Ihrer Reddit-App ein.</translation>
    </message>
</context>
<context>
    <name>insights::RedditTrackBar</name>
    <message>
        <source>Paste a Reddit post link (any form, share links too)</source>
        <translation>Link auf einen Reddit-Beitrag einfügen (jede Form, auch Teilen-Links)</translation>
    </message>
    <message>
        <source>Track post</source>
        <translation>Beitrag verfolgen</translation>
    </message>
</context>
<context>
    <name>insights::SchedulePage</name>
    <message>
        <source>While Insights runs (in the window or the tray) it collects each ticked source in the background at its interval. &quot;Collect now&quot; collects at any time.</source>
        <translation>Solange Insights läuft (im Fenster oder im Infobereich), sammelt es jede angehakte Quelle im Hintergrund in ihrem Abstand. „Jetzt sammeln“ sammelt jederzeit.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Look for unstars</source>
        <translation>Nach entfernten Sternen suchen</translation>
    </message>
    <message>
        <source>Only a walk through the whole stargazer list shows who took a star back; it costs one request per 100 stars.</source>
        <translation>Nur ein Gang durch die ganze Liste der Sterne zeigt, wer einen Stern zurückgenommen hat; das kostet eine Anfrage pro 100 Sterne.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>insights::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The keychain is still storing the last token; try again in a moment.</source>
        <translation>Der Schlüsselbund speichert noch das letzte Token; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain… (it may ask you to unlock it)</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert… (er fragt eventuell nach dem Entsperren)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>insights::SourceTableModel</name>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not collected yet</source>
        <translation>Noch nicht gesammelt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Last collection</source>
        <translation>Letzte Sammlung</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste fällig</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last collected %1 by %2</source>
        <translation>Zuletzt gesammelt %1 von %2</translation>
    </message>
</context>
<context>
    <name>insights::SourcesPage</name>
    <message>
        <source>Collection progress appears here.</source>
        <translation>Hier erscheint der Fortschritt der Sammlung.</translation>
    </message>
</context>
<context>
    <name>insights::SummaryCard</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 ggü. Vorperiode</translation>
    </message>
</context>
<context>
    <name>insights::TokenBanner</name>
    <message>
        <source>GitHub deletes traffic after 14 days — add a token to keep it.</source>
        <translation>GitHub löscht Traffic nach 14 Tagen — fügen Sie ein Token hinzu, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>The button opens GitHub with two scopes ticked: “repo” lets Insights read the traffic of your repositories (GitHub shows it only to accounts with push access), “read:user” the public profiles of the people who starred. The token is kept in the system keychain.</source>
        <translation>Die Schaltfläche öffnet GitHub mit zwei angekreuzten Scopes: „repo“ lässt Insights den Traffic Ihrer Repositories lesen (GitHub zeigt ihn nur Konten mit Schreibzugriff), „read:user“ die öffentlichen Profile der Sternvergebenden. Das Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Create a token on GitHub…</source>
        <translation>Token auf GitHub erstellen…</translation>
    </message>
    <message>
        <source>The GitHub token</source>
        <translation>Das GitHub-Token</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved. Collecting traffic…</source>
        <translation>Gespeichert. Sammle Traffic…</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Asking GitHub what this token can do…</source>
        <translation>Frage GitHub, was dieses Token kann…</translation>
    </message>
</context>
<context>
    <name>insights::TokenField</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Asks the service what this token can do; the token typed here, else the one in use.</source>
        <translation>Fragt den Dienst, was dieses Token kann; das hier eingegebene Token, sonst das verwendete.</translation>
    </message>
    <message>
        <source>%1 is set in the environment and is used instead.</source>
        <translation>%1 ist in der Umgebung gesetzt und wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>%1 from the environment is used</source>
        <translation>%1 aus der Umgebung wird verwendet</translation>
    </message>
    <message>
        <source>No keychain is available; set %1 in the environment.</source>
        <translation>Kein Schlüsselbund verfügbar; setzen Sie %1 in der Umgebung.</translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in a file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Your other settings are saved. Until the keychain works, set %1 in the environment instead; Save tries the keychain again.</source>
        <translation>Ihre übrigen Einstellungen sind gespeichert. Bis der Schlüsselbund funktioniert, setzen Sie stattdessen %1 in der Umgebung; Speichern versucht es erneut mit dem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>insights::TrackedPosts</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The tracked posts could not be read: %1</source>
        <translation>Die verfolgten Beiträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No posts are tracked yet.</source>
        <translation>Noch werden keine Beiträge verfolgt.</translation>
    </message>
</context>
<context>
    <name>insights::TrayIcon</name>
    <message>
        <source>Insights — collecting in the background</source>
        <translation>Insights – sammelt im Hintergrund</translation>
    </message>
    <message>
        <source>Open Insights</source>
        <translation>Insights öffnen</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt sammeln</translation>
    </message>
    <message>
        <source>Track Reddit post from clipboard</source>
        <translation>Reddit-Beitrag aus der Zwischenablage verfolgen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Track Reddit post</source>
        <translation>Reddit-Beitrag verfolgen</translation>
    </message>
</context>
<context>
    <name>insights::WelcomePage</name>
    <message>
        <source>Welcome to Insights</source>
        <translation>Willkommen bei Insights</translation>
    </message>
    <message>
        <source>Insights keeps your open-source project&apos;s numbers for good — stars, GitHub traffic (which GitHub deletes after 14 days), activity, PyPI downloads by people rather than bots, website visitors and Reddit posts — and shows them as charts. Most of it needs no token: start with your repository.</source>
        <translation>Insights bewahrt die Zahlen Ihres Open-Source-Projekts dauerhaft auf — Sterne, GitHub-Traffic (den GitHub nach 14 Tagen löscht), Aktivität, PyPI-Downloads durch Menschen statt Bots, Website-Besucher und Reddit-Beiträge — und zeigt sie als Diagramme. Das meiste braucht kein Token: Beginnen Sie mit Ihrem Repository.</translation>
    </message>
    <message>
        <source>Your repository (owner/name or a GitHub link)</source>
        <translation>Ihr Repository (owner/name oder ein GitHub-Link)</translation>
    </message>
    <message>
        <source>Your repository</source>
        <translation>Ihr Repository</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Track and collect</source>
        <translation>Verfolgen und sammeln</translation>
    </message>
    <message>
        <source>Look around with sample data</source>
        <translation>Mit Beispieldaten umsehen</translation>
    </message>
    <message>
        <source>Type your repository first, e.g. octocat/hello-world.</source>
        <translation>Geben Sie zuerst Ihr Repository ein, z. B. octocat/hello-world.</translation>
    </message>
    <message>
        <source>Asking GitHub about %1 and looking for its PyPI packages…</source>
        <translation>Frage GitHub nach %1 und suche seine PyPI-Pakete…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln star(s)</source>
        <translation>
            <numerusform>%1 — %Ln Stern</numerusform>
            <numerusform>%1 — %Ln Sterne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln star(s) — %2</source>
        <translation>
            <numerusform>%1 — %Ln Stern — %2</numerusform>
            <numerusform>%1 — %Ln Sterne — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Stars, star history and activity will be collected for it.</source>
        <translation>Dafür werden Sterne, Sternverlauf und Aktivität gesammelt.</translation>
    </message>
    <message>
        <source>PyPI packages that name this repository:</source>
        <translation>PyPI-Pakete, die dieses Repository nennen:</translation>
    </message>
    <message>
        <source>No PyPI package names this repository; you can add one later in Settings.</source>
        <translation>Kein PyPI-Paket nennt dieses Repository; Sie können später in den Einstellungen eines hinzufügen.</translation>
    </message>
    <message>
        <source>PyPI packages could not be looked up (%1); you can add them later in Settings.</source>
        <translation>PyPI-Pakete konnten nicht gesucht werden (%1); Sie können sie später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Website %1 on Plausible (needs a Plausible API key, added later)</source>
        <translation>Website %1 auf Plausible (braucht einen Plausible-API-Schlüssel, später hinzuzufügen)</translation>
    </message>
</context>
</TS>
