#pragma once
// PyPI project names (PEP 508 validity, PEP 503 normalisation). The dataset stores names
// normalised and lower-case; a name no package can have is refused before any query, with a
// message, so nothing is stored for it.
#include "util/result.h"

#include <QCoreApplication>

namespace insights {

class PyPiName final {
    Q_DECLARE_TR_FUNCTIONS(PyPiName)
public:
    // "Django_REST.framework" → "django-rest-framework"; an error for anything that is not a name.
    static Result<QString> normalize(const QString &name);
};

} // namespace insights
