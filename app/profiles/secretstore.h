#pragma once
// Secrets (SSH password, key passphrase, SOAP and LDAP passwords) in the OS keychain through
// QtKeychain (Secret Service on Linux), service "Zaindari", key "<profileId>/<kind>".
// Asynchronous: each call returns a request id at once and the matching signal follows from the
// event loop, never from inside the call, and never through a nested event loop.
//
// When the keychain reports NoBackendAvailable or OtherError (no D-Bus session, no Secret
// Service), keychainAvailable() turns false for the rest of the session and keychainUnavailable()
// is emitted once. QtKeychain's insecure plain-text fallback stays OFF: from then on secrets are
// kept only in memory (rememberForSession) and the UI asks for them each session.

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace zaindari {

enum class SecretKind { SshPassword, SshKeyPassphrase, SoapPassword, LdapPassword };
QString toString(SecretKind k); // "ssh-password", "ssh-key-passphrase", "soap-password", "ldap-password"

class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    static QString serviceName(); // "Zaindari"
    static QString keyFor(const QString &profileId, SecretKind kind);

    // Stores in the keychain; the secret is also remembered for this session. If the keychain
    // is (or turns out to be) unavailable, secretWritten(id, false, sentence) says it is kept
    // in memory only.
    quint64 write(const QString &profileId, SecretKind kind, const QString &secret);
    // A secret remembered for this session answers at once (still through the event loop);
    // otherwise the keychain is asked. Not found is found=false with an empty error.
    quint64 read(const QString &profileId, SecretKind kind);
    quint64 remove(const QString &profileId, SecretKind kind);
    // Removes every kind for the profile (keychain and memory); fire and forget.
    void removeAll(const QString &profileId);

    bool keychainAvailable() const { return m_keychainAvailable; }

    void rememberForSession(const QString &profileId, SecretKind kind, const QString &secret);
    std::optional<QString> sessionSecret(const QString &profileId, SecretKind kind) const;
    void forgetSession(const QString &profileId);

signals:
    void secretRead(quint64 request, bool found, const QString &secret, const QString &error);
    void secretWritten(quint64 request, bool ok, const QString &error);
    void secretRemoved(quint64 request, bool ok, const QString &error);
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &detail);
    quint64 m_nextRequest = 1;
    bool m_keychainAvailable = true;
    QHash<QString, QString> m_session; // keyFor() -> secret; memory only
};

} // namespace zaindari
