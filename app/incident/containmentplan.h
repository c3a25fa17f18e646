#pragma once
// Containment of one captured account (issue 8): the plan shown before anything runs, and the
// per-step outcome afterwards. Value types only; ContainmentRunner carries a plan out.
//
// Steps, in order (STYLE.md: an incident action is an operation made of jobs):
//  1 Zimbra: lock, bump zimbraAuthTokenValidityValue, flush the account cache (ZimbraAccountActionJob)
//  2 MTA submission: the login in a check_sasl_access map on every MTA host, postmap, postconf
//    -e, postfix reload; optionally postfix stop+start (ends every open SMTP session)
//  3 Directory: reset to a generated password with must-change, or disable; with Zimbra's
//    internal auth, SetPasswordRequest instead
//  4 Queues on every MTA host: hold or delete the login's messages, bounces and replies to it, then look
//    again after a short delay for stragglers
//  5 Forwarding: shown; with removeForwarding, ModifyAccountRequest clears the forwarding
//    addresses and turns the sieve script's redirect actions into keep (section 6: an empty
//    value removes an attribute, -name removes one value)
//  6 Record: every step goes to the console's audit log as it ends

#include "mta/queuetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zaindari {

enum class ContainStep { Zimbra, SubmissionBlock, Directory, Queues, Forwarding };
QString containStepKey(ContainStep s); // "zimbra_lock", "submission_block", ... (JSON, audit)
QString containStepTitle(ContainStep s); // translated

enum class DirectoryChoice { ResetPassword, Disable, Skip };
enum class QueueChoice { Hold, Delete };

struct ContainmentOptions
{
    QString account; // the login, an address (ikasle3@tartanga.test)
    QueueChoice queue = QueueChoice::Hold;
    DirectoryChoice directory = DirectoryChoice::ResetPassword;
    QString newPassword; // for ResetPassword (always with must-change)
    bool passwordGenerated = false;
    // postfix stop && start: the only way the zimbra user can end an SMTP-AUTH session that is
    // already open (no kill in sudoers) — and it ends EVERY session on the host.
    bool restartMta = false;
    int recheckDelayMs = 5000; // second queue pass for stragglers
    bool removeForwarding = false; // step 5: clear forwarding addresses and filter redirects
    // Automatic runs (watch --auto-contain): every second lets spam out, so the MTA goes first.
    // The plan reads no queue listing or log join beforehand; when the login has an open SMTP
    // session and restartMta is set, Postfix is stopped BEFORE the map is written and started
    // after it (no reload), so sessions and deliveries halt at once; then the queues, then
    // Zimbra, the directory and forwarding.
    bool urgent = false;
    QString mapPath = QStringLiteral("/opt/zimbra/conf/zaindari_sasl_blocked");
};

// One queued message the plan will hold or delete.
struct QueueMatch
{
    QString host;
    QString id;
    QueueName queue = QueueName::Unknown;
    QString sender;
    bool bounce = false; // null sender, addressed to the login
    bool reply = false; // another sender, addressed to the login alone (auto-replies to the spam)
    bool bySasl = false; // joined from the log's sasl_username
};

// An smtpd process whose latest log line carries the login's sasl_username and that is still
// alive (deliverability.md 5.3): the session locking alone does not end.
struct LiveSession
{
    QString host;
    qint64 pid = 0;
    QString service; // "submission/smtpd", "smtpd", ...
    QDateTime lastSeen; // UTC, from the log
};

struct PlannedStep
{
    ContainStep step = ContainStep::Zimbra;
    QStringList touches; // translated lines: objects touched, remote commands, SOAP requests
};

struct ContainmentPlan
{
    ContainmentOptions options;
    QString zimbraId;
    QString authMech; // the domain's zimbraAuthMech ("" unknown)
    QString directoryDn; // empty when no directory or not found
    QStringList forwarding; // addresses and filter redirects
    QStringList hosts; // MTA hosts
    QStringList dbTypes; // per host: default_database_type ("" when it could not be read)
    QStringList senderRestrictions; // per host: smtpd_sender_restrictions now
    QList<QueueMatch> matches;
    QList<LiveSession> liveSessions; // open SMTP sessions of the login when the plan was made
    QStringList problems; // translated: what the preview could not read
    QList<PlannedStep> steps;

    // {"host":{"incoming":N,...}}
    QJsonObject countsJson() const;
    int countFor(const QString &host, QueueName q) const;
    QStringList previewLines() const; // translated, for the CLI and the confirmation dialog
    QJsonObject previewJson() const;
};

struct StepResult
{
    ContainStep step = ContainStep::Zimbra;
    bool done = false;
    bool skipped = false; // not run (cancelled, or stopped after a failure)
    QString detail; // translated sentence, then library/server text
    QDateTime started;
    QDateTime finished;
    QJsonObject toJson() const; // {"step","done","detail"}
};

struct ContainmentResult
{
    QString account;
    QList<StepResult> steps;
    QList<QueueMatch> held;
    QList<QueueMatch> deleted;
    QStringList blockedHosts; // hosts whose map got the login (for undo)
    QStringList forwardingRemoved; // addresses no longer forwarded to (audit and report)
    int sessionsOpenAfter = -1; // live smtpd sessions of the login after step 2, -1 unknown
    QString authMech;
    bool directoryDisabled = false;
    bool directoryReset = false;
    bool passwordReset = false; // in the directory or, with internal auth, in Zimbra
    int auditFailures = 0; // steps whose audit line could not be written
    bool zimbraLocked = false;
    bool cancelled = false;
    int messagesSentBefore = -1; // delivered or deferred by the login per the log, -1 unknown
    bool allDone() const;
    QJsonObject toJson() const; // CLI.md: account, steps, messages_held, messages_deleted
};

} // namespace zaindari
