#include "containmentrunner.h"

#include "audit/auditlog.h"
#include "directory/directoryjob.h"
#include "livesessions.h"
#include "mta/loganalyzer.h"
#include "mta/mtasessions.h"
#include "mta/queuejobs.h"
#include "ssh/shellquote.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"
#include "submissionblock.h"
#include "zimbra/accountjobs.h"

#include <QDateTime>
#include <QTimer>

namespace zaindari {

namespace {

bool isInternalAuth(const QString &mech, bool haveDirectory)
{
    return mech == QLatin1String("zimbra") || (mech.isEmpty() && !haveDirectory);
}

QString joinDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence
                            : sentence + QStringLiteral(" (") + detail.trimmed() + QLatin1Char(')');
}

} // namespace

ContainmentRunner::ContainmentRunner(const ContainmentBackends &backends, QObject *parent)
    : QObject(parent)
    , m_b(backends)
    , m_policy([](const StepResult &) { return true; })
{ }

ContainmentRunner::~ContainmentRunner() = default;

void ContainmentRunner::ssh(SshSession *s, const QStringList &argv, const QByteArray &in,
                            std::function<void(const SshCommandResult &)> next)
{
    SshCommandJob *job = s->createJob(argv, in);
    job->setParent(this);
    connect(job, &SshCommandJob::finished, this, [job, next](const SshCommandResult &r) {
        job->deleteLater();
        next(r);
    });
    job->start();
}

bool ContainmentRunner::audit(const QString &action, bool ok, const QString &detail) const
{
    AuditEntry e;
    e.profile = m_b.profileLabel;
    e.action = QStringLiteral("contain.") + action;
    e.target = m_plan.options.account;
    e.result = ok ? AuditEntry::resultOk() : AuditEntry::resultFailed();
    e.detail = detail;
    const AuditLog log = m_b.auditLogPath.isEmpty() ? AuditLog() : AuditLog(m_b.auditLogPath);
    return log.append(e);
}

// ---- preview -------------------------------------------------------------------------------

void ContainmentRunner::collectMatches(int hostIndex, bool includeHold, Matches next)
{
    SshSession *s = m_b.mta ? m_b.mta->sessions().value(hostIndex) : nullptr;
    if (!s) {
        next(false, {}, tr("No MTA host is configured."), -1);
        return;
    }
    const QString host = m_b.mta->hostNames().value(hostIndex);
    const QString login = m_plan.options.account.toLower();
    const QString local = login.section(QLatin1Char('@'), 0, 0);
    // The log joins queue ids to the SASL login that submitted them (the envelope sender can
    // be anything the attacker chose).
    ssh(s, {QStringLiteral("tail"), QStringLiteral("-c"), QString::number(m_b.logTailBytes), m_b.mtaLogPath},
        {}, [=](const SshCommandResult &logResult) {
            auto analyzer = std::make_shared<MailLogAnalyzer>();
            QString problem;
            int sent = -1;
            if (logResult.ok()) {
                analyzer->feed(
                    std::string_view(logResult.stdOut.constData(), size_t(logResult.stdOut.size())));
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                sent = 0;
                for (const SenderRate &r : analyzer->senders(now - 7 * 86400, now))
                    if (r.who.authenticated
                        && (r.who.account.toLower() == login || r.who.account.toLower() == local))
                        sent += int(r.messages);
            } else {
                //: %1 is a host, %2 the error
                problem
                    = tr("The mail log of %1 could not be read, so only the envelope sender is matched: %2")
                          .arg(host, joinDetail(logResult.message, logResult.detail));
            }
            auto *list = new QueueListJob({m_b.mta->listSources().value(hostIndex)}, this);
            connect(list, &QueueListJob::finished, this, [=](bool ok) {
                list->deleteLater();
                if (!ok) {
                    next(false, {}, joinDetail(list->errorMessage(), list->errorDetail()), sent);
                    return;
                }
                const QueueListing listing = list->takeListing();
                QList<QueueMatch> out;
                for (const QueueMessage &m : listing.messages) {
                    const bool queued = m.queue == QueueName::Incoming || m.queue == QueueName::Active
                        || m.queue == QueueName::Deferred || m.queue == QueueName::Maildrop
                        || (includeHold && m.queue == QueueName::Hold);
                    if (!queued)
                        continue;
                    QueueMatch q;
                    q.host = host;
                    q.id = m.id.toString();
                    q.queue = m.queue;
                    q.sender = listing.senderOf(m);
                    const std::string idUtf8 = q.id.toStdString();
                    const SenderIdentity *who = analyzer->senderOfQueueId(idUtf8);
                    if (who && who->authenticated
                        && (who->account.toLower() == login || who->account.toLower() == local)) {
                        q.bySasl = true;
                    } else if (q.sender.toLower() != login) {
                        // Bounces (null sender) addressed to the login, and replies to it: mail
                        // whose every recipient is the login (auto-replies to the spam). Mail
                        // to the login and to others too is left alone: holding it would
                        // delay the others.
                        bool toLogin = false;
                        bool onlyLogin = m.recipientCount > 0;
                        const QueueRecipient *r = listing.recipientsOf(m);
                        for (quint32 i = 0; i < m.recipientCount; ++i) {
                            const bool isLogin = listing.text(r[i].address).toLower() == login;
                            toLogin = toLogin || isLogin;
                            onlyLogin = onlyLogin && isLogin;
                        }
                        if (q.sender.isEmpty() ? !toLogin : !onlyLogin)
                            continue;
                        q.bounce = q.sender.isEmpty();
                        q.reply = !q.bounce;
                    }
                    out.append(q);
                }
                next(true, out, problem, sent);
            });
            list->start();
        });
}

