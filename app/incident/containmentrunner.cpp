// The run loop and the Zimbra, directory, queue and forwarding steps (containmentrunner.h).
#include "containmentrunner.h"
#include "containmentrunner_p.h"

#include "audit/auditlog.h"
#include "directory/directoryjob.h"
#include "mta/mtasessions.h"
#include "mta/queuejobs.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"
#include "zimbra/accountjobs.h"

#include <QDateTime>
#include <QTimer>

namespace zaindari {

using containment_detail::isInternalAuth;
using containment_detail::joinDetail;

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
        host, !hold, [=](const HostScan &scan) mutable {
            const QList<QueueMatch> &matches = scan.matches;
            const QString &problem = scan.problem;
            if (!scan.listed) {
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
    const bool remove = m_plan.options.removeForwarding;
    // Removal reads the account itself (and does nothing when nothing forwards); only a check
    // needs its own read.
    ZimbraJob *job = remove ? static_cast<ZimbraJob *>(new ZimbraAccountActionJob(
                                  m_b.zimbra, m_plan.options.account, ZimbraAccountAction::RemoveForwarding, this))
                            : new AccountJob(m_b.zimbra, m_plan.options.account, this);
    connect(job, &ZimbraJob::finished, this, [this, job, done, remove](const ZimbraError &e) {
        job->deleteLater();
        if (e.isError())
            return done(false, joinDetail(e.message, e.detail));
        const ZimbraAccount &account = remove ? static_cast<ZimbraAccountActionJob *>(job)->before()
                                              : static_cast<AccountJob *>(job)->account();
        const QStringList fwd = account.forwardingAddresses + account.filterForwards;
        if (fwd.isEmpty())
            return done(true, tr("The account forwards no mail."));
        //: %1 is a list of addresses
        if (!remove)
            return done(false, tr("The account still forwards to %1: removal was not requested.")
                                   .arg(fwd.join(QStringLiteral(", "))));
        m_result.forwardingRemoved = fwd;
        //: %1 is a list of addresses
        done(true, tr("Forwarding removed: the account no longer sends its mail to %1.")
                       .arg(fwd.join(QStringLiteral(", "))));
    });
    job->start();
}

// ---- undo ----------------------------------------------------------------------------------

} // namespace zaindari
