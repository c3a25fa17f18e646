#include "adminconnections.h"

#include "common/certificatedialog.h"
#include "profiles/profilestore.h"
#include "zimbra/zimbraclient.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace zaindari {

namespace {
int slot(SecretKind k)
{
    return k == SecretKind::SoapPassword ? 0 : 1;
}
} // namespace

AdminConnections::AdminConnections(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::secretRead, this,
                [this](quint64 request, bool found, const QString &secret, const QString &) {
                    onSecretRead(request, found, secret);
                });
}

AdminConnections::~AdminConnections() = default;

bool AdminConnections::hasZimbra() const
{
    return m_profile && m_profile->soap.url.isValid() && !m_profile->soap.url.host().isEmpty()
        && !m_profile->soap.adminUser.isEmpty();
}

bool AdminConnections::hasDirectory() const
{
    return m_profile && !m_profile->ldap.url.isEmpty() && !m_profile->ldap.bindIdentity.isEmpty();
}

void AdminConnections::setProfile(const std::optional<Profile> &profile)
{
    const bool sameServers = profile && m_profile && profile->id == m_profile->id
        && profile->soap == m_profile->soap && profile->ldap == m_profile->ldap;
    m_profile = profile;
    if (sameServers) {
        // Pins may have changed (Trust tab): the client picks them up for its next exchanges.
        if (m_client) {
            TlsTrust trust;
            trust.loadPins(*m_profile);
            for (const auto &p : std::as_const(m_sessionPins))
                trust.addPin(p.first, p.second);
            m_client->setTrust(trust);
        }
        return;
    }
    delete m_client;
    m_client = nullptr;
    m_soapPassword.reset();
    m_ldapPassword.reset();
    m_sessionPins.clear();
    m_reads.clear();
    m_refused[0] = m_refused[1] = false;
    const QList<Pending> waiting = m_waitSoap + m_waitLdap;
    m_waitSoap.clear();
    m_waitLdap.clear();
    for (const Pending &p : waiting)
        p.fail(tr("The profile changed; nothing was done."));
    setZimbraState(ConnectionState::Disconnected, QString());
    setDirectoryState(ConnectionState::Disconnected, QString());
}

void AdminConnections::setPasswords(const QString &soapPassword, const QString &ldapPassword)
{
    m_soapPassword = soapPassword;
    m_ldapPassword = ldapPassword;
    if (m_client)
        m_client->setPassword(soapPassword);
}

void AdminConnections::ensureClient()
{
    if (m_client || !m_profile)
        return;
    m_client = new ZimbraClient(this);
    m_client->setEndpoint(m_profile->soap.url, m_profile->soap.adminUser);
    TlsTrust trust;
    trust.loadPins(*m_profile);
    for (const auto &p : std::as_const(m_sessionPins))
        trust.addPin(p.first, p.second);
    m_client->setTrust(trust);
    if (m_soapPassword)
        m_client->setPassword(*m_soapPassword);
    connect(m_client, &ZimbraClient::stateChanged, this, [this](ConnectionState s) {
        setZimbraState(s,
                       s == ConnectionState::Connected
                           //: %1 admin account, %2 host:port
                           ? tr("Logged in as %1 at %2").arg(m_client->adminUser(), m_client->hostPort())
                           : QString());
    });
    connect(m_client, &ZimbraClient::loginFailed, this,
            [this](const ZimbraError &e) { setZimbraState(ConnectionState::Error, e.message); });
    connect(m_client, &ZimbraClient::certificateQuestion, this, &AdminConnections::onZimbraCertificate);
    connect(m_client, &ZimbraClient::certificatePinned, this,
            [this](const QString &hostPort, const QString &fp) {
                if (m_pinZimbraAnswer.take(0))
                    pinInProfile(hostPort, fp);
            });
}

void AdminConnections::withZimbra(std::function<void(ZimbraClient *)> ready,
                                  std::function<void(const QString &)> unavailable)
{
    if (!hasZimbra()) {
        QTimer::singleShot(0, this, [unavailable] {
            unavailable(tr("The profile has no Zimbra admin server; add one in the profile manager."));
        });
        return;
    }
    const QPointer<AdminConnections> self(this);
    auto run = [self, ready] {
        if (!self)
            return;
        self->ensureClient();
        ready(self->m_client);
    };
    if (m_soapPassword) {
        QTimer::singleShot(0, this, run);
        return;
    }
    m_waitSoap.append({run, unavailable});
    requestSecret(SecretKind::SoapPassword);
}

