#pragma once
// postsuper actions on explicit queue ids and the exact outcome read back from its output.
// postsuper (src/postsuper/postsuper.c) logs to stderr: one "ID: placed on hold" /
// "released from hold" / "requeued" / "removed" line per message it acted on, then a total
// "Placed on hold: N message(s)" etc. An id no longer in the queue produces no line at all,
// so the missing ids are the requested ones that never appear.

#include "profiles/profile.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace zaindari {

enum class QueueAction { Hold, Release, Requeue, Delete };

QString queueActionName(QueueAction a);        // "hold", "release", ... (JSON, never translated)
QString queueActionDisplay(QueueAction a);     // translated verb for buttons/prompts
bool parseQueueAction(const QString &s, QueueAction *out);
bool queueActionIsDestructive(QueueAction a);  // delete cannot be undone

// argv of the remote command: [sudo -n] POSTSUPER -h|-H|-r|-d -  (ids follow on stdin).
QStringList postsuperArgv(const MtaPaths &paths, QueueAction a);
// `[sudo -n] TOOL`: how an admin tool (postsuper, postcat, postconf, postfix) is run with the
// profile's preset; a real Zimbra MTA grants these through sudo, never postqueue.
QStringList adminToolArgv(const MtaPaths &paths, const QString &tool);
// One id per line, as operate_stream() reads them.
QByteArray postsuperStdin(const QStringList &ids);

struct PostsuperOutcome {
    QueueAction action = QueueAction::Hold;
    QStringList requested;
    QStringList doneIds;      // ids postsuper reported acting on
    QStringList missingIds;   // requested, known not acted on (no longer in that queue)
    QStringList unknownIds;   // requested, fate unknown (connection lost before the end)
    int reportedTotal = -1;   // postsuper's own "N messages" line, -1 when absent
    bool completed = false;   // postsuper ran to the end (exit status received)
    QStringList warnings;     // postsuper warnings/fatal lines, verbatim
    int matched() const { return int(requested.size()); }
    int done() const { return int(doneIds.size()); }
    bool isExact() const { return completed && unknownIds.isEmpty(); }
    QJsonObject toJson(bool dryRun = false) const; // CLI.md: action, matched, done, missing, dry_run
};

// output: postsuper's stderr (and stdout) as received so far; completed: exit status seen.
PostsuperOutcome parsePostsuperOutput(QueueAction action, const QStringList &requested,
                                      QByteArrayView output, bool completed);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::PostsuperOutcome)
