#pragma once
// Value types of the Active Directory client: what a job is given (DirectoryConfig), what it
// returns (DirectoryOutcome plus a typed result) and what the technician sees (UserStatus,
// DomainPolicy). All plain copyable values, safe to pass between threads and through queued
// signals.

#include "common/tlstrust.h"
#include "profiles/profile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace zaindari {

enum class DirectoryError {
    None,
    InvalidSettings, // URL/bind/base missing or malformed
    ClearTextRefused, // a simple bind would have gone out unencrypted: refused before sending
    Unreachable, // nothing answers (refused, no route, DNS)
    Timeout, // connect or operation took too long
    TlsFailed, // TLS handshake failed for a reason other than trust
    CertificateUntrusted, // not signed by a trusted CA and not pinned: ask, then pin
    CertificateChanged, // differs from the pinned certificate: refuse, warn
    BindFailed, // wrong credentials, disabled/locked bind account...
    BaseNotFound, // search base does not exist
    UserNotFound,
    UserAmbiguous,
    PasswordPolicy, // AD constraint 0000052D and friends
    AccessDenied, // insufficient rights for the change
    InvalidValue, // validation of a policy change or password failed before sending
    Cancelled,
    OperationFailed, // anything else the server refused
};

// Stable, untranslated identifier ("certificate_untrusted") for JSON and logs.
QString directoryErrorKey(DirectoryError e);

struct DirectoryOutcome
{
    DirectoryError error = DirectoryError::None;
    QString message; // translated sentence for the technician
    QString detail; // libldap's / the server's own text, untranslated
    int ldapCode = 0; // LDAP result code (RFC 4511) or libldap's negative API code
    QString adCode; // the "data XXX" of AD's diagnostic (e.g. "775", "52e"), if any
    // Set for CertificateUntrusted (ask, then TlsTrust::storePin) and CertificateChanged.
    CertificateQuestion certificate;
    bool hasCertificate() const { return !certificate.fingerprint.isEmpty(); }
    bool ok() const { return error == DirectoryError::None; }
};

// Everything a directory job needs; copied onto the worker thread.
struct DirectoryConfig
{
    QString url; // ldaps://host[:port] or ldap://host[:port] (StartTLS)
    QString bindIdentity; // UPN or DN
    QString password;
    QString baseDn;
    QString caFile; // empty: the system store
    QStringList extraControllers;
    // Pinned certificates: ("host:port", "sha256:hex"), as in TrustPins. An empty endpoint
    // pins for every controller (the CLI's --pin).
    QList<QPair<QString, QString>> pins;
    int connectTimeoutMs = 5000;
    int operationTimeoutMs = 15000;

    static DirectoryConfig fromProfile(const Profile &profile, const QString &password);
    // The trust rules of common/tlstrust.h with these pins.
    TlsTrust trust() const;
};

// userAccountControl bits (MS-ADTS 2.2.16).
namespace Uac {
constexpr quint32 AccountDisable = 0x2;
constexpr quint32 Lockout = 0x10;
constexpr quint32 PasswordNotRequired = 0x20;
constexpr quint32 NormalAccount = 0x200;
constexpr quint32 DontExpirePassword = 0x10000;
constexpr quint32 PasswordExpired = 0x800000;
} // namespace Uac

struct DirectoryUser
{
    QString dn;
    QString samAccountName;
    QString userPrincipalName;
    QString mail;
    QString displayName;
};

// Lockout counters of one domain controller: badPwdCount, badPasswordTime and lockoutTime are
// not replicated (badPwdCount) or replicated late, so each controller has its own view.
struct ControllerStatus
{
    QString controller; // URL
    bool reachable = false;
    QString error; // translated, when not reachable
    int badPwdCount = 0;
    std::optional<QDateTime> badPasswordTime;
    std::optional<QDateTime> lockoutTime;
    bool lockedOut = false;
};