void AdminConnections::withDirectory(std::function<void(const DirectoryConfig &)> ready,
                                     std::function<void(const QString &)> unavailable)
{
    if (!hasDirectory()) {
        QTimer::singleShot(0, this, [unavailable] {
            unavailable(tr("The profile has no Active Directory server; add one in the profile manager."));
        });
        return;
    }
    const QPointer<AdminConnections> self(this);
    auto run = [self, ready] {
        if (!self || !self->m_profile)
            return;
        DirectoryConfig c
            = DirectoryConfig::fromProfile(*self->m_profile, self->m_ldapPassword.value_or(QString()));
        c.pins += self->m_sessionPins;
        ready(c);
    };
    if (m_ldapPassword) {
        QTimer::singleShot(0, this, run);
        return;
    }
    m_waitLdap.append({run, unavailable});
    requestSecret(SecretKind::LdapPassword);
}

void AdminConnections::requestSecret(SecretKind kind)
{
    for (auto it = m_reads.cbegin(); it != m_reads.cend(); ++it)
        if (it.value() == kind)
            return; // already asked
    if (m_promptOpen[slot(kind)])
        return;
    if (m_refused[slot(kind)]) {
        // The stored or remembered password was refused: asking the store again would only
        // give the same one back.
        m_refused[slot(kind)] = false;
        promptFor(kind, tr("The server refused the password; type it again."));
        return;
    }
    if (!m_secrets || !m_profile) {
        promptFor(kind, QString());
        return;
    }
    m_reads.insert(m_secrets->read(m_profile->id, kind), kind);
}

void AdminConnections::onSecretRead(quint64 request, bool found, const QString &secret)
{
    if (!m_reads.contains(request))
        return;
    const SecretKind kind = m_reads.take(request);
    if (found && !secret.isEmpty())
        secretKnown(kind, secret);
    else
        promptFor(kind, QString());
}

