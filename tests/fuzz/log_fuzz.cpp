// libFuzzer target for the MTA log line parser and the queue-id join (issue 5): any bytes,
// split into lines, must parse or be counted as malformed; never crash, hang or read past
// the buffer (run with ASan/UBSan).
#include "mta/loganalyzer.h"
#include "mta/logline.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // The line parser on every line.
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = text.substr(start, nl - start);
        zaindari::maillog::SyslogLine sl;
        zaindari::maillog::PostfixEvent ev;
        if (zaindari::maillog::parseSyslogLine(line, &sl))
            zaindari::maillog::parsePostfixMessage(sl.program, sl.message, &ev);
        start = nl + 1;
    }
    // And the stateful analyzer over the whole input (joins, buckets, reports).
    zaindari::MailLogAnalyzer analyzer;
    analyzer.feed(text);
    analyzer.feedLine(text.substr(text.rfind('\n') == std::string_view::npos ? 0 : text.rfind('\n') + 1));
    const zaindari::LogParseStats &st = analyzer.stats();
    if (st.malformed > st.lines)
        __builtin_trap();
    analyzer.senders(st.oldest, st.newest);
    analyzer.series(st.newest - 3600, st.newest, 60); // bounded: random stamps span centuries
    return 0;
}
