// libFuzzer target: the postqueue -j scanner and everything that reads its result must never
// crash, hang or read out of bounds, whatever bytes arrive (a hostile or broken MTA host).
#include "mta/postqueueparser.h"
#include "mta/queueanalysis.h"

#include <cstddef>
#include <cstdint>

using namespace zaindari;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QueueListing listing;
    PostqueueParser parser(&listing, quint16(listing.hostIndex(QString())));
    // Split the input at a data-dependent point: lines cut across feed() calls must behave.
    const size_t cut = size ? data[0] % (size + 1) : 0;
    parser.feed(reinterpret_cast<const char *>(data), cut);
    parser.feed(reinterpret_cast<const char *>(data) + cut, size - cut);
    parser.finish();
    for (const QueueMessage &m : listing.messages) {
        if (m.firstRecipient + m.recipientCount > listing.recipients.size())
            __builtin_trap();
        (void)listing.reasonOf(m);
    }
    const QueueSummary s = summarize(listing, 1795990400);
    if (s.total != listing.count())
        __builtin_trap();
    QueueFilter f;
    f.text = QStringLiteral("a");
    f.recipientDomain = QStringLiteral("x.test");
    (void)filterRows(listing, f, 1795990400);
    return 0;
}
