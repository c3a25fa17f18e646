#pragma once
// Carries out a ContainmentPlan across Zimbra (SOAP), the MTA hosts (SSH) and the directory
// (LDAP), reusing the existing jobs: ZimbraAccountActionJob, SetPasswordJob, AccountJob,
// PasswordResetJob / AccountActionJob, QueueListJob / QueueActionJob, MailLogAnalyzer.
//
//   prepare(options) -> planReady(plan)        reads only: account, DN, queues, log join
//   run(plan)        -> stepStarted / stepFinished ... finished(result)
//   undo(result)     -> undoFinished(steps)    unlock, enable, release held, remove the block
//
// Steps run one after another; cancel() stops between steps (the running one completes and
// is reported). After a failed step the failure policy decides: true = go on (the CLI's
// choice: continue and report), false = stop (the rest are reported as not done).
// Every step, and every undo, is appended to the console's audit log when it ends.

#include "containmentplan.h"
#include "directory/directorytypes.h"
#include "mta/queuetypes.h"
#include "profiles/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace zaindari {

class MtaSessions;
class SshSession;
class ZimbraClient;
struct SshCommandResult;

struct ContainmentBackends
{
    ZimbraClient *zimbra = nullptr; // null: the Zimbra step fails as "not configured"
    std::optional<DirectoryConfig> directory;
    MtaSessions *mta = nullptr; // every MTA host of the profile
    QString mtaLogPath = QStringLiteral("/var/log/zimbra.log");
    qint64 logTailBytes = 64LL * 1024 * 1024; // how much of the log the sender join reads
    QString auditLogPath; // empty: the console's default audit log
    QString profileLabel;
};

class ContainmentRunner : public QObject
{
    Q_OBJECT
public:
    using FailurePolicy = std::function<bool(const StepResult &failed)>;

    explicit ContainmentRunner(const ContainmentBackends &backends, QObject *parent = nullptr);
    ~ContainmentRunner() override;

    void setFailurePolicy(FailurePolicy policy) { m_policy = std::move(policy); }
    // GUI: instead of calling the policy, emit stepFailed() and wait for resume(goOn) — the
    // technician answers stop-or-continue without the GUI thread waiting.
    void setAskOnFailure(bool ask) { m_ask = ask; }
    // After stepFailed(): true goes on with the next step, false stops (the rest: not run).
    void resume(bool goOn);
    void prepare(const ContainmentOptions &options);
    void run(const ContainmentPlan &plan);
    void undo(const ContainmentResult &result);
    void cancel() { m_cancel = true; }

signals:
    void planReady(const zaindari::ContainmentPlan &plan);
    void stepStarted(int index, zaindari::ContainStep step);
    void stepFinished(const zaindari::StepResult &result);
    void progressed(const QString &what);
    void finished(const zaindari::ContainmentResult &result);
    void undoFinished(const QList<zaindari::StepResult> &steps);
    void stepFailed(const zaindari::StepResult &result); // only with setAskOnFailure(true)

private:
    using Done = std::function<void(bool ok, const QString &detail)>;
    // One host's queue listing joined with its log: what containment would act on.
    struct HostScan
    {
        bool listed = false; // the queue could be listed
        QList<QueueMatch> matches;
        QString problem; // translated: what could not be read
        int sentBefore = -1; // the login's messages in the log, -1 unknown
        QList<LiveSession> sessionCandidates; // from the same log read (not yet confirmed by ps)
    };
    using Matches = std::function<void(const HostScan &)>;

    void ssh(SshSession *s, const QStringList &argv, const QByteArray &in,
             std::function<void(const SshCommandResult &)> next);
    void collectMatches(int hostIndex, bool includeHold, Matches next);
    void planSteps(ContainmentPlan *plan) const;

    void nextStep();
    void finishStep(StepResult r);
    void stepZimbra(Done done);
    void stepBlock(int host, QStringList errors, Done done);
    void stepDirectory(Done done);
    void stepQueues(int host, bool recheck, QStringList errors, Done done);
    void stepForwarding(Done done);

    // `stopped`: Postfix was stopped first (urgent): start it at the end instead of a reload.
    void blockHost(int host, bool add, Done done, bool stopped = false);
    void blockHostUrgent(int host, Done done);
    using Sessions = std::function<void(const QList<LiveSession> &, const QString &problem)>;
    void findLiveSessions(int host, Sessions next); // reads the log tail, then confirmAlive
    void confirmAlive(int host, const QList<LiveSession> &candidates, Sessions next);
    void endSessions(int host, Done done);
    void awaitGone(int host, const QList<LiveSession> &before, int attempt, Done done);
    bool audit(const QString &action, bool ok, const QString &detail) const;

    ContainmentBackends m_b;
    FailurePolicy m_policy;
    ContainmentPlan m_plan;
    ContainmentResult m_result;
    int m_step = 0;
    bool m_cancel = false;
    bool m_stopped = false;
    QStringList m_blockNotes; // per host: sessions ended by a restart
    QHash<int, QList<LiveSession>> m_restarted; // urgent: host -> sessions the stop ended
    bool m_ask = false;
    bool m_waiting = false; // stepFailed() emitted, resume() not yet called
};

} // namespace zaindari
