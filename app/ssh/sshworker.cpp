#include "sshworker.h"

#include "shellquote.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <libssh/server.h> // ssh_send_keepalive (keepalive@openssh.com), also valid for clients

namespace zaindari {

namespace {
constexpr int kPollMs = 10;
constexpr int kReadSliceMs = 100;
constexpr int kChunk = 64 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *raw = nullptr;
    size_t len = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &raw, &len) != SSH_OK)
        return QString();
    SshHashPtr hash(raw);
    // "SHA256:base64-without-padding", exactly what ssh-keygen -lf prints.
    SshCharPtr text(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), len));
    return text ? QString::fromLatin1(text.get()) : QString();
}

QString keyTypeOf(ssh_key key)
{
    const char *t = ssh_key_type_to_char(ssh_key_type(key));
    return t ? QString::fromLatin1(t) : QString();
}
} // namespace

// libssh 0.10 returns no entry for a CHANGED host from ssh_session_get_known_hosts_entry, but
// the warning must name the key on record: read the store line by line (hashed entries too,
// ssh_known_hosts_parse_line matches them) for "[host]:port" (or "host" on port 22).
void SshWorker::recordedKey(SshHostKeyInfo *info) const
{
    QFile f(m_options.knownHostsFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray host = (m_options.port == 22 ? m_options.host
                                                  : QStringLiteral("[%1]:%2").arg(m_options.host).arg(m_options.port))
                                .toUtf8();
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *raw = nullptr;
        if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &raw) != SSH_OK)
            continue;
        SshKnownHostsEntryPtr entry(raw);
        if (entry && entry->publickey) {
            info->knownKeyType = keyTypeOf(entry->publickey);
            info->knownFingerprint = fingerprintOf(entry->publickey);
            return;
        }
    }
}

SshWorker::SshWorker(const SshConnectOptions &options)
    : m_options(options)
{
}

SshWorker::~SshWorker()
{
    failPending(SshError::Canceled, sshErrorMessage(SshError::Canceled, m_options.endpoint()));
}

QString SshWorker::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session.get())) : QString();
}

void SshWorker::setState(SshState s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
    if (s == SshState::Connected && m_options.keepaliveSeconds > 0) {
        if (!m_keepalive) {
            m_keepalive = new QTimer(this);
            connect(m_keepalive, &QTimer::timeout, this, &SshWorker::sendKeepalive);
        }
        m_keepalive->start(m_options.keepaliveSeconds * 1000);
    } else if (s != SshState::Connected && m_keepalive) {
        m_keepalive->stop();
    }
}

void SshWorker::fail(SshError e, const QString &detail, const QString &what)
{
    m_session.reset();
    const QString message = sshErrorMessage(e, m_options.endpoint(), what);
    setState(e == SshError::Canceled ? SshState::Disconnected : SshState::Error);
    Q_EMIT errorOccurred(e, message, detail);
    failPending(e, message);
}

void SshWorker::failPending(SshError e, const QString &message)
{
    while (!m_queue.empty()) {
        const auto job = m_queue.front();
        m_queue.pop_front();
        SshCommandResult r;
        r.argv = job->argv;
        r.error = job->canceled ? SshError::Canceled : e;
        r.message = job->canceled ? sshErrorMessage(SshError::Canceled, m_options.endpoint()) : message;
        Q_EMIT jobFinished(job->id, r);
    }
}

// Non-blocking libssh calls return SSH_AGAIN; this paces the retries and enforces the
// deadline and the cancel flag (a blocking ssh_connect could not be interrupted).
bool SshWorker::waitAgain(qint64 deadline)
{
    if (cancelConnect) {
        fail(SshError::Canceled, QString());
        return false;
    }
    if (nowMs() > deadline) {
        fail(SshError::Timeout, libsshError());
        return false;
    }
    QThread::msleep(kPollMs);
    return true;
}

