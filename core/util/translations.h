#pragma once
// The user's language: installs the translation of Insights (compiled into the binary from
// translations/*.ts) and Qt's own for the first of the system's UI languages that has one.
// English is a translation too: it turns "%n star(s)" into "1 star" / "2 stars".
#include <QLocale>

namespace insights {

class Translations final {
public:
    // Needs a QCoreApplication. Returns the language installed ("de", "en").
    static QString install(const QLocale &locale = QLocale());
};

} // namespace insights
