#pragma once
// One SSH connection to one MTA host. All libssh calls run on this session's own worker
// thread (libssh forbids sharing a session between threads); this object lives on the
// caller's thread and talks to the worker by queued calls and signals only, so the GUI thread
// never waits on the network.
//
// State machine: Disconnected -> Connecting -> VerifyingHostKey -> Authenticating -> Connected,
// any step -> Error. An unknown host key stops in VerifyingHostKey and emits
// hostKeyQuestionAsked(); answerHostKey() continues or aborts. A changed key is refused.

#include "sshtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace zaindari {

class SshWorker;
class SshCommandJob;

class SshSession : public QObject
{
    Q_OBJECT
public:
    explicit SshSession(const SshConnectOptions &options, QObject *parent = nullptr);
    ~SshSession() override;

    const SshConnectOptions &options() const { return m_options; }
    SshState state() const { return m_state; }
    SshError lastError() const { return m_lastError; }
    QString lastErrorMessage() const { return m_lastMessage; }
    QString endpoint() const { return m_options.endpoint(); }

    // Starts connecting (no-op when connected or connecting).
    void connectToHost();
    // Reply to hostKeyQuestionAsked(): trust with remember records the key in the known-hosts
    // file; trust without remember accepts it for this connection only (asked again next time).
    void answerHostKey(bool trust, bool remember = true);
    // Aborts a connection attempt in progress and every running command.
    void cancel();
    void disconnectFromHost();

    // A job running argv (each argument shell-quoted) on this session. Call start() on it.
    // Commands run one after another; a job started while disconnected after a drop
    // reconnects first (the host key is checked again).
    SshCommandJob *createJob(const QStringList &argv, const QByteArray &stdinData = QByteArray());

Q_SIGNALS:
    void stateChanged(zaindari::SshState state);
    void hostKeyQuestionAsked(const zaindari::SshHostKeyInfo &info);
    void hostKeyRefused(const zaindari::SshHostKeyInfo &info, const QString &warning);
    void connected();
    void disconnected();
    void errorOccurred(zaindari::SshError error, const QString &message, const QString &detail);

private:
    friend class SshCommandJob;
    void setState(SshState s);
    void onWorkerError(SshError e, const QString &message, const QString &detail);
    void startJob(SshCommandJob *job);
    void cancelJob(SshCommandJob *job);

    QHash<quint64, QPointer<SshCommandJob>> m_jobs;
    quint64 m_nextJobId = 1;

    SshConnectOptions m_options;
    SshState m_state = SshState::Disconnected;
    SshError m_lastError = SshError::None;
    QString m_lastMessage;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace zaindari
