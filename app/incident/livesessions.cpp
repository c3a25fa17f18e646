#include "livesessions.h"

#include "mta/logline.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace zaindari {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

QList<LiveSession> smtpSessionCandidates(std::string_view log, const QString &login, const QString &host,
                                         int localOffsetSeconds)
{
    const QString acct = login.toLower();
    const QString local = acct.section(QLatin1Char('@'), 0, 0);
    QHash<qint64, LiveSession> open; // pid -> session of the login
    maillog::SyslogLine newest;
    bool anchored = false;
    maillog::SyslogClock clock;
    // Two passes would need the newest stamp first; a log tail is short, so find it by scanning
    // backwards for the last complete line.
    for (size_t end = log.size(); end > 0 && !anchored;) {
        const size_t nl = log.rfind('\n', end - 1);
        const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
        if (end > start && maillog::parseSyslogLine(log.substr(start, end - start), &newest)) {
            clock.anchor(newest.stamp, QDateTime::currentSecsSinceEpoch(), localOffsetSeconds);
            anchored = true;
        }
        if (nl == std::string_view::npos)
            break;
        end = nl;
    }
    while (!log.empty()) {
        const size_t nl = log.find('\n');
        const std::string_view line = log.substr(0, nl);
        log.remove_prefix(nl == std::string_view::npos ? log.size() : nl + 1);
        maillog::SyslogLine l;
        if (!maillog::parseSyslogLine(line, &l) || l.pid <= 0 || !endsWith(l.program, "smtpd"))
            continue;
        if (startsWith(l.message, "disconnect from ") || startsWith(l.message, "lost connection ")) {
            open.remove(l.pid);
            continue;
        }
        maillog::PostfixEvent ev;
        if (!maillog::parsePostfixMessage(l.program, l.message, &ev) || ev.kind != maillog::PostfixEventKind::Client)
            continue;
        const QString who = QString::fromUtf8(ev.saslUsername.data(), qsizetype(ev.saslUsername.size())).toLower();
        if (who != acct && who != local) {
            open.remove(l.pid); // the process now serves someone else (or nobody authenticated)
            continue;
        }
        LiveSession s;
        s.host = host;
        s.pid = l.pid;
        const std::string_view prog = l.program.substr(startsWith(l.program, "postfix/") ? 8 : 0);
        s.service = QString::fromUtf8(prog.data(), qsizetype(prog.size()));
        s.lastSeen = QDateTime::fromSecsSinceEpoch(clock.toUtc(l.stamp), Qt::UTC);
        open.insert(l.pid, s);
    }
    QList<LiveSession> out = open.values();
    std::sort(out.begin(), out.end(), [](const LiveSession &a, const LiveSession &b) {
        return a.lastSeen < b.lastSeen || (a.lastSeen == b.lastSeen && a.pid < b.pid);
    });
    return out;
}

QStringList psArgv(const QList<LiveSession> &candidates)
{
    QStringList pids;
    for (const LiveSession &s : candidates)
        pids << QString::number(s.pid); // numbers only: nothing from the log reaches the shell
    return {QStringLiteral("ps"), QStringLiteral("-o"), QStringLiteral("pid=,comm="), QStringLiteral("-p"),
            pids.join(QLatin1Char(','))};
}

QList<LiveSession> aliveSmtpd(const QList<LiveSession> &candidates, const QByteArray &psOutput)
{
    QHash<qint64, QString> alive;
    for (const QByteArray &raw : psOutput.split('\n')) {
        const QList<QByteArray> f = raw.simplified().split(' ');
        if (f.size() < 2)
            continue;
        bool ok = false;
        const qint64 pid = f[0].toLongLong(&ok);
        if (ok)
            alive.insert(pid, QString::fromUtf8(f[1]));
    }
    QList<LiveSession> out;
    for (const LiveSession &s : candidates)
        if (alive.value(s.pid) == QLatin1String("smtpd"))
            out << s;
    return out;
}

QString pidList(const QList<LiveSession> &sessions)
{
    QStringList p;
    for (const LiveSession &s : sessions)
        p << QString::number(s.pid);
    return p.join(QStringLiteral(", "));
}

} // namespace zaindari
