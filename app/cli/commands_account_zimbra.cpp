#include "commands_account_zimbra.h"

#include "audit/auditlog.h"
#include "keychain.h"
#include "output.h"
#include "profiles/secretstore.h"
#include "zimbra/zimbraaudit.h"
#include "zimbra/zimbrajob.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace zaindari::cli {

namespace {
QString profileLabel(const Connection &conn)
{
    if (conn.savedProfile)
        return conn.profile.name;
    return conn.profile.soap.url.host();
}
} // namespace

int openZimbraSession(Context &ctx, Connection *conn, ZimbraClient *client)
{
    QString error;
    const int rc = resolveConnection(ctx.parser, ctx.profiles, conn, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    const Profile &p = conn->profile;
    if (!p.soap.url.isValid() || p.soap.url.host().isEmpty()) {
        Output::error(QCoreApplication::translate("Cli",
                                                  "No Zimbra admin endpoint: give --soap URL or a "
                                                  "--profile that has one."));
        return ExitUsage;
    }
    if (p.soap.adminUser.isEmpty()) {
        Output::error(QCoreApplication::translate("Cli",
                                                  "No Zimbra admin account: give --soap-user NAME or a "
                                                  "--profile that has one."));
        return ExitUsage;
    }
    TlsTrust trust;
    trust.loadPins(p);
    for (const QString &pin : std::as_const(conn->pins))
        trust.addGlobalPin(pin);
    if (ctx.parser.isSet(QStringLiteral("ca-file"))) {
        QString problem;
        if (!trust.loadCaFile(ctx.parser.value(QStringLiteral("ca-file")), &problem)) {
            //: %1 is the reason
            Output::error(QCoreApplication::translate("Cli", "The CA file holds no usable certificate: %1")
                              .arg(problem));
            return ExitUsage;
        }
    }
    client->setTrust(trust);
    client->setEndpoint(p.soap.url, p.soap.adminUser);
    QString password = conn->soapPassword.value_or(QString());
    if (password.isEmpty() && conn->savedProfile) {
        QString problem;
        password = readKeychainSecret(p.id, SecretKind::SoapPassword, &problem);
        if (!problem.isEmpty())
            Output::error(problem);
    }
    if (password.isEmpty()) {
        Output::error(QCoreApplication::translate("Cli",
                                                  "No Zimbra admin password: give --soap-password-file "
                                                  "FILE (or - for standard input)."));
        return ExitConnect;
    }
    client->setPassword(password);
    // The CLI cannot ask: an unverifiable certificate is refused, and the message shows the
    // fingerprint to pass with --pin after checking it on the server.
    QObject::connect(client, &ZimbraClient::certificateQuestion, client,
                     [client](const CertificateQuestion &q) { client->answerCertificate(q.id, false); });
    return ExitSuccess;
}

void runJob(ZimbraJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &ZimbraJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
}

int exitCodeFor(const ZimbraError &e)
{
    if (!e.isError())
        return ExitSuccess;
    if (e.isCertificateProblem())
        return ExitUntrusted;
    if (e.isConnectionProblem())
        return ExitConnect;
    if (e.code == ZimbraErrorCode::InvalidInput)
        return ExitUsage;
    return ExitFailed;
}

void reportError(const ZimbraError &e)
{
    Output::error(e.message);
    if (!e.detail.isEmpty())
        //: %1 is the server's or library's own text
        Output::error(QCoreApplication::translate("Cli", "Detail: %1").arg(e.detail));
}

QJsonObject errorJson(const ZimbraError &e)
{
    return QJsonObject {{QStringLiteral("code"), errorCodeKey(e.code)},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("zimbra_code"), e.faultCode}};
}

int audit(const Connection &conn, const QString &action, const QString &target, const ZimbraError &e,
          const QString &detail, int exitCode)
{
    const AuditEntry entry = zimbraAuditEntry(profileLabel(conn), action, target, e, detail);
    QString error;
    if (!AuditLog().append(entry, &error)) {
        Output::error(error);
        return exitCode == ExitSuccess ? int(ExitFailed) : exitCode;
    }
    return exitCode;
}

} // namespace zaindari::cli
