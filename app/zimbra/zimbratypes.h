#pragma once
// Value types of the Zimbra admin client, built from GetAccount / SearchDirectory / GetCos
// replies, and the pure rules a console needs (effective lock state, Zimbra value formats).

#include "soapxml.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace zaindari {

// zimbraPasswordLockout* on a COS or (effective) on an account; section 8 and 12.3.
struct LockoutPolicy
{
    bool enabled = false; // zimbraPasswordLockoutEnabled (COS default FALSE)
    int maxFailures = 10; // zimbraPasswordLockoutMaxFailures; 0 = never
    QString failureLifetime = QStringLiteral("1h"); // raw Zimbra duration
    QString duration = QStringLiteral("1h"); // raw Zimbra duration; 0 = until an admin resets
    qint64 failureLifetimeMs = 3600000;
    qint64 durationMs = 3600000;

    // The policy locks accounts only with Enabled=TRUE and MaxFailures > 0 (section 8.3).
    bool isActive() const { return enabled && maxFailures > 0; }
    static LockoutPolicy fromElement(const soap::Element &e);
    bool operator==(const LockoutPolicy &o) const;
};

struct CosInfo
{
    QString id;
    QString name;
    bool isDefault = false;
    LockoutPolicy lockout;
    static CosInfo fromElement(const soap::Element &cos);
};

enum class AccountState {
    Active,
    Locked, // zimbraAccountStatus=locked: by an admin, until an admin changes it
    LockedOut, // lockout still in force
    LockoutExpired, // status still "lockout" but the duration has passed (sticky, section 8.3)
    Closed,
    Maintenance,
    Pending,
    Unknown,
};

struct ZimbraAccount
{
    QString id;
    QString name;
    QString status; // stored zimbraAccountStatus
    QString cosId; // zimbraCOSId (empty: the domain's default COS)
    QString cosName; // filled by jobs that resolve it
    QString displayName;
    QDateTime lastLogon; // zimbraLastLogonTimestamp
    QString authMech; // the domain's zimbraAuthMech (filled by jobs), "" unknown
    QStringList forwardingAddresses; // zimbraPrefMailForwardingAddress + zimbraMailForwardingAddress
    bool localDeliveryDisabled = false; // zimbraPrefMailLocalDeliveryDisabled
    QStringList filterForwards; // redirect targets in zimbraMailSieveScript
    QStringList aliases; // zimbraMailAlias
    QList<QDateTime> lockoutFailures; // zimbraPasswordLockoutFailureTime
    QDateTime lockedTime; // zimbraPasswordLockoutLockedTime
    int validityValue = -1; // zimbraAuthTokenValidityValue, -1 when unset (12.4)
    QDateTime passwordModified; // zimbraPasswordModifiedTime
    bool passwordMustChange = false;
    LockoutPolicy lockout; // effective values (GetAccount applies the COS by default)
    QHash<QString, QStringList> attrs;

    static ZimbraAccount fromElement(const soap::Element &account);
    QString domain() const { return name.section(QLatin1Char('@'), 1); }
    bool externalAuth() const; // ad, ldap, kerberos5, custom:...
    bool forwardsMail() const { return !forwardingAddresses.isEmpty() || !filterForwards.isEmpty(); }
};

struct AccountStatusInfo
{
    AccountState state = AccountState::Unknown;
    QString label; // short translated word ("Active", "Locked out", ...)
    QString sentence; // translated plain explanation
    QDateTime lockoutEnds; // for LockedOut / LockoutExpired with a non-zero duration
};

// Effective state from status, LockedTime and the effective Duration (section 8.3): after the
// duration Zimbra keeps "lockout" until the next successful login, so we compute it ourselves.
AccountStatusInfo explainStatus(const ZimbraAccount &a, const QDateTime &nowUtc);
QString accountStateKey(AccountState s); // "active", "locked", "lockout", "lockout_expired", ...

// Zimbra formats (section 12.1).
bool isZimbraDuration(const QString &text); // ^\d+([hmsd]|ms)?$
std::optional<qint64> zimbraDurationMs(const QString &text); // bare number = seconds
QDateTime parseGeneralizedTime(const QString &text); // YYYYMMDDhhmmss[.SSS]Z
// Postfix relayhost syntax: host, host:port, [host], [host]:port; empty = unset.
bool isValidRelayHost(const QString &text);
// RRD time for GetLoggerStats: now, now-48h, epoch seconds (no spaces: they reach a command line).
bool isValidRrdTime(const QString &text);
// Redirect targets of a Sieve script (redirect "a@b"; redirect :copy "a@b").
QStringList sieveRedirectTargets(const QString &script);
// The script with every `redirect [:copy] "addr";` action turned into `keep;`: the rule still
// matches, the mail stays in the mailbox instead of leaving.
QString sieveWithoutRedirects(const QString &script);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::ZimbraAccount)
Q_DECLARE_METATYPE(zaindari::CosInfo)
