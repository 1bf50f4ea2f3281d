#pragma once
// What every fuzz target shares: the input as bytes, and a Qt core application (some parsers
// translate their messages) made once.
#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace insights::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

} // namespace insights::fuzz
