#pragma once
// The Zimbra admin SOAP and Active Directory sides of the current profile, shared by the
// Accounts and Lockout policy pages: the passwords (SecretStore, else a prompt that offers to
// remember them in the keychain), certificate questions (CertificateDialog, answered through
// the core's answer methods or by pinning and running the job again) and one state per backend
// for the status-bar indicators. Nothing here waits: every step answers through a callback.

#include "common/connectiontest.h"
#include "common/tlstrust.h"
#include "directory/directorytypes.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "zimbra/zimbrajob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace zaindari {

class DirectoryJob;
class ProfileStore;
class ZimbraClient;
struct ZimbraError;

class AdminConnections : public QObject
{
    Q_OBJECT
public:
    AdminConnections(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~AdminConnections() override;

    void setProfile(const std::optional<Profile> &profile);
    std::optional<Profile> profile() const { return m_profile; }
    QString profileName() const { return m_profile ? m_profile->name : QString(); }
    bool hasZimbra() const;
    bool hasDirectory() const;

    // Where prompts and certificate dialogs open.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    // Tests and scripted runs: passwords given directly (not stored anywhere).
    void setPasswords(const QString &soapPassword, const QString &ldapPassword);
    // Tests: certificate questions answered without a dialog.
    void setCertificateAnswerForTests(std::optional<int> answer) { m_testAnswer = answer; }

    // Calls `ready` with a logged-in-capable client once the SOAP password is known, or
    // `unavailable` with a translated reason. Never synchronously blocks.
    void withZimbra(std::function<void(ZimbraClient *)> ready,
                    std::function<void(const QString &)> unavailable);
    // The usual shape of a page's Zimbra request: once a client is ready `make` creates the job
    // (parented to `owner`); when it ends a failure is noted for the Zimbra indicator, then
    // `finished(job, error)` runs and the job is deleted. `unavailable(why)` when no client.
    template <typename Job>
    void runZimbraJob(QObject *owner, std::function<Job *(ZimbraClient *)> make,
                      std::function<void(Job *, const ZimbraError &)> finished,
                      std::function<void(const QString &)> unavailable)
    {
        withZimbra(
            [this, owner, make, finished](ZimbraClient *client) {
                Job *job = make(client);
                QObject::connect(job, &ZimbraJob::finished, owner, [this, job, finished](const ZimbraError &e) {
                    job->deleteLater();
                    if (e.isError())
                        noteZimbraError(e);
                    finished(job, e);
                });
                job->start();
            },
            std::move(unavailable));
    }
    // Same for the directory: a DirectoryConfig with the password and every pin.
    void withDirectory(std::function<void(const DirectoryConfig &)> ready,
                       std::function<void(const QString &)> unavailable);

    // After a directory job failed: for CertificateUntrusted asks, pins (once or in the profile)
    // and calls `retry`; for CertificateChanged shows the warning. True when it took over.
    bool handleDirectoryCertificate(const DirectoryOutcome &outcome, std::function<void()> retry);
    // Records a directory job's outcome for the status-bar indicator.
    void noteDirectoryOutcome(const DirectoryOutcome &outcome);
    void noteDirectoryStarted();
    // A Zimbra job's error, for the Zimbra indicator when the client itself stays quiet.
    void noteZimbraError(const ZimbraError &error);

    ConnectionState zimbraState() const { return m_zimbraState; }
    ConnectionState directoryState() const { return m_dirState; }

signals:
    void zimbraStateChanged(zaindari::ConnectionState state, const QString &message);
    void directoryStateChanged(zaindari::ConnectionState state, const QString &message);
    // The profile gained a pin (the shell's profile list refreshes from the store).
    void certificatePinned(const QString &hostPort);

private:
    struct Pending
    {
        std::function<void()> run;
        std::function<void(const QString &)> fail;
    };
    void requestSecret(SecretKind kind);
    void onSecretRead(quint64 request, bool found, const QString &secret);
    void promptFor(SecretKind kind, const QString &reason);
    void secretKnown(SecretKind kind, const QString &secret);
    void secretRefused(SecretKind kind, const QString &reason);
    void ensureClient();
    void onZimbraCertificate(const CertificateQuestion &q);
    void askCertificate(const CertificateQuestion &q, std::function<void(int)> answered);
    void showCertificateChanged(const CertificateQuestion &q);
    void pinInProfile(const QString &hostPort, const QString &fingerprint);
    void setZimbraState(ConnectionState s, const QString &message);
    void setDirectoryState(ConnectionState s, const QString &message);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    std::optional<Profile> m_profile;
    QPointer<QWidget> m_dialogParent;
    ZimbraClient *m_client = nullptr;
    std::optional<QString> m_soapPassword;
    std::optional<QString> m_ldapPassword;
    QHash<quint64, SecretKind> m_reads;
    QList<Pending> m_waitSoap;
    QList<Pending> m_waitLdap;
    bool m_promptOpen[2] = {false, false};
    bool m_refused[2] = {false, false}; // last password refused: prompt instead of reading the store
    QList<QPair<QString, QString>> m_sessionPins; // accepted once: ("host:port", "sha256:hex")
    QHash<quint64, bool> m_pinZimbraAnswer; // question id -> also pin in the profile
    std::optional<int> m_testAnswer;
    ConnectionState m_zimbraState = ConnectionState::Disconnected;
    ConnectionState m_dirState = ConnectionState::Disconnected;
};

} // namespace zaindari
