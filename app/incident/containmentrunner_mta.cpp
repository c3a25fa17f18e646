// Step 2: the login refused at submission on every MTA host, and its open SMTP sessions ended.
#include "containmentrunner.h"
#include "containmentrunner_p.h"

#include "livesessions.h"
#include "mta/mtasessions.h"
#include "ssh/shellquote.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"
#include "submissionblock.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace zaindari {

using containment_detail::isInternalAuth;
using containment_detail::joinDetail;

void ContainmentRunner::blockHostUrgent(int host, Done done)
{
    findLiveSessions(host, [=](const QList<LiveSession> &live, const QString &) {
        if (live.isEmpty() || !m_plan.options.restartMta)
            return blockHost(host, true, done);
        SshSession *s = m_b.mta->sessions().value(host);
        emit progressed(tr("Stopping Postfix on %1 to end the open sessions").arg(m_b.mta->hostNames().value(host)));
        ssh(s, postfixArgv(m_b.mta->settings().paths, QStringLiteral("stop")), {}, [=](const SshCommandResult &st) {
            if (!st.ok())
                return blockHost(host, true, done); // still block; endSessions reports the session
            m_restarted.insert(host, live);
            m_blockNotes << m_b.mta->hostNames().value(host) + QStringLiteral(": ")
                    //: %1 is a list of process ids
                    + tr("Postfix was stopped before the block was written and started after it, ending smtpd "
                         "pid %1 and every other open SMTP session on the host.")
                          .arg(pidList(live));
            blockHost(host, true, done, true);
        });
    });
}

void ContainmentRunner::blockHost(int host, bool add, Done done, bool stopped)
{
    SshSession *s = m_b.mta->sessions().value(host);
    const MtaPaths paths = m_b.mta->settings().paths;
    const QString map = m_plan.options.mapPath;
    const QString login = m_plan.options.account;
    if (!isSafeMapPath(map) || !isBlockableLogin(login)) {
        done(false, tr("The map path or the login is not valid; nothing was sent."));
        return;
    }
    auto fail = [done](const QString &what, const SshCommandResult &r) {
        //: %1 is the command, %2 the error
        done(false, tr("“%1” failed: %2").arg(what, joinDetail(r.message, QString::fromUtf8(r.stdErr))));
    };
    ssh(s, postconfReadArgv(paths), {}, [=](const SshCommandResult &conf) {
        if (!conf.ok())
            return fail(shellJoin(conf.argv), conf);
        const QStringList lines = QString::fromUtf8(conf.stdOut).split(QLatin1Char('\n'));
        const QString current = lines.value(0).trimmed();
        QString dbType = lines.value(1).trimmed();
        if (dbType.isEmpty())
            dbType = QStringLiteral("hash");
        const QString entry = restrictionEntry(dbType, map);
        ssh(s, readMapArgv(map), {}, [=](const SshCommandResult &read) {
            if (!read.ok())
                return fail(shellJoin(read.argv), read);
            const QByteArray content
                = add ? mapWithLogin(read.stdOut, login) : mapWithoutLogin(read.stdOut, login);
            ssh(s, writeMapArgv(map), content, [=](const SshCommandResult &write) {
                if (!write.ok())
                    return fail(shellJoin(write.argv), write);
                ssh(s, postmapArgv(paths, dbType, map), {}, [=](const SshCommandResult &pm) {
                    if (!pm.ok())
                        return fail(shellJoin(pm.argv), pm);
                    const QString wanted = add
                        ? restrictionsWith(current, entry)
                        : (mapIsEmpty(content) ? restrictionsWithout(current, entry) : current);
                    auto reload = [=]() {
                        ssh(s, postfixArgv(paths, stopped ? QStringLiteral("start") : QStringLiteral("reload")), {},
                            [=](const SshCommandResult &rl) {
                                if (!rl.ok())
                                    return fail(shellJoin(rl.argv), rl);
                                done(true, QString());
                            });
                    };
                    if (wanted == current)
                        return reload();
                    ssh(s, postconfSetArgv(paths, wanted), {}, [=](const SshCommandResult &set) {
                        if (!set.ok())
                            return fail(shellJoin(set.argv), set);
                        reload();
                    });
                });
            });
        });
    });
}

