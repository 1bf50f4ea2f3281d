// ClickHouse answers (FORMAT JSON) and exception codes from headers and bodies.
#include "clickhouse/clickhouseclient.h"
#include "fuzzinput.h"

using namespace insights;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray body = fuzz::bytes(data, size);
    (void)ClickHouseClient::parseAnswer(body, QStringLiteral("fuzz"), QStringLiteral("rows"));
    (void)ClickHouseClient::exceptionCode(body.left(32), body);
    return 0;
}