void SshWorker::connectToHost()
{
    if (m_state == SshState::Connecting || m_state == SshState::VerifyingHostKey
        || m_state == SshState::Authenticating || (m_state == SshState::Connected && m_session))
        return;
    cancelConnect = false;
    setState(SshState::Connecting);
    m_session.reset(ssh_new());
    ssh_session s = m_session.get();
    if (!s) {
        fail(SshError::Protocol, QStringLiteral("ssh_new"));
        return;
    }
    const QByteArray host = m_options.host.toUtf8();
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray known = QDir::cleanPath(m_options.knownHostsFile).toLocal8Bit();
    unsigned int port = m_options.port;
    long timeoutSec = qMax(1, m_options.connectTimeoutMs / 1000);
    int no = 0;
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    // Only the console's own store decides: no ~/.ssh/config, no system-wide known_hosts.
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    ssh_set_blocking(s, 0);

    const qint64 deadline = nowMs() + m_options.connectTimeoutMs;
    int rc;
    while ((rc = ssh_connect(s)) == SSH_AGAIN) {
        if (!waitAgain(deadline))
            return;
    }
    if (rc != SSH_OK) {
        const QString detail = libsshError();
        SshError e = SshError::Protocol;
        if (detail.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            e = SshError::Refused;
        else if (detail.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
                 || detail.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            e = SshError::Timeout;
        else if (detail.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
            e = SshError::ResolveFailed;
        fail(e, detail);
        return;
    }
    setState(SshState::VerifyingHostKey);
    if (verifyHostKey())
        authenticate();
}

bool SshWorker::verifyHostKey()
{
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK) {
        fail(SshError::Protocol, libsshError());
        return false;
    }
    SshKeyPtr key(rawKey);
    m_hostKey = SshHostKeyInfo();
    m_hostKey.host = m_options.host;
    m_hostKey.port = m_options.port;
    m_hostKey.keyType = keyTypeOf(key.get());
    m_hostKey.fingerprint = fingerprintOf(key.get());

    const enum ssh_known_hosts_e known = ssh_session_is_known_server(s);
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        m_hostKey.status = known == SSH_KNOWN_HOSTS_CHANGED ? SshHostKeyInfo::Status::Changed
                                                            : SshHostKeyInfo::Status::OtherType;
        ssh_knownhosts_entry *rawEntry = nullptr;
        ssh_session_get_known_hosts_entry(s, &rawEntry);
        SshKnownHostsEntryPtr entry(rawEntry);
        if (entry && entry->publickey) {
            m_hostKey.knownKeyType = keyTypeOf(entry->publickey);
            m_hostKey.knownFingerprint = fingerprintOf(entry->publickey);
        } else {
            recordedKey(&m_hostKey);
        }
        const QString warning = hostKeyWarning(m_hostKey);
        Q_EMIT hostKeyRefused(m_hostKey, warning);
        fail(SshError::HostKeyChanged, warning);
        return false;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND: // no known_hosts file yet: same question as Unknown
    case SSH_KNOWN_HOSTS_UNKNOWN:
        m_hostKey.status = SshHostKeyInfo::Status::Unknown;
        if (m_options.acceptNewHostKey) {
            answerHostKey(true);
            return false; // answerHostKey continued with authentication
        }
        Q_EMIT hostKeyQuestionAsked(m_hostKey);
        return false; // wait for answerHostKey()
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(SshError::HostKeyStoreFailed, libsshError());
    return false;
}

void SshWorker::answerHostKey(bool trust, bool remember)
{
    if (m_state != SshState::VerifyingHostKey || !m_session)
        return;
    if (!trust) {
        fail(SshError::HostKeyRejected, m_hostKey.fingerprint);
        return;
    }
    if (!remember) { // "accept once": this connection only, known_hosts untouched
        authenticate();
        return;
    }
    // libssh writes "[host]:port type base64" to SSH_OPTIONS_KNOWNHOSTS; make its folder first.
    QDir().mkpath(QFileInfo(m_options.knownHostsFile).absolutePath());
    if (ssh_session_update_known_hosts(m_session.get()) != SSH_OK) {
        fail(SshError::HostKeyStoreFailed, libsshError());
        return;
    }
    authenticate();
}

void SshWorker::authenticate()
{
    setState(SshState::Authenticating);
    ssh_session s = m_session.get();
    const qint64 deadline = nowMs() + m_options.connectTimeoutMs;
    int rc = SSH_AUTH_DENIED;
    const QByteArray secret = m_options.secret.toUtf8();
    switch (m_options.auth) {
    case SshAuthMethod::KeyFile: {
        ssh_key raw = nullptr;
        const QByteArray path = m_options.keyFile.toLocal8Bit();
        if (ssh_pki_import_privkey_file(path.constData(), secret.isEmpty() ? nullptr : secret.constData(),
                                        nullptr, nullptr, &raw) != SSH_OK) {
            fail(SshError::KeyFileUnreadable, QString(), m_options.keyFile);
            return;
        }
        SshKeyPtr key(raw);
        while ((rc = ssh_userauth_publickey(s, nullptr, key.get())) == SSH_AUTH_AGAIN) {
            if (!waitAgain(deadline))
                return;
        }
        break;
    }
    case SshAuthMethod::Agent:
        while ((rc = ssh_userauth_agent(s, nullptr)) == SSH_AUTH_AGAIN) {
            if (!waitAgain(deadline))
                return;
        }
        break;
    case SshAuthMethod::Password:
        while ((rc = ssh_userauth_password(s, nullptr, secret.constData())) == SSH_AUTH_AGAIN) {
            if (!waitAgain(deadline))
                return;
        }
        if (rc == SSH_AUTH_DENIED) {
            // keyboard-interactive (RFC 4256): answer each hidden prompt with the password.
            while ((rc = ssh_userauth_kbdint(s, nullptr, nullptr)) == SSH_AUTH_AGAIN
                   || rc == SSH_AUTH_INFO) {
                if (rc == SSH_AUTH_AGAIN) {
                    if (!waitAgain(deadline))
                        return;
                    continue;
                }
                const int n = ssh_userauth_kbdint_getnprompts(s);
                for (int i = 0; i < n; ++i) {
                    char echo = 0;
                    ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), echo ? "" : secret.constData());
                }
            }
        }
        break;
    }
    if (rc != SSH_AUTH_SUCCESS) {
        fail(rc == SSH_AUTH_ERROR && !ssh_is_connected(s) ? SshError::ConnectionLost : SshError::AuthFailed,
             libsshError());
        return;
    }
    // Channel work uses blocking calls bounded by ssh_channel_read_timeout slices.
    ssh_set_blocking(s, 1);
    setState(SshState::Connected);
    processQueue();
}