void ContainmentRunner::findLiveSessions(int host, Sessions next)
{
    SshSession *s = m_b.mta ? m_b.mta->sessions().value(host) : nullptr;
    if (!s)
        return next({}, QString());
    const QString name = m_b.mta->hostNames().value(host);
    // The latest 16 MB hold the sessions of the last minutes even on a busy server; an urgent
    // run looks only at the last 2 MB (seconds of a burst), which comes back sooner.
    const qint64 tail = (m_plan.options.urgent ? 2LL : 16LL) * 1024 * 1024;
    ssh(s, {QStringLiteral("tail"), QStringLiteral("-c"), QString::number(tail), m_b.mtaLogPath},
        {}, [=](const SshCommandResult &log) {
            if (!log.ok())
                //: %1 is a host, %2 the error
                return next({}, tr("%1: the mail log could not be read, so open SMTP sessions are unknown: %2")
                                    .arg(name, joinDetail(log.message, QString::fromUtf8(log.stdErr))));
            confirmAlive(host,
                         smtpSessionCandidates(std::string_view(log.stdOut.constData(), size_t(log.stdOut.size())),
                                               m_plan.options.account, name,
                                               QDateTime::currentDateTime().offsetFromUtc()),
                         next);
        });
}

void ContainmentRunner::confirmAlive(int host, const QList<LiveSession> &candidates, Sessions next)
{
    SshSession *s = m_b.mta ? m_b.mta->sessions().value(host) : nullptr;
    if (!s || candidates.isEmpty())
        return next({}, QString());
    const QString name = m_b.mta->hostNames().value(host);
    ssh(s, psArgv(candidates), {}, [=](const SshCommandResult &ps) {
        // ps exits 1 when none of the pids exists any more: no session is alive.
        if (ps.exitStatus == 1 && ps.stdOut.trimmed().isEmpty())
            return next({}, QString());
        if (!ps.ok())
            //: %1 is a host, %2 the error
            return next({}, tr("%1: the process list could not be read: %2")
                                .arg(name, joinDetail(ps.message, ps.detail)));
        next(aliveSmtpd(candidates, ps.stdOut), QString());
    });
}

// After the reload: new sessions of the login are refused, but an smtpd already serving it
// keeps its old settings until the client leaves (deliverability.md 5.3). The zimbra user may
// not kill it; only `postfix stop` + `start` ends it, and every other session with it.
void ContainmentRunner::endSessions(int host, Done done)
{
    if (m_restarted.contains(host)) // urgent: Postfix was stopped before the block was written
        return awaitGone(host, m_restarted.value(host), 0, done);
    findLiveSessions(host, [=](const QList<LiveSession> &live, const QString &problem) {
        if (!problem.isEmpty()) {
            m_result.sessionsOpenAfter = -1;
            return done(false, problem);
        }
        if (live.isEmpty())
            return done(true, QString());
        if (!m_plan.options.restartMta) {
            m_result.sessionsOpenAfter += int(live.size());
            //: %1 is a list of process ids, %n how many
            return done(false, tr("%n SMTP session(s) of the login are still open (smtpd pid %1): Postfix "
                                  "was not restarted.",
                                  nullptr, int(live.size()))
                                   .arg(pidList(live)));
        }
        SshSession *s = m_b.mta->sessions().value(host);
        const MtaPaths paths = m_b.mta->settings().paths;
        emit progressed(tr("Restarting Postfix on %1 to end the open sessions").arg(m_b.mta->hostNames().value(host)));
        ssh(s, postfixArgv(paths, QStringLiteral("stop")), {}, [=](const SshCommandResult &st) {
            if (!st.ok()) {
                m_result.sessionsOpenAfter += int(live.size());
                return done(false, tr("“%1” failed: %2")
                                       .arg(shellJoin(st.argv), joinDetail(st.message, QString::fromUtf8(st.stdErr))));
            }
            ssh(s, postfixArgv(paths, QStringLiteral("start")), {}, [=](const SshCommandResult &sa) {
                if (!sa.ok())
                    //: %1 is the command, %2 the error
                    return done(false, tr("Postfix was stopped but did not start again: “%1” failed: %2")
                                           .arg(shellJoin(sa.argv),
                                                joinDetail(sa.message, QString::fromUtf8(sa.stdErr))));
                awaitGone(host, live, 0, [=](bool ok, const QString &detail) {
                    if (!ok)
                        return done(false, detail);
                    //: %1 is a list of process ids
                    done(true, tr("Postfix was stopped and started to end smtpd pid %1; every open SMTP "
                                  "session on the host ended with it.")
                                   .arg(pidList(live)));
                });
            });
        });
    });
}

