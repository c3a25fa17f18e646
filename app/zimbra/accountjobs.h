#pragma once
// Account operations of the Accounts page and `zaindari-cli account ...`.
// Every action reads the account back after the change and reports what Zimbra now holds;
// a change that did not stick is ZimbraErrorCode::Unverified.

#include "zimbrajob.h"

namespace zaindari {

// One account with its status, COS name, auth mechanism, forwarding, aliases, lockout times,
// the effective lockout policy and which lockout attributes the account overrides.
class AccountJob : public ZimbraJob
{
    Q_OBJECT
public:
    AccountJob(ZimbraClient *client, const QString &user, QObject *parent = nullptr);
    const ZimbraAccount &account() const { return m_account; }
    // zimbraPasswordLockout* names set on the account itself (GetAccount applyCos="0").
    const QStringList &lockoutOverrides() const { return m_overrides; }

protected:
    void run() override;

private:
    QString m_user;
    ZimbraAccount m_account;
    QStringList m_overrides;
};

struct AccountSummary
{
    QString id;
    QString name;
    QString displayName;
    QString status;
    QString cosName;
    QDateTime lastLogon;
    QString authMech;
};

// Accounts whose name, address, alias or display name contains `text` (escaped, RFC 4515).
class AccountSearchJob : public ZimbraJob
{
    Q_OBJECT
public:
    AccountSearchJob(ZimbraClient *client, const QString &text, int limit = 200, QObject *parent = nullptr);
    const QList<AccountSummary> &accounts() const { return m_accounts; }
    int total() const { return m_total; } // searchTotal, may exceed accounts().size()

protected:
    void run() override;

private:
    void resolveNames();
    QString m_text;
    int m_limit;
    QList<AccountSummary> m_accounts;
    int m_total = 0;
    QHash<QString, QString> m_cosNames;
    QHash<QString, QString> m_mechs;
};

// RemoveForwarding: clears zimbraPrefMailForwardingAddress and zimbraMailForwardingAddress, sets
// zimbraPrefMailLocalDeliveryDisabled back to FALSE (mail must land somewhere) and turns every
// sieve `redirect` into `keep` (the attacker's copy-to-me filter), in one ModifyAccountRequest.
enum class ZimbraAccountAction { Lock, Unlock, EndSessions, ClearLockout, RemoveForwarding };
// "lock", "unlock", "end-sessions", "clear-lockout", "remove-forwarding"
QString zimbraAccountActionKey(ZimbraAccountAction a);

class ZimbraAccountActionJob : public ZimbraJob
{
    Q_OBJECT
public:
    ZimbraAccountActionJob(ZimbraClient *client, const QString &user, ZimbraAccountAction action,
                           QObject *parent = nullptr);
    ZimbraAccountAction action() const { return m_action; }
    const ZimbraAccount &before() const { return m_before; }
    const ZimbraAccount &after() const { return m_after; }
    // True when nothing had to change (e.g. unlocking an active account).
    bool wasAlreadyDone() const { return m_noop; }

protected:
    void run() override;

private:
    void modify(const ZimbraAccount &a);
    void flushAndVerify(const ZimbraAccount &a);
    void verify(const ZimbraAccount &now);
    QString m_user;
    ZimbraAccountAction m_action;
    ZimbraAccount m_before;
    ZimbraAccount m_after;
    bool m_noop = false;
};

// SetPasswordRequest (Zimbra's own password; section 7). With mustChange the account gets
// zimbraPasswordMustChange=TRUE afterwards (SetPassword clears it). When the domain checks
// passwords elsewhere (ad, ldap, ...) the job still succeeds, because the new token validity
// value ends the sessions, but externalAuthWarning() says plainly that the directory password
// is the one that matters.
class SetPasswordJob : public ZimbraJob
{
    Q_OBJECT
public:
    SetPasswordJob(ZimbraClient *client, const QString &user, const QString &password, bool mustChange,
                   QObject *parent = nullptr);
    const ZimbraAccount &after() const { return m_after; }
    bool externalAuth() const { return m_after.externalAuth(); }
    QString externalAuthWarning() const;
    QString policyMessage() const { return m_policyMessage; } // server's <message>, untranslated

protected:
    void run() override;

private:
    QString m_user;
    QString m_password;
    bool m_mustChange;
    ZimbraAccount m_before;
    ZimbraAccount m_after;
    QString m_policyMessage;
};

} // namespace zaindari