void AdminConnections::promptFor(SecretKind kind, const QString &reason)
{
    if (!m_dialogParent || !m_profile) {
        secretRefused(kind, tr("No password is stored for this profile."));
        return;
    }
    m_promptOpen[slot(kind)] = true;
    const bool soap = kind == SecretKind::SoapPassword;
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(soap ? QStringLiteral("SoapPasswordPrompt") : QStringLiteral("LdapPasswordPrompt"));
    dialog->setWindowTitle(soap ? tr("Zimbra admin password") : tr("Active Directory password"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(dialog);
    text->setWordWrap(true);
    text->setText(soap
                      //: %1 admin account, %2 profile name
                      ? tr("Password of the Zimbra administrator %1 (profile %2):")
                            .arg(m_profile->soap.adminUser, m_profile->name)
                      //: %1 bind identity, %2 profile name
                      : tr("Password of the Active Directory account %1 (profile %2):")
                            .arg(m_profile->ldap.bindIdentity, m_profile->name));
    layout->addWidget(text);
    if (!reason.isEmpty())
        layout->addWidget(new QLabel(reason, dialog));
    auto *edit = new QLineEdit(dialog);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(QStringLiteral("password"));
    layout->addWidget(edit);
    auto *remember = new QCheckBox(tr("&Remember in the keychain"), dialog);
    const bool keychain = m_secrets && m_secrets->keychainAvailable();
    remember->setEnabled(keychain);
    remember->setToolTip(keychain ? tr("Store the password in the system keychain for the next sessions")
                                  : tr("No system keychain is available; the password is kept only until "
                                       "Zaindari closes"));
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = m_profile->id;
    connect(dialog, &QDialog::finished, this, [this, dialog, edit, remember, kind, id](int result) {
        m_promptOpen[slot(kind)] = false;
        if (!m_profile || m_profile->id != id)
            return;
        if (result != QDialog::Accepted || edit->text().isEmpty()) {
            secretRefused(kind, tr("No password was given; nothing was done."));
            return;
        }
        const QString secret = edit->text();
        if (m_secrets) {
            if (remember->isChecked())
                m_secrets->write(id, kind, secret);
            else
                m_secrets->rememberForSession(id, kind, secret);
        }
        Q_UNUSED(dialog)
        secretKnown(kind, secret);
    });
    dialog->open();
}

void AdminConnections::secretKnown(SecretKind kind, const QString &secret)
{
    QList<Pending> waiting;
    if (kind == SecretKind::SoapPassword) {
        m_soapPassword = secret;
        if (m_client)
            m_client->setPassword(secret);
        waiting.swap(m_waitSoap);
    } else {
        m_ldapPassword = secret;
        waiting.swap(m_waitLdap);
    }
    for (const Pending &p : std::as_const(waiting))
        p.run();
}

void AdminConnections::secretRefused(SecretKind kind, const QString &reason)
{
    QList<Pending> waiting;
    waiting.swap(kind == SecretKind::SoapPassword ? m_waitSoap : m_waitLdap);
    for (const Pending &p : std::as_const(waiting))
        p.fail(reason);
}

void AdminConnections::askCertificate(const CertificateQuestion &q, std::function<void(int)> answered)
{
    if (m_testAnswer || !m_dialogParent) {
        const int a = m_testAnswer.value_or(int(CertificateDialog::Answer::Reject));
        QTimer::singleShot(0, this, [answered, a] { answered(a); });
        return;
    }
    auto *dialog = new CertificateDialog(q, CertificateDialog::Mode::Ask, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::answered, this,
            [answered](CertificateDialog::Answer a) { answered(int(a)); });
    dialog->open();
}

void AdminConnections::showCertificateChanged(const CertificateQuestion &q)
{
    if (!m_dialogParent || m_testAnswer)
        return;
    auto *dialog = new CertificateDialog(q, CertificateDialog::Mode::Changed, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AdminConnections::onZimbraCertificate(const CertificateQuestion &q)
{
    const QPointer<ZimbraClient> client(m_client);
    askCertificate(q, [this, client, q](int a) {
        if (!client)
            return;
        const auto answer = CertificateDialog::Answer(a);
        // The transport pins for this session on "trust"; certificatePinned() then tells us
        // whether to keep it in the profile as well (key 0: one question at a time per client).
        m_pinZimbraAnswer.insert(0, answer == CertificateDialog::Answer::AcceptAndPin);
        client->answerCertificate(q.id, answer != CertificateDialog::Answer::Reject);
    });
}

bool AdminConnections::handleDirectoryCertificate(const DirectoryOutcome &outcome,
                                                  std::function<void()> retry)
{
    if (outcome.error == DirectoryError::CertificateChanged) {
        showCertificateChanged(outcome.certificate);
        return false; // the caller still reports the refusal
    }
    if (outcome.error != DirectoryError::CertificateUntrusted || !outcome.hasCertificate())
        return false;
    const CertificateQuestion q = outcome.certificate;
    const QPointer<AdminConnections> self(this);
    askCertificate(q, [self, q, retry](int a) {
        if (!self)
            return;
        const auto answer = CertificateDialog::Answer(a);
        if (answer == CertificateDialog::Answer::Reject) {
            self->setDirectoryState(ConnectionState::Error, TlsTrust::untrustedMessage(q));
            return;
        }
        self->m_sessionPins.append({q.hostPort, TlsTrust::pinString(q.fingerprint)});
        if (answer == CertificateDialog::Answer::AcceptAndPin)
            self->pinInProfile(q.hostPort, q.fingerprint);
        retry();
    });
    return true;
}

void AdminConnections::pinInProfile(const QString &hostPort, const QString &fingerprint)
{
    if (!m_profile || !m_store)
        return;
    std::optional<Profile> stored = m_store->byId(m_profile->id);
    if (!stored)
        return;
    TlsTrust::storePin(*stored, hostPort, fingerprint);
    TlsTrust::storePin(*m_profile, hostPort, fingerprint);
    m_store->save(*stored);
    emit certificatePinned(hostPort);
}

void AdminConnections::noteDirectoryStarted()
{
    if (m_dirState != ConnectionState::Connected)
        setDirectoryState(ConnectionState::Connecting, QString());
}

void AdminConnections::noteDirectoryOutcome(const DirectoryOutcome &o)
{
    switch (o.error) {
    case DirectoryError::None:
    case DirectoryError::UserNotFound:
    case DirectoryError::UserAmbiguous:
    case DirectoryError::PasswordPolicy:
    case DirectoryError::AccessDenied:
    case DirectoryError::InvalidValue:
    case DirectoryError::OperationFailed:
        //: %1 is the directory URL
        setDirectoryState(ConnectionState::Connected,
                          m_profile ? tr("Connected to %1").arg(m_profile->ldap.url) : QString());
        break;
    case DirectoryError::Cancelled:
        break;
    default:
        setDirectoryState(ConnectionState::Error, o.message);
        if (o.error == DirectoryError::BindFailed) {
            m_ldapPassword.reset(); // ask again next time
            m_refused[1] = true;
        }
        break;
    }
}

void AdminConnections::noteZimbraError(const ZimbraError &error)
{
    if (error.code == ZimbraErrorCode::AuthFailed) {
        m_soapPassword.reset();
        m_refused[0] = true;
    }
    if (error.isConnectionProblem() || error.isCertificateProblem())
        setZimbraState(ConnectionState::Error, error.message);
}

void AdminConnections::setZimbraState(ConnectionState s, const QString &message)
{
    m_zimbraState = s;
    emit zimbraStateChanged(s, message);
}

void AdminConnections::setDirectoryState(ConnectionState s, const QString &message)
{
    m_dirState = s;
    emit directoryStateChanged(s, message);
}

} // namespace zaindari
