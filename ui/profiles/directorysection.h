#pragma once
// Active Directory tab: LDAP URL (ldaps:// or ldap:// with StartTLS), bind identity, base DN,
// optional CA file and the bind password.

#include "editorsection.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace zaindari {

class ConnectionTestPanel;

class DirectorySection : public EditorSection
{
    Q_OBJECT
public:
    explicit DirectorySection(SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Profile &profile) override;
    void apply(Profile &profile) const override;
    bool validate() override;
    QList<QPair<SecretKind, QString>> enteredSecrets() const override;
    void clearSecrets() override;
    void setKeychainAvailable(bool available) override;
    QString title() const override;

    ConnectionTestPanel *testPanel() const { return m_test; }
    std::function<Profile()> profileProvider;

private:
    void updateSecurityNote();
    QLineEdit *m_url;
    QLabel *m_urlError = nullptr;
    QLabel *m_securityNote;
    QLineEdit *m_bind;
    QLineEdit *m_baseDn;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLabel *m_caError = nullptr;
    QLineEdit *m_password;
    QStringList m_extraControllers; // kept as loaded; edited by a later version
    ConnectionTestPanel *m_test;
};

} // namespace zaindari
