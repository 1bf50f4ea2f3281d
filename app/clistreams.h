#pragma once
// The command line's stdout and stderr as Qt streams: one of each for the whole program (inline:
// every file that prints shares them), so lines from different commands' files keep their order.
// Every line ends with Qt::endl, which flushes.
#include <QTextStream>

namespace insights::cli {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace insights::cli
