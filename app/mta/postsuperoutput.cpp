#include "postsuperoutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace zaindari {

namespace {
struct ActionInfo {
    const char *name;
    const char *display;
    const char *flag;
    const char *perId;   // msg_info("%s: ...", queue_id)
    const char *total;   // msg_info("...: %d message%s")
};
const ActionInfo kActions[] = {
    {"hold", QT_TRANSLATE_NOOP("zaindari::QueueAction", "Hold"), "-h", "placed on hold", "Placed on hold"},
    {"release", QT_TRANSLATE_NOOP("zaindari::QueueAction", "Release"), "-H", "released from hold", "Released from hold"},
    {"requeue", QT_TRANSLATE_NOOP("zaindari::QueueAction", "Requeue"), "-r", "requeued", "Requeued"},
    {"delete", QT_TRANSLATE_NOOP("zaindari::QueueAction", "Delete"), "-d", "removed", "Deleted"},
};
const ActionInfo &info(QueueAction a)
{
    return kActions[int(a)];
}
} // namespace

QString queueActionName(QueueAction a)
{
    return QString::fromLatin1(info(a).name);
}

QString queueActionDisplay(QueueAction a)
{
    return QCoreApplication::translate("zaindari::QueueAction", info(a).display);
}

bool parseQueueAction(const QString &s, QueueAction *out)
{
    for (int i = 0; i < 4; ++i) {
        if (s == QLatin1String(kActions[i].name)) {
            *out = QueueAction(i);
            return true;
        }
    }
    return false;
}

bool queueActionIsDestructive(QueueAction a)
{
    return a == QueueAction::Delete;
}

QStringList adminToolArgv(const MtaPaths &paths, const QString &tool)
{
    QStringList argv;
    if (paths.sudoForAdminTools) // -n: never prompt, fail with "a password is required"
        argv << QStringLiteral("sudo") << QStringLiteral("-n");
    argv << tool;
    return argv;
}

QStringList postsuperArgv(const MtaPaths &paths, QueueAction a)
{
    return adminToolArgv(paths, paths.postsuper) << QString::fromLatin1(info(a).flag) << QStringLiteral("-");
}

QByteArray postsuperStdin(const QStringList &ids)
{
    QByteArray out;
    out.reserve(ids.size() * 18);
    for (const QString &id : ids) {
        out += id.toLatin1();
        out += '\n';
    }
    return out;
}

PostsuperOutcome parsePostsuperOutput(QueueAction action, const QStringList &requested,
                                      QByteArrayView output, bool completed)
{
    PostsuperOutcome o;
    o.action = action;
    o.requested = requested;
    o.completed = completed;
    const QSet<QString> wanted(requested.begin(), requested.end());
    QSet<QString> done;
    const QByteArray perId = QByteArray(": ") + info(action).perId;
    const QByteArray total = QByteArray(info(action).total) + ": ";
    const QList<QByteArray> lines = QByteArray(output.data(), output.size()).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // Strip "postsuper: " or "postsuper[123]: " (msg_vstream / maillog prefix).
        const qsizetype colon = line.indexOf(": ");
        QByteArray body = colon >= 0 && line.startsWith("postsuper") ? line.mid(colon + 2) : line;
        if (body.startsWith("warning: ") || body.startsWith("fatal: ") || body.startsWith("error: ")) {
            o.warnings << QString::fromUtf8(line);
            continue;
        }
        if (body.startsWith(total)) {
            bool ok = false;
            const int n = body.mid(total.size()).split(' ').value(0).toInt(&ok);
            if (ok)
                o.reportedTotal = n;
            continue;
        }
        if (body.endsWith(perId)) {
            const QString id = QString::fromLatin1(body.left(body.size() - perId.size()));
            if (wanted.contains(id) && !done.contains(id)) {
                done.insert(id);
                o.doneIds << id;
            }
        }
    }
    for (const QString &id : requested) {
        if (done.contains(id))
            continue;
        // postsuper reads ids in order and prints each one it handled as it goes: when the
        // run did not finish, an id without a line may still have been handled at the very end.
        (completed ? o.missingIds : o.unknownIds) << id;
    }
    // A total line without per-id lines (older Postfix, other logging): trust the count only
    // when it accounts for every requested id.
    if (completed && o.doneIds.isEmpty() && o.reportedTotal == requested.size() && !requested.isEmpty()) {
        o.doneIds = requested;
        o.missingIds.clear();
    }
    return o;
}

QJsonObject PostsuperOutcome::toJson(bool dryRun) const
{
    QJsonObject o{
        {QStringLiteral("action"), queueActionName(action)},
        {QStringLiteral("matched"), matched()},
        {QStringLiteral("done"), done()},
        {QStringLiteral("missing"), QJsonArray::fromStringList(missingIds)},
        {QStringLiteral("dry_run"), dryRun},
    };
    if (!unknownIds.isEmpty() || !completed)
        o.insert(QStringLiteral("unknown"), QJsonArray::fromStringList(unknownIds));
    if (!completed)
        o.insert(QStringLiteral("completed"), false);
    return o;
}

} // namespace zaindari
