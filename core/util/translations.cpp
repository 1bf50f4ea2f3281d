#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace insights {

QString Translations::install(const QLocale &locale)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    // The best of the locale's UI languages, else English (for its plurals).
    if (!own->load(locale, QStringLiteral("insights"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral("insights_en"), QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace insights
