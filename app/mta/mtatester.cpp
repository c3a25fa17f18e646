#include "mtatester.h"

#include "mtasessions.h"
#include "postsuperoutput.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"

#include <QMetaMethod>
#include <QMetaObject>

namespace zaindari {

MtaConnectionTester::MtaConnectionTester(QObject *parent, const QString &knownHostsFile)
    : ConnectionTester(parent)
    , m_knownHostsFile(knownHostsFile)
{ }

void MtaConnectionTester::start(const Profile &profile, const QString &secret)
{
    if (m_started)
        return;
    m_started = true;
    const SshSettings &ssh = profile.ssh;
    if (ssh.hosts.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { done(false, tr("The profile lists no MTA host to connect to."), QString()); },
            Qt::QueuedConnection);
        return;
    }
    const MtaPaths &p = ssh.paths;
    m_checks = {
        {{p.postqueue, QStringLiteral("-j")}, tr("postqueue -j (without sudo)")},
        {adminToolArgv(p, p.postconf) << QStringLiteral("-h") << QStringLiteral("mail_version"),
         tr("postconf (reading the Postfix version)")},
    };
    // `sudo -n -l TOOL` succeeds only when sudo would run TOOL without a password.
    if (p.sudoForAdminTools) {
        for (const QString &tool : {p.postsuper, p.postcat})
            m_checks.append({{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("-l"), tool},
                             //: %1 is a remote program path
                             tr("sudo rights for %1").arg(tool)});
    }
    m_sessions = new MtaSessions(ssh, m_knownHostsFile, false, secret, this);
    connect(m_sessions, &MtaSessions::hostKeyQuestionAsked, this,
            [this](const QString &hostName, const SshHostKeyInfo &info) {
                m_asking = m_sessions->sessionFor(hostName);
                if (isSignalConnected(QMetaMethod::fromSignal(&MtaConnectionTester::hostKeyQuestionAsked))) {
                    Q_EMIT hostKeyQuestionAsked(hostName, info);
                    return;
                }
                //: %1 is a host name, %2 a key type (ssh-ed25519), %3 its SHA-256 fingerprint
                done(false,
                     tr("The host key of %1 is not known yet (%2 %3). Nothing was trusted: compare the "
                        "fingerprint with the server's and confirm it when connecting.")
                         .arg(hostName, info.keyType, info.fingerprint),
                     QString());
                answerHostKey(false);
            });
    testHost(0);
}

void MtaConnectionTester::answerHostKey(bool trust, bool remember)
{
    if (m_asking)
        m_asking->answerHostKey(trust, remember);
    m_asking = nullptr;
}

void MtaConnectionTester::testHost(int index)
{
    if (m_done)
        return;
    const QList<SshSession *> sessions = m_sessions->sessions();
    if (index >= sessions.size()) {
        done(true, m_report.join(QLatin1Char('\n')), QString());
        return;
    }
    SshSession *session = sessions.at(index);
    //: %1 is user@host:port
    Q_EMIT progressed(tr("Connecting to %1…").arg(session->endpoint()));
    connect(session, &SshSession::connected, this, [this, index] { runCheck(index, 0); },
            Qt::SingleShotConnection);
    connect(session, &SshSession::errorOccurred, this,
            [this](SshError, const QString &message, const QString &detail) { done(false, message, detail); });
    connect(session, &SshSession::hostKeyRefused, this,
            [this](const SshHostKeyInfo &, const QString &warning) { done(false, warning, QString()); });
    session->connectToHost();
}

void MtaConnectionTester::runCheck(int host, int check)
{
    if (m_done)
        return;
    SshSession *session = m_sessions->sessions().at(host);
    if (check >= m_checks.size()) {
        //: %1 is user@host:port
        m_report.append(tr("%1: connected; the queue tools run as the console needs them.")
                            .arg(session->endpoint()));
        session->disconnectFromHost();
        testHost(host + 1);
        return;
    }
    const Check &c = m_checks.at(check);
    //: %1 describes a check, e.g. "postqueue -j (without sudo)"
    Q_EMIT progressed(tr("Checking %1…").arg(c.what));
    SshCommandJob *job = session->createJob(c.argv);
    // The queue listing can be large: only its arrival matters here.
    job->setStdoutSink([](const char *, size_t) {});
    connect(job, &SshCommandJob::finished, this, [this, host, check, job](const SshCommandResult &r) {
        job->deleteLater();
        if (!r.ok()) {
            //: %1 describes a check, %2 the reason
            done(false, tr("Check failed: %1. %2").arg(m_checks.at(check).what, r.message),
                 QString::fromUtf8(r.stdErr.trimmed()));
            return;
        }
        runCheck(host, check + 1);
    });
    job->start();
}

void MtaConnectionTester::cancel()
{
    if (!m_started || m_done)
        return;
    if (m_sessions) {
        for (SshSession *s : m_sessions->sessions())
            s->cancel();
    }
    done(false, tr("The connection test was cancelled."), QString());
}

void MtaConnectionTester::done(bool ok, const QString &message, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (m_sessions) {
        for (SshSession *s : m_sessions->sessions())
            s->disconnectFromHost();
    }
    Q_EMIT finished(ok, message, detail);
}

} // namespace zaindari
