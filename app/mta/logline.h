#pragma once
// Zero-copy parsing of MTA log lines (Postfix through syslog or postlogd, as Zimbra writes
// /var/log/zimbra.log). Every std::string_view points into the caller's buffer and is only
// valid while that buffer lives; nothing here allocates.
//
// Line layout (syslog, RFC 3164 as written by rsyslog's traditional format and by Postfix's
// own postlogd when maillog_file is set):
//   Mmm dd hh:mm:ss[.ffffff] host program[pid]: message
// and the RFC 5424/ISO-8601 variant rsyslog writes with its high-precision template:
//   yyyy-mm-ddThh:mm:ss[.ffffff](Z|+hh:mm) host program[pid]: message

#include <QtGlobal>

#include <string_view>

namespace zaindari::maillog {

// The timestamp as written. Syslog's traditional format carries no year and no zone: the
// year is inferred later (SyslogClock), the zone is the reader's (see SyslogClock).
struct LogStamp
{
    int year = 0; // 0 = not written (traditional syslog)
    int month = 0; // 1..12
    int day = 0;
    int secondOfDay = 0;
    bool hasZone = false; // ISO stamp with Z or an offset: utcOffset is meaningful
    int utcOffset = 0; // seconds east of UTC
};

struct SyslogLine
{
    LogStamp stamp;
    std::string_view host;
    std::string_view program; // "postfix/smtpd", "postfix/submission/smtpd", "zmmailboxd"
    qint64 pid = 0; // from "program[pid]:", 0 when absent (one smtpd process = one SMTP session)
    std::string_view message;
};

// False for anything that is not a complete syslog line (the caller counts it as malformed).
bool parseSyslogLine(std::string_view line, SyslogLine *out);

// Turns stamps into UTC seconds. CLI.md: syslog lines without a year take the year that
// makes the newest entry not lie in the future; older entries from a later month than the
// newest belong to the year before (a log spanning New Year).
class SyslogClock
{
public:
    // newest: the newest entry's stamp; now: the reference "now" (UTC seconds);
    // localOffset: seconds east of UTC for zone-less stamps (the log's host zone).
    void anchor(const LogStamp &newest, qint64 now, int localOffset);
    // Anchors to "now" itself: for a live log whose newest line is just being written.
    void anchorNow(qint64 now, int localOffset);
    qint64 toUtc(const LogStamp &s) const;
    int newestYear() const { return m_year; }

private:
    int m_year = 1970;
    int m_newestKey = 0; // month * 32 + day of the newest entry
    int m_offset = 0;
};

// UTC seconds for a civil date/time (proleptic Gregorian), no time-zone involvement.
qint64 civilToEpoch(int year, int month, int day, int secondOfDay);

// ---- Postfix messages -------------------------------------------------------------------

enum class PostfixEventKind : quint8 {
    None, // a Postfix line this parser has no use for (connect, disconnect, statistics...)
    Client, // smtpd: QID: client=host[ip][, sasl_method=M, sasl_username=U]
    Pickup, // pickup: QID: uid=N from=<sender>
    MessageId, // cleanup: QID: message-id=<id>
    QueueActive, // qmgr: QID: from=<s>, size=N, nrcpt=N (queue active)
    Expired, // qmgr: QID: from=<s>, status=expired, returned to sender
    Removed, // qmgr/postsuper: QID: removed
    Delivery, // smtp/lmtp/local/virtual/error/discard/pipe/retry: QID: to=<r>, ... status=S (...)
    Notification, // bounce: QID: sender non-delivery|delay|delivery status notification: NEWQID
    Reject, // smtpd/cleanup: NOQUEUE|QID: reject: ... / milter-reject
    SaslFailure, // smtpd: warning: host[ip]: SASL METHOD authentication failed: ...
};

enum class DeliveryStatus : quint8 { Unknown, Sent, Deferred, Bounced, Expired };

// Where a delivery went: a local mailbox (local, virtual, lmtp, discard) or out of the host.
enum class Transport : quint8 { Other, Local, Outbound };

struct PostfixEvent
{
    PostfixEventKind kind = PostfixEventKind::None;
    std::string_view daemon; // last part of the program: smtpd, qmgr, smtp, lmtp, ...
    std::string_view queueId; // empty for NOQUEUE and warnings
    std::string_view clientIp; // Client, Reject, SaslFailure
    std::string_view saslMethod; // Client, SaslFailure
    std::string_view saslUsername; // Client; SaslFailure when the Postfix version names it
    std::string_view sender; // QueueActive, Pickup, Expired, Reject (without <>)
    std::string_view recipient; // Delivery, Reject
    std::string_view relay; // Delivery: "host[ip]:port" or "local" / "none"
    std::string_view dsn;
    std::string_view detail; // Delivery: reason in parentheses; Reject/SaslFailure: the text
    std::string_view newQueueId; // Notification; Delivery: "queued as X" of a content filter
    quint64 size = 0;
    quint32 nrcpt = 0;
    double delay = 0;
    DeliveryStatus status = DeliveryStatus::Unknown;
    Transport transport = Transport::Other;
};

// program and message as split by parseSyslogLine. Returns false when the line is a Postfix
// line whose known shape is broken (counted as malformed); true with kind None when the line
// is simply not of interest or not from Postfix.
bool parsePostfixMessage(std::string_view program, std::string_view message, PostfixEvent *out);

// "host[1.2.3.4]:25" -> "1.2.3.4"; empty when there are no brackets.
std::string_view bracketedAddress(std::string_view hostAndAddress);

// Queue ids: short ids are upper-case hex; long ids (enable_long_queue_ids) use an alphabet
// without vowels (postfix/src/global/mail_queue.h). "warning" or "NOQUEUE" are neither.
bool looksLikeQueueId(std::string_view s);

// "user@Example.ORG" -> "example.org" is left to the caller: this returns "Example.ORG".
std::string_view addressDomain(std::string_view address);

} // namespace zaindari::maillog
