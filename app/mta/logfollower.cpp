#include "logfollower.h"

#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QDateTime>

#include <zlib.h>

#include <algorithm>

namespace zaindari {

namespace {
const QString kShell = QStringLiteral("/bin/sh");
const QString kArgv0 = QStringLiteral("zaindari-log");
} // namespace

QString LogFollower::listScript()
{
    // $1 = log path, $2 = how many rotations to look at. Prints "mtime inode size name" for
    // the current file and each rotated one that exists, newest first.
    return QStringLiteral(
        "f=$1; n=1\n"
        "[ -f \"$f\" ] && stat -L -c '%Y %i %s %n' -- \"$f\"\n"
        "while [ \"$n\" -le \"$2\" ]; do\n"
        "  for r in \"$f.$n\" \"$f.$n.gz\"; do [ -f \"$r\" ] && stat -L -c '%Y %i %s %n' -- \"$r\"; done\n"
        "  n=$((n+1))\n"
        "done\n"
        "exit 0\n");
}

QString LogFollower::pollScript()
{
    // $1 = log path, $2 = inode being read, $3 = byte offset in it, $4 = most bytes to send.
    // First line: "ZF <state> ..."; then at most $4 raw bytes of one file from the offset.
    // The old inode is looked for in LOG.1 (or LOG.0) first, so the rest of a rotated file is
    // read even while the new file does not exist yet.
    return QStringLiteral(
        "f=$1; ino=$2; off=$3; max=$4\n"
        "cur=$(stat -L -c '%i %s' -- \"$f\" 2>/dev/null) || cur='0 0'\n"
        "ci=${cur% *}; cs=${cur#* }\n"
        "if [ \"$ci\" = \"$ino\" ] && [ \"$ci\" != 0 ]; then\n"
        "  if [ \"$cs\" -lt \"$off\" ]; then echo \"ZF truncated $ci $cs\"; exit 0; fi\n"
        "  echo \"ZF data $ci $cs\"\n"
        "  [ \"$cs\" -gt \"$off\" ] && tail -c +$((off+1)) -- \"$f\" | head -c \"$max\"\n"
        "  exit 0\n"
        "fi\n"
        "for r in \"$f.1\" \"$f.0\"; do\n"
        "  o=$(stat -L -c '%i %s' -- \"$r\" 2>/dev/null) || continue\n"
        "  if [ \"${o% *}\" = \"$ino\" ]; then\n"
        "    echo \"ZF rotated-data ${o% *} ${o#* } $ci\"\n"
        "    [ \"${o#* }\" -gt \"$off\" ] && tail -c +$((off+1)) -- \"$r\" | head -c \"$max\"\n"
        "    exit 0\n"
        "  fi\n"
        "done\n"
        "if [ \"$ci\" = 0 ]; then echo 'ZF missing'; exit 0; fi\n"
        "echo \"ZF rotated $ci $cs\"\n");
}

LogFollower::LogFollower(SshSession *session, const LogFollowOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_listed)
            poll();
        else
            runList();
    });
}

LogFollower::~LogFollower()
{
    if (m_job)
        m_job->cancel();
}

void LogFollower::start()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_backlogDone = false;
    if (m_resume.isValid()) {
        m_pos = m_resume;
        m_listed = true;
        m_backlogDone = true; // a resumed follower's read-back was done by its predecessor
        poll();
        return;
    }
    runList();
}

void LogFollower::cancel()
{
    if (!m_running)
        return;
    m_timer.stop();
    if (m_job)
        m_job->cancel();
    finish(true, QString());
}

void LogFollower::finish(bool ok, const QString &message)
{
    m_running = false;
    m_timer.stop();
    m_job = nullptr;
    emit finished(ok, message);
}

void LogFollower::schedule(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

bool LogFollower::handleFailure(const SshCommandResult &r)
{
    if (r.error == SshError::None && r.exitStatus == 0)
        return false;
    if (r.error == SshError::Canceled || !m_running)
        return true;
    emit errorOccurred(r.error, r.message, r.detail);
    // Host-key and authentication problems do not heal by retrying.
    if (r.error == SshError::HostKeyChanged || r.error == SshError::HostKeyRejected
        || r.error == SshError::HostKeyUnknown || r.error == SshError::AuthFailed
        || r.error == SshError::KeyFileUnreadable) {
        finish(false, r.message);
        return true;
    }
    ++m_failures;
    schedule(std::min(30000, 1000 * (1 << std::min(m_failures, 5))));
    return true;
}

void LogFollower::runList()
{
    m_job = m_session->createJob({kShell, QStringLiteral("-c"), listScript(), kArgv0, m_options.path,
                                  QString::number(m_options.maxRotated)});
    connect(m_job, &SshCommandJob::finished, this, &LogFollower::onList);
    m_job->start();
}

void LogFollower::onList(const SshCommandResult &r)
{
    if (handleFailure(r))
        return; // retried by the timer while m_listed is false
    m_failures = 0;
    m_listed = true;
    const qint64 cutoff = QDateTime::currentSecsSinceEpoch() - m_options.backlogSeconds;
    const QList<QByteArray> lines = r.stdOut.split('\n');
    m_backlog.clear();
    bool haveCurrent = false;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 4)
            continue;
        const qint64 mtime = f[0].toLongLong();
        const quint64 inode = f[1].toULongLong();
        const QString name = QString::fromUtf8(line.mid(f[0].size() + f[1].size() + f[2].size() + 3));
        if (name == m_options.path) {
            haveCurrent = true;
            m_pos.inode = inode;
            // Without a read-back window, start at the end: only new lines count.
            m_pos.offset = m_options.backlogSeconds > 0 ? 0 : f[2].toULongLong();
        } else if (m_options.backlogSeconds > 0 && mtime >= cutoff) {
            m_backlog.prepend({name, name.endsWith(QLatin1String(".gz"))}); // oldest first
        }
    }
    if (!haveCurrent)
        m_pos = LogPosition();
    readNextBacklog();
}

