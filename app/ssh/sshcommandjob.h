#pragma once
// A remote command on an SshSession: start(), cancel(), progress, one finished() carrying the
// result. argv is shell-quoted argument by argument; data for the command goes on stdin.

#include "sshtypes.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace zaindari {

class SshSession;

// Shared between the job (caller thread) and the worker thread.
struct SshJobState {
    quint64 id = 0;
    QStringList argv;
    QByteArray stdinData;
    // Called on the worker thread for each stdout chunk (then stdOut stays empty), so large
    // outputs are parsed off the GUI thread as they arrive.
    std::function<void(const char *, size_t)> stdoutSink;
    std::atomic<bool> canceled{false};
};

class SshCommandJob : public QObject
{
    Q_OBJECT
public:
    SshCommandJob(SshSession *session, const QStringList &argv, const QByteArray &stdinData,
                  QObject *parent = nullptr);
    ~SshCommandJob() override;

    // Must be set before start(); the sink runs on the session's worker thread.
    void setStdoutSink(std::function<void(const char *, size_t)> sink);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const SshCommandResult &result() const { return m_result; }
    QStringList argv() const { return m_state->argv; }

Q_SIGNALS:
    void started();
    // bytes received (stdout+stderr) and sent (stdin) so far; stdinTotal = stdin size
    void progressed(qint64 received, qint64 sent, qint64 stdinTotal);
    // Stderr as it arrives (postsuper reports each id there as it goes).
    void stderrReceived(const QByteArray &chunk);
    void finished(const zaindari::SshCommandResult &result);

private:
    friend class SshSession;
    void deliverProgress(qint64 received, qint64 sent);
    void deliverStderr(const QByteArray &chunk);
    void deliverFinished(const SshCommandResult &result);

    QPointer<SshSession> m_session;
    std::shared_ptr<SshJobState> m_state;
    SshCommandResult m_result;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace zaindari
