#pragma once
// Edits one profile: its display name and one tab per backend. Holds no state beyond the
// widgets: load() fills them, profile() reads them back, secrets() lists typed passwords.

#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;

namespace zaindari {

class ContainmentSection;
class DirectorySection;
class EditorSection;
class SshSection;
class TrustSection;
class ZimbraSection;

class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Profile &profile);
    // The loaded profile with every field as currently edited (same id).
    Profile profile() const;
    QList<QPair<SecretKind, QString>> secrets() const;
    void clearSecrets();
    // Runs every section's checks; switches to the first tab with a problem.
    bool validate();
    // Shown above the tabs (the store's own verdict, for example a duplicate name).
    void setProfileError(const QString &message);

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    QLineEdit *nameEdit() const { return m_name; }
    QTabWidget *tabs() const { return m_tabs; }
    SshSection *sshSection() const { return m_ssh; }
    ZimbraSection *zimbraSection() const { return m_zimbra; }
    DirectorySection *directorySection() const { return m_directory; }
    TrustSection *trustSection() const { return m_trust; }
    ContainmentSection *containmentSection() const { return m_containment; }

signals:
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateKeychainNote();

    SecretStore *m_secrets;
    Profile m_loaded;
    bool m_modified = false;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_keychainNote;
    QTabWidget *m_tabs;
    SshSection *m_ssh;
    ZimbraSection *m_zimbra;
    DirectorySection *m_directory;
    TrustSection *m_trust;
    ContainmentSection *m_containment;
    QList<EditorSection *> m_sections;
};

} // namespace zaindari
