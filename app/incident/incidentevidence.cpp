#include "incidentevidence.h"

#include "mta/auditlog.h"
#include "mta/logline.h"
#include "mta/mtasessions.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <deque>
#include <string_view>

namespace zaindari {

namespace {

// lupdate files these under the enclosing namespace's context.
QString tr(const char *s, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("zaindari", s, comment, n);
}

// "ikasle3" and "ikasle3@tartanga.test" are the same login: SASL names may be bare.
bool sameLogin(const QString &name, const QString &account, const QString &local)
{
    const QString n = name.toLower();
    return n == account || n == local;
}

QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

void forEachLine(const QByteArray &text, const std::function<void(std::string_view)> &f)
{
    std::string_view all(text.constData(), size_t(text.size()));
    while (!all.empty()) {
        const size_t nl = all.find('\n');
        const std::string_view line = all.substr(0, nl);
        if (!line.empty())
            f(line);
        if (nl == std::string_view::npos)
            break;
        all.remove_prefix(nl + 1);
    }
}

void auditEvidence(const QByteArray &auditLog, const QString &account, const QString &local,
                   int offset, EvidenceSummary *out)
{
    QSet<QString> knownIps; // addresses the account logged in from successfully before
    qint64 lastFailure = 0;
    bool newIpFound = false;
    forEachLine(auditLog, [&](std::string_view line) {
        AuthEvent ev;
        bool malformed = false;
        if (!parseAuditLine(line, offset, &ev, &malformed) || ev.admin
            || !sameLogin(ev.account, account, local))
            return;
        if (ev.kind == AuthEvent::Kind::Failure) {
            if (out->failedLogins == 0) {
                TimelineEvent e;
                e.time = utc(ev.t);
                e.kind = TimelineEvent::Kind::FailedLogin;
                //: %1 is an IP address, %2 a protocol (soap, imap...)
                e.text = tr("First failed login, from %1 (%2).").arg(ev.ip, ev.protocol);
                out->events << e;
            }
            ++out->failedLogins;
            if (!ev.ip.isEmpty() && !out->failedIps.contains(ev.ip))
                out->failedIps << ev.ip;
            lastFailure = ev.t;
        } else if (ev.kind == AuthEvent::Kind::Success) {
            // A success from an address never used before, after failures: the phished login.
            if (!newIpFound && lastFailure > 0 && !ev.ip.isEmpty() && !knownIps.contains(ev.ip)) {
                newIpFound = true;
                out->newIp = ev.ip;
                TimelineEvent e;
                e.time = utc(ev.t);
                e.kind = TimelineEvent::Kind::NewIpLogin;
                //: %1 is an IP address, %2 a protocol, %n failed logins before it
                e.text = tr("Successful login from %1 (%2), an address the account had not used, after "
                            "%n failed login(s).",
                            nullptr, out->failedLogins)
                             .arg(ev.ip, ev.protocol);
                out->events << e;
            }
            if (!ev.ip.isEmpty())
                knownIps.insert(ev.ip);
        }
    });
    if (out->failedLogins > 1) {
        TimelineEvent e;
        e.time = utc(lastFailure);
        e.kind = TimelineEvent::Kind::FailedLogin;
        //: %n failed logins, %1 a list of IP addresses
        e.text = tr("Last of %n failed login(s), from %1.", nullptr, out->failedLogins)
                     .arg(out->failedIps.join(QStringLiteral(", ")));
        out->events << e;
    }
}

void mtaEvidence(const QByteArray &mtaLog, const QString &account, const QString &local, int threshold,
                 int offset, EvidenceSummary *out)
{
    // Anchor the year-less syslog stamps on the newest line.
    maillog::SyslogLine newest;
    bool haveNewest = false;
    forEachLine(mtaLog, [&](std::string_view line) {
        maillog::SyslogLine l;
        if (maillog::parseSyslogLine(line, &l)) {
            newest = l;
            haveNewest = true;
        }
    });
    if (!haveNewest)
        return;
    maillog::SyslogClock clock;
    clock.anchor(newest.stamp, QDateTime::currentSecsSinceEpoch(), offset);

    std::deque<qint64> window; // submissions of the login in the last 60 s
    QSet<QString> clients; // client IPs the login submitted from
    bool burstFound = false;
    bool newClientSeen = !out->newIp.isEmpty();
    forEachLine(mtaLog, [&](std::string_view line) {
        maillog::SyslogLine l;
        maillog::PostfixEvent ev;
        if (!maillog::parseSyslogLine(line, &l) || !maillog::parsePostfixMessage(l.program, l.message, &ev)
            || ev.kind != maillog::PostfixEventKind::Client || ev.saslUsername.empty())
            return;
        const QString who = QString::fromUtf8(ev.saslUsername.data(), qsizetype(ev.saslUsername.size()));
        if (!sameLogin(who, account, local))
            return;
        const qint64 t = clock.toUtc(l.stamp);
        ++out->messagesSent;
        const QString ip = QString::fromUtf8(ev.clientIp.data(), qsizetype(ev.clientIp.size()));
        if (!newClientSeen && !clients.isEmpty() && !ip.isEmpty() && !clients.contains(ip)) {
            newClientSeen = true;
            TimelineEvent e;
            e.time = utc(t);
            e.kind = TimelineEvent::Kind::NewIpLogin;
            //: %1 is an IP address
            e.text = tr("First SMTP submission from %1, a client address the login had not used.").arg(ip);
            out->events << e;
        }
        if (clients.isEmpty() && !newClientSeen && !ip.isEmpty()) {
            // The login's first submission in the log: note its client, it may be the attacker.
            TimelineEvent e;
            e.time = utc(t);
            e.kind = TimelineEvent::Kind::NewIpLogin;
            //: %1 is an IP address
            e.text = tr("First SMTP submission of the login in the log, from %1.").arg(ip);
            out->events << e;
        }
        if (!ip.isEmpty())
            clients.insert(ip);
        window.push_back(t);
        while (!window.empty() && window.front() <= t - 60)
            window.pop_front();
        if (!burstFound && threshold > 0 && int(window.size()) > threshold) {
            burstFound = true;
            // The burst starts where the submissions became denser than the threshold's pace
            // (gaps shorter than 60/threshold s), not at the login's first message of the
            // minute: ordinary mail sent just before belongs to the person, not the attacker.
            size_t i = window.size() - 1;
            while (i > 0 && (window[i] - window[i - 1]) * threshold < 60)
                --i;
            out->burstStart = window[i];
            TimelineEvent e;
            e.time = utc(out->burstStart);
            e.kind = TimelineEvent::Kind::BurstStart;
            //: %n is the per-minute threshold
            e.text = tr("Sending burst starts: more than %n message(s) within one minute.", nullptr, threshold);
            out->events << e;
        }
    });
}

} // namespace

EvidenceSummary buildIncidentEvidence(const QByteArray &mtaLog, const QByteArray &auditLog,
                                      const QString &account, int perMinuteThreshold, int localOffsetSeconds)
{
    EvidenceSummary out;
    const QString acct = account.toLower();
    const QString local = acct.section(QLatin1Char('@'), 0, 0);
    auditEvidence(auditLog, acct, local, localOffsetSeconds, &out);
    mtaEvidence(mtaLog, acct, local, perMinuteThreshold, localOffsetSeconds, &out);
    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    return out;
}

IncidentEvidenceJob::IncidentEvidenceJob(MtaSessions *mta, const QString &mtaLogPath,
                                         const QString &auditLogPath, const QString &account,
                                         int perMinuteThreshold, QObject *parent)
    : QObject(parent)
    , m_mta(mta)
    , m_mtaLog(mtaLogPath)
    , m_auditLog(auditLogPath)
    , m_account(account)
    , m_threshold(perMinuteThreshold)
{ }

void IncidentEvidenceJob::start()
{
    SshSession *s = m_mta ? m_mta->sessions().value(0) : nullptr;
    if (!s) {
        QMetaObject::invokeMethod(
            this,
            [this]() {
                emit finished({}, tr("No MTA host is configured: the logs could not be read."));
            },
            Qt::QueuedConnection);
        return;
    }
    // Paths are arguments (quoted by the SSH layer), never pasted into a shell line.
    const QStringList tailMta {QStringLiteral("tail"), QStringLiteral("-c"), QString::number(m_tail), m_mtaLog};
    auto *first = s->createJob(tailMta, {});
    first->setParent(this);
    connect(first, &SshCommandJob::finished, this, [this, s, first](const SshCommandResult &mta) {
        first->deleteLater();
        const QStringList tailAudit {QStringLiteral("tail"), QStringLiteral("-c"), QString::number(m_tail),
                                     m_auditLog};
        auto *second = s->createJob(tailAudit, {});
        second->setParent(this);
        connect(second, &SshCommandJob::finished, this, [this, mta, second](const SshCommandResult &audit) {
            second->deleteLater();
            QStringList problems;
            //: %1 is a file path, %2 the error
            if (!mta.ok())
                problems << tr("The MTA log %1 could not be read: %2").arg(m_mtaLog, mta.message);
            if (!audit.ok())
                problems << tr("Zimbra's audit log %1 could not be read: %2").arg(m_auditLog, audit.message);
            const int offset = QDateTime::currentDateTime().offsetFromUtc();
            emit finished(buildIncidentEvidence(mta.ok() ? mta.stdOut : QByteArray(),
                                                audit.ok() ? audit.stdOut : QByteArray(), m_account,
                                                m_threshold, offset),
                          problems.join(QLatin1Char(' ')));
        });
        second->start();
    });
    first->start();
}

} // namespace zaindari