void SshWorker::disconnectFromHost()
{
    m_session.reset();
    failPending(SshError::Canceled, sshErrorMessage(SshError::Canceled, m_options.endpoint()));
    setState(SshState::Disconnected);
}

void SshWorker::sendKeepalive()
{
    if (m_state != SshState::Connected || !m_session)
        return;
    ssh_send_keepalive(m_session.get());
    if (!ssh_is_connected(m_session.get()))
        fail(SshError::ConnectionLost, libsshError());
}

void SshWorker::enqueue(std::shared_ptr<SshJobState> job)
{
    m_queue.push_back(std::move(job));
    if (m_state == SshState::Connected && m_session) {
        processQueue();
    } else if (m_state == SshState::Disconnected || m_state == SshState::Error) {
        connectToHost(); // reconnect on demand
    } // else: connecting; the queue runs once connected
}

void SshWorker::processQueue()
{
    // One job per event-loop turn so that answers and disconnects queued meanwhile get in.
    if (m_queue.empty() || m_queueScheduled)
        return;
    m_queueScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_queueScheduled = false;
        if (m_queue.empty())
            return;
        if (m_state != SshState::Connected || !m_session) {
            if (m_state == SshState::Disconnected || m_state == SshState::Error)
                connectToHost();
            return;
        }
        const auto job = m_queue.front();
        m_queue.pop_front();
        runJob(job);
        processQueue();
    }, Qt::QueuedConnection);
}