void ContainmentRunner::prepare(const ContainmentOptions &options)
{
    m_plan = ContainmentPlan();
    m_plan.options = options;
    m_cancel = false;
    if (m_b.mta)
        m_plan.hosts = m_b.mta->hostNames();
    auto afterQueues = [this]() {
        planSteps(&m_plan);
        emit planReady(m_plan);
    };
    if (options.urgent) {
        // Nothing is read beforehand: each step finds what it acts on, and every round trip
        // saved here is mail that does not leave (ContainmentOptions::urgent).
        m_result = ContainmentResult();
        QTimer::singleShot(0, this, afterQueues);
        return;
    }
    auto queues = std::make_shared<std::function<void(int)>>();
    *queues = [this, afterQueues, queues](int host) {
        if (host >= m_plan.hosts.size()) {
            afterQueues();
            return;
        }
        emit progressed(tr("Reading the queue and log of %1").arg(m_plan.hosts[host]));
        SshSession *session = m_b.mta->sessions().value(host);
        ssh(session, postconfReadArgv(m_b.mta->settings().paths), {},
            [this, host, queues](const SshCommandResult &conf) {
                const QStringList lines = QString::fromUtf8(conf.stdOut).split(QLatin1Char('\n'));
                m_plan.dbTypes << (conf.ok() ? lines.value(1).trimmed() : QString());
                m_plan.senderRestrictions << (conf.ok() ? lines.value(0).trimmed() : QString());
                if (!conf.ok())
                    m_plan.problems << m_plan.hosts[host] + QStringLiteral(": ")
                            + joinDetail(conf.message, QString::fromUtf8(conf.stdErr));
                if (m_plan.options.urgent) {
                    (*queues)(host + 1); // no listing beforehand: the queue step finds the mail
                    return;
                }
                collectMatches(
                    host, m_plan.options.queue == QueueChoice::Delete,
                    [this, host, queues](bool, const QList<QueueMatch> &m, const QString &problem, int sent) {
                        m_plan.matches += m;
                        if (!problem.isEmpty())
                            m_plan.problems << problem;
                        if (sent >= 0)
                            m_result.messagesSentBefore = qMax(0, m_result.messagesSentBefore) + sent;
                        findLiveSessions(host, [this, host, queues](const QList<LiveSession> &live,
                                                                    const QString &problem2) {
                            m_plan.liveSessions += live;
                            if (!problem2.isEmpty())
                                m_plan.problems << problem2;
                            (*queues)(host + 1);
                        });
                    });
            });
    };
    auto directory = [this, queues]() {
        if (!m_b.directory) {
            (*queues)(0);
            return;
        }
        auto *find = new FindUsersJob(*m_b.directory, m_plan.options.account, this);
        connect(find, &DirectoryJob::finished, this, [this, find, queues](const DirectoryOutcome &o) {
            find->deleteLater();
            if (o.ok() && find->users().size() == 1)
                m_plan.directoryDn = find->users().constFirst().dn;
            else if (o.ok())
                //: %1 is an account
                m_plan.problems << tr("The directory has no single user for %1.").arg(m_plan.options.account);
            else
                m_plan.problems << joinDetail(o.message, o.detail);
            (*queues)(0);
        });
        find->start();
    };
    m_result = ContainmentResult();
    if (!m_b.zimbra) {
        directory();
        return;
    }
    auto *job = new AccountJob(m_b.zimbra, options.account, this);
    connect(job, &ZimbraJob::finished, this, [this, job, directory](const ZimbraError &e) {
        job->deleteLater();
        if (!e.isError()) {
            m_plan.zimbraId = job->account().id;
            m_plan.authMech = job->account().authMech;
            m_plan.forwarding = job->account().forwardingAddresses + job->account().filterForwards;
        } else {
            m_plan.problems << joinDetail(e.message, e.detail);
        }
        directory();
    });
    job->start();
}

