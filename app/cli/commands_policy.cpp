// `policy show` and `policy set` (CLI.md): the Zimbra lockout policy per class of service.
// Zimbra has no global lockout policy (reference section 8): without --cos, `policy set`
// changes every class of service and says so. DUR values are checked before anything is sent.
#include "commands_policy.h"

#include "commands_account_zimbra.h"
#include "commands_directory.h"
#include "output.h"

#include "common/duration.h"
#include "zimbra/policyjobs.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

PolicyDirectoryHook &directoryHook()
{
    static PolicyDirectoryHook hook;
    return hook;
}

QJsonObject cosJson(const CosInfo &c)
{
    return QJsonObject {{QStringLiteral("name"), c.name},
                        {QStringLiteral("id"), c.id},
                        {QStringLiteral("is_default"), c.isDefault},
                        {QStringLiteral("lockout_enabled"), c.lockout.enabled},
                        {QStringLiteral("max_failures"), c.lockout.maxFailures},
                        {QStringLiteral("failure_lifetime_s"), double(c.lockout.failureLifetimeMs / 1000)},
                        {QStringLiteral("duration_s"), double(c.lockout.durationMs / 1000)}};
}

// Prints the `policy show` document (also the answer of `policy set`).
int printPolicy(Context &ctx, const Connection &conn, ZimbraClient *client, bool withDirectory)
{
    CosListJob job(client);
    runJob(&job);
    int rc = exitCodeFor(job.error());
    if (job.error().isError())
        reportError(job.error());
    QJsonArray cos;
    QList<QStringList> rows;
    const QString yes = QCoreApplication::translate("Cli", "yes");
    const QString no = QCoreApplication::translate("Cli", "no");
    for (const CosInfo &c : job.classes()) {
        cos.append(cosJson(c));
        rows.append({c.name, c.lockout.enabled ? yes : no, QString::number(c.lockout.maxFailures),
                     formatDuration(c.lockout.failureLifetimeMs / 1000),
                     formatDuration(c.lockout.durationMs / 1000)});
    }
    QJsonObject doc {{QStringLiteral("cos"), cos}, {QStringLiteral("directory"), QJsonValue::Null}};
    QStringList extra;
    if (withDirectory && directoryHook()) {
        QEventLoop loop;
        DirectoryPolicyPart part;
        bool done = false;
        directoryHook()(ctx, conn, [&](DirectoryPolicyPart p) {
            part = std::move(p);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        doc.insert(QStringLiteral("directory"), part.json);
        extra = part.lines;
        if (rc == ExitSuccess)
            rc = part.exitCode;
    }
    if (job.error().isError())
        doc.insert(QStringLiteral("error"), errorJson(job.error()));
    if (ctx.out.isJson()) {
        ctx.out.document(doc);
        return rc;
    }
    if (!job.error().isError()) {
        ctx.out.table(
            {QCoreApplication::translate("Cli", "Class of service"),
             QCoreApplication::translate("Cli", "Lockout"), QCoreApplication::translate("Cli", "Failures"),
             QCoreApplication::translate("Cli", "Within"), QCoreApplication::translate("Cli", "Locked for")},
            rows);
        ctx.out.line(QCoreApplication::translate("Cli",
                                                 "Zimbra has no global lockout policy: each class of service "
                                                 "has its own, and an account may override it."));
    }
    for (const QString &l : std::as_const(extra))
        ctx.out.line(l);
    return rc;
}

int showPolicy(Context &ctx)
{
    if (const auto directoryOnly = directoryOnlyPolicyShow(ctx)) // --ldap without Zimbra (issue 7)
        return *directoryOnly;
    Connection conn;
    ZimbraClient client;
    const int rc = openZimbraSession(ctx, &conn, &client);
    if (rc != ExitSuccess)
        return rc;
    return printPolicy(ctx, conn, &client, true);
}

int setPolicy(Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("directory"))) {
        if (!directorySetHook()) {
            Output::error(QCoreApplication::translate("Cli",
                                                      "Changing the directory policy is not available in "
                                                      "this build."));
            return ExitUsage;
        }
        return directorySetHook()(ctx);
    }
    LockoutChange change;
    if (ctx.parser.isSet(QStringLiteral("max-failures"))) {
        bool ok = false;
        const QString v = ctx.parser.value(QStringLiteral("max-failures"));
        const int n = v.toInt(&ok);
        if (!ok || n < 0 || v.startsWith(QLatin1Char('+'))) {
            //: %1 is what the user typed
            Output::error(QCoreApplication::translate("Cli",
                                                      "--max-failures takes a whole number of 0 or more, "
                                                      "not “%1”.")
                              .arg(v));
            return ExitUsage;
        }
        change.maxFailures = n;
    }
    // DUR in CLI.md's forms (30s, 10m, 6h, 2d, bare seconds), which are Zimbra's too: sent as
    // typed, so what the technician reads back is what they wrote.
    for (const char *name : {"failure-lifetime", "duration"}) {
        const QString key = QLatin1String(name);
        if (!ctx.parser.isSet(key))
            continue;
        const QString v = ctx.parser.value(key);
        if (!parseDuration(v) || !isZimbraDuration(v)) {
            //: %1 is an option name, %2 what the user typed
            Output::error(QCoreApplication::translate("Cli",
                                                      "--%1 takes a duration such as 30s, 10m, 6h or 2d, "
                                                      "not “%2”.")
                              .arg(key, v));
            return ExitUsage;
        }
        if (key == QLatin1String("duration"))
            change.duration = v;
        else
            change.failureLifetime = v;
    }
    if (change.isEmpty()) {
        Output::error(QCoreApplication::translate("Cli",
                                                  "Nothing to change: give --max-failures, "
                                                  "--failure-lifetime or --duration."));
        return ExitUsage;
    }
    Connection conn;
    ZimbraClient client;
    int rc = openZimbraSession(ctx, &conn, &client);
    if (rc != ExitSuccess)
        return rc;
    const QString cos = ctx.parser.value(QStringLiteral("cos"));
    if (cos.isEmpty() && !ctx.out.isJson())
        ctx.out.line(QCoreApplication::translate("Cli",
                                                 "Zimbra has no global lockout policy: changing every class "
                                                 "of service."));
    LockoutPolicyJob job(&client, cos, change);
    runJob(&job);
    const ZimbraError &e = job.error();
    rc = exitCodeFor(e);
    QStringList changed;
    for (const CosInfo &c : job.updated())
        changed.append(QStringLiteral("%1: enabled=%2 max_failures=%3 failure_lifetime=%4 duration=%5")
                           .arg(c.name, c.lockout.enabled ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                           .arg(c.lockout.maxFailures)
                           .arg(c.lockout.failureLifetime, c.lockout.duration));
    rc = audit(conn, QStringLiteral("policy.set"), cos.isEmpty() ? QStringLiteral("*") : cos, e,
               changed.join(QStringLiteral("; ")), rc);
    if (e.isError()) {
        reportError(e);
        if (!job.updated().isEmpty())
            //: %1 lists the classes of service already changed
            Output::error(QCoreApplication::translate("Cli", "Already changed: %1")
                              .arg(changed.join(QStringLiteral("; "))));
        if (e.isConnectionProblem() || e.isCertificateProblem())
            return rc;
    }
    const int shown = printPolicy(ctx, conn, &client, false);
    return rc != ExitSuccess ? rc : shown;
}

QCommandLineOption opt(const char *name, const char *description, const char *value = nullptr)
{
    QCommandLineOption o(QLatin1String(name), QCoreApplication::translate("Cli", description));
    if (value)
        o.setValueName(QLatin1String(value));
    return o;
}

} // namespace

