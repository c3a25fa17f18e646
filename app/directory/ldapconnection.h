#pragma once
// One libldap handle, used on one worker thread only (libldap handles are not to be shared
// between threads). Synchronous on that thread, but every wait polls a cancel flag and an
// overall deadline, so a job can be cancelled and never hangs.
// Internal to app/directory: the rest of the program uses DirectorySession through jobs.

#include "directorytypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

typedef struct ldap LDAP;
typedef struct ldapmsg LDAPMessage;
struct ldap_conncb;

namespace zaindari {

struct LdapHandleDeleter
{
    void operator()(LDAP *ld) const;
};
struct LdapMessageDeleter
{
    void operator()(LDAPMessage *m) const;
};
using LdapHandle = std::unique_ptr<LDAP, LdapHandleDeleter>;
using LdapMessagePtr = std::unique_ptr<LDAPMessage, LdapMessageDeleter>;

struct LdapEntry
{
    QString dn;
    QHash<QString, QList<QByteArray>> attributes; // keys lower-case
    QList<QByteArray> values(const QString &name) const { return attributes.value(name.toLower()); }
    QByteArray value(const QString &name) const
    {
        const QList<QByteArray> v = values(name);
        return v.isEmpty() ? QByteArray() : v.first();
    }
    QString text(const QString &name) const { return QString::fromUtf8(value(name)); }
    bool has(const QString &name) const { return attributes.contains(name.toLower()); }
};

struct LdapMod
{
    enum Op { Add, Delete, Replace };
    Op op = Replace;
    QString attribute;
    QList<QByteArray> values;
};

enum class LdapScope { Base, OneLevel, Subtree };

class LdapConnection
{
public:
    LdapConnection(const DirectoryConfig &config, const std::atomic_bool *cancel);
    ~LdapConnection();
    LdapConnection(const LdapConnection &) = delete;
    LdapConnection &operator=(const LdapConnection &) = delete;

    // TCP, then TLS (ldaps:// or StartTLS), then certificate trust: CA first, pins second.
    // Never binds.
    DirectoryOutcome open(const QString &url);
    // Simple bind; refused before anything is sent unless TLS is in place.
    DirectoryOutcome bind(const QString &identity, const QString &password);
    DirectoryOutcome search(const QString &base, LdapScope scope, const QString &filter,
                            const QStringList &attributes, QList<LdapEntry> *entries, int sizeLimit = 0);
    DirectoryOutcome readEntry(const QString &dn, const QStringList &attributes, LdapEntry *entry);
    DirectoryOutcome modify(const QString &dn, const QList<LdapMod> &mods);

    bool isEncrypted() const;
    QString endpoint() const { return m_endpoint; }
    QString url() const { return m_url; }
    // Was trust established by a pin (true) or by CA verification (false)?
    bool trustedByPin() const { return m_trustedByPin; }
    // The deadline watch of a connect in progress (for libldap's connect callback), or null.
    struct SocketWatch *socketWatch() const { return m_watch; }

private:
    enum class CertMode { Demand, Allow };
    DirectoryOutcome attempt(CertMode mode);
    DirectoryOutcome tcpProbe(const QString &host, int port);
    DirectoryOutcome waitFor(int msgid, bool all, LdapMessagePtr *result);
    DirectoryOutcome resultOutcome(LDAPMessage *msg, QStringList *referrals = nullptr,
                                   QByteArray *pageCookie = nullptr);
    CertificateQuestion peerCertificate() const;
    QString diagnostic() const;

    DirectoryConfig m_config;
    const std::atomic_bool *m_cancel;
    // libldap keeps a pointer to the connect callback: it lives as long as this object.
    std::unique_ptr<ldap_conncb> m_connectCallback;
    struct SocketWatch *m_watch = nullptr;
    LdapHandle m_ld;
    QString m_url;
    QString m_endpoint;
    bool m_startTls = false;
    bool m_trustedByPin = false;
};

// Translated sentence for an LDAP result code from an operation (not bind/connect).
DirectoryOutcome ldapOperationFailure(int rc, const QString &diagnostic);
// AD's "data XXX" sub-code from a diagnostic message, lower-case hex, or empty.
QString adDataCode(const QString &diagnostic);
// Translated sentence for a failed simple bind of `identity`, using AD's sub-code.
QString bindFailureMessage(const QString &identity, const QString &adCode);

} // namespace zaindari