struct UserStatus
{
    DirectoryUser user;
    quint32 userAccountControl = 0;
    bool enabled = true;
    bool lockedOut = false;
    std::optional<QDateTime> lockoutTime; // when the lockout began (0 = none)
    std::optional<QDateTime> lockoutEnds; // nullopt while locked: until an admin unlocks
    int badPwdCount = 0;
    std::optional<QDateTime> badPasswordTime;
    std::optional<QDateTime> pwdLastSet;
    bool mustChangePassword = false; // pwdLastSet == 0
    bool passwordNeverExpires = false;
    std::optional<QDateTime> lastLogon; // lastLogonTimestamp (replicated, ~14 days late)
    std::optional<QDateTime> accountExpires;
    QStringList groups; // memberOf DNs
    QList<ControllerStatus> controllers; // the main one first, then the extra ones

    // Plain translated words for the status panel.
    QString enabledText() const;
    QString lockoutText() const;
    QString passwordText() const;
};

// Decoding, pure and tested.
bool uacDisabled(quint32 uac);
// Locked out now: msDS-User-Account-Control-Computed's lockout bit when the server computed it;
// otherwise lockoutTime plus the domain's lockoutDuration still in the future (an expired
// lockout keeps its lockoutTime until the next logon, but no longer locks).
bool isLockedOutNow(qint64 lockoutTime, std::optional<quint32> computedUac,
                    std::optional<qint64> lockoutDurationSeconds, const QDateTime &now);

struct DomainPolicy
{
    QString domainDn;
    int lockoutThreshold = 0; // 0: never lock
    std::optional<qint64> observationWindowSeconds; // lockOutObservationWindow
    std::optional<qint64> lockoutDurationSeconds; // nullopt: until an administrator unlocks
    int minPwdLength = 0;
    quint32 pwdProperties = 0;
    int pwdHistoryLength = 0;
    std::optional<qint64> maxPwdAgeSeconds; // nullopt: never expires
    std::optional<qint64> minPwdAgeSeconds;
    bool complexity() const { return pwdProperties & 0x1; } // DOMAIN_PASSWORD_COMPLEX
};

// A requested change; unset fields stay as they are.
struct PolicyChange
{
    std::optional<int> lockoutThreshold;
    std::optional<qint64> observationWindowSeconds;
    std::optional<qint64> lockoutDurationSeconds;
    std::optional<int> minPwdLength;
    std::optional<bool> complexity;
    std::optional<int> pwdHistoryLength;
    std::optional<qint64> maxPwdAgeSeconds;
    std::optional<qint64> minPwdAgeSeconds;
    bool isEmpty() const;
    DomainPolicy appliedTo(const DomainPolicy &current) const;
};

// Empty when `p` is acceptable to AD, else a translated reason. AD's limits: threshold
// 0..999, durations in whole minutes up to 99999, observation window not longer than the
// lockout duration, minimum length 0..14 (GUI limit; AD allows 255), history 0..24.
QString validatePolicy(const DomainPolicy &p);

// Why AD refused a new password, as one translated sentence, from the server's diagnostic
// (Samba: "check_password_restrictions: the password is too short..."; Windows:
// "0000052D: Constraint violation ...") and the domain policy.
QString passwordRejectionReason(const QString &diagnostic, const DomainPolicy &policy,
                                const QString &password);

// A generated password that satisfies AD complexity (upper, lower, digit, symbol) with
// `length` characters (at least 16) from the system CSPRNG, without look-alikes (0/O, 1/l/I).
QString generatePassword(int length = 20);

// Whether `password` has characters from at least three of AD's four character groups
// (the complexity rule of MS-ADTS, without the check against the account name).
bool meetsComplexity(const QString &password);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::DirectoryOutcome)
Q_DECLARE_METATYPE(zaindari::UserStatus)
Q_DECLARE_METATYPE(zaindari::DomainPolicy)
Q_DECLARE_METATYPE(zaindari::DirectoryUser)
