#pragma once
// Value types shared by the SSH session, its jobs and their users (CLI, GUI, queue jobs).

#include "profiles/profile.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zaindari {

enum class SshState { Disconnected, Connecting, VerifyingHostKey, Authenticating, Connected, Error };

enum class SshError {
    None,
    ResolveFailed,        // host name does not resolve
    Refused,              // TCP connection refused
    Timeout,              // no answer within the timeout
    HostKeyUnknown,       // not in known_hosts and not (yet) accepted
    HostKeyChanged,       // known_hosts has another key for this host: refused, always
    HostKeyRejected,      // the user said no
    HostKeyStoreFailed,   // could not read or write the known_hosts file
    AuthFailed,           // server refused every offered credential
    KeyFileUnreadable,    // private key missing, unreadable or wrong passphrase
    ConnectionLost,       // the connection dropped (while idle or during a command)
    Canceled,
    NotConnected,
    SudoPasswordRequired, // sudo -n: "a password is required" (sudoers lacks NOPASSWD)
    SudoNotAllowed,       // sudo: user "is not allowed to execute"
    CommandMissing,       // exit 127, "command not found", "No such file"
    CommandFailed,        // non-zero exit for another reason
    Protocol,             // anything else libssh reports
};

// Exit codes of CLI.md: 3 cannot connect or authenticate, 4 host key not trusted, 1 otherwise.
int cliExitCode(SshError e);

struct SshConnectOptions {
    QString host;
    quint16 port = 22;
    QString user;
    SshAuthMethod auth = SshAuthMethod::Agent;
    QString keyFile;            // KeyFile
    QString secret;             // password, or key passphrase; from keychain/file/stdin, never argv
    QString knownHostsFile;     // OpenSSH format; created when a key is accepted
    bool acceptNewHostKey = false; // answer an Unknown key with yes (CLI --accept-new-host-key)
    int connectTimeoutMs = 15000;
    int keepaliveSeconds = 30;  // 0 = off
    QString endpoint() const;   // user@host:port for messages
};

struct SshHostKeyInfo {
    enum class Status { Unknown, Changed, OtherType };
    Status status = Status::Unknown;
    QString host;
    quint16 port = 22;
    QString keyType;             // "ssh-ed25519"
    QString fingerprint;         // "SHA256:base64" as ssh-keygen -lf prints
    QString knownKeyType;        // Changed/OtherType: what known_hosts holds
    QString knownFingerprint;
};

struct SshCommandResult {
    QStringList argv;
    int exitStatus = -1;        // -1 when none was received
    QByteArray stdOut;          // empty when a stdout sink consumed it
    QByteArray stdErr;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    SshError error = SshError::None;
    QString message;            // translated sentence
    QString detail;             // library text / remote stderr
    bool ok() const { return error == SshError::None && exitStatus == 0; }
};

// Translated sentence for an error; host is "user@host:port", detail goes into the sentence
// only where it helps (e.g. the failing command).
QString sshErrorMessage(SshError e, const QString &host, const QString &what = QString());
QString sshStateDisplay(SshState s);
QString hostKeyWarning(const SshHostKeyInfo &info); // translated, names both fingerprints

// Classifies a finished remote command from its exit status and stderr: sudo refusals and
// missing commands get their own error; otherwise CommandFailed for non-zero, None for 0.
SshError classifyCommandResult(int exitStatus, const QByteArray &stdErr);
// Fills result.error/message from classifyCommandResult when no transport error is set.
void finishCommandResult(SshCommandResult &result, const QString &host);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::SshState)
Q_DECLARE_METATYPE(zaindari::SshError)
Q_DECLARE_METATYPE(zaindari::SshHostKeyInfo)
Q_DECLARE_METATYPE(zaindari::SshCommandResult)

namespace zaindari {
// The console's own known_hosts store (OpenSSH format), shared by the GUI and the CLI:
// $XDG_DATA_HOME/zaindari/known_hosts.
QString defaultKnownHostsFile();
} // namespace zaindari
