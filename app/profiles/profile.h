#pragma once
// A saved server profile: plain values, no secrets. Secrets (passwords, key passphrases)
// live only in the OS keychain, addressed by SecretKey (see secretstore.h).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zaindari {

enum class SshAuthMethod { Agent, KeyFile, Password };
enum class MtaPreset { Zimbra, Postfix };

// Remote tool paths. With the Zimbra preset postqueue runs as the SSH user (a real Zimbra MTA
// grants no sudo for it) and postsuper/postcat/postconf/postfix run through `sudo -n`.
struct MtaPaths
{
    QString postqueue;
    QString postsuper;
    QString postcat;
    QString postconf;
    QString postfix;
    bool sudoForAdminTools = true; // postsuper, postcat, postconf, postfix through `sudo -n`
    static MtaPaths forPreset(MtaPreset preset);
    bool operator==(const MtaPaths &o) const;
};

struct MtaHost
{
    QString host;
    quint16 port = 22;
    bool operator==(const MtaHost &o) const { return host == o.host && port == o.port; }
};

struct SshSettings
{
    QList<MtaHost> hosts; // one or more MTA hosts sharing the settings below
    QString user = QStringLiteral("zimbra");
    SshAuthMethod auth = SshAuthMethod::Agent;
    QString keyFile; // for KeyFile
    MtaPreset preset = MtaPreset::Zimbra;
    MtaPaths paths = MtaPaths::forPreset(MtaPreset::Zimbra);
    QString mtaLogPath = QStringLiteral("/var/log/zimbra.log");
    QString auditLogPath = QStringLiteral("/opt/zimbra/log/audit.log");
    bool operator==(const SshSettings &o) const;
};

struct SoapSettings
{
    QUrl url; // https://HOST:7071/service/admin/soap
    QString adminUser;
    static QUrl defaultUrlFor(const QString &host);
    bool operator==(const SoapSettings &o) const { return url == o.url && adminUser == o.adminUser; }
};

struct LdapSettings
{
    QString url; // ldaps://HOST[:PORT] or ldap://HOST[:PORT] (StartTLS)
    QString bindIdentity; // UPN or DN
    QString baseDn;
    QString caFile; // optional
    QStringList extraControllers; // other domain controllers (ldaps:// URLs)
    bool operator==(const LdapSettings &o) const;
};

// Trust the technician confirmed: "host:port" -> "SHA256:base64" for SSH host keys,
// "host:port" -> "sha256:hex" (SHA-256 of the DER certificate) for TLS.
struct TrustPins
{
    QList<QPair<QString, QString>> sshHostKeys;
    QList<QPair<QString, QString>> tlsCertificates;
    bool operator==(const TrustPins &o) const
    {
        return sshHostKeys == o.sshHostKeys && tlsCertificates == o.tlsCertificates;
    }
};

// What `watch --auto-contain` does to a login whose send rate reaches autoThresholdPerMinute
// (issue 8). Off unless the technician opts in; the threshold is its own, independent of the
// alert threshold. Automatic runs favour reversible steps: by default the directory account
// is disabled (undone by enabling it, no password to hand over) and the mail is held.
enum class ContainQueueAction { Hold, Delete };
enum class ContainDirectoryAction { Disable, ResetPassword, Leave };

struct ContainSettings
{
    bool autoContain = false;
    int autoThresholdPerMinute = 60; // messages of one login in any 60 s
    ContainQueueAction queue = ContainQueueAction::Hold;
    ContainDirectoryAction directory = ContainDirectoryAction::Disable;
    // Postfix stop+start ends EVERY open SMTP session on the host; only when the login has one.
    bool restartMtaWhenSessionsOpen = true;
    bool removeForwarding = true; // clear forwarding addresses and filter redirects
    static constexpr int MinThreshold = 1;
    static constexpr int MaxThreshold = 100000;
    bool operator==(const ContainSettings &o) const;
};

struct Profile
{
    QString id; // stable UUID (without braces); keychain entries hang off it
    QString name; // display name, unique in the store
    SshSettings ssh;
    SoapSettings soap;
    LdapSettings ldap;
    TrustPins trust;
    ContainSettings containment;

    // The mail domain of the profile's accounts, for a bare login ("ikasle3") in the MTA log:
    // the domain of the Zimbra admin account, else the directory bind UPN's suffix, else the
    // DC= components of the directory base. Empty when none of them gives one.
    QString mailDomain() const;
    // "ikasle3" -> "ikasle3@<mailDomain()>"; an address is returned as it is; empty when a
    // bare login has no domain to go with.
    QString accountAddress(const QString &login) const;

    static Profile create(const QString &name); // fresh id, sensible defaults
    QJsonObject toJson() const; // never contains a secret: there are none here
    static Profile fromJson(const QJsonObject &o);
    bool operator==(const Profile &o) const;
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

QString toString(SshAuthMethod m);
QString toString(MtaPreset p);
SshAuthMethod sshAuthFromString(const QString &s, SshAuthMethod fallback = SshAuthMethod::Agent);
MtaPreset mtaPresetFromString(const QString &s, MtaPreset fallback = MtaPreset::Zimbra);
QString toString(ContainQueueAction a);
QString toString(ContainDirectoryAction a);
ContainQueueAction containQueueFromString(const QString &s,
                                          ContainQueueAction fallback = ContainQueueAction::Hold);
ContainDirectoryAction containDirectoryFromString(const QString &s,
                                                  ContainDirectoryAction fallback
                                                  = ContainDirectoryAction::Disable);

} // namespace zaindari