void LogFollower::readNextBacklog()
{
    if (m_backlog.isEmpty()) {
        poll();
        return;
    }
    const Backlog file = m_backlog.takeFirst();
    m_job = m_session->createJob({QStringLiteral("cat"), QStringLiteral("--"), file.name});
    connect(m_job, &SshCommandJob::finished, this,
            [this, file](const SshCommandResult &r) { onBacklogFile(file, r); });
    m_job->start();
}

void LogFollower::onBacklogFile(const Backlog &file, const SshCommandResult &r)
{
    if (!m_running)
        return;
    if (r.error != SshError::None || r.exitStatus != 0) {
        // A rotated file that vanished meanwhile is skipped; a dead connection is reported.
        emit errorOccurred(r.error, r.message, r.detail);
        if (r.error != SshError::CommandFailed && r.error != SshError::CommandMissing
            && r.error != SshError::None) {
            finish(false, r.message);
            return;
        }
    } else if (file.gz) {
        QByteArray plain;
        if (gunzipBuffer(r.stdOut, &plain))
            emitLines(plain, true);
        else
            emit errorOccurred(
                SshError::Protocol,
                //: %1 is a file name on the server
                QCoreApplication::translate("LogFollower",
                                            "The rotated log %1 is not valid gzip data; it was skipped.")
                    .arg(file.name),
                QString());
    } else {
        emitLines(r.stdOut, true);
    }
    m_received += r.stdOut.size();
    emit progressed(m_received);
    readNextBacklog();
}

void LogFollower::poll()
{
    if (!m_running || !m_session)
        return;
    m_job = m_session->createJob({kShell, QStringLiteral("-c"), pollScript(), kArgv0, m_options.path,
                                  QString::number(m_pos.inode), QString::number(m_pos.offset),
                                  QString::number(m_options.maxBytesPerPoll)});
    connect(m_job, &SshCommandJob::finished, this, &LogFollower::onPoll);
    m_job->start();
}

void LogFollower::emitLines(const QByteArray &data, bool flush)
{
    QByteArray all = m_carry + data;
    m_carry.clear();
    const qsizetype end = all.lastIndexOf('\n') + 1;
    if (end < all.size()) {
        m_carry = all.mid(end);
        all.truncate(end);
    }
    if (flush && !m_carry.isEmpty()) {
        // The end of a file: its last line is complete even without a newline.
        all += m_carry + '\n';
        m_carry.clear();
    }
    if (!all.isEmpty())
        emit dataReceived(all);
}

void LogFollower::onPoll(const SshCommandResult &r)
{
    if (handleFailure(r))
        return;
    m_failures = 0;
    const qsizetype nl = r.stdOut.indexOf('\n');
    const QList<QByteArray> head = r.stdOut.left(nl < 0 ? r.stdOut.size() : nl).split(' ');
    const QByteArray data = nl < 0 ? QByteArray() : r.stdOut.mid(nl + 1);
    const QByteArray state = head.value(1);
    bool caughtUp = true;
    if (state == "data") {
        const quint64 size = head.value(3).toULongLong();
        m_pos.offset += quint64(data.size());
        emitLines(data, false);
        caughtUp = m_pos.offset >= size;
    } else if (state == "rotated-data") {
        const quint64 oldSize = head.value(3).toULongLong();
        m_pos.offset += quint64(data.size());
        const bool done = m_pos.offset >= oldSize;
        emitLines(data, done);
        if (done) {
            m_pos.inode = head.value(4).toULongLong();
            m_pos.offset = 0;
            emit rotationDetected(false);
        }
        caughtUp = false;
    } else if (state == "rotated" || state == "truncated") {
        emitLines(QByteArray(), true);
        const bool hadFile = m_pos.inode != 0;
        m_pos.inode = head.value(2).toULongLong();
        m_pos.offset = 0;
        // A first contact with no file yet is not a loss; otherwise the old file's rest is gone.
        emit rotationDetected(state == "truncated" || hadFile);
        caughtUp = false;
    }
    // "missing": the file is being rotated or not created yet; keep the position and retry.
    m_received += data.size();
    if (!data.isEmpty())
        emit progressed(m_received);
    if (caughtUp && !m_backlogDone) {
        m_backlogDone = true;
        emit backlogFinished();
        if (!m_options.follow) {
            finish(true, QString());
            return;
        }
    }
    schedule(caughtUp ? m_options.pollIntervalMs : 0);
}

bool gunzipBuffer(const QByteArray &in, QByteArray *out)
{
    out->clear();
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buf[1 << 16];
    int rc = Z_OK;
    while (zs.avail_in > 0 || rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return false;
        }
        out->append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            inflateReset(&zs); // another gzip member follows (logrotate appends never, but gzip may)
        }
    }
    inflateEnd(&zs);
    return true;
}

} // namespace zaindari
