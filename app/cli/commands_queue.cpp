// `queue summary`, `queue list`, `queue hold|release|requeue|delete` (CLI.md).
//
// summary/list read `postqueue -j` over SSH on every MTA host of the connection, or a saved
// file with --input (plain or .gz, - = stdin). Actions select ids from a fresh listing
// (--id and/or --sender, narrowed by --queue), then run one `postsuper -X -` per host with the
// ids on stdin, and print the exact outcome parsed from postsuper's output.
#include "command.h"
#include "commands_queue_support.h"
#include "output.h"

#include "mta/queueanalysis.h"
#include "mta/queuevalidation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

QCommandLineOption inputOption()
{
    return QCommandLineOption(QStringLiteral("input"),
                              tr("Read saved postqueue -j output (plain or .gz; - is standard input) "
                                 "instead of connecting."),
                              QStringLiteral("FILE"));
}
QCommandLineOption queueOption()
{
    return QCommandLineOption(QStringLiteral("queue"),
                              tr("Only this queue: incoming, active, deferred, hold or corrupt."),
                              QStringLiteral("Q"));
}
QCommandLineOption senderOption()
{
    return QCommandLineOption(QStringLiteral("sender"), tr("Only messages from this envelope sender."),
                              QStringLiteral("ADDR"));
}

// --queue and --sender, validated; false = usage error already printed.
bool readSelection(const QCommandLineParser &p, QueueFilter *f)
{
    if (p.isSet(QStringLiteral("queue"))) {
        QueueName q;
        if (!parseQueueName(p.value(QStringLiteral("queue")), &q)) {
            //: %1 is what the user typed
            Output::error(tr("Unknown queue “%1”: use incoming, active, deferred, hold or corrupt.")
                              .arg(p.value(QStringLiteral("queue"))));
            return false;
        }
        f->setQueue(q);
    }
    if (p.isSet(QStringLiteral("sender"))) {
        const QString s = p.value(QStringLiteral("sender"));
        if (s != QLatin1String("<>") && !isValidAddress(s)) {
            Output::error(tr("“%1” is not an email address.").arg(s));
            return false;
        }
        f->sender = s;
    }
    return true;
}

QJsonObject messageJson(const QueueListing &l, const QueueMessage &m)
{
    QJsonArray rcpts;
    const QueueRecipient *r = l.recipientsOf(m);
    for (quint32 i = 0; i < m.recipientCount; ++i)
        rcpts.append(QJsonObject{{QStringLiteral("address"), l.text(r[i].address)},
                                 {QStringLiteral("reason"), l.text(r[i].reason)}});
    QJsonObject o{
        {QStringLiteral("id"), m.id.toString()},
        {QStringLiteral("queue"), queueNameToString(m.queue)},
        {QStringLiteral("sender"), l.senderOf(m)},
        {QStringLiteral("size"), m.size},
        {QStringLiteral("arrival"), Output::isoUtc(QDateTime::fromSecsSinceEpoch(m.arrival, Qt::UTC))},
        {QStringLiteral("recipients"), rcpts},
        {QStringLiteral("forced_expire"), m.forcedExpire},
    };
    if (!l.hostOf(m).isEmpty())
        o.insert(QStringLiteral("host"), l.hostOf(m));
    return o;
}

int summaryCommand(Context &ctx)
{
    QueueListing listing;
    const int rc = loadListing(ctx, &listing);
    if (rc != ExitSuccess)
        return rc;
    const qint64 now = ctx.parser.isSet(QStringLiteral("input")) ? newestArrival(listing)
                                                                 : QDateTime::currentSecsSinceEpoch();
    const QueueSummary s = summarize(listing, now);
    if (ctx.out.isJson()) {
        ctx.out.document(s.toJson());
        return ExitSuccess;
    }
    //: queue counts; the numbers are message counts
    ctx.out.line(tr("Queues: incoming %1, active %2, deferred %3, hold %4, corrupt %5 (total %6)")
                     .arg(s.counts[int(QueueName::Incoming)])
                     .arg(s.counts[int(QueueName::Active)])
                     .arg(s.counts[int(QueueName::Deferred)])
                     .arg(s.counts[int(QueueName::Hold)])
                     .arg(s.counts[int(QueueName::Corrupt)])
                     .arg(s.total));
    auto section = [&](const QString &title, const QString &column, const QList<QueueGroup> &groups) {
        if (groups.isEmpty())
            return;
        ctx.out.line(QString());
        ctx.out.line(title);
        QList<QStringList> rows;
        for (const QueueGroup &g : groups)
            rows.append({QString::number(g.count), g.label});
        ctx.out.table({tr("Messages"), column}, rows);
    };
    section(tr("Top senders:"), tr("Sender"), s.topSenders);
    section(tr("Top recipient domains:"), tr("Domain"), s.topRecipientDomains);
    section(tr("Top reasons:"), tr("Reason"), s.topReasons);
    section(tr("Age (minutes, like qshape):"), tr("Age"), s.ageBuckets);
    return ExitSuccess;
}

