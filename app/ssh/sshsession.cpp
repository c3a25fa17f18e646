#include "sshsession.h"

#include "sshcommandjob.h"
#include "sshworker.h"

#include <QThread>

#include <libssh/callbacks.h>

namespace zaindari {

namespace {
void registerTypes()
{
    static const bool once = [] {
        qRegisterMetaType<SshState>();
        qRegisterMetaType<SshError>();
        qRegisterMetaType<SshHostKeyInfo>();
        qRegisterMetaType<SshCommandResult>();
        ssh_init(); // once per process before any session on any thread
        return true;
    }();
    Q_UNUSED(once);
}
} // namespace

SshSession::SshSession(const SshConnectOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    registerTypes();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ssh:") + options.host);
    m_worker = new SshWorker(options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SshWorker::stateChanged, this, &SshSession::setState);
    connect(m_worker, &SshWorker::hostKeyQuestionAsked, this, &SshSession::hostKeyQuestionAsked);
    connect(m_worker, &SshWorker::hostKeyRefused, this, &SshSession::hostKeyRefused);
    connect(m_worker, &SshWorker::errorOccurred, this, &SshSession::onWorkerError);
    connect(m_worker, &SshWorker::jobStarted, this, [this](quint64 id) {
        if (SshCommandJob *job = m_jobs.value(id))
            Q_EMIT job->started();
    });
    connect(m_worker, &SshWorker::jobProgressed, this, [this](quint64 id, qint64 rx, qint64 tx) {
        if (SshCommandJob *job = m_jobs.value(id))
            job->deliverProgress(rx, tx);
    });
    connect(m_worker, &SshWorker::jobStderr, this, [this](quint64 id, const QByteArray &chunk) {
        if (SshCommandJob *job = m_jobs.value(id))
            job->deliverStderr(chunk);
    });
    connect(m_worker, &SshWorker::jobFinished, this, [this](quint64 id, const SshCommandResult &r) {
        const QPointer<SshCommandJob> job = m_jobs.take(id);
        if (job)
            job->deliverFinished(r);
    });
    m_thread->start();
}

SshSession::~SshSession()
{
    // Stop what runs, then let the worker free the libssh session on its own thread.
    m_worker->cancelConnect = true;
    for (const QPointer<SshCommandJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->m_state->canceled = true;
    }
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->disconnectFromHost(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SshSession::setState(SshState s)
{
    if (m_state == s)
        return;
    const SshState old = m_state;
    m_state = s;
    Q_EMIT stateChanged(s);
    if (s == SshState::Connected) {
        m_lastError = SshError::None;
        m_lastMessage.clear();
        Q_EMIT connected();
    } else if (old == SshState::Connected && (s == SshState::Disconnected || s == SshState::Error)) {
        Q_EMIT disconnected();
    }
}

void SshSession::onWorkerError(SshError e, const QString &message, const QString &detail)
{
    m_lastError = e;
    m_lastMessage = message;
    Q_EMIT errorOccurred(e, message, detail);
}

void SshSession::connectToHost()
{
    m_worker->cancelConnect = false;
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->connectToHost(); }, Qt::QueuedConnection);
}

void SshSession::answerHostKey(bool trust, bool remember)
{
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, trust, remember] { worker->answerHostKey(trust, remember); },
                              Qt::QueuedConnection);
}

void SshSession::cancel()
{
    m_worker->cancelConnect = true;
    for (const QPointer<SshCommandJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->m_state->canceled = true;
    }
}

void SshSession::disconnectFromHost()
{
    cancel();
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->disconnectFromHost(); }, Qt::QueuedConnection);
}

SshCommandJob *SshSession::createJob(const QStringList &argv, const QByteArray &stdinData)
{
    return new SshCommandJob(this, argv, stdinData, this);
}

void SshSession::startJob(SshCommandJob *job)
{
    job->m_state->id = m_nextJobId++;
    m_jobs.insert(job->m_state->id, job);
    m_worker->cancelConnect = false;
    SshWorker *worker = m_worker;
    std::shared_ptr<SshJobState> state = job->m_state;
    QMetaObject::invokeMethod(worker, [worker, state] { worker->enqueue(state); }, Qt::QueuedConnection);
}

void SshSession::cancelJob(SshCommandJob *job)
{
    job->m_state->canceled = true;
    // A job still waiting for the connection: stop the attempt too.
    if (m_state != SshState::Connected)
        m_worker->cancelConnect = true;
}

} // namespace zaindari
