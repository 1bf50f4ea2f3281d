#pragma once
// "Track Reddit post" from the tray in one click: the Reddit link in the clipboard (the text may
// hold other words around it), or a message that says the clipboard holds none.
#include "util/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

class ClipboardLink final {
    Q_DECLARE_TR_FUNCTIONS(ClipboardLink)
public:
    // The first Reddit post link (or share link) in `text`.
    static Result<QString> redditLink(const QString &text, const QUrl &redditBase = {});
};

} // namespace insights
