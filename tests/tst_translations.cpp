// No user-visible string is left untranslatable or untranslated:
//  - lupdate over app/, core/ and ui/ finds exactly the strings translations/insights_de.ts holds
//    (a new tr() without a translation, or a stale one, fails here), and every one has a German
//    text with the same placeholders (plurals: both forms);
//  - the window and the settings in German show no English text that has a German translation
//    (a string shown without going through tr(), or before the translator, would);
//  - English plurals read "1 star" / "2 stars".
#include "dashboardpage.h"
#include "sample/datasetgenerator.h"
#include "mainwindow.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace insights;

namespace {

struct Message {
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            current = Message{};
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                current.translations << xml.text().toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Every text a user can read in `root` and its children.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        if (auto *table = qobject_cast<QTableView *>(w); table && table->model())
            for (int c = 0; c < table->model()->columnCount(); ++c)
                texts << table->model()->headerData(c, Qt::Horizontal).toString();
        for (QAction *action : w->actions())
            texts << action->text() << action->toolTip();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    const QString m_ts = QStringLiteral(INSIGHTS_SOURCE_DIR "/translations/insights_de.ts");

private slots:
    void everyStringInTheCodeHasAGermanText()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(INSIGHTS_SOURCE_DIR "/app"), QStringLiteral(INSIGHTS_SOURCE_DIR "/core"),
                       QStringLiteral(INSIGHTS_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120'000) && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QSet<QString> inCode, inTs;
        for (const Message &m : readTs(fresh))
            inCode << m.source;
        const QList<Message> committed = readTs(m_ts);
        for (const Message &m : committed)
            inTs << m.source;
        QVERIFY(inCode.size() > 300);
        const QSet<QString> untranslated = inCode - inTs, stale = inTs - inCode;
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("not in insights_de.ts (run cmake --build build --target "
                                                                    "update_translations, then translate): ")
                                                     + QStringList(untranslated.values()).join(QStringLiteral(" | "))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the code: ") + QStringList(stale.values()).join(QStringLiteral(" | "))));

        for (const Message &m : committed) {
            QVERIFY2(!m.unfinished && !m.translations.isEmpty(), qPrintable(QStringLiteral("no German for: ") + m.source));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(m.source));
                QStringList wanted = placeholders(m.source);
                // A singular may say "jede Stunde" for "%n hour(s)".
                if (m.translations.size() > 1 && &t == &m.translations.first())
                    wanted.removeAll(QStringLiteral("%n"));
                QStringList have = placeholders(t);
                if (m.translations.size() > 1 && &t == &m.translations.first())
                    have.removeAll(QStringLiteral("%n"));
                QVERIFY2(have == wanted, qPrintable(QStringLiteral("placeholders differ: %1 → %2").arg(m.source, t)));
            }
        }
    }

    void theWindowInGermanShowsNoEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(QDate::currentDate())).ok());
        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));

        // English texts that German spells differently: none of them may be on screen.
        QSet<QString> english;
        for (const Message &m : readTs(m_ts))
            if (m.translations.size() == 1 && m.translations.first() != m.source && !m.source.contains(QLatin1Char('%')))
                english << m.source;
        QVERIFY(english.contains(QStringLiteral("Settings…")));

        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.resize(1280, 900);
        window.show();
        QStringList seen;
        for (const QString &page : {QStringLiteral("stars"), QStringLiteral("traffic"), QStringLiteral("activity"),
                                    QStringLiteral("pypi"), QStringLiteral("plausible"), QStringLiteral("reddit"),
                                    QStringLiteral("sources")}) {
            window.showPage(page);
            QTRY_VERIFY(window.isIdle());
            QCoreApplication::processEvents();
            seen << visibleTexts(&window);
        }
        MemorySecretService secrets;
        AppService service_settings(dir.path(), &secrets);
        SettingsDialog settings(service_settings);
        seen << visibleTexts(&settings);

        QStringList english_seen;
        for (const QString &text : std::as_const(seen))
            if (english.contains(text))
                english_seen << text;
        english_seen.removeDuplicates();
        QVERIFY2(english_seen.isEmpty(), qPrintable(QStringLiteral("shown in English: ") + english_seen.join(QStringLiteral(" | "))));
        QVERIFY(seen.contains(QStringLiteral("Einstellungen…")));
        QVERIFY(seen.contains(QStringLiteral("Sterne im Verlauf")) || seen.contains(QStringLiteral("Neue Sterne")));
    }

    void englishPluralsReadNaturally()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral("insights_en"), QStringLiteral(":/i18n")));
        QCOMPARE(en.translate("CliCommands", "%n row(s) exported.", nullptr, 1), QStringLiteral("%n row exported."));
        QCOMPARE(en.translate("CliCommands", "%n row(s) exported.", nullptr, 3), QStringLiteral("%n rows exported."));
        QTranslator de;
        QVERIFY(de.load(QStringLiteral("insights_de"), QStringLiteral(":/i18n")));
        QCOMPARE(de.translate("CliCommands", "%n row(s) exported.", nullptr, 1), QStringLiteral("%n Zeile exportiert."));
        QCOMPARE(de.translate("CliCommands", "%n row(s) exported.", nullptr, 2), QStringLiteral("%n Zeilen exportiert."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
