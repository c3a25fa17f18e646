// `contain`: the containment of one captured account (app/incident/containmentrunner.h).
// Without --yes it prints the plan and refuses (exit 2); with --yes it runs every step, goes on
// after a failed step (the CLI cannot ask) and reports each step; exit 1 if any step failed.
#include "commands_contain.h"

#include "commands_account.h"
#include "connectionoptions.h"
#include "containbackends.h"
#include "output.h"

#include "incident/containmentrunner.h"
#include "mta/queuevalidation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

int runContain(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser;
    ContainmentOptions o;
    o.account = ctx.arguments.value(0);
    if (!isValidAddress(o.account) || !o.account.contains(QLatin1Char('@'))) {
        //: %1 is what the user typed
        Output::error(tr("“%1” is not an account address (name@domain).").arg(o.account));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("hold")) && p.isSet(QStringLiteral("delete"))) {
        Output::error(tr("Give at most one of --hold and --delete."));
        return ExitUsage;
    }
    o.queue = p.isSet(QStringLiteral("delete")) ? QueueChoice::Delete : QueueChoice::Hold;
    const bool disable = p.isSet(QStringLiteral("disable"));
    const bool reset = p.isSet(QStringLiteral("reset-password"));
    if (disable && reset) {
        Output::error(tr("Give at most one of --disable and --reset-password."));
        return ExitUsage;
    }
    o.directory = disable ? DirectoryChoice::Disable
        : reset           ? DirectoryChoice::ResetPassword
                          : DirectoryChoice::Skip;
    const bool generate = p.isSet(QStringLiteral("generate"));
    const bool fromFile = p.isSet(QStringLiteral("password-file"));
    if (reset && generate == fromFile) {
        Output::error(tr("Give exactly one of --password-file FILE and --generate."));
        return ExitUsage;
    }
    if (!reset && (generate || fromFile)) {
        Output::error(tr("--password-file and --generate go with --reset-password."));
        return ExitUsage;
    }
    o.restartMta = p.isSet(QStringLiteral("restart-mta"));
    o.removeForwarding = p.isSet(QStringLiteral("remove-forwarding"));
    if (p.isSet(QStringLiteral("recheck-delay"))) {
        bool ok = false;
        const int s = p.value(QStringLiteral("recheck-delay")).toInt(&ok);
        if (!ok || s < 0 || s > 600) {
            Output::error(tr("--recheck-delay takes a number of seconds from 0 to 600."));
            return ExitUsage;
        }
        o.recheckDelayMs = s * 1000;
    }

    Connection conn;
    QString error;
    int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    if (reset && fromFile) {
        if (!readPasswordFile(p.value(QStringLiteral("password-file")), nullptr, &o.newPassword, &error)) {
            Output::error(error);
            return ExitUsage;
        }
    } else if (reset) {
        o.newPassword = generatePassword();
        o.passwordGenerated = true;
    }

    ContainBackendSet backends;
    rc = openContainBackends(ctx, &conn, o.account.section(QLatin1Char('@'), 1), &backends);
    if (rc != ExitSuccess)
        return rc;

    ContainmentRunner runner(backends.backends);
    ContainmentPlan plan;
    {
        QEventLoop loop;
        QObject::connect(&runner, &ContainmentRunner::planReady, &loop, [&](const ContainmentPlan &pl) {
            plan = pl;
            loop.quit();
        });
        runner.prepare(o);
        loop.exec();
    }
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (!yes) {
        if (ctx.out.isJson())
            ctx.out.document(plan.previewJson());
        else
            for (const QString &l : plan.previewLines())
                ctx.out.line(l);
        Output::error(tr("Nothing was changed: add --yes to carry out this plan."));
        return ExitUsage;
    }
    // The plan goes to stderr with --json so stdout stays one document.
    for (const QString &l : plan.previewLines())
        ctx.out.isJson() ? Output::error(l) : ctx.out.line(l);

    runner.setFailurePolicy([](const StepResult &) { return true; });
    ContainmentResult result;
    {
        QEventLoop loop;
        QObject::connect(&runner, &ContainmentRunner::stepFinished, &loop, [&](const StepResult &r) {
            if (ctx.out.isJson())
                return;
            //: %1 is a step title, %2 "done" or "NOT done", %3 the detail
            ctx.out.line(tr("%1: %2. %3")
                             .arg(containStepTitle(r.step), r.done ? tr("done") : tr("NOT done"), r.detail));
        });
        QObject::connect(&runner, &ContainmentRunner::finished, &loop, [&](const ContainmentResult &r) {
            result = r;
            loop.quit();
        });
        runner.run(plan);
        loop.exec();
    }
    QJsonObject doc = result.toJson();
    if (ctx.out.isJson()) {
        if (o.passwordGenerated && result.passwordReset)
            doc.insert(QStringLiteral("password"), o.newPassword);
        ctx.out.document(doc);
    } else {
        //: %n is a number of messages
        ctx.out.line(
            QCoreApplication::translate("Cli", "Messages held: %n", nullptr, int(result.held.size())));
        ctx.out.line(
            QCoreApplication::translate("Cli", "Messages deleted: %n", nullptr, int(result.deleted.size())));
        if (o.passwordGenerated && result.passwordReset)
            //: %1 is the generated password, shown once
            ctx.out.line(
                tr("New password (shown once; must be changed at the next logon): %1").arg(o.newPassword));
    }
    if (result.auditFailures > 0)
        //: %n is a number of steps
        Output::error(QCoreApplication::translate("Cli", "%n step(s) could not be written to the audit log.",
                                                  nullptr, result.auditFailures));
    return result.allDone() && result.auditFailures == 0 ? int(ExitSuccess) : int(ExitFailed);
}

