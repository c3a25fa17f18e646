#pragma once
// Zimbra's audit.log (log4j category zimbra.security; layout `%d %-5p [%t] [%z] %c{1} - %m`):
// successful and failed logins, lockouts. Reference: zimbra-admin-soap.md section 13.
//   2024-05-01 10:12:44,118 WARN  [thread] [name=a@b;oip=198.51.100.23;ua=...;] security -
//     cmd=Auth; account=a@b; protocol=soap; error=authentication failed for [a@b], invalid password;

#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace zaindari {

struct AuthEvent
{
    enum class Kind { Success, Failure, Lockout, Reactivated };
    Kind kind = Kind::Failure;
    qint64 t = 0; // UTC seconds
    QString account;
    QString ip; // oip= (the real client behind Zimbra's proxy) or else ip=
    QString protocol; // soap, imap, pop3, http_basic, ...
    QString reason; // "invalid password", "account lockout", ...
    bool admin = false; // cmd=AdminAuth
};

// Parses one audit.log line; false when it is not an authentication line (other audit
// commands, continuation lines) — *malformed says whether it was not an audit line at all.
// localOffset: the server's zone (log4j writes local time without a zone).
bool parseAuditLine(std::string_view line, int localOffset, AuthEvent *out, bool *malformed);

struct AccountFailures
{
    QString account;
    quint64 failures = 0;
    QStringList ips; // distinct failing IPs, most failures first
    quint64 lockouts = 0;
    qint64 lastFailure = 0;
    // A success from an IP this account had never logged in from, after failures in the hour
    // before it: the usual trace of a guessed or phished password.
    bool successFromNewIp = false;
    QString successIp;
    qint64 successAt = 0;
    bool distributed = false; // failures from many IPs (>= distributedIps)
};

struct IpFailures
{
    QString ip;
    quint64 failures = 0;
    QStringList accounts; // distinct accounts tried, most failures first
};

struct LoginFailuresReport
{
    qint64 since = 0;
    qint64 until = 0;
    QVector<AccountFailures> accounts; // most failures first
    QVector<IpFailures> ips;
    quint64 lines = 0;
    quint64 malformed = 0;
    quint64 successes = 0;
};

class AuditLogAnalyzer
{
public:
    explicit AuditLogAnalyzer(int localOffset = 0)
        : m_offset(localOffset)
    { }
    void setLocalOffset(int seconds) { m_offset = seconds; }
    void setDistributedThreshold(int ips) { m_distributedIps = ips; }

    void feed(std::string_view chunk); // complete lines; a partial tail waits for the next chunk
    void finish();
    void feedLine(std::string_view line);

    const QVector<AuthEvent> &events() const { return m_events; }
    qint64 newest() const { return m_newest; }
    // `sinceSeconds` back from `until` (0 = the newest entry); 0 = everything.
    LoginFailuresReport report(qint64 sinceSeconds, qint64 until = 0) const;

private:
    int m_offset = 0;
    int m_distributedIps = 5;
    QVector<AuthEvent> m_events;
    quint64 m_lines = 0;
    quint64 m_malformed = 0;
    qint64 m_newest = 0;
    std::string m_carry;
};

} // namespace zaindari
