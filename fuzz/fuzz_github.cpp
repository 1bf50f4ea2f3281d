// GitHub answers: GraphQL stargazer pages, REST stargazer pages and user profiles, traffic series,
// popular referrers/paths, repository counters, Link headers, star history pages and the star
// count. The first byte picks the parser.
#include "collectors/github/linkheader.h"
#include "collectors/github/starhistory.h"
#include "collectors/github/stargazerparser.h"
#include "collectors/github/trafficparser.h"
#include "fuzzinput.h"

using namespace insights;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    if (size == 0)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 9) {
    case 0: (void)stars::parseGraphQlPage(body); break;
    case 1: (void)stars::parseRestPage(body); break;
    case 2: {
        Stargazer star;
        (void)stars::parseRestUser(body, star);
        break;
    }
    case 3: (void)traffic::parseSeries(body, QStringLiteral("views")); break;
    case 4: (void)traffic::parsePopular(body, QStringLiteral("referrer")); break;
    case 5: (void)traffic::parseRepository(body); break;
    case 7: (void)stars::parseHistoryPage(body); break;
    case 8: (void)stars::parseStarCount(body); break;
    default: (void)parseLinkHeader(body); break;
    }
    return 0;
}
