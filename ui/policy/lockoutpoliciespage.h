#pragma once
// Lockout policy page: Zimbra's classes of service (zimbraPasswordLockout*, edited with
// validation of Zimbra's duration format, a 5/6 min/10 min preset, "apply to every class of
// service" since Zimbra has no global lockout policy), the effective values of one account, and
// beside them the Active Directory domain policy, editable with AD's limits.

#include "directory/directorytypes.h"
#include "pages/page.h"
#include "zimbra/zimbratypes.h"

#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace zaindari {

class AdminConnections;
class MtaSettingsPanel;
struct AuditEntry;
struct LockoutChange;

class LockoutPoliciesPage : public Page
{
    Q_OBJECT
public:
    LockoutPoliciesPage(AdminConnections *connections, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    QString refresh() override;

    // Also for the MTA settings tab.
    void setConfirmationsAutoAccepted(bool on);
    void setAuditLogPath(const QString &path);
    MtaSettingsPanel *mtaPanel() const { return m_mta; }

    QTableWidget *cosTable() const { return m_table; }
    const QList<CosInfo> &classes() const { return m_classes; }
    const DomainPolicy &domainPolicy() const { return m_policy; }
    QString messageText() const;
    // The edited values as a change; its validation sentence in *problem.
    LockoutChange editedChange(QString *problem) const;
    void applyPreset();

signals:
    void classesLoaded(bool ok);
    void domainPolicyLoaded(bool ok);
    void applied(bool ok);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void loadClasses();
    void loadDomainPolicy();
    void showClasses();
    void onCosSelected();
    void applyZimbra(bool everyCos);
    void showEffective();
    void applyDomain();
    void fillDomainEditors();
    void confirmThen(const QString &title, const QString &text, std::function<void()> run);
    void showMessage(bool ok, const QString &text);
    void writeAudit(const AuditEntry &entry);

    AdminConnections *m_conn;
    std::optional<Profile> m_profile;
    QList<CosInfo> m_classes;
    DomainPolicy m_policy;
    bool m_loadedOnce = false;
    bool m_autoConfirm = false;
    QString m_auditPath;

    QLabel *m_heading;
    QGroupBox *m_zimbraBox;
    QLabel *m_note;
    QTableWidget *m_table;
    QCheckBox *m_enabled;
    QSpinBox *m_maxFailures;
    QLineEdit *m_lifetime;
    QLineEdit *m_duration;
    QPushButton *m_preset;
    QPushButton *m_applyCos;
    QPushButton *m_applyAll;
    QLineEdit *m_account;
    QPushButton *m_showAccount;
    QLabel *m_effective;
    QGroupBox *m_adBox;
    QSpinBox *m_threshold;
    QSpinBox *m_window;
    QSpinBox *m_adDuration;
    QSpinBox *m_minLength;
    QCheckBox *m_complexity;
    QSpinBox *m_history;
    QSpinBox *m_maxAge;
    QSpinBox *m_minAge;
    QPushButton *m_applyAd;
    QPushButton *m_reload;
    QLabel *m_adProblem;
    QLabel *m_message;
    QList<QLabel *> m_formLabels;
    QTabWidget *m_tabs;
    MtaSettingsPanel *m_mta;
};

} // namespace zaindari
