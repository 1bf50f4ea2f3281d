#include "pypiname.h"

#include <QRegularExpression>

namespace insights {

Result<QString> PyPiName::normalize(const QString &name)
{
    // PEP 508: ASCII letters and digits, with ".", "_" and "-" inside; PyPI rejects longer names.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 200 || !valid.match(trimmed).hasMatch())
        return makeError(tr("\"%1\" is not a PyPI package name (letters, digits and . _ - inside, e.g. requests or "
                            "django-rest-framework).")
                             .arg(trimmed.left(80)),
                         Error::Kind::Config);
    return trimmed.toLower().replace(separators, QStringLiteral("-"));
}

} // namespace insights