void ContainmentRunner::planSteps(ContainmentPlan *plan) const
{
    const ContainmentOptions &o = plan->options;
    const QString acct = o.account;
    plan->steps.clear();
    PlannedStep z {ContainStep::Zimbra, {}};
    //: %1 is the account
    z.touches << tr("SOAP ModifyAccountRequest: zimbraAccountStatus=locked and a new "
                    "zimbraAuthTokenValidityValue for %1")
                     .arg(acct)
              << tr("SOAP FlushCacheRequest type=account on all servers (ends web and IMAP sessions)");
    plan->steps << z;

    PlannedStep b {ContainStep::SubmissionBlock, {}};
    const MtaPaths paths = m_b.mta ? m_b.mta->settings().paths : MtaPaths();
    for (qsizetype i = 0; i < plan->hosts.size(); ++i) {
        const QString &h = plan->hosts[i];
        QString type = plan->dbTypes.value(i);
        if (type.isEmpty())
            type = QStringLiteral("hash");
        const QString current = plan->senderRestrictions.value(i);
        const QString wanted = restrictionsWith(current, restrictionEntry(type, o.mapPath));
        //: %1 is a host, %2 a file path
        b.touches << tr("%1: add the login to %2 (content on standard input)").arg(h, o.mapPath)
                  << h + QStringLiteral(": ") + shellJoin(postmapArgv(paths, type, o.mapPath));
        if (wanted != current)
            b.touches << h + QStringLiteral(": ") + shellJoin(postconfSetArgv(paths, wanted));
        else
            //: %1 is a host
            b.touches << tr("%1: smtpd_sender_restrictions already consults the map.").arg(h);
        b.touches << h + QStringLiteral(": ") + shellJoin(postfixArgv(paths, QStringLiteral("reload")));
        QList<LiveSession> live;
        for (const LiveSession &l : plan->liveSessions)
            if (l.host == h)
                live << l;
        if (live.isEmpty())
            //: %1 is a host
            b.touches << tr("%1: the log shows no open SMTP session of the login.").arg(h);
        else
            //: %1 is a host, %2 a list of process ids, %n how many sessions
            b.touches << tr("%1: %n open SMTP session(s) of the login (smtpd pid %2).", nullptr,
                            int(live.size()))
                             .arg(h, pidList(live));
        b.touches << h + QStringLiteral(": ") + shellJoin({QStringLiteral("ps"), QStringLiteral("-o"),
                                                           QStringLiteral("pid=,comm="), QStringLiteral("-p"),
                                                           QStringLiteral("PIDS")})
                + tr(" (after the reload: which of the login's smtpd processes are still alive)");
        if (o.restartMta)
            b.touches << h + QStringLiteral(": ") + shellJoin(postfixArgv(paths, QStringLiteral("stop")))
                    + QStringLiteral(" && ") + shellJoin(postfixArgv(paths, QStringLiteral("start")))
                    + tr(" (only if one of them is still alive)")
                      << tr("Stopping and starting Postfix ends EVERY open SMTP session on %1, not only "
                            "this account's.")
                             .arg(h);
    }
    if (!o.restartMta)
        b.touches << tr("An SMTP session of the login that is still open after the reload stays open "
                        "(Postfix is not restarted; the zimbra user may not kill one smtpd): the step "
                        "then reports it as not done.");
    plan->steps << b;

    PlannedStep d {ContainStep::Directory, {}};
    const QString dn = plan->directoryDn.isEmpty() ? acct : plan->directoryDn;
    if (o.directory == DirectoryChoice::Skip)
        d.touches << tr("Nothing: not requested.");
    else if (o.directory == DirectoryChoice::ResetPassword
             && isInternalAuth(plan->authMech, m_b.directory.has_value()))
        d.touches << tr("SOAP SetPasswordRequest for %1 (Zimbra's own password) and "
                        "zimbraPasswordMustChange=TRUE")
                         .arg(acct);
    else if (o.directory == DirectoryChoice::ResetPassword)
        //: %1 is a directory DN
        d.touches << tr("LDAP modify %1: unicodePwd replaced by a generated password, pwdLastSet=0 "
                        "(must change at next logon)")
                         .arg(dn);
    else
        d.touches << tr("LDAP modify %1: userAccountControl gets ACCOUNTDISABLE").arg(dn);
    plan->steps << d;

    PlannedStep q {ContainStep::Queues, {}};
    for (const QString &h : plan->hosts) {
        //: %1 host, %2..%5 counts of messages in the incoming, active, deferred and maildrop queues
        q.touches << tr("%1: incoming %2, active %3, deferred %4, maildrop %5")
                         .arg(h)
                         .arg(plan->countFor(h, QueueName::Incoming))
                         .arg(plan->countFor(h, QueueName::Active))
                         .arg(plan->countFor(h, QueueName::Deferred))
                         .arg(plan->countFor(h, QueueName::Maildrop));
        q.touches << h + QStringLiteral(": ")
                + shellJoin(postsuperArgv(
                    paths, o.queue == QueueChoice::Hold ? QueueAction::Hold : QueueAction::Delete))
                + tr(" (queue ids on standard input)");
    }
    //: %n is a number of milliseconds
    q.touches << tr("The queues are read again after %n ms and stragglers treated the same way.", nullptr,
                    o.recheckDelayMs);
    plan->steps << q;

    PlannedStep f {ContainStep::Forwarding, {}};
    if (plan->forwarding.isEmpty())
        f.touches << tr("No forwarding is set on the account.");
    for (const QString &a : plan->forwarding)
        //: %1 is an address
        f.touches << (o.removeForwarding ? tr("Forwards to %1: removed").arg(a)
                                         : tr("Forwards to %1: left as it is (not requested)").arg(a));
    if (o.removeForwarding && !plan->forwarding.isEmpty())
        f.touches << tr("SOAP ModifyAccountRequest: zimbraPrefMailForwardingAddress and "
                        "zimbraMailForwardingAddress removed, zimbraPrefMailLocalDeliveryDisabled=FALSE, "
                        "sieve redirect actions turned into keep; then FlushCacheRequest");
    plan->steps << f;
    if (o.urgent) {
        // MTA first (ContainmentOptions::urgent): z, b, d, q, f -> b, q, z, d, f.
        const QList<PlannedStep> s = plan->steps;
        plan->steps = {s[1], s[3], s[0], s[2], s[4]};
        if (o.restartMta)
            plan->steps[0].touches.prepend(
                tr("Automatic containment: where the login has an open SMTP session, Postfix is stopped "
                   "first, the block written, then Postfix started (ends every session on the host)."));
    }
}

