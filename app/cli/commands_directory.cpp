#include "commands_directory.h"

#include "commands_account.h"
#include "commands_policy.h"
#include "keychain.h"
#include "output.h"

#include "audit/auditlog.h"
#include "common/duration.h"
#include "directory/adtime.h"
#include "directory/directoryjob.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace zaindari::cli {

namespace {

void runJob(DirectoryJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &DirectoryJob::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(Output::isoUtc(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue secondsOrNull(const std::optional<qint64> &s)
{
    return s ? QJsonValue(double(*s)) : QJsonValue(QJsonValue::Null);
}

QJsonObject errorJson(const DirectoryOutcome &o)
{
    QJsonObject e {{QStringLiteral("code"), directoryErrorKey(o.error)},
                   {QStringLiteral("message"), o.message},
                   {QStringLiteral("detail"), o.detail}};
    if (o.hasCertificate())
        e.insert(QStringLiteral("certificate_sha256"), o.certificate.fingerprint);
    return e;
}

void reportError(const DirectoryOutcome &o)
{
    Output::error(o.message);
    if (!o.detail.isEmpty())
        Output::error(o.detail);
    if (o.error == DirectoryError::CertificateUntrusted)
        //: %1 is an option value such as sha256:0123...
        Output::error(QCoreApplication::translate(
                          "Cli", "After checking the fingerprint on the server, trust it with --pin %1")
                          .arg(TlsTrust::pinString(o.certificate.fingerprint)));
}

QString profileLabel(const Connection &conn)
{
    return conn.savedProfile ? conn.profile.name : conn.profile.ldap.url;
}

int audit(const Connection &conn, const QString &action, const QString &target, const DirectoryOutcome &o,
          const QString &detail, int exitCode)
{
    AuditEntry entry;
    entry.profile = profileLabel(conn);
    entry.action = action;
    entry.target = target;
    entry.result = o.ok() ? AuditEntry::resultOk() : AuditEntry::resultFailed();
    entry.detail = o.ok()
        ? detail
        : o.message + (o.detail.isEmpty() ? QString() : QStringLiteral(" [") + o.detail + QLatin1Char(']'));
    QString error;
    if (!AuditLog().append(entry, &error)) {
        Output::error(error);
        return exitCode == ExitSuccess ? int(ExitFailed) : exitCode;
    }
    return exitCode;
}

QJsonObject statusJson(const UserStatus &s)
{
    QJsonArray controllers;
    for (const ControllerStatus &c : s.controllers) {
        QJsonObject o {{QStringLiteral("controller"), c.controller},
                       {QStringLiteral("reachable"), c.reachable}};
        if (c.reachable) {
            o.insert(QStringLiteral("bad_pwd_count"), c.badPwdCount);
            o.insert(QStringLiteral("bad_password_time"), isoOrNull(c.badPasswordTime));
            o.insert(QStringLiteral("lockout_time"), isoOrNull(c.lockoutTime));
            o.insert(QStringLiteral("locked_out"), c.lockedOut);
        } else {
            o.insert(QStringLiteral("error"), c.error);
        }
        controllers.append(o);
    }
    return QJsonObject {{QStringLiteral("dn"), s.user.dn},
                        {QStringLiteral("sam_account_name"), s.user.samAccountName},
                        {QStringLiteral("user_principal_name"), s.user.userPrincipalName},
                        {QStringLiteral("mail"), s.user.mail},
                        {QStringLiteral("enabled"), s.enabled},
                        {QStringLiteral("locked_out"), s.lockedOut},
                        {QStringLiteral("bad_pwd_count"), s.badPwdCount},
                        {QStringLiteral("bad_password_time"), isoOrNull(s.badPasswordTime)},
                        {QStringLiteral("lockout_time"), isoOrNull(s.lockoutTime)},
                        {QStringLiteral("lockout_ends"), isoOrNull(s.lockoutEnds)},
                        {QStringLiteral("pwd_last_set"), isoOrNull(s.pwdLastSet)},
                        {QStringLiteral("must_change_password"), s.mustChangePassword},
                        {QStringLiteral("last_logon"), isoOrNull(s.lastLogon)},
                        {QStringLiteral("account_expires"), isoOrNull(s.accountExpires)},
                        {QStringLiteral("user_account_control"), double(s.userAccountControl)},
                        {QStringLiteral("groups"), QJsonArray::fromStringList(s.groups)},
                        {QStringLiteral("controllers"), controllers}};
}

QStringList statusLines(const UserStatus &s)
{
    QStringList l;
    //: %1 is a DN
    l << QCoreApplication::translate("Cli", "Active Directory: %1").arg(s.user.dn);
    l << s.enabledText() << s.lockoutText() << s.passwordText();
    //: %1 is a date and time or "never"
    l << QCoreApplication::translate("Cli", "Last wrong password: %1").arg(formatAdTime(s.badPasswordTime));
    //: %1 is a date and time or "never"
    l << QCoreApplication::translate("Cli", "Last logon (replicated, may be up to two weeks old): %1")
             .arg(formatAdTime(s.lastLogon));
    //: %1 is a date and time or "never"
    l << QCoreApplication::translate("Cli", "Account expires: %1").arg(formatAdTime(s.accountExpires));
    //: %n is the number of groups, %1 their names
    l << QCoreApplication::translate("Cli", "Groups (%n): %1", nullptr, int(s.groups.size()))
             .arg(s.groups.join(QStringLiteral("; ")));
    if (s.controllers.size() > 1) {
        for (const ControllerStatus &c : s.controllers) {
            if (c.reachable)
                //: %1 controller URL, %2 wrong passwords, %3 time of the last one, %4 locked or not
                l << QCoreApplication::translate("Cli", "  %1: %2 wrong password(s), last %3; %4")
                         .arg(c.controller)
                         .arg(c.badPwdCount)
                         .arg(formatAdTime(c.badPasswordTime),
                              c.lockedOut ? QCoreApplication::translate("Cli", "locked out")
                                          : QCoreApplication::translate("Cli", "not locked out"));
            else
                //: %1 controller URL, %2 the reason
                l << QCoreApplication::translate("Cli", "  %1: not reachable (%2)")
                         .arg(c.controller, c.error);
        }
    }
    return l;
}

QJsonObject policyJson(const DomainPolicy &p)
{
    return QJsonObject {{QStringLiteral("threshold"), p.lockoutThreshold},
                        {QStringLiteral("observation_window_s"), secondsOrNull(p.observationWindowSeconds)},
                        {QStringLiteral("duration_s"), secondsOrNull(p.lockoutDurationSeconds)},
                        {QStringLiteral("min_pwd_length"), p.minPwdLength},
                        {QStringLiteral("complexity"), p.complexity()},
                        {QStringLiteral("pwd_history_length"), p.pwdHistoryLength},
                        {QStringLiteral("max_pwd_age_s"), secondsOrNull(p.maxPwdAgeSeconds)},
                        {QStringLiteral("min_pwd_age_s"), secondsOrNull(p.minPwdAgeSeconds)}};
}

QStringList policyLines(const DomainPolicy &p)
{
    QStringList l;
    if (p.lockoutThreshold == 0) {
        l << QCoreApplication::translate("Cli", "Active Directory: accounts are never locked out.");
    } else if (!p.lockoutDurationSeconds) {
        //: %1 failures, %2 window in minutes
        l << QCoreApplication::translate("Cli",
                                         "Active Directory: lock after %1 failed logons within %2 minutes, "
                                         "until an administrator unlocks.")
                 .arg(p.lockoutThreshold)
                 .arg(p.observationWindowSeconds.value_or(0) / 60);
    } else {
        //: %1 failures, %2 window in minutes, %3 lockout in minutes
        l << QCoreApplication::translate(
                 "Cli", "Active Directory: lock after %1 failed logons within %2 minutes, for %3 minutes.")
                 .arg(p.lockoutThreshold)
                 .arg(p.observationWindowSeconds.value_or(0) / 60)
                 .arg(*p.lockoutDurationSeconds / 60);
    }
    //: %1 minimum length, %2 yes/no, %3 remembered passwords
    l << QCoreApplication::translate(
             "Cli", "Passwords: at least %1 characters, complexity required: %2, history: %3.")
             .arg(p.minPwdLength)
             .arg(p.complexity() ? QCoreApplication::translate("Cli", "yes")
                                 : QCoreApplication::translate("Cli", "no"))
             .arg(p.pwdHistoryLength);
    return l;
}

int directoryAction(Context &ctx, AccountAction action, const QString &key)
{
    const QString user = ctx.arguments.value(0);
    Connection conn;
    QString error;
    int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
    DirectoryConfig config;
    if (rc == ExitSuccess)
        rc = directoryConfig(conn, &config, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    AccountActionJob job(config, user, action);
    runJob(&job);
    const DirectoryOutcome o = job.outcome();
    const QString target = job.user().dn.isEmpty() ? user : job.user().dn;
    rc = audit(conn, QStringLiteral("directory.") + key, target, o, QString(), directoryExitCode(o));
    if (!o.ok())
        reportError(o);
    if (ctx.out.isJson()) {
        QJsonObject doc {{QStringLiteral("action"), key},
                         {QStringLiteral("account"), user},
                         {QStringLiteral("done"), o.ok()}};
        if (o.ok())
            doc.insert(QStringLiteral("dn"), job.user().dn);
        else
            doc.insert(QStringLiteral("error"), errorJson(o));
        ctx.out.document(doc);
    } else if (o.ok()) {
        switch (action) {
        case AccountAction::Disable:
            //: %1 is a DN
            ctx.out.line(QCoreApplication::translate(
                             "Cli", "%1 is disabled in Active Directory: no logon works until it is enabled.")
                             .arg(target));
            break;
        case AccountAction::Enable:
            ctx.out.line(
                QCoreApplication::translate("Cli", "%1 is enabled in Active Directory.").arg(target));
            break;
        case AccountAction::Unlock:
            ctx.out.line(
                QCoreApplication::translate(
                    "Cli", "%1 is unlocked in Active Directory; its wrong-password count is cleared.")
                    .arg(target));
            break;
        default:
            break;
        }
    }
    return rc;
}

void showDirectory(Context &, const Connection &conn, const QString &user,
                   std::function<void(DirectoryPart)> done)
{
    DirectoryPart part;
    part.json = QJsonValue::Null;
    if (!directoryConfigured(conn)) {
        done(part);
        return;
    }
    DirectoryConfig config;
    QString error;
    part.exitCode = directoryConfig(conn, &config, &error);
    if (part.exitCode != ExitSuccess) {
        Output::error(error);
        done(part);
        return;
    }
    UserStatusJob job(config, user);
    runJob(&job);
    const DirectoryOutcome o = job.outcome();
    part.exitCode = directoryExitCode(o);
    if (o.ok()) {
        part.json = statusJson(job.status());
        part.lines = statusLines(job.status());
    } else {
        reportError(o);
        part.json = QJsonObject {{QStringLiteral("error"), errorJson(o)}};
    }
    done(part);
}

int resetDirectoryPassword(Context &ctx, const Connection &conn, const QString &user, const QString &password,
                           bool generated, bool mustChange)
{
    DirectoryConfig config;
    QString error;
    int rc = directoryConfig(conn, &config, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    PasswordResetJob job(config, user, password, mustChange);
    runJob(&job);
    const DirectoryOutcome o = job.outcome();
    const QString target = job.user().dn.isEmpty() ? user : job.user().dn;
    rc = audit(conn, QStringLiteral("directory.reset-password"), target, o,
               mustChange ? QStringLiteral("must_change=true") : QStringLiteral("must_change=false"),
               directoryExitCode(o));
    if (!o.ok())
        reportError(o);
    // Like Windows' OldPasswordAllowedPeriod, Samba keeps accepting the previous password for
    // LDAP and NTLM logons for an hour after an administrator's reset, unless the person must
    // change it (or the account is disabled). Zimbra checks AD passwords by LDAP bind.
    const QString oldPasswordNote = QCoreApplication::translate(
        "Cli",
        "The directory may accept the previous password for up to an hour after a "
        "reset; use --must-change, or disable the account, to end that at once.");
    if (ctx.out.isJson()) {
        QJsonObject doc {{QStringLiteral("action"), QStringLiteral("reset-password")},
                         {QStringLiteral("account"), user},
                         {QStringLiteral("where"), QStringLiteral("directory")},
                         {QStringLiteral("must_change"), mustChange},
                         {QStringLiteral("done"), o.ok()}};
        if (o.ok()) {
            doc.insert(QStringLiteral("dn"), job.user().dn);
            if (generated)
                doc.insert(QStringLiteral("password"), password);
            if (!mustChange)
                doc.insert(QStringLiteral("warning"), oldPasswordNote);
        } else {
            doc.insert(QStringLiteral("error"), errorJson(o));
        }
        ctx.out.document(doc);
    } else if (o.ok()) {
        //: %1 is a DN
        ctx.out.line(
            QCoreApplication::translate("Cli", "The Active Directory password of %1 was reset.").arg(target));
        ctx.out.line(mustChange
                         ? QCoreApplication::translate("Cli", "The person must change it at the next logon.")
                         : oldPasswordNote);
        if (generated)
            //: %1 is the generated password, shown once
            ctx.out.line(
                QCoreApplication::translate("Cli", "New password (shown only now): %1").arg(password));
    }
    return rc;
}

void showDirectoryPolicy(Context &, const Connection &conn, std::function<void(DirectoryPolicyPart)> done)
{
    DirectoryPolicyPart part;
    part.json = QJsonValue::Null;
    if (!directoryConfigured(conn)) {
        done(part);
        return;
    }
    DirectoryConfig config;
    QString error;
    part.exitCode = directoryConfig(conn, &config, &error);
    if (part.exitCode != ExitSuccess) {
        Output::error(error);
        done(part);
        return;
    }
    PolicyJob job(config);
    runJob(&job);
    const DirectoryOutcome o = job.outcome();
    part.exitCode = directoryExitCode(o);
    if (o.ok()) {
        part.json = policyJson(job.policy());
        part.lines = policyLines(job.policy());
    } else {
        reportError(o);
        part.json = QJsonObject {{QStringLiteral("error"), errorJson(o)}};
    }
    done(part);
}

int setDirectoryPolicy(Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("cos"))) {
        Output::error(QCoreApplication::translate("Cli", "--cos and --directory cannot be combined."));
        return ExitUsage;
    }
    PolicyChange change;
    if (ctx.parser.isSet(QStringLiteral("max-failures"))) {
        bool ok = false;
        const QString v = ctx.parser.value(QStringLiteral("max-failures"));
        const int n = v.toInt(&ok);
        if (!ok || n < 0 || v.startsWith(QLatin1Char('+'))) {
            //: %1 is what the user typed
            Output::error(QCoreApplication::translate(
                              "Cli", "--max-failures takes a whole number of 0 or more, not “%1”.")
                              .arg(v));
            return ExitUsage;
        }
        change.lockoutThreshold = n;
    }
    for (const char *name : {"failure-lifetime", "duration"}) {
        const QString key = QLatin1String(name);
        if (!ctx.parser.isSet(key))
            continue;
        const QString v = ctx.parser.value(key);
        const auto seconds = parseDuration(v);
        if (!seconds) {
            //: %1 is an option such as --duration, %2 what the user typed
            Output::error(QCoreApplication::translate(
                              "Cli", "--%1 takes a duration such as 30s, 10m, 6h or 2d, not “%2”.")
                              .arg(key, v));
            return ExitUsage;
        }
        (key == QLatin1String("duration") ? change.lockoutDurationSeconds : change.observationWindowSeconds)
            = *seconds;
    }
    if (change.isEmpty()) {
        Output::error(QCoreApplication::translate(
            "Cli", "Give at least one of --max-failures, --failure-lifetime and --duration."));
        return ExitUsage;
    }
    Connection conn;
    QString error;
    int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
    DirectoryConfig config;
    if (rc == ExitSuccess)
        rc = directoryConfig(conn, &config, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    PolicyJob job(config, change);
    runJob(&job);
    const DirectoryOutcome o = job.outcome();
    const DomainPolicy p = job.policy();
    rc = audit(conn, QStringLiteral("directory.policy-set"),
               p.domainDn.isEmpty() ? config.baseDn : p.domainDn, o,
               o.ok() ? QStringLiteral("threshold=%1 observation_window_s=%2 duration_s=%3")
                            .arg(p.lockoutThreshold)
                            .arg(p.observationWindowSeconds.value_or(-1))
                            .arg(p.lockoutDurationSeconds.value_or(-1))
                      : QString(),
               directoryExitCode(o));
    if (!o.ok())
        reportError(o);
    if (ctx.out.isJson()) {
        QJsonObject doc {
            {QStringLiteral("directory"), o.ok() ? QJsonValue(policyJson(p)) : QJsonValue(QJsonValue::Null)}};
        if (!o.ok())
            doc.insert(QStringLiteral("error"), errorJson(o));
        ctx.out.document(doc);
    } else if (o.ok()) {
        for (const QString &l : policyLines(p))
            ctx.out.line(l);
    }
    return rc;
}

} // namespace

namespace {
bool directoryOnly(const Context &ctx)
{
    return ctx.parser.isSet(QStringLiteral("ldap")) && !ctx.parser.isSet(QStringLiteral("soap"))
        && !ctx.parser.isSet(QStringLiteral("profile"));
}
} // namespace

std::optional<int> directoryOnlyAccountShow(Context &ctx)
{
    if (!directoryOnly(ctx))
        return std::nullopt;
    Connection conn;
    QString error;
    const int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    DirectoryPart part;
    showDirectory(ctx, conn, ctx.arguments.value(0), [&part](DirectoryPart p) { part = std::move(p); });
    if (ctx.out.isJson())
        ctx.out.document(QJsonObject {{QStringLiteral("zimbra"), QJsonValue::Null},
                                      {QStringLiteral("directory"), part.json}});
    else
        for (const QString &l : std::as_const(part.lines))
            ctx.out.line(l);
    return part.exitCode;
}

std::optional<int> directoryOnlyPolicyShow(Context &ctx)
{
    if (!directoryOnly(ctx))
        return std::nullopt;
    Connection conn;
    QString error;
    const int rc = resolveConnection(ctx.parser, ctx.profiles, &conn, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    DirectoryPolicyPart part;
    showDirectoryPolicy(ctx, conn, [&part](DirectoryPolicyPart p) { part = std::move(p); });
    if (ctx.out.isJson())
        ctx.out.document(QJsonObject {{QStringLiteral("cos"), QJsonValue::Null},
                                      {QStringLiteral("directory"), part.json}});
    else
        for (const QString &l : std::as_const(part.lines))
            ctx.out.line(l);
    return part.exitCode;
}

bool directoryConfigured(const Connection &conn)
{
    return !conn.profile.ldap.url.trimmed().isEmpty();
}

int directoryConfig(const Connection &conn, DirectoryConfig *config, QString *error)
{
    const Profile &p = conn.profile;
    if (!directoryConfigured(conn)) {
        *error = QCoreApplication::translate(
            "Cli", "No directory endpoint: give --ldap URL or a --profile that has one.");
        return ExitUsage;
    }
    if (p.ldap.bindIdentity.trimmed().isEmpty()) {
        *error = QCoreApplication::translate(
            "Cli", "No directory bind account: give --ldap-bind NAME or a --profile that has one.");
        return ExitUsage;
    }
    if (p.ldap.baseDn.trimmed().isEmpty()) {
        *error = QCoreApplication::translate(
            "Cli", "No directory search base: give --ldap-base DN or a --profile that has one.");
        return ExitUsage;
    }
    QString password = conn.ldapPassword.value_or(QString());
    if (password.isEmpty() && conn.savedProfile) {
        QString problem;
        password = readKeychainSecret(p.id, SecretKind::LdapPassword, &problem);
        if (!problem.isEmpty())
            Output::error(problem);
    }
    if (password.isEmpty()) {
        *error = QCoreApplication::translate(
            "Cli", "No directory password: give --ldap-password-file FILE (or - for standard input).");
        return ExitConnect;
    }
    *config = DirectoryConfig::fromProfile(p, password);
    for (const QString &pin : conn.pins)
        config->pins.append({QString(), pin});
    return ExitSuccess;
}

int directoryExitCode(const DirectoryOutcome &o)
{
    switch (o.error) {
    case DirectoryError::None:
        return ExitSuccess;
    case DirectoryError::InvalidSettings:
        return ExitUsage;
    case DirectoryError::ClearTextRefused:
    case DirectoryError::Unreachable:
    case DirectoryError::Timeout:
    case DirectoryError::TlsFailed:
    case DirectoryError::BindFailed:
        return ExitConnect;
    case DirectoryError::CertificateUntrusted:
    case DirectoryError::CertificateChanged:
        return ExitUntrusted;
    default:
        return ExitFailed;
    }
}

void registerDirectoryCommands(CommandRegistry &registry)
{
    const struct
    {
        const char *word;
        AccountAction action;
        const char *description;
    } actions[] = {
        {"disable", AccountAction::Disable,
         QT_TRANSLATE_NOOP("Cli", "Disable the account in Active Directory.")},
        {"enable", AccountAction::Enable,
         QT_TRANSLATE_NOOP("Cli", "Enable the account in Active Directory.")},
        {"unlock-directory", AccountAction::Unlock,
         QT_TRANSLATE_NOOP("Cli", "Unlock the account in Active Directory (lockoutTime=0).")},
    };
    for (const auto &a : actions) {
        Command c;
        c.words = {QStringLiteral("account"), QLatin1String(a.word)};
        c.description = a.description;
        c.argumentSyntax = QStringLiteral("USER");
        c.minArguments = 1;
        c.maxArguments = 1;
        c.needsConnection = true;
        const AccountAction action = a.action;
        const QString key = QLatin1String(a.word);
        c.run = [action, key](Context &ctx) { return directoryAction(ctx, action, key); };
        registry.add(c);
    }
    setAccountShowDirectoryHook(showDirectory);
    setResetPasswordDirectoryHook(resetDirectoryPassword);
    setPolicyDirectoryHook(showDirectoryPolicy);
    setPolicyDirectorySetHook(setDirectoryPolicy);
}

} // namespace zaindari::cli
