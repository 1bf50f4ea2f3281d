// Plausible answers: v2 query pages (turned into totals, pages and countries) and v1 timeseries
// and breakdowns. The first byte picks the shape.
#include "collectors/plausible/plausiblefigures.h"
#include "fuzzinput.h"

using namespace insights;
using namespace insights::plausible;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    if (size == 0)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const int dimensions = 1 + data[0] / 3 % 2;
        if (auto page = Parser::v2(body, dimensions == 1 ? 4 : 3, dimensions)) {
            (void)Parser::totalsFromV2(*page);
            (void)Parser::pagesFromV2(*page);
            (void)Parser::countriesFromV2(*page);
        }
        break;
    }
    case 1: (void)Parser::v1Timeseries(body); break;
    default:
        if (auto rows = Parser::v1Breakdown(body)) {
            (void)Parser::pagesFromV1(*rows, QDate(2026, 1, 1));
            (void)Parser::countriesFromV1(*rows, QDate(2026, 1, 1));
        }
        break;
    }
    return 0;
}
