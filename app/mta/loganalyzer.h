#pragma once
// Joins Postfix log lines by queue id and keeps per-sender, per-minute counts. Single-threaded
// and allocation-light: a line costs a header parse, an event parse and at most one hash
// lookup. Feed lines in log order (a file from its start, or a follower's new bytes); the
// analyzer can be fed forever (a 2 GB log is read once): finished messages are dropped when
// qmgr logs "removed", and half-seen ones are pruned after maxMessageAge.

#include "logline.h"
#include "ratestypes.h"

#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zaindari {

class MailLogAnalyzer
{
public:
    MailLogAnalyzer();

    // Year inference and zone for traditional syslog stamps (see SyslogClock). Default: anchored
    // to now, UTC.
    void setClock(const maillog::SyslogClock &clock) { m_clock = clock; }
    const maillog::SyslogClock &clock() const { return m_clock; }

    // One line without its newline. Malformed lines are counted and skipped.
    void feedLine(std::string_view line);
    // A buffer of complete lines ("\n"-separated; a trailing partial line is ignored and its
    // length returned so the caller can keep it for the next chunk).
    size_t feed(std::string_view buffer);

    // Called for every message accepted into the queue, in log order: the detector's input.
    // key is the sender index (stable for the analyzer's life).
    using SubmissionHook = std::function<void(qint64 t, int key, const SenderIdentity &who)>;
    void setSubmissionHook(SubmissionHook hook) { m_hook = std::move(hook); }

    const LogParseStats &stats() const { return m_stats; }
    int senderCount() const { return int(m_senders.size()); }
    const SenderIdentity &sender(int key) const { return m_senders[size_t(key)].who; }

    // Per-sender totals over [since, until] (UTC s, inclusive minutes), most messages first.
    QVector<SenderRate> senders(qint64 since, qint64 until) const;
    // Contiguous buckets (60 or 3600 s) over [since, until]; account empty = everybody.
    RateSeries series(qint64 since, qint64 until, int bucketSeconds, const QString &account = {}) const;
    // Usual hourly peak of a sender before `before`: the median of its per-day busiest hour
    // over the days it sent anything (a single bad day does not become "usual").
    double usualHourlyPeak(int key, qint64 before) const;

    // The sender (SASL login, or sender + client) of a message still open in the log (not yet
    // "removed"): the Queues page groups queued messages by login with it. Null when unknown.
    const SenderIdentity *senderOfQueueId(std::string_view queueId) const;

    // MTA-side authentication failures (the log names the IP only, Postfix 3.7).
    const std::map<std::string, quint64> &saslFailuresByIp() const { return m_saslFailures; }
    quint64 rejects() const { return m_rejects; }
    size_t openMessages() const { return m_messages.size(); }

    static constexpr qint64 maxMessageAge = 7 * 86400; // > maximal_queue_lifetime (5d)

private:
    struct Key
    {
        quint64 w[4] = {0, 0, 0, 0};
        static Key from(std::string_view id);
        bool operator==(const Key &o) const
        {
            return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2] && w[3] == o.w[3];
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            quint64 h = k.w[0] * 0x9E3779B97F4A7C15ULL ^ (k.w[1] + 0x632BE59BD9B4E019ULL);
            h ^= (k.w[2] * 0xC2B2AE3D27D4EB4FULL) ^ k.w[3];
            return size_t(h ^ (h >> 29));
        }
    };
    struct Message
    {
        qint64 t = 0; // submission time
        qint64 lastSeen = 0;
        int sender = -1; // set by a SASL login, a parent, or at qmgr time
        quint32 nrcpt = 0;
        bool submitted = false; // saw smtpd client= / pickup / cleanup: new in this log
        bool counted = false;
        bool outbound = false;
        char client[46] = {}; // IP from smtpd client=, for unauthenticated attribution
        std::vector<quint32> deferredRcpts; // hashes, so retries count once
    };
    struct Bucket
    {
        quint32 messages = 0, recipients = 0, outbound = 0, sent = 0, deferred = 0, deferredMessages = 0,
                bounced = 0;
    };
    struct Sender
    {
        std::string key;
        SenderIdentity who;
        std::map<qint64, Bucket> minutes; // minute start -> counts
        std::map<qint64, quint32> hours; // hour start -> messages (for the baseline)
        std::unordered_map<std::string, qint64> domains; // recipient domain -> last seen
        qint64 firstSeen = 0, lastSeen = 0;
    };

    void apply(qint64 t, const maillog::PostfixEvent &ev);
    int senderFor(std::string_view key, bool authenticated, std::string_view account,
                  std::string_view client);
    Bucket &bucket(int sender, qint64 t);
    Bucket &globalBucket(qint64 t);
    void countMessage(Message &m, qint64 t);
    void prune(qint64 now);

    maillog::SyslogClock m_clock;
    LogParseStats m_stats;
    std::unordered_map<Key, Message, KeyHash> m_messages;
    std::deque<Sender> m_senders; // deque: the string_view keys below stay valid
    std::unordered_map<std::string_view, int> m_senderIndex;
    std::map<qint64, Bucket> m_global;
    std::map<std::string, quint64> m_saslFailures;
    quint64 m_rejects = 0;
    qint64 m_lastPrune = 0;
    SubmissionHook m_hook;
    std::string m_scratch;
};

} // namespace zaindari
