#include "digestcommand.h"

#include "chartexport.h"
#include "clicommands.h"
#include "clistreams.h"
#include "config/config.h"
#include "databaseopen.h"
#include "digest/htmldigest.h"
#include "digest/markdowndigest.h"
#include "storage/database.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QSaveFile>
#include <QStyle>

namespace insights {

namespace {

using cli::err;

bool isHtml(const CommandLine &cl)
{
    return cl.format == QLatin1String("html");
}

// `bytes` to --out, written aside and renamed when complete, or to stdout.
bool write(const QByteArray &bytes, const QString &out)
{
    if (out.isEmpty() || out == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            err() << DigestCommand::tr("Cannot write to the standard output.") << Qt::endl;
            return false;
        }
        return true;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << DigestCommand::tr("Cannot write %1: %2").arg(out, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

DateRange DigestCommand::period(const CommandLine &cl, const QDate &today)
{
    if (cl.from.isValid() && cl.to.isValid())
        return {cl.from, cl.to};
    if (cl.from.isValid())
        return {cl.from, cl.from.addDays(6)};
    if (cl.to.isValid())
        return {cl.to.addDays(-6), cl.to};
    return Digest::lastWeek(today);
}

bool DigestCommand::drawsCharts(const CommandLine &cl)
{
    return cl.command == QLatin1String("digest") && isHtml(cl);
}

QList<QByteArray> DigestCommand::chartImages(const Digest &digest)
{
    QList<QByteArray> out;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return out;
    const QPalette palette = QApplication::style()->standardPalette();
    for (const ChartData &chart : digest.charts()) {
        QImage image = ChartExport::image(chart, QSize(kChartWidth, kChartHeight), 1.0, palette);
        image.reinterpretAsFormat(QImage::Format_RGB32); // opaque: the same bytes, no alpha channel to encode
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(70); // as ChartExport: zlib level 2, a quarter less time for a few more bytes
        out.append(writer.write(image) ? buffer.data() : QByteArray());
    }
    return out;
}

int DigestCommand::run(const CommandLine &cl, const QString &dataDir)
{
    const DateRange range = period(cl, QDate::currentDate());
    Database db;
    if (auto st = openCommandDatabase(db, Config(dataDir)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    auto digest = Digest::build(db.handle(), range, isHtml(cl));
    if (!digest) {
        err() << digest.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    // Nothing to tell is not a success: a scheduled digest would otherwise mail empty weeks forever.
    if (digest->nothingTracked()) {
        err() << tr("Nothing is tracked, so there is nothing to digest. Run: insights track OWNER/REPO") << Qt::endl;
        return ExitSourceFailed;
    }
    if (!digest->hasData()) {
        err() << tr("Nothing is stored for %1 to %2; no digest was written.")
                     .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))
              << Qt::endl;
        return ExitSourceFailed;
    }
    const QByteArray bytes = isHtml(cl) ? toHtml(*digest, chartImages(*digest)) : toMarkdown(*digest).toUtf8();
    if (!write(bytes, cl.out))
        return ExitSourceFailed;
    if (!cl.out.isEmpty() && cl.out != QLatin1String("-"))
        err() << tr("Digest of %1 to %2 written to %3.")
                     .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate), cl.out)
              << Qt::endl;
    return ExitOk;
}

} // namespace insights
