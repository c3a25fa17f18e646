#include "sshconnectioncontroller.h"

#include "hostkeydialog.h"
#include "mta/mtasessions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace zaindari {

namespace {
// TrustPins key for SSH host keys: "host:port" (profile.h).
QString pinKey(const SshHostKeyInfo &info)
{
    return QStringLiteral("%1:%2").arg(info.host).arg(info.port);
}
} // namespace

SshConnectionController::SshConnectionController(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this,
                [this](quint64 request, bool found, const QString &secret, const QString &) {
                    onSecretRead(request, found, secret);
                });
    }
}

SshConnectionController::~SshConnectionController()
{
    // Sessions stop their worker threads in their destructors; nothing may report back here.
    if (m_sessions)
        m_sessions->disconnect(this);
}

void SshConnectionController::setProfile(const std::optional<Profile> &profile)
{
    const bool same = profile && m_profile && profile->id == m_profile->id && profile->ssh == m_profile->ssh;
    m_profile = profile;
    if (!same) {
        dropSessions();
        m_secretPrompted = false;
    }
}

void SshConnectionController::setKnownHostsFile(const QString &file)
{
    if (file == m_knownHosts)
        return;
    m_knownHosts = file;
    dropSessions();
}

QString SshConnectionController::knownHostsFile() const
{
    return m_knownHosts.isEmpty() ? defaultKnownHostsFile() : m_knownHosts;
}

SecretKind SshConnectionController::secretKind() const
{
    return m_profile && m_profile->ssh.auth == SshAuthMethod::Password ? SecretKind::SshPassword
                                                                       : SecretKind::SshKeyPassphrase;
}

bool SshConnectionController::needsSecret() const
{
    return m_profile && m_profile->ssh.auth != SshAuthMethod::Agent;
}

void SshConnectionController::prepare()
{
    if (m_sessions) {
        QMetaObject::invokeMethod(this, &SshConnectionController::sessionsReady, Qt::QueuedConnection);
        return;
    }
    if (!hasHosts()) {
        const QString message = m_profile ? tr("The profile “%1” lists no MTA host.").arg(m_profile->name)
                                          : tr("No profile is selected.");
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT sessionsUnavailable(message); }, Qt::QueuedConnection);
        return;
    }
    if (m_preparing)
        return;
    m_preparing = true;
    if (!needsSecret() || !m_secrets) {
        QMetaObject::invokeMethod(
            this, [this] { createSessions(QString()); }, Qt::QueuedConnection);
        return;
    }
    m_readRequest = m_secrets->read(m_profile->id, secretKind());
}

void SshConnectionController::onSecretRead(quint64 request, bool found, const QString &secret)
{
    if (request != m_readRequest || !m_preparing)
        return;
    m_readRequest = 0;
    if (found || m_profile->ssh.auth == SshAuthMethod::KeyFile) {
        // A key file often has no passphrase: try without one and ask only if libssh cannot
        // open the key (KeyFileUnreadable, see onSessionError).
        createSessions(found ? secret : QString());
        return;
    }
    promptForSecret(QString());
}

void SshConnectionController::promptForSecret(const QString &reason)
{
    if (!m_dialogParent) {
        m_preparing = false;
        Q_EMIT sessionsUnavailable(reason.isEmpty() ? tr("The SSH password is not in the keychain.")
                                                    : reason);
        return;
    }
    m_secretPrompted = true;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("SshSecretPrompt"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setWindowTitle(tr("SSH login"));
    const Profile &p = *m_profile;
    const QString who = QStringLiteral("%1@%2").arg(p.ssh.user, p.ssh.hosts.value(0).host);
    QString label = p.ssh.auth == SshAuthMethod::Password
        //: %1 is user@host
        ? tr("Password for %1:").arg(who)
        //: %1 is the path of a private key file
        : tr("Passphrase of the key %1:").arg(p.ssh.keyFile);
    if (!reason.isEmpty())
        label = reason + QLatin1Char('\n') + label;
    dialog->setLabelText(label);
    const QString id = p.id;
    const SecretKind kind = secretKind();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, kind](const QString &secret) {
        if (!m_profile || m_profile->id != id)
            return;
        // Kept in memory for this session only; the profile editor is where it is saved.
        if (m_secrets)
            m_secrets->rememberForSession(id, kind, secret);
        dropSessions();
        m_preparing = true;
        createSessions(secret);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_preparing = false;
        Q_EMIT sessionsUnavailable(tr("No SSH secret was given; not connecting."));
    });
    dialog->open();
}

void SshConnectionController::createSessions(const QString &secret)
{
    m_preparing = false;
    if (!m_profile)
        return;
    m_sessions = new MtaSessions(m_profile->ssh, knownHostsFile(), false, secret, this);
    m_hosts.clear();
    m_hostOrder = m_sessions->hostNames();
    const QList<SshSession *> list = m_sessions->sessions();
    for (int i = 0; i < list.size(); ++i) {
        const QString name = m_hostOrder.at(i);
        m_hosts.insert(name, HostState());
        connect(list.at(i), &SshSession::stateChanged, this,
                [this, name](SshState s) { onSessionState(name, s); });
        connect(list.at(i), &SshSession::errorOccurred, this,
                [this, name](SshError e, const QString &message, const QString &) {
                    onSessionError(name, e, message);
                });
    }
    connect(m_sessions, &MtaSessions::hostKeyQuestionAsked, this, &SshConnectionController::onQuestion);
    connect(m_sessions, &MtaSessions::hostKeyRefused, this,
            [this](const QString &name, const SshHostKeyInfo &, const QString &warning) {
                onRefused(name, warning);
            });
    updateState();
    Q_EMIT sessionsReady();
}

