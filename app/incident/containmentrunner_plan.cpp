// The preview: what containment would touch, read without changing anything.
#include "containmentrunner.h"
#include "containmentrunner_p.h"

#include "directory/directoryjob.h"
#include "livesessions.h"
#include "mta/loganalyzer.h"
#include "mta/mtasessions.h"
#include "mta/queuejobs.h"
#include "ssh/shellquote.h"
#include "ssh/sshsession.h"
#include "submissionblock.h"
#include "zimbra/accountjobs.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace zaindari {

using containment_detail::isInternalAuth;
using containment_detail::joinDetail;

void ContainmentRunner::collectMatches(int hostIndex, bool includeHold, Matches next)
{
    SshSession *s = m_b.mta ? m_b.mta->sessions().value(hostIndex) : nullptr;
    if (!s) {
        HostScan scan;
        scan.problem = tr("No MTA host is configured.");
        next(scan);
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
            auto scan = std::make_shared<HostScan>();
            if (logResult.ok()) {
                const std::string_view log(logResult.stdOut.constData(), size_t(logResult.stdOut.size()));
                analyzer->feed(log);
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                scan->sentBefore = 0;
                for (const SenderRate &r : analyzer->senders(now - 7 * 86400, now))
                    if (r.who.authenticated
                        && (r.who.account.toLower() == login || r.who.account.toLower() == local))
                        scan->sentBefore += int(r.messages);
                // The same read gives the login's smtpd processes: no second tail of the log.
                scan->sessionCandidates = smtpSessionCandidates(log, m_plan.options.account, host,
                                                                QDateTime::currentDateTime().offsetFromUtc());
            } else {
                //: %1 is a host, %2 the error
                scan->problem
                    = tr("The mail log of %1 could not be read, so only the envelope sender is matched: %2")
                          .arg(host, joinDetail(logResult.message, logResult.detail));
            }
            auto *list = new QueueListJob({m_b.mta->listSources().value(hostIndex)}, this);
            connect(list, &QueueListJob::finished, this, [=](bool ok) {
                list->deleteLater();
                if (!ok) {
                    scan->problem = joinDetail(list->errorMessage(), list->errorDetail());
                    next(*scan);
                    return;
                }
                scan->listed = true;
                const QueueListing listing = list->takeListing();
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
                    scan->matches.append(q);
                }
                next(*scan);
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
                collectMatches(
                    host, m_plan.options.queue == QueueChoice::Delete, [this, host, queues](const HostScan &scan) {
                        m_plan.matches += scan.matches;
                        if (!scan.problem.isEmpty())
                            m_plan.problems << scan.problem;
                        if (scan.sentBefore >= 0)
                            m_result.messagesSentBefore = qMax(0, m_result.messagesSentBefore) + scan.sentBefore;
                        confirmAlive(host, scan.sessionCandidates, [this, host, queues](const QList<LiveSession> &live,
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

} // namespace zaindari
