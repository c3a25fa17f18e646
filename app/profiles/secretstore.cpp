#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace zaindari {

namespace {

bool meansNoKeychain(QKeychain::Error e)
{
    // QtKeychain's libsecret backend reports a missing D-Bus session or Secret Service as
    // OtherError (any GError outside SECRET_ERROR), and a missing backend as NoBackendAvailable.
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError;
}

constexpr SecretKind kAllKinds[] = {SecretKind::SshPassword, SecretKind::SshKeyPassphrase,
                                    SecretKind::SoapPassword, SecretKind::LdapPassword};

} // namespace

QString toString(SecretKind k)
{
    switch (k) {
    case SecretKind::SshPassword:
        return QStringLiteral("ssh-password");
    case SecretKind::SshKeyPassphrase:
        return QStringLiteral("ssh-key-passphrase");
    case SecretKind::SoapPassword:
        return QStringLiteral("soap-password");
    case SecretKind::LdapPassword:
        return QStringLiteral("ldap-password");
    }
    return QString();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::serviceName()
{
    return QStringLiteral("Zaindari");
}

QString SecretStore::keyFor(const QString &profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + toString(kind);
}

void SecretStore::markUnavailable(const QString &detail)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    //: %1 is the keychain library's own explanation
    emit keychainUnavailable(tr("No keychain is available (%1). Passwords are kept in memory until Zaindari "
                                "closes and are asked for again next time; they are never written to disk.")
                                 .arg(detail));
}

quint64 SecretStore::write(const QString &profileId, SecretKind kind, const QString &secret)
{
    const quint64 request = m_nextRequest++;
    const QString key = keyFor(profileId, kind);
    m_session.insert(key, secret);
    if (!m_keychainAvailable) {
        QMetaObject::invokeMethod(
            this,
            [this, request] {
                emit secretWritten(
                    request, false,
                    tr("No keychain is available: the password is kept in memory until Zaindari "
                       "closes."));
            },
            Qt::QueuedConnection);
        return request;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            emit secretWritten(request, true, QString());
            return;
        }
        if (meansNoKeychain(j->error())) {
            markUnavailable(j->errorString());
            emit secretWritten(request, false,
                               tr("No keychain is available: the password is kept in memory until Zaindari "
                                  "closes."));
            return;
        }
        //: %1 is the keychain's own explanation
        emit secretWritten(request, false,
                           tr("The keychain did not store the password: %1").arg(j->errorString()));
    });
    job->start();
    return request;
}

quint64 SecretStore::read(const QString &profileId, SecretKind kind)
{
    const quint64 request = m_nextRequest++;
    const QString key = keyFor(profileId, kind);
    if (m_session.contains(key) || !m_keychainAvailable) {
        const std::optional<QString> secret = sessionSecret(profileId, kind);
        QMetaObject::invokeMethod(
            this,
            [this, request, secret] {
                emit secretRead(request, secret.has_value(), secret.value_or(QString()), QString());
            },
            Qt::QueuedConnection);
        return request;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        switch (r->error()) {
        case QKeychain::NoError:
            emit secretRead(request, true, r->textData(), QString());
            return;
        case QKeychain::EntryNotFound:
            emit secretRead(request, false, QString(), QString());
            return;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            emit secretRead(request, false, QString(), tr("Access to the keychain was refused."));
            return;
        default:
            break;
        }
        if (meansNoKeychain(r->error())) {
            markUnavailable(r->errorString());
            // Not an error for the caller: there is simply no stored secret to use; ask the user.
            emit secretRead(request, false, QString(), QString());
            return;
        }
        //: %1 is the keychain's own explanation
        emit secretRead(request, false, QString(),
                        tr("The keychain could not be read: %1").arg(r->errorString()));
    });
    job->start();
    return request;
}

quint64 SecretStore::remove(const QString &profileId, SecretKind kind)
{
    const quint64 request = m_nextRequest++;
    const QString key = keyFor(profileId, kind);
    m_session.remove(key);
    if (!m_keychainAvailable) {
        QMetaObject::invokeMethod(
            this, [this, request] { emit secretRemoved(request, true, QString()); }, Qt::QueuedConnection);
        return request;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *j) {
        const QKeychain::Error e = j->error();
        if (e == QKeychain::NoError || e == QKeychain::EntryNotFound) {
            emit secretRemoved(request, true, QString());
        } else if (meansNoKeychain(e)) {
            // Nothing can be stored where nothing is reachable; the memory copy is gone.
            markUnavailable(j->errorString());
            emit secretRemoved(request, true, QString());
        } else {
            //: %1 is the keychain's own explanation
            emit secretRemoved(request, false,
                               tr("The keychain did not remove the password: %1").arg(j->errorString()));
        }
    });
    job->start();
    return request;
}

void SecretStore::removeAll(const QString &profileId)
{
    for (SecretKind kind : kAllKinds)
        remove(profileId, kind);
}

void SecretStore::rememberForSession(const QString &profileId, SecretKind kind, const QString &secret)
{
    m_session.insert(keyFor(profileId, kind), secret);
}

std::optional<QString> SecretStore::sessionSecret(const QString &profileId, SecretKind kind) const
{
    const auto it = m_session.constFind(keyFor(profileId, kind));
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void SecretStore::forgetSession(const QString &profileId)
{
    for (SecretKind kind : kAllKinds)
        m_session.remove(keyFor(profileId, kind));
}

} // namespace zaindari
