#pragma once
// One SSH session per MTA host of a profile (several hosts appear as one queue view with a
// host column). Owns the sessions; hands out list sources and per-host sessions for actions.

#include "queuejobs.h"
#include "ssh/sshsession.h"

#include <QObject>

namespace zaindari {

class MtaSessions : public QObject
{
    Q_OBJECT
public:
    // knownHostsFile empty = defaultKnownHostsFile(); secret = password or key passphrase.
    MtaSessions(const SshSettings &ssh, const QString &knownHostsFile, bool acceptNewHostKey,
                const QString &secret = QString(), QObject *parent = nullptr);

    const SshSettings &settings() const { return m_ssh; }
    QList<SshSession *> sessions() const { return m_sessions; }
    QStringList hostNames() const;            // "host" or "host:port", the host column
    SshSession *sessionFor(const QString &hostName) const;
    QList<QueueListJob::Source> listSources() const;

Q_SIGNALS:
    // Relayed from every session, with the host column name.
    void hostKeyQuestionAsked(const QString &hostName, const zaindari::SshHostKeyInfo &info);
    void hostKeyRefused(const QString &hostName, const zaindari::SshHostKeyInfo &info, const QString &warning);

private:
    SshSettings m_ssh;
    QList<SshSession *> m_sessions;
    QStringList m_names;
};

} // namespace zaindari
