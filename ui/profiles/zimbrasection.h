#pragma once
// Zimbra admin tab: SOAP admin URL (default https://HOST:7071/service/admin/soap from the first
// MTA host), admin account and its password.

#include "editorsection.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace zaindari {

class ConnectionTestPanel;

class ZimbraSection : public EditorSection
{
    Q_OBJECT
public:
    explicit ZimbraSection(SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Profile &profile) override;
    void apply(Profile &profile) const override;
    bool validate() override;
    QList<QPair<SecretKind, QString>> enteredSecrets() const override;
    void clearSecrets() override;
    void setKeychainAvailable(bool available) override;
    QString title() const override;

    // Shown as the placeholder and filled in by "Use default".
    void setDefaultHost(const QString &host);
    ConnectionTestPanel *testPanel() const { return m_test; }
    std::function<Profile()> profileProvider;

private:
    QUrl defaultUrl() const;
    QString m_defaultHost;
    QLineEdit *m_url;
    QPushButton *m_useDefault;
    QLabel *m_urlError = nullptr;
    QLineEdit *m_admin;
    QLineEdit *m_password;
    ConnectionTestPanel *m_test;
};

} // namespace zaindari
