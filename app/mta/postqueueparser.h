#pragma once
// Single-pass scanner for `postqueue -j` output: one JSON object per line (Postfix showq_json):
//   {"queue_name":"deferred","queue_id":"4XyZ...","arrival_time":1700000000,
//    "message_size":1234,"forced_expire":false,"sender":"a@b",
//    "recipients":[{"address":"c@d","delay_reason":"..."}]}
// A generic JSON DOM (QJsonDocument) allocates per value and cannot reach the 200 MB/s the
// queue view needs, so this scanner reads exactly that shape: keys in any order, unknown keys
// skipped, escapes (\uXXXX with surrogate pairs) decoded. A malformed or truncated line is
// skipped and counted, never fatal: postqueue output cut by a dropped connection still gives
// every complete message.

#include "queuetypes.h"

#include <QByteArrayView>

#include <string>

namespace zaindari {

class PostqueueParser
{
public:
    // Appends to *out; every message gets host index `host` (see QueueListing::hostIndex).
    explicit PostqueueParser(QueueListing *out, quint16 host = 0);

    // Feeds any slice of the stream; lines may be split across calls.
    void feed(const char *data, size_t size);
    void feed(QByteArrayView data) { feed(data.data(), size_t(data.size())); }
    // Parses a last line without a newline (a truncated stream ends here).
    void finish();

    qint64 linesSeen() const { return m_line; }

    // Convenience for a whole buffer.
    static QueueListing parse(QByteArrayView data, const QString &host = QString());

    static constexpr int MaxBrokenLineNumbers = 20;

private:
    void parseLine(const char *begin, const char *end);
    bool parseObject(const char *&p, const char *end, QueueMessage &m);

    QueueListing *m_out;
    quint16 m_host;
    qint64 m_line = 0;
    std::string m_pending; // a line split across feed() calls
    std::string m_scratch; // decoded string with escapes
};

} // namespace zaindari
