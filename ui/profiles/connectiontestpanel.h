#pragma once
// The "Test connection" row of a profile editor section: runs the backend's ConnectionTester
// with the profile as currently edited, shows progress, the result sentence and the library's
// detail text. Never blocks: the secret is read from the SecretStore asynchronously if the
// field is empty.

#include "common/connectiontest.h"
#include "profiles/secretstore.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zaindari {

class ConnectionTestPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionTestPanel(Backend backend, QWidget *parent = nullptr);

    // The profile as edited now, and the secret typed in the section (may be empty).
    void setProviders(std::function<Profile()> profile, std::function<QString()> typedSecret);
    // Where to look when nothing was typed; nullopt for backends without a secret.
    void setSecretSource(SecretStore *store, std::optional<SecretKind> kind);

    bool isRunning() const { return !m_tester.isNull() || m_pendingRead != 0; }
    QString resultText() const;

public slots:
    void startTest();
    void cancelTest();

signals:
    void testFinished(bool ok, const QString &message, const QString &detail);
    // The technician chose "accept and pin/remember" during a test: the profile editor stores
    // it in the edited profile's TrustPins (`ssh`: sshHostKeys, else tlsCertificates).
    void trustPinned(bool ssh, const QString &hostPort, const QString &fingerprint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void runTester(const Profile &profile, const QString &secret);
    void showResult(bool ok, const QString &message, const QString &detail);
    void retranslateUi();

    Backend m_backend;
    std::function<Profile()> m_profile;
    std::function<QString()> m_typedSecret;
    SecretStore *m_store = nullptr;
    std::optional<SecretKind> m_kind;
    quint64 m_pendingRead = 0;
    Profile m_pendingProfile;
    QPointer<ConnectionTester> m_tester;
    QPushButton *m_button;
    QProgressBar *m_progress;
    QLabel *m_result;
    QLabel *m_detail;
};

} // namespace zaindari
