// `account show|lock|unlock|end-sessions|reset-password USER`: the Zimbra part (CLI.md).
// USER is matched exactly (ZimbraJob::resolveAccount); none or several is exit 1. Every
// change is read back and appended to the console's audit log.
#include "commands_account.h"

#include "commands_account_zimbra.h"
#include "commands_directory.h"
#include "connectionoptions.h"
#include "output.h"

#include "directory/directorytypes.h"
#include "zimbra/accountjobs.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

AccountShowDirectoryHook &showHook()
{
    static AccountShowDirectoryHook hook;
    return hook;
}

ResetPasswordDirectoryHook &resetHook()
{
    static ResetPasswordDirectoryHook hook;
    return hook;
}

QJsonArray isoArray(const QList<QDateTime> &times)
{
    QJsonArray a;
    for (const QDateTime &t : times)
        a.append(Output::isoUtc(t));
    return a;
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Output::isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QCoreApplication::translate("Cli", "never");
}

QJsonObject zimbraJson(const ZimbraAccount &a, const QStringList &overrides)
{
    const AccountStatusInfo st = explainStatus(a, QDateTime::currentDateTimeUtc());
    return QJsonObject {
        {QStringLiteral("name"), a.name},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("state"), accountStateKey(st.state)},
        {QStringLiteral("status_text"), st.sentence},
        {QStringLiteral("cos"), a.cosName},
        {QStringLiteral("auth_mech"), a.authMech},
        {QStringLiteral("last_login"), isoOrNull(a.lastLogon)},
        {QStringLiteral("forwarding"), QJsonArray::fromStringList(a.forwardingAddresses)},
        {QStringLiteral("filter_forwarding"), QJsonArray::fromStringList(a.filterForwards)},
        {QStringLiteral("local_delivery_disabled"), a.localDeliveryDisabled},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(a.aliases)},
        {QStringLiteral("lockout_failures"), isoArray(a.lockoutFailures)},
        {QStringLiteral("locked_time"), isoOrNull(a.lockedTime)},
        {QStringLiteral("lockout_ends"), isoOrNull(st.lockoutEnds)},
        {QStringLiteral("lockout"),
         QJsonObject {{QStringLiteral("enabled"), a.lockout.enabled},
                      {QStringLiteral("max_failures"), a.lockout.maxFailures},
                      {QStringLiteral("failure_lifetime_s"), double(a.lockout.failureLifetimeMs / 1000)},
                      {QStringLiteral("duration_s"), double(a.lockout.durationMs / 1000)},
                      {QStringLiteral("set_on_account"), QJsonArray::fromStringList(overrides)}}},
    };
}

