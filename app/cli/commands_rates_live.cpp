// Reading the MTA or audit log on the server for the rates, logins and watch commands: one
// SSH session to the connection's first MTA host, a LogFollower for the read-back window and,
// for `watch`, the new lines after it.
#include "commands_rates.h"

#include "connectionoptions.h"
#include "output.h"

#include "mta/logfollower.h"
#include "mta/mtasessions.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace zaindari::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}
} // namespace

int streamRemoteLog(Context &ctx, RemoteLog which, qint64 windowSeconds, bool follow,
                    const std::function<void(const QByteArray &lines)> &sink,
                    const std::function<void()> &onBacklogDone)
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
    MtaSessions sessions(c.profile.ssh, c.knownHostsFile, c.acceptNewHostKey);
    SshSession *session = sessions.sessions().value(0);
    if (!session)
        return ExitFailed;
    int exitCode = ExitSuccess;
    QObject::connect(
        &sessions, &MtaSessions::hostKeyQuestionAsked, &sessions,
        [session, &exitCode](const QString &host, const SshHostKeyInfo &info) {
            // The CLI never asks: without --accept-new-host-key an unknown key is refused.
            Output::error(hostKeyWarning(info));
            //: %1 is a host name
            Output::error(QCoreApplication::translate("Cli",
                                                      "Refusing the unknown host key of %1; re-run with "
                                                      "--accept-new-host-key after checking the fingerprint.")
                              .arg(host));
            exitCode = ExitUntrusted;
            session->answerHostKey(false);
        });
    QObject::connect(&sessions, &MtaSessions::hostKeyRefused, &sessions,
                     [&exitCode](const QString &, const SshHostKeyInfo &, const QString &warning) {
                         Output::error(warning);
                         exitCode = ExitUntrusted;
                     });

    LogFollowOptions options;
    options.path = which == RemoteLog::Mta ? c.profile.ssh.mtaLogPath : c.profile.ssh.auditLogPath;
    options.backlogSeconds = windowSeconds;
    options.follow = follow;
    LogFollower follower(session, options);
    QEventLoop loop;
    QObject::connect(&follower, &LogFollower::dataReceived, &follower, sink);
    if (onBacklogDone)
        QObject::connect(&follower, &LogFollower::backlogFinished, &follower, onBacklogDone);
    QObject::connect(&follower, &LogFollower::errorOccurred, &follower,
                     [&](SshError e, const QString &message, const QString &detail) {
                         Output::error(message);
                         if (!detail.isEmpty())
                             Output::error(detail);
                         // Before the read-back is in (or without following) there is nothing to wait for: fail
                         // now, with CLI.md's code. A live follower retries dropped connections by itself.
                         if (!follow || !follower.isBacklogDone()) {
                             exitCode = exitCode == ExitSuccess ? cliExitCode(e) : exitCode;
                             follower.cancel();
                         }
                     });
    QObject::connect(&follower, &LogFollower::rotationDetected, &follower, [](bool lost) {
        if (lost)
            Output::error(tr("The log was rotated or truncated before its last lines could be read; "
                             "some lines may be missing."));
    });
    QObject::connect(&follower, &LogFollower::finished, &loop, [&](bool ok, const QString &) {
        if (!ok && exitCode == ExitSuccess)
            exitCode = ExitFailed;
        loop.quit();
    });
    session->connectToHost();
    follower.start();
    loop.exec();
    return exitCode;
}

} // namespace zaindari::cli
