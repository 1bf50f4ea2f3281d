// Reddit: post listings (by id) and every link form a user pastes (text, so as UTF-8 and Latin-1).
#include "collectors/reddit/redditpost.h"
#include "collectors/reddit/redditurl.h"
#include "fuzzinput.h"

#include <QUrl>

using namespace insights;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray body = fuzz::bytes(data, size);
    (void)RedditPostParser::parse(body, QStringLiteral("abc123"));
    (void)RedditUrl::parse(QString::fromUtf8(body));
    (void)RedditUrl::parse(QString::fromLatin1(body), QUrl(QStringLiteral("http://127.0.0.1:8080/reddit")));
    return 0;
}
