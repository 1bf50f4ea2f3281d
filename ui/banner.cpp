#include "banner.h"

namespace insights {

Banner::Banner(Tone tone, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(10, 8, 10, 8);
    setStyleSheet(tone == Tone::Error ? QStringLiteral("background:#fde2e1; color:#7a1212;")
                                      : QStringLiteral("background:#fff4ce; color:#5c4400;"));
    hide();
}

void Banner::setLines(const QStringList &lines)
{
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

} // namespace insights