QStringList zimbraLines(const ZimbraAccount &a, const QStringList &overrides)
{
    const AccountStatusInfo st = explainStatus(a, QDateTime::currentDateTimeUtc());
    const QString none = QCoreApplication::translate("Cli", "none");
    QStringList l;
    //: %1 is an account address
    l << QCoreApplication::translate("Cli", "Zimbra account: %1").arg(a.name);
    //: %1 is a one-word status, %2 its explanation
    l << QCoreApplication::translate("Cli", "Status: %1. %2").arg(st.label, st.sentence);
    //: %1 is a class-of-service name
    l << QCoreApplication::translate("Cli", "Class of service: %1")
             .arg(a.cosName.isEmpty() ? QCoreApplication::translate("Cli", "the domain's default")
                                      : a.cosName);
    //: %1 is zimbra, ad, ldap, ...
    l << QCoreApplication::translate("Cli", "Password checked by: %1")
             .arg(a.authMech.isEmpty() ? QCoreApplication::translate("Cli", "unknown") : a.authMech);
    //: %1 is a date and time or "never"
    l << QCoreApplication::translate("Cli", "Last login: %1").arg(localTime(a.lastLogon));
    // Forwarding is how attackers keep reading a mailbox after a reset: make it loud.
    if (!a.forwardingAddresses.isEmpty())
        //: %1 is a list of addresses
        l << QCoreApplication::translate("Cli", "WARNING: mail is forwarded to %1")
                 .arg(a.forwardingAddresses.join(QStringLiteral(", ")));
    else
        l << QCoreApplication::translate("Cli", "Forwarding: none");
    if (!a.filterForwards.isEmpty())
        //: %1 is a list of addresses
        l << QCoreApplication::translate("Cli", "WARNING: mail filters redirect mail to %1")
                 .arg(a.filterForwards.join(QStringLiteral(", ")));
    if (a.localDeliveryDisabled)
        l << QCoreApplication::translate(
            "Cli", "WARNING: no copy is kept in the mailbox (local delivery disabled).");
    //: %1 is a list of addresses or "none"
    l << QCoreApplication::translate("Cli", "Aliases: %1")
             .arg(a.aliases.isEmpty() ? none : a.aliases.join(QStringLiteral(", ")));
    QStringList failures;
    for (const QDateTime &t : a.lockoutFailures)
        failures << localTime(t);
    //: %n failed logins, %1 their times
    l << QCoreApplication::translate("Cli", "Recent failed logins: %n (%1)", nullptr, int(failures.size()))
             .arg(failures.isEmpty() ? none : failures.join(QStringLiteral(", ")));
    if (a.lockedTime.isValid())
        //: %1 is a date and time
        l << QCoreApplication::translate("Cli", "Locked out since: %1").arg(localTime(a.lockedTime));
    const QString policy = a.lockout.isActive()
        //: %1 failures, %2 window (e.g. 6m), %3 lockout time (e.g. 10m)
        ? QCoreApplication::translate("Cli", "lock after %1 failed logins within %2, for %3")
              .arg(a.lockout.maxFailures)
              .arg(a.lockout.failureLifetime, a.lockout.duration)
        : QCoreApplication::translate("Cli", "no lockout");
    //: %1 describes the policy, %2 lists attributes set on the account itself or "none"
    l << QCoreApplication::translate("Cli", "Lockout policy in force: %1 (set on the account itself: %2)")
             .arg(policy, overrides.isEmpty() ? none : overrides.join(QStringLiteral(", ")));
    return l;
}