PolicyDirectorySetHook &directorySetHook()
{
    static PolicyDirectorySetHook hook;
    return hook;
}

void setPolicyDirectoryHook(PolicyDirectoryHook hook)
{
    directoryHook() = std::move(hook);
}

void setPolicyDirectorySetHook(PolicyDirectorySetHook hook)
{
    directorySetHook() = std::move(hook);
}

void registerPolicyCommands(CommandRegistry &registry)
{
    Command show;
    show.words = {QStringLiteral("policy"), QStringLiteral("show")};
    show.description = QT_TRANSLATE_NOOP("Cli", "Show the lockout policy of every class of service.");
    show.needsConnection = true;
    show.run = showPolicy;
    registry.add(show);

    Command set;
    set.words = {QStringLiteral("policy"), QStringLiteral("set")};
    set.description = QT_TRANSLATE_NOOP("Cli", "Change the lockout policy (one class of service, or all).");
    set.needsConnection = true;
    set.options = {
        opt("cos", QT_TRANSLATE_NOOP("Cli", "Class of service to change (default: every one)."), "NAME"),
        opt("max-failures",
            QT_TRANSLATE_NOOP("Cli", "Failed logins that lock the account; 0 turns lockout off."), "N"),
        opt("failure-lifetime", QT_TRANSLATE_NOOP("Cli", "Window in which failures count, e.g. 6m."), "DUR"),
        opt("duration",
            QT_TRANSLATE_NOOP("Cli",
                              "How long the account stays locked, e.g. 10m; 0 = until an admin unlocks."),
            "DUR"),
        opt("directory",
            QT_TRANSLATE_NOOP("Cli", "Change the directory (Active Directory) policy instead."))};
    set.run = setPolicy;
    registry.add(set);
}

} // namespace zaindari::cli