// ---- run -----------------------------------------------------------------------------------

void ContainmentRunner::run(const ContainmentPlan &plan)
{
    const int sent = m_result.messagesSentBefore;
    m_plan = plan;
    m_result = ContainmentResult();
    m_result.account = plan.options.account;
    m_result.authMech = plan.authMech;
    m_result.messagesSentBefore = sent;
    m_step = 0;
    m_cancel = false;
    m_stopped = false;
    if (m_plan.steps.isEmpty())
        planSteps(&m_plan);
    QTimer::singleShot(0, this, &ContainmentRunner::nextStep);
}

void ContainmentRunner::nextStep()
{
    if (m_step >= m_plan.steps.size()) {
        emit finished(m_result);
        return;
    }
    const ContainStep step = m_plan.steps[m_step].step;
    if (m_cancel || m_stopped) {
        StepResult r;
        r.step = step;
        r.skipped = true;
        r.detail = m_cancel ? tr("Not run: cancelled.") : tr("Not run: stopped after a failed step.");
        m_result.cancelled = m_cancel;
        finishStep(r);
        return;
    }
    emit stepStarted(m_step, step);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    Done done = [this, step, started](bool ok, const QString &detail) {
        StepResult r;
        r.step = step;
        r.done = ok;
        r.detail = detail;
        r.started = started;
        finishStep(r);
    };
    switch (step) {
    case ContainStep::Zimbra:
        stepZimbra(done);
        break;
    case ContainStep::SubmissionBlock:
        stepBlock(0, {}, done);
        break;
    case ContainStep::Directory:
        stepDirectory(done);
        break;
    case ContainStep::Queues:
        stepQueues(0, false, {}, done);
        break;
    case ContainStep::Forwarding:
        stepForwarding(done);
        break;
    }
}

