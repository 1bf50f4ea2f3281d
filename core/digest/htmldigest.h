#pragma once
// A digest as one self-contained HTML page: the Markdown digest's content with a table per subject
// and its charts as PNG images inside the page (data: URIs), styled inline; no script, no link
// to anything outside. Every text from servers and users is escaped. The page is well-formed XML
// too (closed tags, only XML's own entities), so mail clients and tests read it alike.
//
// Core draws no charts (that needs the widgets' chart code): the caller renders
// Digest::charts() and passes the PNG bytes in the same order; an empty one leaves its chart out.
#include "digest.h"

#include <QByteArray>

namespace insights {

QByteArray toHtml(const Digest &digest, const QList<QByteArray> &chartPngs = {});

} // namespace insights
