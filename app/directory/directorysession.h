#pragma once
// The directory operations, run synchronously on a worker thread (DirectoryJob runs them).
// A session opens one bound connection to the main controller on first use and keeps it;
// extra controllers and credential checks get their own short-lived connections.

#include "directorytypes.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace zaindari {

class LdapConnection;

enum class AccountAction { Unlock, Disable, Enable, SetMustChange, ClearMustChange };

class DirectorySession
{
public:
    using Progress = std::function<void(const QString &)>;
    DirectorySession(const DirectoryConfig &config, const std::atomic_bool *cancel, Progress progress = {});
    ~DirectorySession();

    // TLS, bind, then the base: each step says precisely what failed. On success `summary`
    // gets a translated one-line description of what was checked.
    DirectoryOutcome testConnection(QString *summary);

    // Exact match on sAMAccountName, UPN, mail, displayName or cn (escaped).
    DirectoryOutcome findUsers(const QString &who, QList<DirectoryUser> *users, int limit = 50);
    // Exactly one match, else UserNotFound / UserAmbiguous.
    DirectoryOutcome findUser(const QString &who, DirectoryUser *user);

    DirectoryOutcome readPolicy(DomainPolicy *policy);
    DirectoryOutcome writePolicy(const PolicyChange &change, DomainPolicy *after);

    DirectoryOutcome readStatus(const QString &who, UserStatus *status);

    DirectoryOutcome applyAction(const QString &who, AccountAction action, DirectoryUser *user);
    // unicodePwd is replaced with the quoted UTF-16LE password (MS-ADTS 3.1.1.3.1.5.2); only
    // ever over TLS. With mustChange, pwdLastSet is then set to 0.
    DirectoryOutcome resetPassword(const QString &who, const QString &password, bool mustChange,
                                   DirectoryUser *user);

    // Binds as `identity` with `password` on a connection of its own and reports the outcome
    // (BindFailed with AD's sub-code on failure). Used to check a password without touching
    // the session's bind.
    DirectoryOutcome checkCredentials(const QString &identity, const QString &password);

private:
    DirectoryOutcome ensureConnected();
    DirectoryOutcome domainDn(QString *dn);
    DirectoryOutcome controllerCounters(const QString &url, const QString &dn,
                                        std::optional<qint64> lockoutDuration, ControllerStatus *out);
    void progress(const QString &what) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    DirectoryConfig m_config;
    const std::atomic_bool *m_cancel;
    Progress m_progress;
    std::unique_ptr<LdapConnection> m_conn;
    QString m_domainDn;
};

// The quoted UTF-16LE form AD's unicodePwd wants: "\"" + password + "\"" in UTF-16LE.
QByteArray unicodePwdValue(const QString &password);

} // namespace zaindari
