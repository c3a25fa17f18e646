// Connection handling and actions for the queue commands.
#include "commands_queue_support.h"

#include "connectionoptions.h"
#include "output.h"

#include "mta/mtasessions.h"
#include "mta/queueanalysis.h"
#include "mta/queuejobs.h"
#include "mta/queuevalidation.h"
#include "ssh/shellquote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

// The CLI blocks on purpose (it is a script step); the GUI uses the same jobs with signals.
template <typename Obj, typename Signal>
void waitFor(Obj *obj, Signal signal)
{
    QEventLoop loop;
    QObject::connect(obj, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// Builds the sessions; prints host-key problems as they happen.
int openSessions(Context &ctx, std::unique_ptr<MtaSessions> *out)
{
    Connection c;
    QString error;
    const int rc = resolveConnection(ctx.parser, ctx.profiles, &c, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    if (c.profile.ssh.hosts.isEmpty()) {
        Output::error(tr("No MTA host: give --ssh USER@HOST[:PORT], --profile NAME or --input FILE."));
        return ExitUsage;
    }
    auto sessions = std::make_unique<MtaSessions>(c.profile.ssh, c.knownHostsFile, c.acceptNewHostKey);
    MtaSessions *s = sessions.get();
    QObject::connect(s, &MtaSessions::hostKeyQuestionAsked, s,
                     [s](const QString &host, const SshHostKeyInfo &info) {
        // The CLI never asks: without --accept-new-host-key an unknown key is refused.
        Output::error(hostKeyWarning(info));
        //: %1 is a host name
        Output::error(tr("Refusing the unknown host key of %1; re-run with --accept-new-host-key after "
                         "checking the fingerprint.").arg(host));
        if (SshSession *session = s->sessionFor(host))
            session->answerHostKey(false);
    });
    QObject::connect(s, &MtaSessions::hostKeyRefused, s,
                     [](const QString &, const SshHostKeyInfo &, const QString &warning) { Output::error(warning); });
    *out = std::move(sessions);
    return ExitSuccess;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

} // namespace

qint64 newestArrival(const QueueListing &listing)
{
    qint64 newest = 0;
    for (const QueueMessage &m : listing.messages)
        newest = qMax(newest, m.arrival);
    return newest ? newest : QDateTime::currentSecsSinceEpoch();
}

int loadListing(Context &ctx, QueueListing *out)
{
    if (ctx.parser.isSet(QStringLiteral("input"))) {
        QString error;
        if (!readPostqueueFile(ctx.parser.value(QStringLiteral("input")), out, &error)) {
            Output::error(error);
            return ExitFailed;
        }
    } else {
        std::unique_ptr<MtaSessions> sessions;
        const int rc = openSessions(ctx, &sessions);
        if (rc != ExitSuccess)
            return rc;
        QueueListJob job(sessions->listSources());
        job.start();
        waitFor(&job, &QueueListJob::finished);
        *out = job.takeListing();
        if (job.error() != SshError::None) {
            Output::error(job.errorMessage());
            if (!job.errorDetail().isEmpty())
                Output::error(job.errorDetail());
            return cliExitCode(job.error());
        }
    }
    if (out->brokenLines > 0) {
        //: %n lines of postqueue output could not be read
        Output::error(QCoreApplication::translate("Cli", "Skipped %n malformed or truncated line(s) of postqueue output.",
                                                  nullptr, out->brokenLines));
    }
    return ExitSuccess;
}

int runQueueAction(Context &ctx, QueueAction action)
{
    const QCommandLineParser &p = ctx.parser;
    const QStringList ids = p.values(QStringLiteral("id"));
    QueueFilter filter;
    if (p.isSet(QStringLiteral("queue"))) {
        QueueName q;
        if (!parseQueueName(p.value(QStringLiteral("queue")), &q)) {
            Output::error(tr("Unknown queue “%1”: use incoming, active, deferred, hold or corrupt.")
                              .arg(p.value(QStringLiteral("queue"))));
            return ExitUsage;
        }
        filter.setQueue(q);
    }
    const QString sender = p.value(QStringLiteral("sender"));
    if (ids.isEmpty() == sender.isEmpty()) {
        Output::error(tr("Give either --id ID (repeatable) or --sender ADDR."));
        return ExitUsage;
    }
    for (const QString &id : ids) {
        if (!isValidQueueId(id)) {
            Output::error(tr("“%1” is not a Postfix queue id.").arg(id));
            return ExitUsage;
        }
    }
    if (!sender.isEmpty() && sender != QLatin1String("<>") && !isValidAddress(sender)) {
        Output::error(tr("“%1” is not an email address.").arg(sender));
        return ExitUsage;
    }
    filter.sender = sender;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const bool yes = p.isSet(QStringLiteral("yes"));

    std::unique_ptr<MtaSessions> sessions;
    int rc = openSessions(ctx, &sessions);
    if (rc != ExitSuccess)
        return rc;

    // A fresh listing decides what is selected: nothing outside it is ever sent.
    QueueListJob listJob(sessions->listSources());
    listJob.start();
    waitFor(&listJob, &QueueListJob::finished);
    if (listJob.error() != SshError::None) {
        Output::error(listJob.errorMessage());
        if (!listJob.errorDetail().isEmpty())
            Output::error(listJob.errorDetail());
        return cliExitCode(listJob.error());
    }
    const QueueListing listing = listJob.takeListing();
    const QueueFilterMatcher matcher(listing, filter, QDateTime::currentSecsSinceEpoch());
    QMap<QString, QStringList> idsByHost; // host -> ids, in listing order
    QMap<QString, int> bySender;
    QStringList absent;
    QStringList requested;
    if (!ids.isEmpty()) {
        QHash<QString, int> rowOf;
        for (int r = 0; r < listing.count(); ++r)
            rowOf.insert(listing.messages[size_t(r)].id.toString(), r);
        QSet<QString> seen;
        for (const QString &id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            requested << id;
            const int r = rowOf.value(id, -1);
            if (r < 0 || !matcher.matches(r)) {
                absent << id;
                continue;
            }
            const QueueMessage &m = listing.messages[size_t(r)];
            idsByHost[listing.hostOf(m)] << id;
            bySender[listing.senderOf(m)]++;
        }
    } else {
        for (int r = 0; r < listing.count(); ++r) {
            if (!matcher.matches(r))
                continue;
            const QueueMessage &m = listing.messages[size_t(r)];
            requested << m.id.toString();
            idsByHost[listing.hostOf(m)] << m.id.toString();
            bySender[listing.senderOf(m)]++;
        }
    }
    const int selected = int(requested.size() - absent.size());

    if (dryRun || selected == 0) {
        PostsuperOutcome o;
        o.action = action;
        o.requested = requested;
        o.missingIds = dryRun ? absent : requested;
        o.completed = true;
        if (ctx.out.isJson()) {
            ctx.out.document(o.toJson(dryRun));
        } else {
            //: %1 is the action (hold, delete...), %n a number of messages
            ctx.out.line(QCoreApplication::translate("Cli", "%1 would act on %n message(s).", nullptr, selected)
                             .arg(queueActionName(action)));
            for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
                ctx.out.line(QStringLiteral("  %1  %2").arg(it.value(), 6).arg(it.key().isEmpty() ? QStringLiteral("<>") : it.key()));
            if (!absent.isEmpty())
                ctx.out.line(tr("Not in the queue: %1").arg(absent.join(QLatin1Char(' '))));
        }
        return dryRun ? ExitSuccess : (requested.isEmpty() ? ExitSuccess : ExitFailed);
    }

    if (!yes) {
        if (!stdinIsTerminal()) {
            //: %1 is the action, %n the number of messages
            Output::error(QCoreApplication::translate("Cli", "Refusing to %1 %n message(s) without --yes "
                                                             "(standard input is not a terminal).",
                                                      nullptr, selected)
                              .arg(queueActionName(action)));
            return ExitUsage;
        }
        QTextStream err(stderr);
        err << QCoreApplication::translate("Cli", "About to %1 %n message(s):", nullptr, selected).arg(queueActionName(action))
            << Qt::endl;
        for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
            err << QStringLiteral("  %1  %2").arg(it.value(), 6).arg(it.key().isEmpty() ? QStringLiteral("<>") : it.key())
                << Qt::endl;
        //: the user must type the word shown in quotes, untranslated: yes
        err << tr("Type “yes” to continue: ") << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QLatin1String("yes")) {
            Output::error(tr("Nothing was changed."));
            return ExitFailed;
        }
    }

    PostsuperOutcome total;
    total.action = action;
    total.requested = requested;
    total.missingIds = absent;
    total.completed = true;
    SshError firstError = SshError::None;
    for (auto it = idsByHost.cbegin(); it != idsByHost.cend(); ++it) {
        QueueActionJob job(sessions->sessionFor(it.key()), sessions->settings().paths, action, it.value());
        job.start();
        waitFor(&job, &QueueActionJob::finished);
        const PostsuperOutcome &o = job.outcome();
        total.doneIds << o.doneIds;
        total.missingIds << o.missingIds;
        total.unknownIds << o.unknownIds;
        total.warnings << o.warnings;
        total.completed = total.completed && o.completed;
        if (job.error() != SshError::None) {
            if (firstError == SshError::None)
                firstError = job.error();
            Output::error(job.errorMessage());
            if (!job.errorDetail().isEmpty())
                Output::error(job.errorDetail());
            // Ids of a host where the tool never ran (sudo, missing command) were not done.
            if (o.doneIds.isEmpty() && o.unknownIds.isEmpty() && o.missingIds.isEmpty())
                total.missingIds << it.value();
        }
    }
    if (ctx.out.isJson()) {
        ctx.out.document(total.toJson(false));
    } else {
        //: %1 action name; %2 done, %3 selected
        ctx.out.line(tr("%1: done for %2 of %3 message(s).").arg(queueActionName(action)).arg(total.done()).arg(total.matched()));
        if (!total.missingIds.isEmpty())
            ctx.out.line(tr("Not done (no longer in that queue): %1").arg(total.missingIds.join(QLatin1Char(' '))));
        if (!total.unknownIds.isEmpty())
            ctx.out.line(tr("Unknown (the connection was lost): %1").arg(total.unknownIds.join(QLatin1Char(' '))));
    }
    if (firstError != SshError::None && total.done() == 0 && firstError != SshError::ConnectionLost)
        return cliExitCode(firstError) == ExitSuccess ? ExitFailed : cliExitCode(firstError);
    return total.done() == total.matched() ? ExitSuccess : ExitFailed;
}

} // namespace zaindari::cli
