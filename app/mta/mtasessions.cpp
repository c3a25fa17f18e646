#include "mtasessions.h"

namespace zaindari {

MtaSessions::MtaSessions(const SshSettings &ssh, const QString &knownHostsFile, bool acceptNewHostKey,
                         const QString &secret, QObject *parent)
    : QObject(parent), m_ssh(ssh)
{
    for (const MtaHost &h : ssh.hosts) {
        SshConnectOptions o;
        o.host = h.host;
        o.port = h.port;
        o.user = ssh.user;
        o.auth = ssh.auth;
        o.keyFile = ssh.keyFile;
        o.secret = secret;
        o.knownHostsFile = knownHostsFile.isEmpty() ? defaultKnownHostsFile() : knownHostsFile;
        o.acceptNewHostKey = acceptNewHostKey;
        const QString name = h.port == 22 ? h.host : QStringLiteral("%1:%2").arg(h.host).arg(h.port);
        auto *session = new SshSession(o, this);
        connect(session, &SshSession::hostKeyQuestionAsked, this,
                [this, name](const SshHostKeyInfo &info) { Q_EMIT hostKeyQuestionAsked(name, info); });
        connect(session, &SshSession::hostKeyRefused, this,
                [this, name](const SshHostKeyInfo &info, const QString &w) { Q_EMIT hostKeyRefused(name, info, w); });
        m_sessions << session;
        m_names << name;
    }
}

QStringList MtaSessions::hostNames() const
{
    return m_names;
}

SshSession *MtaSessions::sessionFor(const QString &hostName) const
{
    const qsizetype i = m_names.indexOf(hostName);
    return i < 0 ? nullptr : m_sessions.at(i);
}

QList<QueueListJob::Source> MtaSessions::listSources() const
{
    QList<QueueListJob::Source> out;
    for (qsizetype i = 0; i < m_sessions.size(); ++i)
        out.append({m_sessions[i], m_names[i], m_ssh.paths});
    return out;
}

} // namespace zaindari