void ContainmentRunner::finishStep(StepResult r)
{
    r.finished = QDateTime::currentDateTimeUtc();
    if (!r.started.isValid())
        r.started = r.finished;
    m_result.steps << r;
    if (!audit(containStepKey(r.step), r.done, r.detail))
        ++m_result.auditFailures; // an unlogged action must not look clean
    emit stepFinished(r);
    if (!r.done && !r.skipped && m_ask) {
        m_waiting = true;
        emit stepFailed(r);
        return;
    }
    if (!r.done && !r.skipped && !m_policy(r))
        m_stopped = true;
    ++m_step;
    QTimer::singleShot(0, this, &ContainmentRunner::nextStep);
}

void ContainmentRunner::resume(bool goOn)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (!goOn)
        m_stopped = true;
    ++m_step;
    QTimer::singleShot(0, this, &ContainmentRunner::nextStep);
}

void ContainmentRunner::stepZimbra(Done done)
{
    if (!m_b.zimbra) {
        done(false, tr("No Zimbra admin endpoint is configured: the account was not locked."));
        return;
    }
    // Lock refuses new logins; EndSessions bumps zimbraAuthTokenValidityValue and flushes the
    // account cache, which is what ends tokens already issued (section 6): two existing jobs.
    auto *lock
        = new ZimbraAccountActionJob(m_b.zimbra, m_plan.options.account, ZimbraAccountAction::Lock, this);
    connect(lock, &ZimbraJob::finished, this, [this, lock, done](const ZimbraError &e) {
        lock->deleteLater();
        if (e.isError())
            return done(false, joinDetail(e.message, e.detail));
        m_result.zimbraLocked = true;
        const int before = lock->before().validityValue;
        auto *end = new ZimbraAccountActionJob(m_b.zimbra, m_plan.options.account,
                                               ZimbraAccountAction::EndSessions, this);
        connect(end, &ZimbraJob::finished, this, [end, done, before](const ZimbraError &e2) {
            end->deleteLater();
            if (e2.isError())
                return done(
                    false,
                    tr("Locked, but the sessions were not ended: %1").arg(joinDetail(e2.message, e2.detail)));
            //: %1 and %2 are numbers (zimbraAuthTokenValidityValue before and after)
            done(true,
                 tr("Locked; token validity %1 -> %2, account cache flushed: web and IMAP sessions end.")
                     .arg(before)
                     .arg(end->after().validityValue));
        });
        end->start();
    });
    lock->start();
}

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
            const QList<LiveSession> candidates = smtpSessionCandidates(
                std::string_view(log.stdOut.constData(), size_t(log.stdOut.size())), m_plan.options.account,
                name, QDateTime::currentDateTime().offsetFromUtc());
            if (candidates.isEmpty())
                return next({}, QString());
            ssh(s, psArgv(candidates), {}, [=](const SshCommandResult &ps) {
                // ps exits 1 when none of the pids exists any more: no session is alive.
                if (ps.exitStatus == 1 && ps.stdOut.trimmed().isEmpty())
                    return next({}, QString());
                if (!ps.ok())
                    return next({}, tr("%1: the process list could not be read: %2")
                                        .arg(name, joinDetail(ps.message, ps.detail)));
                next(aliveSmtpd(candidates, ps.stdOut), QString());
            });
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

