#pragma once
// Generates a Postfix log in the real format (as postlogd/syslog write /var/log/zimbra.log on a
// Zimbra MTA), with the ground truth the analyzer must find: a school day of submissions with
// SASL logins, local deliveries, outbound mail deferred/sent/bounced, retries, rejects, SASL
// failures, noise lines, optional malformed lines and one captured account's burst. Used by
// the rates tests and by the benchmark (the same file goes to pflogsumm).
//
// Header-only, no Qt: std only, deterministic for a seed.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace loggen {

struct Options
{
    std::uint64_t seed = 7;
    int accounts = 100;
    long messages = 2000; // normal messages
    long long start = 1764403200; // UTC seconds of the first line (2025-11-29 08:00:00)
    long long duration = 8 * 3600; // normal mail spread over this many seconds
    double externalShare = 0.6;
    double bounceShare = 0.03; // of outbound recipients
    double deferShare = 0.5; // of outbound recipients (relay down)
    int retries = 1; // deferred messages are retried this many times (qmgr from= again)
    // The burst: `burstMessages` from `burstAccount` starting `burstOffset` s after start, at
    // `burstPerMinute`.
    std::string burstAccount = "ikasle3@tartanga.test";
    long burstMessages = 0;
    long long burstOffset = 6 * 3600;
    int burstPerMinute = 300;
    long malformedEvery = 0; // one malformed line every N lines (0 = none)
    bool isoStamps = false; // RFC 3339 stamps instead of "Mmm dd hh:mm:ss"
    std::string host = "mta";
    std::string domain = "tartanga.test";
};

struct AccountTruth
{
    long messages = 0;
    long recipients = 0;
    long deferredMessages = 0;
    long deferredRecipients = 0;
    long bouncedRecipients = 0;
    std::map<long long, long> perMinute; // UTC minute start -> messages
};

struct Truth
{
    std::map<std::string, AccountTruth> accounts;
    long long lines = 0;
    long long malformed = 0;
    long long burstStart = 0; // UTC seconds of the burst's first submission
    long long first = 0, last = 0;
    long unauthenticatedMessages = 0;
};

class Generator
{
public:
    explicit Generator(Options o)
        : m_o(std::move(o))
        , m_rng(m_o.seed)
    { }

