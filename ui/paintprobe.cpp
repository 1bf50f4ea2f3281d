#include "paintprobe.h"

#include <QEvent>
#include <QTimer>

namespace insights {

PaintProbe::PaintProbe(QWidget *watched, QObject *parent) : QObject(parent), m_watched(watched)
{
    watched->installEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        m_watched->removeEventFilter(this);
        // Queued now, delivered after this paint event (and the frame it belongs to) is done.
        QTimer::singleShot(0, this, &PaintProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace insights