int showAccount(Context &ctx)
{
    if (const auto directoryOnly = directoryOnlyAccountShow(ctx)) // --ldap without Zimbra (issue 7)
        return *directoryOnly;
    const QString user = ctx.arguments.value(0);
    Connection conn;
    ZimbraClient client;
    int rc = openZimbraSession(ctx, &conn, &client);
    if (rc != ExitSuccess)
        return rc;
    AccountJob job(&client, user);
    runJob(&job);
    rc = exitCodeFor(job.error());
    QJsonObject doc;
    QStringList lines;
    if (job.error().isError()) {
        reportError(job.error());
        doc.insert(QStringLiteral("zimbra"), QJsonValue::Null);
        doc.insert(QStringLiteral("error"), errorJson(job.error()));
    } else {
        doc.insert(QStringLiteral("zimbra"), zimbraJson(job.account(), job.lockoutOverrides()));
        lines = zimbraLines(job.account(), job.lockoutOverrides());
    }
    doc.insert(QStringLiteral("directory"), QJsonValue::Null);
    if (showHook()) {
        QEventLoop loop;
        DirectoryPart part;
        bool done = false;
        showHook()(ctx, conn, user, [&](DirectoryPart p) {
            part = std::move(p);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        doc.insert(QStringLiteral("directory"), part.json);
        lines += part.lines;
        if (rc == ExitSuccess)
            rc = part.exitCode;
    }
    if (ctx.out.isJson())
        ctx.out.document(doc);
    else
        for (const QString &l : std::as_const(lines))
            ctx.out.line(l);
    return rc;
}

int accountAction(Context &ctx, ZimbraAccountAction action)
{
    const QString user = ctx.arguments.value(0);
    const QString key = zimbraAccountActionKey(action);
    Connection conn;
    ZimbraClient client;
    int rc = openZimbraSession(ctx, &conn, &client);
    if (rc != ExitSuccess)
        return rc;
    ZimbraAccountActionJob job(&client, user, action);
    runJob(&job);
    const ZimbraError &e = job.error();
    rc = exitCodeFor(e);
    const QString target = job.after().name.isEmpty()
        ? (job.before().name.isEmpty() ? user : job.before().name)
        : job.after().name;
    QString detail;
    if (!e.isError()) {
        detail = QStringLiteral("zimbraAccountStatus %1 -> %2; zimbraAuthTokenValidityValue %3 -> %4")
                     .arg(job.before().status, job.after().status)
                     .arg(job.before().validityValue)
                     .arg(job.after().validityValue);
    }
    rc = audit(conn, QStringLiteral("account.") + key, target, e, detail, rc);
    if (e.isError())
        reportError(e);
    if (ctx.out.isJson()) {
        QJsonObject doc {{QStringLiteral("action"), key},
                         {QStringLiteral("account"), target},
                         {QStringLiteral("done"), !e.isError()}};
        if (!e.isError()) {
            doc.insert(QStringLiteral("status"), job.after().status);
            doc.insert(QStringLiteral("already"), job.wasAlreadyDone());
        } else {
            doc.insert(QStringLiteral("error"), errorJson(e));
        }
        ctx.out.document(doc);
    } else if (!e.isError()) {
        const AccountStatusInfo st = explainStatus(job.after(), QDateTime::currentDateTimeUtc());
        switch (action) {
        case ZimbraAccountAction::Lock:
            //: %1 is an account address
            ctx.out.line(QCoreApplication::translate("Cli", "%1 is locked; its sessions are no longer valid.")
                             .arg(target));
            break;
        case ZimbraAccountAction::Unlock:
            //: %1 is an account address
            ctx.out.line(QCoreApplication::translate("Cli", "%1 is unlocked.").arg(target));
            break;
        case ZimbraAccountAction::EndSessions:
            //: %1 is an account address
            ctx.out.line(QCoreApplication::translate("Cli",
                                                     "Every session of %1 has ended; logging in again needs "
                                                     "the password.")
                             .arg(target));
            break;
        case ZimbraAccountAction::ClearLockout:
            //: %1 is an account address
            ctx.out.line(QCoreApplication::translate("Cli", "The lockout of %1 is cleared.").arg(target));
            break;
        case ZimbraAccountAction::RemoveForwarding:
            //: %1 is an account address
            ctx.out.line(QCoreApplication::translate("Cli", "%1 no longer forwards mail.").arg(target));
            break;
        }
        ctx.out.line(st.sentence);
    }
    return rc;
}

int resetPassword(Context &ctx)
{
    const QString user = ctx.arguments.value(0);
    const bool generate = ctx.parser.isSet(QStringLiteral("generate"));
    const bool fromFile = ctx.parser.isSet(QStringLiteral("password-file"));
    const bool mustChange = ctx.parser.isSet(QStringLiteral("must-change"));
    if (generate == fromFile) {
        Output::error(
            QCoreApplication::translate("Cli", "Give exactly one of --password-file FILE and --generate."));
        return ExitUsage;
    }
    if (fromFile && ctx.parser.value(QStringLiteral("password-file")) == QLatin1String("-")
        && ctx.parser.value(QStringLiteral("soap-password-file")) == QLatin1String("-")) {
        Output::error(QCoreApplication::translate("Cli", "Only one password can come from standard input."));
        return ExitUsage;
    }
    QString password;
    if (fromFile) {
        QString error;
        if (!readPasswordFile(ctx.parser.value(QStringLiteral("password-file")), nullptr, &password,
                              &error)) {
            Output::error(error);
            return ExitUsage;
        }
    } else {
        password = generatePassword();
    }
    Connection conn;
    ZimbraClient client;
    if (ctx.parser.isSet(QStringLiteral("directory"))) {
        if (!resetHook()) {
            Output::error(QCoreApplication::translate(
                "Cli", "Resetting the directory password is not available in this build."));
            return ExitUsage;
        }
        QString error;
        const int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
        if (rc != ExitSuccess) {
            Output::error(error);
            return rc;
        }
        return resetHook()(ctx, conn, user, password, generate, mustChange);
    }
    int rc = openZimbraSession(ctx, &conn, &client);
    if (rc != ExitSuccess)
        return rc;
    SetPasswordJob job(&client, user, password, mustChange);
    runJob(&job);
    const ZimbraError &e = job.error();
    rc = exitCodeFor(e);
    const QString target = job.after().name.isEmpty() ? user : job.after().name;
    const QString warning = e.isError() ? QString() : job.externalAuthWarning();
    rc = audit(conn, QStringLiteral("account.reset-password"), target, e,
               QStringLiteral("where=zimbra must_change=%1 auth_mech=%2")
                   .arg(mustChange ? QStringLiteral("true") : QStringLiteral("false"), job.after().authMech),
               rc);
    if (e.isError())
        reportError(e);
    if (!warning.isEmpty())
        Output::error(warning);
    if (ctx.out.isJson()) {
        QJsonObject doc {{QStringLiteral("action"), QStringLiteral("reset-password")},
                         {QStringLiteral("account"), target},
                         {QStringLiteral("where"), QStringLiteral("zimbra")},
                         {QStringLiteral("must_change"), mustChange},
                         {QStringLiteral("done"), !e.isError()}};
        if (generate && !e.isError())
            doc.insert(QStringLiteral("password"), password);
        if (!warning.isEmpty())
            doc.insert(QStringLiteral("warning"), warning);
        if (!job.policyMessage().isEmpty())
            doc.insert(QStringLiteral("server_message"), job.policyMessage());
        if (e.isError())
            doc.insert(QStringLiteral("error"), errorJson(e));
        ctx.out.document(doc);
    } else if (!e.isError()) {
        //: %1 is an account address
        ctx.out.line(QCoreApplication::translate(
                         "Cli", "The Zimbra password of %1 was reset; its sessions have ended.")
                         .arg(target));
        if (generate)
            //: %1 is the generated password, shown once
            ctx.out.line(
                QCoreApplication::translate("Cli", "New password (shown only now): %1").arg(password));
    }
    return rc;
}

QCommandLineOption opt(const char *name, const char *description, const char *value = nullptr)
{
    QCommandLineOption o(QLatin1String(name), QCoreApplication::translate("Cli", description));
    if (value)
        o.setValueName(QLatin1String(value));
    return o;
}

} // namespace

void setAccountShowDirectoryHook(AccountShowDirectoryHook hook)
{
    showHook() = std::move(hook);
}

void setResetPasswordDirectoryHook(ResetPasswordDirectoryHook hook)
{
    resetHook() = std::move(hook);
}

QString generatePassword()
{
    // One generator for the console: the directory's (CSPRNG, AD complexity, no look-alikes).
    return zaindari::generatePassword();
}

void registerAccountCommands(CommandRegistry &registry)
{
    auto command = [](QStringList words, const char *description, std::function<int(Context &)> run,
                      QList<QCommandLineOption> options = {}) {
        Command c;
        c.words = std::move(words);
        c.description = description;
        c.argumentSyntax = QStringLiteral("USER");
        c.minArguments = 1;
        c.maxArguments = 1;
        c.needsConnection = true;
        c.options = std::move(options);
        c.run = std::move(run);
        return c;
    };
    registry.add(command({QStringLiteral("account"), QStringLiteral("show")},
                         QT_TRANSLATE_NOOP("Cli", "Show an account: status, lockout, forwarding, aliases."),
                         showAccount));
    registry.add(command({QStringLiteral("account"), QStringLiteral("lock")},
                         QT_TRANSLATE_NOOP("Cli", "Lock a Zimbra account (no login until unlocked)."),
                         [](Context &c) { return accountAction(c, ZimbraAccountAction::Lock); }));
    registry.add(command({QStringLiteral("account"), QStringLiteral("unlock")},
                         QT_TRANSLATE_NOOP("Cli", "Unlock a Zimbra account and clear its lockout."),
                         [](Context &c) { return accountAction(c, ZimbraAccountAction::Unlock); }));
    registry.add(command({QStringLiteral("account"), QStringLiteral("end-sessions")},
                         QT_TRANSLATE_NOOP("Cli", "End every session of a Zimbra account."),
                         [](Context &c) { return accountAction(c, ZimbraAccountAction::EndSessions); }));
    registry.add(command(
        {QStringLiteral("account"), QStringLiteral("reset-password")},
        QT_TRANSLATE_NOOP("Cli", "Reset an account's password."), resetPassword,
        {opt("password-file",
             QT_TRANSLATE_NOOP("Cli", "File holding the new password; - reads standard input."), "FILE"),
         opt("generate", QT_TRANSLATE_NOOP("Cli", "Generate a strong password and print it once.")),
         opt("must-change", QT_TRANSLATE_NOOP("Cli", "Make the person change it at the next login.")),
         opt("directory",
             QT_TRANSLATE_NOOP("Cli", "Reset the directory (Active Directory) password instead."))}));
}

} // namespace zaindari::cli