int listCommand(Context &ctx)
{
    QueueFilter filter;
    if (!readSelection(ctx.parser, &filter))
        return ExitUsage;
    int limit = -1;
    if (ctx.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            Output::error(tr("--limit takes a number of messages (0 or more)."));
            return ExitUsage;
        }
    }
    QueueListing listing;
    const int rc = loadListing(ctx, &listing);
    if (rc != ExitSuccess)
        return rc;
    std::vector<int> rows = filterRows(listing, filter, newestArrival(listing));
    if (limit >= 0 && rows.size() > size_t(limit))
        rows.resize(size_t(limit));
    if (ctx.out.isJson()) {
        QJsonArray messages;
        for (int r : rows)
            messages.append(messageJson(listing, listing.messages[size_t(r)]));
        ctx.out.document(QJsonObject{{QStringLiteral("messages"), messages}});
        return ExitSuccess;
    }
    QList<QStringList> table;
    const bool hosts = listing.hosts.size() > 1;
    for (int r : rows) {
        const QueueMessage &m = listing.messages[size_t(r)];
        QStringList rcpts;
        const QueueRecipient *rc2 = listing.recipientsOf(m);
        for (quint32 i = 0; i < m.recipientCount; ++i)
            rcpts << listing.text(rc2[i].address);
        QStringList row{m.id.toString(), queueNameToString(m.queue),
                        Output::isoUtc(QDateTime::fromSecsSinceEpoch(m.arrival, Qt::UTC)), QString::number(m.size),
                        listing.senderOf(m).isEmpty() ? QStringLiteral("<>") : listing.senderOf(m),
                        rcpts.join(QStringLiteral(", ")), listing.reasonOf(m)};
        if (hosts)
            row.prepend(listing.hostOf(m));
        table.append(row);
    }
    QStringList headers{tr("Id"), tr("Queue"), tr("Arrival"), tr("Size"), tr("Sender"), tr("Recipients"), tr("Reason")};
    if (hosts)
        headers.prepend(tr("Host"));
    ctx.out.table(headers, table);
    return ExitSuccess;
}

Command actionCommand(QueueAction action, const char *description)
{
    Command c;
    c.words = {QStringLiteral("queue"), queueActionName(action)};
    c.description = description;
    c.needsConnection = true;
    c.options = {
        QCommandLineOption(QStringLiteral("id"), tr("A queue id to act on; repeatable."), QStringLiteral("ID")),
        senderOption(),
        queueOption(),
        QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would be done, change nothing.")),
        QCommandLineOption(QStringLiteral("yes"), tr("Do not ask for confirmation.")),
    };
    c.run = [action](Context &ctx) { return runQueueAction(ctx, action); };
    return c;
}

} // namespace

void registerQueueCommands(CommandRegistry &registry)
{
    Command summary;
    summary.words = {QStringLiteral("queue"), QStringLiteral("summary")};
    summary.description = QT_TRANSLATE_NOOP("Cli", "Counts per queue, top senders, recipient domains and reasons.");
    summary.needsConnection = true;
    summary.options = {inputOption()};
    summary.run = summaryCommand;
    registry.add(summary);

    Command list;
    list.words = {QStringLiteral("queue"), QStringLiteral("list")};
    list.description = QT_TRANSLATE_NOOP("Cli", "The queued messages, with recipients and delay reasons.");
    list.needsConnection = true;
    list.options = {inputOption(), queueOption(), senderOption(),
                    QCommandLineOption(QStringLiteral("limit"), tr("At most N messages."), QStringLiteral("N"))};
    list.run = listCommand;
    registry.add(list);

    registry.add(actionCommand(QueueAction::Hold, QT_TRANSLATE_NOOP("Cli", "Put messages on hold (reversible).")));
    registry.add(actionCommand(QueueAction::Release, QT_TRANSLATE_NOOP("Cli", "Release held messages.")));
    registry.add(actionCommand(QueueAction::Requeue, QT_TRANSLATE_NOOP("Cli", "Requeue messages for a new delivery attempt.")));
    registry.add(actionCommand(QueueAction::Delete, QT_TRANSLATE_NOOP("Cli", "Delete messages from the queue (cannot be undone).")));
}

} // namespace zaindari::cli