void SshWorker::runJob(const std::shared_ptr<SshJobState> &job)
{
    SshCommandResult r;
    r.argv = job->argv;
    const QString host = m_options.endpoint();
    auto finish = [&](SshError e, const QString &detail) {
        r.error = e;
        if (e != SshError::None) {
            r.message = sshErrorMessage(e, host, shellJoin(job->argv));
            r.detail = detail;
        }
        finishCommandResult(r, host);
        Q_EMIT jobFinished(job->id, r);
    };
    if (job->canceled) {
        finish(SshError::Canceled, QString());
        return;
    }
    Q_EMIT jobStarted(job->id);
    ssh_session s = m_session.get();
    SshChannelPtr channel(ssh_channel_new(s));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK) {
        const QString detail = libsshError();
        const bool lost = !ssh_is_connected(s);
        finish(lost ? SshError::ConnectionLost : SshError::Protocol, detail);
        if (lost)
            fail(SshError::ConnectionLost, detail);
        return;
    }
    ssh_channel ch = channel.get();
    const QByteArray command = shellJoin(job->argv).toUtf8();
    if (ssh_channel_request_exec(ch, command.constData()) != SSH_OK) {
        finish(SshError::Protocol, libsshError());
        return;
    }

    char buf[kChunk];
    bool lost = false;
    qint64 lastProgress = 0;
    const QByteArray &in = job->stdinData;
    qint64 sent = 0;
    bool eofSent = false;
    auto takeStdout = [&](const char *data, int n) {
        r.bytesReceived += n;
        if (job->stdoutSink)
            job->stdoutSink(data, size_t(n));
        else
            r.stdOut.append(data, n);
    };
    auto takeStderr = [&](const char *data, int n) {
        r.bytesReceived += n;
        r.stdErr.append(data, n);
        Q_EMIT jobStderr(job->id, QByteArray(data, n));
    };
    // Drains what is already buffered without waiting, so the remote never blocks on a full
    // window while we are still writing its stdin.
    auto drain = [&]() -> bool {
        for (int stream = 0; stream < 2; ++stream) {
            int n;
            while ((n = ssh_channel_read_nonblocking(ch, buf, sizeof buf, stream)) > 0)
                stream ? takeStderr(buf, n) : takeStdout(buf, n);
            if (n == SSH_ERROR)
                return false;
        }
        return true;
    };

    while (!lost) {
        if (job->canceled) {
            finish(SshError::Canceled, QString());
            return;
        }
        if (!eofSent) {
            if (sent < in.size()) {
                const quint32 window = ssh_channel_window_size(ch);
                const qint64 n = qMin<qint64>(qMin<qint64>(in.size() - sent, kChunk), qint64(window));
                if (n > 0) {
                    const int w = ssh_channel_write(ch, in.constData() + sent, quint32(n));
                    if (w == SSH_ERROR) {
                        lost = true;
                        break;
                    }
                    sent += w;
                }
                if (!drain()) {
                    lost = true;
                    break;
                }
                if (n <= 0)
                    ssh_channel_poll_timeout(ch, kPollMs, 0);
            } else {
                ssh_channel_send_eof(ch);
                eofSent = true;
            }
            r.bytesSent = sent;
        } else {
            const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, kReadSliceMs);
            if (n == SSH_ERROR) {
                lost = true;
                break;
            }
            if (n > 0)
                takeStdout(buf, n);
            if (!drain()) {
                lost = true;
                break;
            }
            if (n == 0 && ssh_channel_is_eof(ch)) {
                if (!drain())
                    lost = true;
                break;
            }
            if (n == 0 && (!ssh_channel_is_open(ch) || !ssh_is_connected(s))) {
                lost = !ssh_is_connected(s);
                break;
            }
        }
        if (r.bytesReceived + r.bytesSent - lastProgress >= kChunk) {
            lastProgress = r.bytesReceived + r.bytesSent;
            Q_EMIT jobProgressed(job->id, r.bytesReceived, r.bytesSent);
        }
    }
    if (lost || !ssh_is_connected(s)) {
        const QString detail = libsshError();
        finish(SshError::ConnectionLost, detail);
        channel.reset();
        fail(SshError::ConnectionLost, detail);
        return;
    }
    Q_EMIT jobProgressed(job->id, r.bytesReceived, r.bytesSent);
    r.exitStatus = ssh_channel_get_exit_status(ch);
    finish(SshError::None, QString());
}

} // namespace zaindari
