// `logins failed`: failed logins per account and per source IP from Zimbra's audit.log
// (--input, or the server's log over SSH). JSON shape: CLI.md.
#include "commands_rates.h"

#include "output.h"

#include "mta/loginput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

constexpr qint64 kDefaultLoginsWindow = 86400;

int loginsFailed(Context &ctx)
{
    qint64 since = 0;
    if (!readSince(ctx.parser, kDefaultLoginsWindow, &since))
        return ExitUsage;
    AuditLogAnalyzer audit(localUtcOffset());
    qint64 until = 0;
    if (ctx.parser.isSet(QStringLiteral("input"))) {
        LogReadOptions opt;
        opt.chunk = [&audit](std::string_view chunk) {
            audit.feed(chunk);
            return true;
        };
        QString error;
        if (!readLogInput(ctx.parser.value(QStringLiteral("input")), opt, &error)) {
            Output::error(error);
            return ExitFailed;
        }
        audit.finish();
    } else {
        const int rc
            = streamRemoteLog(ctx, RemoteLog::Audit, since, false, [&audit](const QByteArray &lines) {
                  audit.feed(std::string_view(lines.constData(), size_t(lines.size())));
              });
        audit.finish();
        if (rc != ExitSuccess)
            return rc;
        until = QDateTime::currentSecsSinceEpoch();
    }
    const LoginFailuresReport r = audit.report(since, until);
    if (r.malformed > 0)
        //: %n is a number of lines
        Output::error(QCoreApplication::translate("Cli", "Skipped %n malformed log line(s).", nullptr,
                                                  int(r.malformed)));

    if (ctx.out.isJson()) {
        QJsonArray accounts, ips;
        for (const AccountFailures &a : r.accounts) {
            QJsonObject o {{QStringLiteral("account"), a.account},
                           {QStringLiteral("failures"), double(a.failures)},
                           {QStringLiteral("ips"), QJsonArray::fromStringList(a.ips)},
                           {QStringLiteral("lockouts"), double(a.lockouts)},
                           {QStringLiteral("distributed"), a.distributed},
                           {QStringLiteral("last_failure"), isoUtc(a.lastFailure)}};
            if (a.successFromNewIp)
                o.insert(QStringLiteral("success_from_new_ip"),
                         QJsonObject {{QStringLiteral("ip"), a.successIp},
                                      {QStringLiteral("t"), isoUtc(a.successAt)}});
            else
                o.insert(QStringLiteral("success_from_new_ip"), QJsonValue(QJsonValue::Null));
            accounts.append(o);
        }
        for (const IpFailures &f : r.ips)
            ips.append(QJsonObject {{QStringLiteral("ip"), f.ip},
                                    {QStringLiteral("failures"), double(f.failures)},
                                    {QStringLiteral("accounts"), QJsonArray::fromStringList(f.accounts)}});
        ctx.out.document(QJsonObject {{QStringLiteral("since"), isoUtc(r.since)},
                                      {QStringLiteral("until"), isoUtc(r.until)},
                                      {QStringLiteral("accounts"), accounts},
                                      {QStringLiteral("ips"), ips}});
        return ExitSuccess;
    }
    if (r.accounts.isEmpty()) {
        ctx.out.line(tr("No failed logins in this period."));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const AccountFailures &a : r.accounts) {
        QStringList notes;
        if (a.successFromNewIp)
            //: %1 is an IP address
            notes
                << QCoreApplication::translate("Cli", "then logged in from new address %1").arg(a.successIp);
        if (a.distributed)
            notes << tr("distributed attack (many addresses)");
        if (a.lockouts)
            notes << tr("locked out");
        rows.append({a.account, QString::number(a.failures), a.ips.join(QStringLiteral(", ")),
                     notes.join(QStringLiteral("; "))});
    }
    ctx.out.table({tr("Account"), tr("Failures"), tr("Addresses"), tr("Notes")}, rows);
    ctx.out.line(QString());
    QList<QStringList> ipRows;
    for (const IpFailures &f : r.ips)
        ipRows.append({f.ip.isEmpty() ? tr("unknown") : f.ip, QString::number(f.failures),
                       f.accounts.join(QStringLiteral(", "))});
    ctx.out.table({tr("Address"), tr("Failures"), tr("Accounts")}, ipRows);
    return ExitSuccess;
}

} // namespace

void registerLoginCommands(CommandRegistry &registry)
{
    Command failed;
    failed.words = {QStringLiteral("logins"), QStringLiteral("failed")};
    failed.description
        = QT_TRANSLATE_NOOP("Cli", "Failed logins per account and per address, from Zimbra's audit log.");
    failed.needsConnection = true;
    failed.options = {sinceOption(), logInputOption()};
    failed.run = loginsFailed;
    registry.add(failed);
}

} // namespace zaindari::cli