void SshConnectionController::dropSessions()
{
    if (m_sessions) {
        m_sessions->disconnect(this);
        for (SshSession *s : m_sessions->sessions())
            s->disconnect(this);
        m_sessions->deleteLater();
        m_sessions = nullptr;
    }
    m_preparing = false;
    m_readRequest = 0;
    m_hosts.clear();
    m_hostOrder.clear();
    updateState();
}

void SshConnectionController::disconnectAll()
{
    if (m_sessions) {
        for (SshSession *s : m_sessions->sessions())
            s->disconnectFromHost();
    }
}

void SshConnectionController::onSessionState(const QString &hostName, SshState state)
{
    HostState &h = m_hosts[hostName];
    h.state = state;
    if (state != SshState::Error)
        h.message.clear();
    updateState();
}

void SshConnectionController::onSessionError(const QString &hostName, SshError error, const QString &message)
{
    HostState &h = m_hosts[hostName];
    h.state = error == SshError::Canceled ? SshState::Disconnected : SshState::Error;
    h.message = message;
    updateState();
    // Wrong or missing passphrase / password: ask once, then retry with what was typed.
    const bool badSecret
        = (error == SshError::KeyFileUnreadable && m_profile && m_profile->ssh.auth == SshAuthMethod::KeyFile)
        || (error == SshError::AuthFailed && m_profile && m_profile->ssh.auth == SshAuthMethod::Password);
    if (badSecret && !m_secretPrompted && m_dialogParent)
        promptForSecret(message);
}

void SshConnectionController::onQuestion(const QString &hostName, const SshHostKeyInfo &info)
{
    // A key the technician pinned in this profile is trusted again without asking (e.g. the
    // known_hosts file was deleted); any other key is a question.
    if (m_profile) {
        for (const auto &pin : std::as_const(m_profile->trust.sshHostKeys)) {
            if (pin.first == pinKey(info) && pin.second == info.fingerprint) {
                answerHostKey(hostName, HostKeyAnswer::AcceptOnce);
                return;
            }
        }
    }
    m_questions.insert(hostName, info);
    Q_EMIT hostKeyQuestionAsked(hostName, info);
    if (!m_dialogParent)
        return;
    auto *dialog = new HostKeyDialog(hostName, info, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, hostName](int result) {
        answerHostKey(hostName,
                      result == HostKeyDialog::AcceptedAndRemembered ? HostKeyAnswer::AcceptAndRemember
                          : result == HostKeyDialog::AcceptedOnce    ? HostKeyAnswer::AcceptOnce
                                                                     : HostKeyAnswer::Reject);
    });
    dialog->open();
}

void SshConnectionController::answerHostKey(const QString &hostName, HostKeyAnswer answer)
{
    SshSession *session = m_sessions ? m_sessions->sessionFor(hostName) : nullptr;
    if (!session)
        return;
    const bool trust = answer != HostKeyAnswer::Reject;
    const bool remember = answer == HostKeyAnswer::AcceptAndRemember;
    session->answerHostKey(trust, remember);
    if (!remember || !m_profile || !m_store)
        return;
    // The worker records the key in known_hosts; the profile keeps the pin so that a lost
    // known_hosts file does not turn a known server into a question again.
    const SshHostKeyInfo info = m_questions.value(hostName);
    std::optional<Profile> stored = m_store->byId(m_profile->id);
    if (!stored || info.fingerprint.isEmpty())
        return;
    const QString key = pinKey(info);
    stored->trust.sshHostKeys.removeIf([&key](const QPair<QString, QString> &p) { return p.first == key; });
    stored->trust.sshHostKeys.append({key, info.fingerprint});
    QString error;
    if (m_store->save(*stored, &error)) {
        m_profile->trust = stored->trust;
        Q_EMIT hostKeyPinned(hostName, info.fingerprint);
    }
}

void SshConnectionController::onRefused(const QString &hostName, const QString &warning)
{
    Q_EMIT hostKeyRefused(hostName, warning);
    if (!m_dialogParent)
        return;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("SSH host key changed"), warning,
                                QMessageBox::Close, m_dialogParent);
    box->setObjectName(QStringLiteral("HostKeyChangedWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is an MTA host name
    box->setInformativeText(tr("Zaindari did not connect to %1. If the server was really reinstalled, "
                               "remove its old line from Zaindari's known hosts file (%2) and connect "
                               "again to check the new key.")
                                .arg(hostName, knownHostsFile()));
    box->open();
}

void SshConnectionController::updateState()
{
    ConnectionState state = ConnectionState::Disconnected;
    QStringList lines;
    bool anyError = false, anyConnecting = false, anyConnected = false;
    for (const QString &name : std::as_const(m_hostOrder)) {
        const HostState &h = m_hosts.value(name);
        switch (h.state) {
        case SshState::Error:
            anyError = true;
            break;
        case SshState::Connecting:
        case SshState::VerifyingHostKey:
        case SshState::Authenticating:
            anyConnecting = true;
            break;
        case SshState::Connected:
            anyConnected = true;
            break;
        case SshState::Disconnected:
            break;
        }
        const QString text = h.message.isEmpty() ? sshStateDisplay(h.state) : h.message;
        //: One line of the SSH indicator's tooltip: %1 host, %2 its state or error
        lines << (m_hostOrder.size() > 1 ? tr("%1: %2").arg(name, text) : text);
    }
    if (anyError)
        state = ConnectionState::Error;
    else if (anyConnecting)
        state = ConnectionState::Connecting;
    else if (anyConnected)
        state = ConnectionState::Connected;
    // Only errors and several hosts need words beyond the state itself.
    const QString message = (anyError || m_hostOrder.size() > 1) ? lines.join(QLatin1Char('\n')) : QString();
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

} // namespace zaindari
