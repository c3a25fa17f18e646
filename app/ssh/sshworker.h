#pragma once
// Internal: the object that owns the libssh session and runs on the session's thread.
// Everything here executes on that thread; SshSession reaches it by queued calls only.

#include "sshcommandjob.h"
#include "sshhandles.h"
#include "sshtypes.h"

#include <QObject>

#include <atomic>
#include <deque>
#include <memory>

class QTimer;

namespace zaindari {

class SshWorker : public QObject
{
    Q_OBJECT
public:
    explicit SshWorker(const SshConnectOptions &options);
    ~SshWorker() override;

    // Thread-safe: read by the worker between libssh calls.
    std::atomic<bool> cancelConnect{false};

    void connectToHost();
    void answerHostKey(bool trust, bool remember = true);
    void disconnectFromHost();
    void enqueue(std::shared_ptr<SshJobState> job);

Q_SIGNALS:
    void stateChanged(zaindari::SshState state);
    void hostKeyQuestionAsked(const zaindari::SshHostKeyInfo &info);
    void hostKeyRefused(const zaindari::SshHostKeyInfo &info, const QString &warning);
    void errorOccurred(zaindari::SshError error, const QString &message, const QString &detail);
    void jobStarted(quint64 id);
    void jobProgressed(quint64 id, qint64 received, qint64 sent);
    void jobStderr(quint64 id, const QByteArray &chunk);
    void jobFinished(quint64 id, const zaindari::SshCommandResult &result);

private:
    bool waitAgain(qint64 deadline);
    void fail(SshError e, const QString &detail, const QString &what = QString());
    void setState(SshState s);
    bool verifyHostKey();       // false: stopped (question pending) or refused
    void authenticate();
    void processQueue();
    void runJob(const std::shared_ptr<SshJobState> &job);
    void failPending(SshError e, const QString &message);
    void sendKeepalive();
    QString libsshError() const;
    void recordedKey(SshHostKeyInfo *info) const;

    SshConnectOptions m_options;
    SshSessionPtr m_session;
    SshState m_state = SshState::Disconnected;
    SshHostKeyInfo m_hostKey;
    std::deque<std::shared_ptr<SshJobState>> m_queue;
    bool m_queueScheduled = false;
    QTimer *m_keepalive = nullptr;
};

} // namespace zaindari
