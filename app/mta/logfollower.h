#pragma once
// Follows the MTA log on the server over an SshSession: on start it reads back a window
// (rotated files named LOG.1 ... LOG.9 or LOG.N.gz whose last write falls in the window, then
// the current file), then polls for new bytes only. Position = (inode, byte offset), so a 2 GB
// log is never read twice, a rotation is followed into LOG.1 for the rest of the old file
// before the new file is read from 0, and a reconnect resumes where it left off: no line is
// counted twice or skipped.
//
// The remote commands are fixed scripts; the log path and numbers travel as separate,
// shell-quoted arguments ($1..$4), never inside the script text. They need only POSIX sh and
// GNU coreutils (stat -c, tail -c, head -c), as on every Zimbra MTA.

#include "ssh/sshtypes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace zaindari {

class SshSession;
class SshCommandJob;

struct LogFollowOptions
{
    QString path = QStringLiteral("/var/log/zimbra.log");
    qint64 backlogSeconds = 86400; // read-back window; 0 = only new lines from now on
    bool follow = true; // false: stop (finished) once the read-back is in
    int pollIntervalMs = 1000;
    qint64 maxBytesPerPoll = 8 << 20;
    int maxRotated = 9; // LOG.1 .. LOG.maxRotated (plain or .gz)
};

struct LogPosition
{
    quint64 inode = 0;
    quint64 offset = 0;
    bool isValid() const { return inode != 0; }
};

class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(SshSession *session, const LogFollowOptions &options, QObject *parent = nullptr);
    ~LogFollower() override;

    // Resume after a reconnect (skips the read-back): the position a previous follower reported.
    void setResumePosition(const LogPosition &position) { m_resume = position; }
    LogPosition position() const { return m_pos; }
    bool isBacklogDone() const { return m_backlogDone; }
    bool isRunning() const { return m_running; }

    void start();
    void cancel();

    // The two fixed scripts (exposed for tests and review).
    static QString listScript();
    static QString pollScript();

Q_SIGNALS:
    // Complete lines ("\n"-terminated), in log order, each byte exactly once.
    void dataReceived(const QByteArray &lines);
    void backlogFinished();
    // The file was rotated or truncated; linesMayBeLost when the old file's rest was not found.
    void rotationDetected(bool linesMayBeLost);
    void progressed(qint64 bytesReceived);
    // A poll failed (connection lost...); the follower retries with backoff until cancel().
    void errorOccurred(zaindari::SshError error, const QString &message, const QString &detail);
    // Stopped: after cancel(), at the end of the read-back when !follow, or on a fatal error.
    void finished(bool ok, const QString &message);

private:
    struct Backlog
    {
        QString name;
        bool gz = false;
    };
    void runList();
    void onList(const SshCommandResult &r);
    void readNextBacklog();
    void onBacklogFile(const Backlog &file, const SshCommandResult &r);
    void poll();
    void onPoll(const SshCommandResult &r);
    void emitLines(const QByteArray &data, bool flush);
    void schedule(int ms);
    bool handleFailure(const SshCommandResult &r);
    void finish(bool ok, const QString &message);

    QPointer<SshSession> m_session;
    LogFollowOptions m_options;
    QPointer<SshCommandJob> m_job;
    QTimer m_timer;
    QList<Backlog> m_backlog;
    LogPosition m_pos;
    LogPosition m_resume;
    QByteArray m_carry;
    qint64 m_received = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_listed = false;
    bool m_backlogDone = false;
};

// Inflates gzip data (one or more members) in memory; false on corrupt data.
bool gunzipBuffer(const QByteArray &in, QByteArray *out);

} // namespace zaindari