    // Calls sink(line) for each line, without the newline.
    template<typename Sink> Truth run(Sink &&sink)
    {
        Truth truth;
        struct Event
        {
            long long t;
            bool burst;
        };
        std::vector<Event> plan;
        std::uniform_real_distribution<double> u(0, 1);
        for (long i = 0; i < m_o.messages; ++i)
            plan.push_back({m_o.start + (long long)(u(m_rng) * double(m_o.duration)), false});
        const double gap = 60.0 / std::max(1, m_o.burstPerMinute);
        for (long i = 0; i < m_o.burstMessages; ++i)
            plan.push_back({m_o.start + m_o.burstOffset + (long long)(double(i) * gap), true});
        std::stable_sort(plan.begin(), plan.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
        if (m_o.burstMessages)
            truth.burstStart = m_o.start + m_o.burstOffset;

        std::vector<std::string> deferredLater; // lines emitted at the end (retries)
        for (size_t i = 0; i < plan.size(); ++i) {
            const Event &e = plan[i];
            const bool unauth = !e.burst && (i % 53) == 7; // a few from a web app without login
            std::string account = e.burst
                ? m_o.burstAccount
                : "ikasle" + std::to_string(1 + int(u(m_rng) * m_o.accounts)) + "@" + m_o.domain;
            if (!e.burst && (i % 5) == 0)
                account = "irakasle" + std::to_string(1 + (i / 5) % 20) + "@" + m_o.domain;
            const std::string qid = queueId();
            const std::string ip = e.burst ? "203.0.113.77" : "10.0.0." + std::to_string(1 + i % 200);
            const int smtpdPid = 1000 + int(i % 50);
            long long t = e.t;
            emit(sink, truth, t, "postfix/submission/smtpd", smtpdPid, "connect from unknown[" + ip + "]");
            if (unauth)
                emit(sink, truth, t, "postfix/smtpd", smtpdPid, qid + ": client=web.tartanga.test[10.1.1.5]");
            else
                emit(sink, truth, t, "postfix/submission/smtpd", smtpdPid,
                     qid + ": client=unknown[" + ip + "], sasl_method=PLAIN, sasl_username=" + account);
            emit(sink, truth, t, "postfix/cleanup", 2000,
                 qid + ": message-id=<" + qid + "." + std::to_string(i) + "@" + m_o.domain + ">");
            const int nrcpt = 1 + int(u(m_rng) * 3);
            const std::string sender = unauth ? "noreply@" + m_o.domain : account;
            emit(sink, truth, t, "postfix/qmgr", 3000,
                 qid + ": from=<" + sender + ">, size=" + std::to_string(1500 + int(u(m_rng) * 40000))
                     + ", nrcpt=" + std::to_string(nrcpt) + " (queue active)");
            const std::string key = unauth ? "noreply@" + m_o.domain : account;
            AccountTruth &a = truth.accounts[key];
            if (unauth)
                ++truth.unauthenticatedMessages;
            ++a.messages;
            a.recipients += nrcpt;
            ++a.perMinute[e.t - e.t % 60];
            emit(sink, truth, t, "postfix/submission/smtpd", smtpdPid,
                 "disconnect from unknown[" + ip + "] ehlo=1 auth=1 mail=1 rcpt=" + std::to_string(nrcpt)
                     + " data=1 quit=1 commands=" + std::to_string(5 + nrcpt));
            bool anyDeferred = false;
            const bool external = e.burst || u(m_rng) < m_o.externalShare;
            for (int r = 0; r < nrcpt; ++r) {
                const long long td = t + 1;
                if (!external) {
                    emit(sink, truth, td, "postfix/lmtp", 4000 + r,
                         qid + ": to=<ikasle" + std::to_string(1 + r) + "@" + m_o.domain
                             + ">, relay=mail.tartanga.test[127.0.0.1]:7025, delay=0.31, "
                               "delays=0.05/0.01/0.1/0.15, dsn=2.0.0, status=sent (250 2.1.5 Delivery OK)");
                    continue;
                }
                const std::string to = "familia" + std::to_string(int(u(m_rng) * 5000)) + "@ext"
                    + std::to_string(int(u(m_rng) * 40)) + ".example";
                const double p = u(m_rng);
                if (p < m_o.deferShare || e.burst) {
                    emit(sink, truth, td, "postfix/smtp", 5000 + r,
                         qid + ": to=<" + to
                             + ">, relay=none, delay=1.2, delays=0.1/0/1.1/0, dsn=4.4.1, status=deferred "
                               "(connect to 127.0.0.1[127.0.0.1]:2525: Connection refused)");
                    ++a.deferredRecipients;
                    anyDeferred = true;
                    deferredLater.push_back(qid + "|" + to);
                } else if (p < m_o.deferShare + m_o.bounceShare) {
                    emit(sink, truth, td, "postfix/smtp", 5000 + r,
                         qid + ": to=<" + to
                             + ">, relay=mx.example[192.0.2.25]:25, delay=0.9, delays=0.1/0/0.4/0.4, "
                               "dsn=5.1.1, status=bounced (host mx.example[192.0.2.25] said: 550 5.1.1 <"
                             + to
                             + ">: Recipient address rejected: User unknown (in reply to RCPT TO command))");
                    ++a.bouncedRecipients;
                } else {
                    emit(sink, truth, td, "postfix/smtp", 5000 + r,
                         qid + ": to=<" + to
                             + ">, relay=mx.example[192.0.2.25]:25, delay=0.8, delays=0.1/0/0.3/0.4, "
                               "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4F"
                             + qid.substr(2) + ")");
                }
            }
            if (anyDeferred)
                ++a.deferredMessages;
            else
                emit(sink, truth, t + 1, "postfix/qmgr", 3000, qid + ": removed");
            if ((i % 97) == 3) {
                emit(sink, truth, t, "postfix/submission/smtpd", smtpdPid,
                     "warning: unknown[198.51.100." + std::to_string(i % 250)
                         + "]: SASL LOGIN authentication failed: authentication failure");
                emit(sink, truth, t, "postfix/smtpd", smtpdPid,
                     "NOQUEUE: reject: RCPT from unknown[198.51.100.9]: 554 5.7.1 <x@elsewhere.example>: "
                     "Relay access denied; from=<spam@elsewhere.example> to=<x@elsewhere.example> "
                     "proto=ESMTP helo=<spam>");
                emit(sink, truth, t, "postfix/anvil", 99,
                     "statistics: max connection rate 3/60s for (smtp:10.0.0.1) at Nov 29 08:00:01");
            }
        }
        // One retry pass an hour after the last message: qmgr logs from= again (not a new
        // message) and the deferral again (not a new deferred recipient).
        long long t = m_last + 3600;
        std::string lastQid;
        for (int pass = 0; pass < m_o.retries; ++pass) {
            for (const std::string &d : deferredLater) {
                const std::string qid = d.substr(0, d.find('|'));
                const std::string to = d.substr(d.find('|') + 1);
                if (qid != lastQid)
                    emit(sink, truth, t, "postfix/qmgr", 3000,
                         qid + ": from=<someone@" + m_o.domain + ">, size=2000, nrcpt=1 (queue active)");
                lastQid = qid;
                emit(sink, truth, t, "postfix/error", 6000,
                     qid + ": to=<" + to
                         + ">, relay=none, delay=3600, delays=3600/0/0/0, dsn=4.4.1, status=deferred "
                           "(delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:2525: "
                           "Connection refused)");
            }
            t += 3600;
        }
        truth.first = m_first;
        truth.last = m_last;
        return truth;
    }

private:
    std::string queueId()
    {
        // Short queue ids: upper-case hex, unique per generator.
        char buf[16];
        std::snprintf(buf, sizeof buf, "%010llX",
                      (unsigned long long)(0x1A2B3C0000ULL + (++m_counter) * 7919ULL));
        return buf;
    }

    std::string stamp(long long t)
    {
        std::time_t tt = std::time_t(t);
        std::tm tm {};
        gmtime_r(&tt, &tm);
        char buf[40];
        if (m_o.isoStamps)
            std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S.000000+00:00", &tm);
        else {
            static const char *months[]
                = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            std::snprintf(buf, sizeof buf, "%s %2d %02d:%02d:%02d", months[tm.tm_mon], tm.tm_mday, tm.tm_hour,
                          tm.tm_min, tm.tm_sec);
        }
        return buf;
    }

    template<typename Sink>
    void emit(Sink &sink, Truth &truth, long long t, const char *program, int pid, const std::string &msg)
    {
        if (m_first == 0)
            m_first = t;
        m_last = std::max(m_last, t);
        std::string line
            = stamp(t) + " " + m_o.host + " " + program + "[" + std::to_string(pid) + "]: " + msg;
        sink(line);
        ++truth.lines;
        if (m_o.malformedEvery > 0 && truth.lines % m_o.malformedEvery == 0) {
            static const char *bad[] = {
                "garbage without any stamp \x01\x02",
                "Nox 29 08:00:00 mta postfix/smtpd[1]: month that does not exist",
                "Nov 29 25:61:00 mta postfix/smtpd[1]: impossible time",
                "Nov 29 08:00:00 mta",
                "Nov 29 08:00:00 mta postfix/qmgr[3000]: 0FFFFFFFFF: from=<broken@x>, size=abc, nrcpt=1 "
                "(queue active)",
                "Nov 29 08:00:00 mta postfix/smtp[5000]: 0EEEEEEEEE: to=<cut@x",
            };
            sink(std::string(bad[(truth.malformed) % 6]));
            ++truth.lines;
            ++truth.malformed;
        }
    }

    Options m_o;
    std::mt19937_64 m_rng;
    unsigned long long m_counter = 0;
    long long m_first = 0, m_last = 0;
};

} // namespace loggen
