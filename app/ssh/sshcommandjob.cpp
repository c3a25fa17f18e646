#include "sshcommandjob.h"

#include "sshsession.h"

namespace zaindari {

SshCommandJob::SshCommandJob(SshSession *session, const QStringList &argv, const QByteArray &stdinData,
                             QObject *parent)
    : QObject(parent), m_session(session), m_state(std::make_shared<SshJobState>())
{
    m_state->argv = argv;
    m_state->stdinData = stdinData;
    m_result.argv = argv;
}

SshCommandJob::~SshCommandJob()
{
    // The worker may still hold the state: make sure it stops feeding a sink we own.
    m_state->canceled = true;
}

void SshCommandJob::setStdoutSink(std::function<void(const char *, size_t)> sink)
{
    Q_ASSERT(!m_running);
    m_state->stdoutSink = std::move(sink);
}

void SshCommandJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (!m_session) {
        SshCommandResult r;
        r.argv = m_state->argv;
        r.error = SshError::NotConnected;
        r.message = sshErrorMessage(SshError::NotConnected, QString());
        QMetaObject::invokeMethod(this, [this, r] { deliverFinished(r); }, Qt::QueuedConnection);
        return;
    }
    m_session->startJob(this);
}

void SshCommandJob::cancel()
{
    if (m_session && m_running)
        m_session->cancelJob(this);
    else
        m_state->canceled = true;
}

void SshCommandJob::deliverProgress(qint64 received, qint64 sent)
{
    Q_EMIT progressed(received, sent, m_state->stdinData.size());
}

void SshCommandJob::deliverStderr(const QByteArray &chunk)
{
    Q_EMIT stderrReceived(chunk);
}

void SshCommandJob::deliverFinished(const SshCommandResult &result)
{
    m_result = result;
    m_running = false;
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace zaindari
