#include "sshtypes.h"

#include "shellquote.h"

#include <QCoreApplication>

namespace zaindari {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari", s);
}
} // namespace

QString SshConnectOptions::endpoint() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

int cliExitCode(SshError e)
{
    switch (e) {
    case SshError::None:
        return 0;
    case SshError::ResolveFailed:
    case SshError::Refused:
    case SshError::Timeout:
    case SshError::AuthFailed:
    case SshError::KeyFileUnreadable:
    case SshError::NotConnected:
        return 3;
    case SshError::HostKeyUnknown:
    case SshError::HostKeyChanged:
    case SshError::HostKeyRejected:
    case SshError::HostKeyStoreFailed:
        return 4;
    default:
        return 1;
    }
}

QString sshErrorMessage(SshError e, const QString &host, const QString &what)
{
    switch (e) {
    case SshError::None:
        return QString();
    case SshError::ResolveFailed:
        //: %1 is user@host:port
        return tr("Cannot find the server %1: the host name does not resolve.").arg(host);
    case SshError::Refused:
        return tr("The server %1 refused the connection: is the SSH service running on that port?").arg(host);
    case SshError::Timeout:
        return tr("The server %1 did not answer in time.").arg(host);
    case SshError::HostKeyUnknown:
        return tr("The host key of %1 is not known yet; it must be confirmed before connecting.").arg(host);
    case SshError::HostKeyChanged:
        return tr("The host key of %1 has CHANGED. The connection was refused: this can be an attack.").arg(host);
    case SshError::HostKeyRejected:
        return tr("The host key of %1 was not accepted; not connected.").arg(host);
    case SshError::HostKeyStoreFailed:
        return tr("Cannot read or write the known-hosts file while checking %1.").arg(host);
    case SshError::AuthFailed:
        return tr("The server %1 refused the login: check the user name and the key or password.").arg(host);
    case SshError::KeyFileUnreadable:
        //: %2 is a file path
        return tr("Cannot use the private key %2 for %1: missing, unreadable or wrong passphrase.")
            .arg(host, what);
    case SshError::ConnectionLost:
        return tr("The connection to %1 was lost.").arg(host);
    case SshError::Canceled:
        return tr("Canceled.");
    case SshError::NotConnected:
        return tr("Not connected to %1.").arg(host);
    case SshError::SudoPasswordRequired:
        //: %2 is the command that was run
        return tr("On %1, sudo asks for a password to run %2: the sudoers rules must allow it "
                  "without a password (NOPASSWD).").arg(host, what);
    case SshError::SudoNotAllowed:
        return tr("On %1, sudo does not allow this user to run %2.").arg(host, what);
    case SshError::CommandMissing:
        return tr("On %1, the command %2 does not exist: check the MTA paths of the profile.").arg(host, what);
    case SshError::CommandFailed:
        return tr("On %1, the command %2 failed.").arg(host, what);
    case SshError::Protocol:
        return tr("SSH error with %1.").arg(host);
    }
    return QString();
}

QString sshStateDisplay(SshState s)
{
    switch (s) {
    case SshState::Disconnected: return tr("Disconnected");
    case SshState::Connecting: return tr("Connecting");
    case SshState::VerifyingHostKey: return tr("Verifying the host key");
    case SshState::Authenticating: return tr("Logging in");
    case SshState::Connected: return tr("Connected");
    case SshState::Error: return tr("Error");
    }
    return QString();
}

QString hostKeyWarning(const SshHostKeyInfo &info)
{
    const QString host = info.port == 22 ? info.host : QStringLiteral("[%1]:%2").arg(info.host).arg(info.port);
    switch (info.status) {
    case SshHostKeyInfo::Status::Unknown:
        //: %1 host, %2 key type, %3 SHA256 fingerprint
        return tr("The server %1 is not known yet. Its %2 key has the fingerprint %3. Compare it "
                  "with the one the server administrator gives you before trusting it.")
            .arg(host, info.keyType, info.fingerprint);
    case SshHostKeyInfo::Status::Changed:
    case SshHostKeyInfo::Status::OtherType:
        //: %1 host, %2/%3 type and fingerprint on record, %4/%5 the key offered now
        return tr("WARNING: the host key of %1 has changed. On record: %2 %3. Offered now: %4 %5. "
                  "Someone may be intercepting the connection; it was refused. If the server was "
                  "reinstalled, remove the old key from the known-hosts file after checking.")
            .arg(host, info.knownKeyType, info.knownFingerprint, info.keyType, info.fingerprint);
    }
    return QString();
}

SshError classifyCommandResult(int exitStatus, const QByteArray &stdErr)
{
    if (exitStatus == 0)
        return SshError::None;
    // sudo -n (sudo(8)): "sudo: a password is required" when a rule needs a password.
    if (stdErr.contains("a password is required") || stdErr.contains("a terminal is required"))
        return SshError::SudoPasswordRequired;
    if (stdErr.contains("is not allowed to execute") || stdErr.contains("may not run sudo"))
        return SshError::SudoNotAllowed;
    // POSIX shells exit 127 for a missing command; sudo says "command not found".
    if (exitStatus == 127 || stdErr.contains("command not found") || stdErr.contains("No such file or directory"))
        return SshError::CommandMissing;
    return SshError::CommandFailed;
}

void finishCommandResult(SshCommandResult &result, const QString &host)
{
    if (result.error != SshError::None)
        return;
    result.error = classifyCommandResult(result.exitStatus, result.stdErr);
    if (result.error == SshError::None)
        return;
    QString what = shellJoin(result.argv);
    if (result.error == SshError::CommandMissing || result.error == SshError::SudoNotAllowed
        || result.error == SshError::SudoPasswordRequired) {
        // Name the tool, not sudo: the technician fixes a path or a sudoers line for it.
        QStringList argv = result.argv;
        if (argv.value(0) == QLatin1String("sudo")) {
            argv.removeFirst();
            while (!argv.isEmpty() && argv.first().startsWith(QLatin1Char('-')))
                argv.removeFirst();
        }
        what = argv.value(0);
    }
    result.message = sshErrorMessage(result.error, host, what);
    result.detail = QString::fromUtf8(result.stdErr.left(2000)).trimmed();
}

} // namespace zaindari

#include <QStandardPaths>

namespace zaindari {
QString defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/zaindari/known_hosts");
}
} // namespace zaindari
