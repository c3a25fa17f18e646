#pragma once
// Generates realistic `postqueue -j` output: a few hundred senders (one of them a flood), many
// distinct external recipients, the delay reasons Postfix writes when the relay is down.

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace zaindari::bench {

inline QByteArray generatePostqueue(int messages, qint64 now, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    static const char *domains[] = {"gmail.com", "mail.ru", "gmx.de", "yahoo.com", "outlook.com",
                                    "hotmail.com", "web.de", "example.org", "euskaltel.net", "tartanga.test"};
    static const char *reasons[] = {
        "delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:2525: Connection refused",
        "connect to 127.0.0.1[127.0.0.1]:2525: Connection refused",
        "host mx.example.org[192.0.2.10] said: 450 4.7.1 Client host rejected: try again later (in reply to RCPT TO command)",
        "conversation with mx.mail.ru[203.0.113.5] timed out while receiving the initial server greeting",
    };
    static const char *queues[] = {"deferred", "deferred", "deferred", "deferred", "active", "hold", "incoming"};
    QByteArray out;
    out.reserve(qsizetype(messages) * 420);
    for (int i = 0; i < messages; ++i) {
        const bool flood = rng.bounded(3) == 0;
        const QByteArray sender = flood ? QByteArray("ikasle3@tartanga.test")
                                        : QByteArray("user") + QByteArray::number(rng.bounded(400)) + "@tartanga.test";
        const char *queue = queues[rng.bounded(7)];
        QByteArray line = "{\"queue_name\": \"";
        line += queue;
        line += "\", \"queue_id\": \"";
        line += QByteArray::number(0x10000000000LL + i * 7919LL, 16).toUpper();
        line += "\", \"arrival_time\": ";
        line += QByteArray::number(now - rng.bounded(200000));
        line += ", \"message_size\": ";
        line += QByteArray::number(300 + rng.bounded(50000));
        line += ", \"forced_expire\": false, \"sender\": \"";
        line += sender;
        line += "\", \"recipients\": [";
        const int n = 1 + int(rng.bounded(100) < 80 ? 0 : rng.bounded(3));
        for (int r = 0; r < n; ++r) {
            if (r)
                line += ", ";
            line += "{\"address\": \"rcpt";
            line += QByteArray::number(rng.bounded(60000));
            line += '@';
            line += domains[rng.bounded(10)];
            line += '"';
            if (qstrcmp(queue, "deferred") == 0) {
                line += ", \"delay_reason\": \"";
                line += reasons[rng.bounded(4)];
                line += '"';
            }
            line += '}';
        }
        line += "]}\n";
        out += line;
    }
    return out;
}

} // namespace zaindari::bench
