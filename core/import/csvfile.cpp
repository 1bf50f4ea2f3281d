#include "csvfile.h"

#include <QDir>
#include <QFile>

namespace insights {

namespace {

// One line's fields; nullopt when a quote is left open.
std::optional<QStringList> splitLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field += line.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Error CsvFile::lineError(int line, const QString &reason) const
{
    return makeError(CsvReader::tr("%1, line %2: %3").arg(shown(path)).arg(line).arg(reason), Error::Kind::Parse);
}

Error CsvFile::fileError(const QString &reason) const
{
    return makeError(CsvReader::tr("%1: %2").arg(shown(path), reason), Error::Kind::Parse);
}

Result<CsvFile> CsvReader::read(const QString &path)
{
    CsvFile csv;
    csv.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return csv.fileError(tr("cannot be read (%1).").arg(file.errorString()));
    if (file.size() > kMaxBytes)
        return csv.fileError(tr("is larger than %1 MB; this is not a file of daily figures.").arg(kMaxBytes / (1024 * 1024)));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff))) // a byte-order mark, as spreadsheet programs write
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        auto fields = splitLine(line);
        if (!fields)
            return csv.lineError(int(i + 1), tr("a quoted field is not closed."));
        if (csv.header.isEmpty()) {
            for (QString &f : *fields)
                f = f.trimmed();
            csv.header = *fields;
            csv.headerLine = int(i + 1);
        } else {
            csv.rows.append({int(i + 1), *fields});
        }
    }
    if (csv.header.isEmpty())
        return csv.fileError(tr("is empty: it has no header line."));
    return csv;
}

QStringList CsvReader::header(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (line.startsWith(QChar(0xfeff)))
        line.remove(0, 1);
    auto fields = splitLine(line);
    if (!fields)
        return {};
    for (QString &f : *fields)
        f = f.trimmed();
    return *fields;
}

} // namespace insights