void ContainmentRunner::stepDirectory(Done done)
{
    const ContainmentOptions &o = m_plan.options;
    if (o.directory == DirectoryChoice::Skip)
        return done(true, tr("Not requested: the directory account was left as it was."));
    const bool haveDir = m_b.directory.has_value();
    if (o.directory == DirectoryChoice::ResetPassword && isInternalAuth(m_plan.authMech, haveDir)) {
        if (!m_b.zimbra)
            return done(false, tr("No Zimbra admin endpoint is configured: the password was not reset."));
        auto *job = new SetPasswordJob(m_b.zimbra, o.account, o.newPassword, true, this);
        connect(job, &ZimbraJob::finished, this, [this, job, done](const ZimbraError &e) {
            job->deleteLater();
            if (e.isError())
                return done(false, joinDetail(e.message, e.detail));
            m_result.passwordReset = true;
            done(true, tr("Zimbra password reset; it must be changed at the next login."));
        });
        job->start();
        return;
    }
    if (!haveDir)
        return done(false, tr("No directory is configured: the directory account was not changed."));
    DirectoryJob *job = nullptr;
    const bool reset = o.directory == DirectoryChoice::ResetPassword;
    if (reset)
        job = new PasswordResetJob(*m_b.directory, o.account, o.newPassword, true, this);
    else
        job = new AccountActionJob(*m_b.directory, o.account, AccountAction::Disable, this);
    connect(job, &DirectoryJob::finished, this, [this, job, done, reset](const DirectoryOutcome &r) {
        job->deleteLater();
        if (!r.ok())
            return done(false, joinDetail(r.message, r.detail));
        if (reset) {
            m_result.directoryReset = true;
            m_result.passwordReset = true;
            done(true,
                 tr("Directory password reset to a generated one; it must be changed at the next "
                    "logon, so the old one no longer binds."));
        } else {
            m_result.directoryDisabled = true;
            done(true, tr("Directory account disabled."));
        }
    });
    job->start();
}

