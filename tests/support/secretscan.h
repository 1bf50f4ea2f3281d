#pragma once
// Where a secret must never be: the files under a data directory (hidden ones too).
#include <QByteArrayList>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace insights::test {

// The files under `dir` that contain any of `secrets`, or that cannot be read (so cannot be
// cleared); `scanned` (optional) counts the files looked at. A file removed between the listing
// and the reading (SQLite's journal of a transaction that just ended) holds nothing any more and
// is not counted; one that still exists but cannot be opened is.
inline QStringList filesContaining(const QString &dir, const QByteArrayList &secrets, int *scanned = nullptr)
{
    QStringList found;
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            if (!f.exists())
                continue;
            ++files;
            found << f.fileName() + QStringLiteral(" (unreadable)");
            continue;
        }
        ++files;
        const QByteArray content = f.readAll();
        for (const QByteArray &secret : secrets)
            if (content.contains(secret)) {
                found << f.fileName();
                break;
            }
    }
    if (scanned)
        *scanned = files;
    return found;
}

} // namespace insights::test
