#pragma once
// The SSH side of the current profile for the GUI: one core SshSession per MTA host (each on
// its own worker thread, see MtaSessions), the secret it needs (SecretStore, else a prompt), the
// host-key questions (a dialog, answered through SshSession::answerHostKey) and one combined
// state for the status-bar indicator. Nothing here waits: the secret, the prompt and the dialog
// all answer through signals.

#include "common/connectiontest.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "ssh/sshtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace zaindari {

class MtaSessions;
class ProfileStore;
class SecretStore;

class SshConnectionController : public QObject
{
    Q_OBJECT
public:
    enum class HostKeyAnswer { AcceptOnce, AcceptAndRemember, Reject };

    SshConnectionController(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~SshConnectionController() override;

    // The profile in use; an SSH part that differs from the current one drops the sessions.
    void setProfile(const std::optional<Profile> &profile);
    std::optional<Profile> profile() const { return m_profile; }
    bool hasHosts() const { return m_profile && !m_profile->ssh.hosts.isEmpty(); }

    // OpenSSH known_hosts file (default: defaultKnownHostsFile()); for tests and the lab.
    void setKnownHostsFile(const QString &file);
    QString knownHostsFile() const;
    // Where the host-key dialog, the warning and the secret prompt open. Without a parent the
    // questions only go out as signals and answerHostKey() must be called.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Makes the sessions (reading the secret first, prompting if the keychain has none) and
    // emits sessionsReady(); at once (queued) when they exist already.
    void prepare();
    MtaSessions *sessions() const { return m_sessions; }
    void disconnectAll();

    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_message; }

    void answerHostKey(const QString &hostName, HostKeyAnswer answer);

Q_SIGNALS:
    void sessionsReady();
    // The technician declined to give a secret, or there is no host: `message` says why.
    void sessionsUnavailable(const QString &message);
    void stateChanged(zaindari::ConnectionState state, const QString &message);
    void hostKeyQuestionAsked(const QString &hostName, const zaindari::SshHostKeyInfo &info);
    void hostKeyRefused(const QString &hostName, const QString &warning);
    // A trusted key was pinned in the profile (accept and remember).
    void hostKeyPinned(const QString &hostName, const QString &fingerprint);

private:
    void dropSessions();
    void createSessions(const QString &secret);
    void onSecretRead(quint64 request, bool found, const QString &secret);
    void promptForSecret(const QString &reason);
    void onSessionState(const QString &hostName, SshState state);
    void onSessionError(const QString &hostName, SshError error, const QString &message);
    void onQuestion(const QString &hostName, const SshHostKeyInfo &info);
    void onRefused(const QString &hostName, const QString &warning);
    void updateState();
    SecretKind secretKind() const;
    bool needsSecret() const;

    ProfileStore *m_store;
    SecretStore *m_secrets;
    std::optional<Profile> m_profile;
    QString m_knownHosts;
    QPointer<QWidget> m_dialogParent;
    MtaSessions *m_sessions = nullptr;
    quint64 m_readRequest = 0;
    bool m_preparing = false;
    bool m_secretPrompted = false;
    struct HostState
    {
        SshState state = SshState::Disconnected;
        QString message;
    };
    QHash<QString, HostState> m_hosts;
    QHash<QString, SshHostKeyInfo> m_questions; // last question per host
    QStringList m_hostOrder;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_message;
};

} // namespace zaindari
