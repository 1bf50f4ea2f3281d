#pragma once
// The timeline title of a day with stars (SPEC §1): one star reads "#99 - ncthuc", several read
// "#80-#85 (6 stars)". Numbers need not be contiguous (a star counted out between two others).
#include <QString>

namespace insights {

// `login` is used for a single star; an empty one (a deleted account) reads "ghost", as on GitHub.
QString starDayTitle(int firstNumber, int lastNumber, int count, const QString &login);

} // namespace insights