QCommandLineOption opt(const char *name, const char *description, const char *value = nullptr)
{
    QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("Cli", description));
    if (value)
        o.setValueName(QString::fromLatin1(value));
    return o;
}

} // namespace

void registerContainCommands(CommandRegistry &registry)
{
    Command c;
    c.words = {QStringLiteral("contain")};
    c.description = QT_TRANSLATE_NOOP("Cli",
                                      "Contain a captured account: lock, block submission, secure the "
                                      "directory account, hold or delete its queued mail.");
    c.argumentSyntax = QStringLiteral("USER");
    c.minArguments = 1;
    c.maxArguments = 1;
    c.needsConnection = true;
    c.options = {
        opt("hold", QT_TRANSLATE_NOOP("Cli", "Hold the account's queued messages (default).")),
        opt("delete", QT_TRANSLATE_NOOP("Cli", "Delete the account's queued messages (cannot be undone).")),
        opt("disable", QT_TRANSLATE_NOOP("Cli", "Disable the directory account.")),
        opt("reset-password",
            QT_TRANSLATE_NOOP("Cli", "Reset the password (must be changed at the next logon).")),
        opt("password-file",
            QT_TRANSLATE_NOOP("Cli", "File holding the new password; - reads standard input."), "FILE"),
        opt("generate", QT_TRANSLATE_NOOP("Cli", "Generate a strong password and print it once.")),
        opt("restart-mta",
            QT_TRANSLATE_NOOP("Cli",
                              "Stop and start Postfix when the account still has an open SMTP session "
                              "after the reload (ends EVERY session on the host).")),
        opt("remove-forwarding",
            QT_TRANSLATE_NOOP("Cli", "Remove the account's forwarding addresses and filter redirects.")),
        opt("recheck-delay",
            QT_TRANSLATE_NOOP("Cli", "Seconds before the queues are read again for stragglers (default 5)."),
            "SECONDS"),
        opt("yes", QT_TRANSLATE_NOOP("Cli", "Carry out the plan (without it, only show it).")),
    };
    c.run = runContain;
    registry.add(c);
}

} // namespace zaindari::cli