void ContainmentRunner::stepQueues(int host, bool recheck, QStringList errors, Done done)
{
    const int hosts = m_b.mta ? int(m_b.mta->sessions().size()) : 0;
    if (hosts == 0)
        return done(false, tr("No MTA host is configured: the queues were not touched."));
    if (host >= hosts) {
        if (!recheck) {
            // Stragglers: messages accepted while the block was being put in place.
            QTimer::singleShot(m_plan.options.recheckDelayMs, this,
                               [=]() { stepQueues(0, true, errors, done); });
            return;
        }
        const bool hold = m_plan.options.queue == QueueChoice::Hold;
        const int n = int(hold ? m_result.held.size() : m_result.deleted.size());
        //: %n is a number of messages
        QString d = hold ? tr("%n message(s) of the account held.", nullptr, n)
                         : tr("%n message(s) of the account deleted.", nullptr, n);
        if (!errors.isEmpty())
            return done(false, d + QLatin1Char(' ') + errors.join(QLatin1Char(' ')));
        return done(true, d);
    }
    const QString name = m_b.mta->hostNames().value(host);
    const bool hold = m_plan.options.queue == QueueChoice::Hold;
    collectMatches(
        host, !hold, [=](bool listed, const QList<QueueMatch> &matches, const QString &problem, int) mutable {
            if (!listed) {
                errors << name + QStringLiteral(": ") + problem;
                return stepQueues(host + 1, recheck, errors, done);
            }
            // Without the log only the envelope sender matches: a forged sender would be missed.
            if (!problem.isEmpty() && !errors.contains(name + QStringLiteral(": ") + problem))
                errors << name + QStringLiteral(": ") + problem;
            if (matches.isEmpty())
                return stepQueues(host + 1, recheck, errors, done);
            QStringList ids;
            for (const QueueMatch &m : matches)
                ids << m.id;
            auto *job = new QueueActionJob(m_b.mta->sessions().value(host), m_b.mta->settings().paths,
                                           hold ? QueueAction::Hold : QueueAction::Delete, ids, this);
            connect(job, &QueueActionJob::finished, this, [=](const PostsuperOutcome &out) mutable {
                job->deleteLater();
                for (const QueueMatch &m : matches)
                    if (out.doneIds.contains(m.id))
                        (hold ? m_result.held : m_result.deleted) << m;
                if (job->error() != SshError::None)
                    errors << name + QStringLiteral(": ")
                            + joinDetail(job->errorMessage(), job->errorDetail());
                else if (!out.unknownIds.isEmpty())
                    //: %1 host, %n number of messages
                    errors << tr("%1: the fate of %n message(s) is unknown.", nullptr,
                                 int(out.unknownIds.size()))
                                  .arg(name);
                stepQueues(host + 1, recheck, errors, done);
            });
            job->start();
        });
}

void ContainmentRunner::stepForwarding(Done done)
{
    if (!m_b.zimbra)
        return done(false, tr("No Zimbra admin endpoint is configured: forwarding could not be checked."));
    auto *job = new AccountJob(m_b.zimbra, m_plan.options.account, this);
    connect(job, &ZimbraJob::finished, this, [this, job, done](const ZimbraError &e) {
        job->deleteLater();
        if (e.isError())
            return done(false, joinDetail(e.message, e.detail));
        const QStringList fwd = job->account().forwardingAddresses + job->account().filterForwards;
        if (fwd.isEmpty())
            return done(true, tr("The account forwards no mail."));
        if (!m_plan.options.removeForwarding)
            //: %1 is a list of addresses
            return done(false, tr("The account still forwards to %1: removal was not requested.")
                                   .arg(fwd.join(QStringLiteral(", "))));
        auto *rm = new ZimbraAccountActionJob(m_b.zimbra, m_plan.options.account,
                                              ZimbraAccountAction::RemoveForwarding, this);
        connect(rm, &ZimbraJob::finished, this, [this, rm, done, fwd](const ZimbraError &e2) {
            rm->deleteLater();
            if (e2.isError())
                return done(false, joinDetail(e2.message, e2.detail));
            m_result.forwardingRemoved = fwd;
            //: %1 is a list of addresses
            done(true, tr("Forwarding removed: the account no longer sends its mail to %1.")
                           .arg(fwd.join(QStringLiteral(", "))));
        });
        rm->start();
    });
    job->start();
}

