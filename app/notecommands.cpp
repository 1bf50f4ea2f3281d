#include "notecommands.h"

#include "clicommands.h"
#include "clistreams.h"
#include "config/config.h"
#include "databaseopen.h"
#include "notes/notes.h"
#include "storage/database.h"

#include <QTextStream>

namespace insights {

namespace {

using cli::err;
using cli::out;

struct NoteArguments {
    QString action;      // add, list or remove
    QStringList values;  // the positional arguments after it
    std::optional<QString> subject;
};

NoteArguments split(const CommandLine &cl)
{
    NoteArguments args;
    args.values = cl.arguments;
    if (!cl.subjects.isEmpty())
        args.subject = cl.subjects.first();
    if (!args.values.isEmpty())
        args.action = args.values.takeFirst();
    return args;
}

QString addUsage()
{
    return NoteCommands::tr("usage: insights note add DATE TEXT [--subject S]");
}

QString listUsage()
{
    return NoteCommands::tr("usage: insights note list [--from DATE] [--to DATE] [--subject S]");
}

QString removeUsage()
{
    return NoteCommands::tr("usage: insights note remove ID");
}

bool openDatabase(Database &db, const QString &dataDir)
{
    if (auto st = openCommandDatabase(db, Config(dataDir)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return false;
    }
    return true;
}

// list and remove: the data directory must be there already (they never create it), then its
// database. Returns 0, or the exit code after saying why not.
int openExisting(Database &db, const QString &dataDir)
{
    if (CliCommands::dataDirMissing(dataDir))
        return ExitSourceFailed;
    if (const int failed = CliCommands::prepareDataDir(dataDir))
        return failed;
    return openDatabase(db, dataDir) ? 0 : ExitSourceFailed;
}

// Wrong input is the user's to fix (exit 2); anything else is the database's (exit 1).
int failure(const Error &error)
{
    if (error.kind == Error::Kind::Config)
        return CliCommands::usageError(error.message);
    err() << error.message << Qt::endl;
    return ExitSourceFailed;
}

int add(const NoteArguments &args, const QString &dataDir)
{
    const QString dateText = args.values.value(0);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return CliCommands::usageError(NoteCommands::tr("DATE takes a date like 2026-01-31, not \"%1\".").arg(dateText));
    const QString text = args.values.value(1);
    // Checked before the data directory is created: wrong input leaves no trace.
    if (auto st = Notes::validate(date, text); !st)
        return failure(st.error());
    if (const int failed = CliCommands::prepareDataDir(dataDir))
        return failed;
    Database db;
    if (!openDatabase(db, dataDir))
        return ExitSourceFailed;
    auto id = Notes(db.handle()).add(date, text, args.subject.value_or(QString()));
    if (!id)
        return failure(id.error());
    out() << NoteCommands::tr("note %1 added").arg(*id) << Qt::endl;
    return ExitOk;
}

int list(const CommandLine &cl, const NoteArguments &args, const QString &dataDir)
{
    Database db;
    if (const int failed = openExisting(db, dataDir))
        return failed;
    auto notes = Notes(db.handle()).list({cl.from, cl.to}, args.subject.value_or(QString()));
    if (!notes)
        return failure(notes.error());
    if (notes->isEmpty())
        err() << NoteCommands::tr("No notes. Add one with: insights note add DATE TEXT") << Qt::endl;
    for (const Note &note : std::as_const(*notes))
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(QString::number(note.id), note.date.toString(Qt::ISODate),
                          note.subject.isEmpty() ? QStringLiteral("–") : note.subject, note.text)
              << Qt::endl;
    return ExitOk;
}

int remove(const NoteArguments &args, const QString &dataDir)
{
    const QString idText = args.values.value(0);
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    if (!numeric || id <= 0)
        return CliCommands::usageError(
            NoteCommands::tr("\"%1\" is not a note ID: IDs are the numbers \"insights note list\" shows.").arg(idText));
    Database db;
    if (const int failed = openExisting(db, dataDir))
        return failed;
    auto removed = Notes(db.handle()).remove(id);
    if (!removed)
        return failure(removed.error());
    if (!*removed)
        return CliCommands::usageError(NoteCommands::tr("There is no note %1; \"insights note list\" shows them.").arg(id));
    out() << NoteCommands::tr("note %1 removed").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace

QString NoteCommands::usageError(const CommandLine &cl)
{
    const NoteArguments args = split(cl);
    const bool range = cl.from.isValid() || cl.to.isValid();
    if (args.action == QLatin1String("add"))
        return args.values.size() == 2 && !range ? QString() : addUsage();
    if (args.action == QLatin1String("list"))
        return args.values.isEmpty() ? QString() : listUsage();
    if (args.action == QLatin1String("remove"))
        return args.values.size() == 1 && !range && !args.subject ? QString() : removeUsage();
    return tr("usage: insights note add DATE TEXT [--subject S] | list [--from DATE] [--to DATE] [--subject S] | "
              "remove ID");
}

int NoteCommands::run(const CommandLine &cl, const QString &dataDir)
{
    const NoteArguments args = split(cl);
    if (args.action == QLatin1String("add"))
        return add(args, dataDir);
    if (args.action == QLatin1String("list"))
        return list(cl, args, dataDir);
    return remove(args, dataDir);
}

} // namespace insights
