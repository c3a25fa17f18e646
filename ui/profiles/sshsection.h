#pragma once
// SSH tab: MTA hosts, login, authentication, MTA preset and remote paths, log paths.

#include "editorsection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace zaindari {

class ConnectionTestPanel;
class MtaHostsModel;

class SshSection : public EditorSection
{
    Q_OBJECT
public:
    explicit SshSection(SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Profile &profile) override;
    void apply(Profile &profile) const override;
    bool validate() override;
    QList<QPair<SecretKind, QString>> enteredSecrets() const override;
    void clearSecrets() override;
    void setKeychainAvailable(bool available) override;
    QString title() const override;

    MtaHostsModel *hostsModel() const { return m_hosts; }
    ConnectionTestPanel *testPanel() const { return m_test; }
    // The first MTA host, for the SOAP URL default.
    QString firstHost() const;

    std::function<Profile()> profileProvider;

signals:
    void firstHostChanged(const QString &host);

private:
    void addHost();
    void removeSelectedHosts();
    void applyPreset();
    void updateAuthWidgets();
    void chooseKeyFile();
    SshAuthMethod authMethod() const;

    MtaHostsModel *m_hosts;
    QTableView *m_hostsView;
    QPushButton *m_addHost;
    QPushButton *m_removeHost;
    QLabel *m_hostsError = nullptr;
    QLineEdit *m_user;
    QLabel *m_userError = nullptr;
    QComboBox *m_auth;
    QLabel *m_keyFileLabel;
    QWidget *m_keyFileRow;
    QLineEdit *m_keyFile;
    QPushButton *m_browseKey;
    QLabel *m_keyFileError = nullptr;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QComboBox *m_preset;
    QLineEdit *m_postqueue;
    QLineEdit *m_postsuper;
    QLineEdit *m_postcat;
    QLineEdit *m_postconf;
    QLineEdit *m_postfix;
    QCheckBox *m_sudo;
    QLineEdit *m_mtaLog;
    QLineEdit *m_auditLog;
    QList<QPair<QLineEdit *, QLabel *>> m_pathErrors;
    ConnectionTestPanel *m_test;
    SecretStore *m_secrets;
};

} // namespace zaindari