// ---- undo ----------------------------------------------------------------------------------

void ContainmentRunner::undo(const ContainmentResult &result)
{
    m_plan.options.account = result.account;
    auto steps = std::make_shared<QList<StepResult>>();
    auto record = [this, steps](ContainStep step, const QString &key, bool ok, const QString &detail) {
        StepResult r;
        r.step = step;
        r.done = ok;
        r.detail = detail;
        r.started = r.finished = QDateTime::currentDateTimeUtc();
        *steps << r;
        audit(QStringLiteral("undo.") + key, ok, detail);
        emit stepFinished(r);
    };
    // Chained: unlock -> enable -> release -> unblock.
    auto unblock = std::make_shared<std::function<void(int)>>();
    *unblock = [this, result, record, steps, unblock](int i) {
        if (!m_b.mta || i >= result.blockedHosts.size())
            return emit undoFinished(*steps);
        const int host = int(m_b.mta->hostNames().indexOf(result.blockedHosts[i]));
        if (host < 0)
            return (*unblock)(i + 1);
        blockHost(host, false, [=](bool ok, const QString &detail) {
            record(ContainStep::SubmissionBlock, QStringLiteral("submission_block"), ok,
                   ok ? tr("%1: the login is accepted at submission again.").arg(result.blockedHosts[i])
                      : detail);
            (*unblock)(i + 1);
        });
    };
    auto release = [this, result, record, unblock]() {
        if (!m_b.mta || result.held.isEmpty())
            return (*unblock)(0);
        QHash<QString, QStringList> byHost;
        for (const QueueMatch &m : result.held)
            byHost[m.host] << m.id;
        auto pending = std::make_shared<int>(int(byHost.size()));
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
            SshSession *s = m_b.mta->sessionFor(it.key());
            if (!s) {
                if (--*pending == 0)
                    (*unblock)(0);
                continue;
            }
            auto *job
                = new QueueActionJob(s, m_b.mta->settings().paths, QueueAction::Release, it.value(), this);
            const QString host = it.key();
            connect(job, &QueueActionJob::finished, this, [=](const PostsuperOutcome &out) {
                job->deleteLater();
                const bool ok = job->error() == SshError::None;
                //: %1 host, %n number of messages
                record(ContainStep::Queues, QStringLiteral("queues"), ok,
                       ok ? tr("%1: %n held message(s) released.", nullptr, out.done()).arg(host)
                          : joinDetail(job->errorMessage(), job->errorDetail()));
                if (--*pending == 0)
                    (*unblock)(0);
            });
            job->start();
        }
    };
    auto enable = [this, result, record, release]() {
        if (!result.directoryDisabled || !m_b.directory)
            return release();
        auto *job = new AccountActionJob(*m_b.directory, result.account, AccountAction::Enable, this);
        connect(job, &DirectoryJob::finished, this, [=](const DirectoryOutcome &o) {
            job->deleteLater();
            record(ContainStep::Directory, QStringLiteral("directory"), o.ok(),
                   o.ok() ? tr("Directory account enabled again.") : joinDetail(o.message, o.detail));
            release();
        });
        job->start();
    };
    if (!result.zimbraLocked || !m_b.zimbra)
        return enable();
    auto *job = new ZimbraAccountActionJob(m_b.zimbra, result.account, ZimbraAccountAction::Unlock, this);
    connect(job, &ZimbraJob::finished, this, [=](const ZimbraError &e) {
        job->deleteLater();
        record(ContainStep::Zimbra, QStringLiteral("zimbra_lock"), !e.isError(),
               e.isError() ? joinDetail(e.message, e.detail) : tr("Zimbra account active again."));
        enable();
    });
    job->start();
}

} // namespace zaindari
