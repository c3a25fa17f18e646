#pragma once
// Value types of the send-rates view: what the top-logins table, the per-minute chart and the
// CLI's `rates top` / `rates series` print. Plain copyable data, no QObject.

#include <QMetaType>
#include <QString>
#include <QVector>
#include <QtGlobal>

namespace zaindari {

// Who sent: the SASL login when there is one (Zimbra lets a logged-in user pick any envelope
// sender, so the login is what matters); otherwise the envelope sender and client address.
struct SenderIdentity
{
    QString account; // sasl_username, or the envelope sender ("" = null sender <>)
    bool authenticated = false;
    QString client; // client IP for unauthenticated mail; "" for pickup (local sendmail)
    bool operator==(const SenderIdentity &o) const
    {
        return account == o.account && authenticated == o.authenticated && client == o.client;
    }
};

struct SenderRate
{
    SenderIdentity who;
    quint64 messages = 0; // accepted into the queue in the window
    quint64 recipients = 0; // sum of nrcpt of those messages
    quint64 recipientDomains = 0; // distinct recipient domains seen in deliveries
    quint64 outboundMessages = 0; // with at least one recipient delivered off this host
    quint64 sent = 0; // recipient deliveries with status=sent
    quint64 deferred = 0; // recipients deferred at least once (each counted once)
    quint64 deferredMessages = 0; // messages with at least one deferred recipient
    quint64 bounced = 0; // recipients bounced or expired
    double rateNow = 0; // messages in the last minute of the window
    double usualRate = 0; // baseline: usual hourly peak (messages per hour)
    bool flagged = false; // the detector raised an alert for it in the window
    qint64 firstSeen = 0; // UTC seconds
    qint64 lastSeen = 0;
};

struct RatePoint
{
    qint64 t = 0; // start of the bucket, UTC seconds
    quint64 messages = 0; // submitted
    quint64 sent = 0;
    quint64 deferred = 0; // recipients deferred (first time only)
    quint64 deferredMessages = 0; // messages deferred (first time only)
    quint64 bounced = 0;
};

struct LogParseStats
{
    quint64 bytes = 0;
    quint64 lines = 0;
    quint64 malformed = 0; // skipped: not a syslog line, or a Postfix line with a broken shape
    quint64 postfixEvents = 0; // lines that produced an event
    qint64 oldest = 0; // UTC seconds of the oldest and newest parsed entries
    qint64 newest = 0;
};

struct RatesReport
{
    qint64 since = 0;
    qint64 until = 0;
    QVector<SenderRate> senders; // most messages first
    LogParseStats stats;
};

struct RateSeries
{
    int bucketSeconds = 60;
    QString account; // empty = all senders
    QVector<RatePoint> points; // contiguous buckets from since to until (zeros included)
};

// One detector alert; CLI `watch` prints these as JSON lines.
struct RateAlert
{
    qint64 t = 0; // when the threshold was crossed (log time, UTC seconds)
    QString account;
    double rate = 0; // messages in the window that crossed (per minute or per hour)
    double threshold = 0;
    QString window; // "minute", "hour" or "baseline"
    QString action; // "flag"; "contain" once automatic containment exists
};

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::RatesReport)
Q_DECLARE_METATYPE(zaindari::RateSeries)
Q_DECLARE_METATYPE(zaindari::RateAlert)