// After a stop/start the old smtpd processes get SIGTERM from the exiting master and go within
// moments: look again for a few seconds before calling one a survivor. Only the processes that
// served the login before the restart count; a new process is a new session, which the block
// refuses (an attacker reconnecting at once is not an open session).
void ContainmentRunner::awaitGone(int host, const QList<LiveSession> &before, int attempt, Done done)
{
    findLiveSessions(host, [=](const QList<LiveSession> &now, const QString &problem) {
        QList<LiveSession> survivors;
        for (const LiveSession &l : now)
            for (const LiveSession &b : before)
                if (l.pid == b.pid)
                    survivors << l;
        if (problem.isEmpty() && !survivors.isEmpty() && attempt < 10) {
            QTimer::singleShot(500, this, [=]() { awaitGone(host, before, attempt + 1, done); });
            return;
        }
        if (!problem.isEmpty()) {
            m_result.sessionsOpenAfter = -1;
            return done(false, problem);
        }
        if (!survivors.isEmpty()) {
            m_result.sessionsOpenAfter += int(survivors.size());
            //: %1 is a list of process ids
            return done(false, tr("Postfix was restarted, yet smtpd pid %1 is still alive.").arg(pidList(survivors)));
        }
        done(true, QString());
    });
}

void ContainmentRunner::stepBlock(int host, QStringList errors, Done done)
{
    const int hosts = m_b.mta ? int(m_b.mta->sessions().size()) : 0;
    if (hosts == 0) {
        done(false, tr("No MTA host is configured: the login was not blocked at submission."));
        return;
    }
    if (host >= hosts) {
        if (!errors.isEmpty())
            return done(false, errors.join(QLatin1Char(' ')));
        QString d = tr("The login is refused at submission on every MTA host.");
        for (const QString &n : std::as_const(m_blockNotes))
            d += QLatin1Char(' ') + n;
        if (m_result.sessionsOpenAfter == 0 && m_blockNotes.isEmpty())
            d += QLatin1Char(' ') + tr("No SMTP session of the login is open.");
        return done(true, d);
    }
    const QString name = m_b.mta->hostNames().value(host);
    emit progressed(tr("Blocking the login on %1").arg(name));
    if (host == 0) {
        m_result.sessionsOpenAfter = 0;
        m_blockNotes.clear();
        m_restarted.clear();
    }
    auto block = [this](int h, Done d) {
        if (m_plan.options.urgent)
            blockHostUrgent(h, d);
        else
            blockHost(h, true, d);
    };
    block(host, [=](bool ok, const QString &detail) mutable {
        if (!ok) {
            errors << name + QStringLiteral(": ") + detail;
            m_result.sessionsOpenAfter = -1;
            return stepBlock(host + 1, errors, done);
        }
        m_result.blockedHosts << name;
        endSessions(host, [=](bool ended, const QString &what) mutable {
            if (!ended)
                errors << name + QStringLiteral(": ") + what;
            else if (!what.isEmpty())
                m_blockNotes << name + QStringLiteral(": ") + what;
            stepBlock(host + 1, errors, done);
        });
    });
}

} // namespace zaindari
