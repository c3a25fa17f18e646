#include "ldapconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QUrl>

#include <ldap.h>
#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <vector>

namespace zaindari {

namespace {

// Frees what libldap allocates, at the place it is allocated.
struct BerElementDeleter
{
    void operator()(BerElement *b) const { ber_free(b, 0); }
};
struct LdapMemDeleter
{
    void operator()(char *p) const { ldap_memfree(p); }
};
struct BervalValuesDeleter
{
    void operator()(berval **v) const { ldap_value_free_len(v); }
};
struct ControlsDeleter
{
    void operator()(LDAPControl **c) const { ldap_controls_free(c); }
};
struct ControlDeleter
{
    void operator()(LDAPControl *c) const { ldap_control_free(c); }
};
struct RefsDeleter
{
    void operator()(char **r) const { ber_memvfree(reinterpret_cast<void **>(r)); }
};
// A berval whose bv_val libldap allocated (e.g. the paged-results cookie, a peer certificate).
struct OwnedBerval
{
    berval bv {0, nullptr};
    ~OwnedBerval() { ber_memfree(bv.bv_val); }
    OwnedBerval() = default;
    OwnedBerval(const OwnedBerval &) = delete;
    OwnedBerval &operator=(const OwnedBerval &) = delete;
};

constexpr int kPageSize = 500;
constexpr int kPollSliceMs = 100;

timeval toTimeval(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

DirectoryOutcome failure(DirectoryError e, const QString &message, const QString &detail = QString(),
                         int rc = 0)
{
    DirectoryOutcome o;
    o.error = e;
    o.message = message;
    o.detail = detail;
    o.ldapCode = rc;
    o.adCode = adDataCode(detail);
    return o;
}

void noDisconnectAction(LDAP *, Sockbuf *, ldap_conncb *);
int rememberSocket(LDAP *, Sockbuf *sb, LDAPURLDesc *, sockaddr *, ldap_conncb *ctx);

} // namespace

// libldap's network timeout covers the TCP connect only: a server that accepts and then never
// answers the TLS handshake blocks ldap_connect() inside gnutls_handshake() for ever. While a
// connect or StartTLS runs, this watch shuts the socket down when the deadline passes or the
// job is cancelled; the blocked read then fails at once. shutdown() does not close the
// descriptor, and the socket is forgotten (under the mutex) before libldap closes it.
struct SocketWatch
{
    std::mutex mutex;
    std::condition_variable wake;
    int fd = -1;
    bool stop = false;
    bool fired = false;
    std::thread thread;

    SocketWatch(int timeoutMs, const std::atomic_bool *cancel)
    {
        thread = std::thread([this, timeoutMs, cancel] {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
            std::unique_lock<std::mutex> lock(mutex);
            while (!stop) {
                const bool timedOut = std::chrono::steady_clock::now() >= deadline;
                if (timedOut || (cancel && cancel->load())) {
                    fired = true;
                    if (fd >= 0)
                        ::shutdown(fd, SHUT_RDWR);
                    return;
                }
                wake.wait_for(lock, std::chrono::milliseconds(kPollSliceMs));
            }
        });
    }
    ~SocketWatch()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        wake.notify_all();
        thread.join();
    }
};

namespace {
int rememberSocket(LDAP *, Sockbuf *sb, LDAPURLDesc *, sockaddr *, ldap_conncb *ctx)
{
    auto *self = static_cast<LdapConnection *>(ctx->lc_arg);
    ber_socket_t fd = -1;
    SocketWatch *watch = self->socketWatch();
    if (watch && ber_sockbuf_ctrl(sb, LBER_SB_OPT_GET_FD, &fd) == 1) {
        std::lock_guard<std::mutex> lock(watch->mutex);
        watch->fd = fd;
    }
    return 0;
}

void noDisconnectAction(LDAP *, Sockbuf *, ldap_conncb *ctx)
{
    auto *self = static_cast<LdapConnection *>(ctx->lc_arg);
    if (SocketWatch *watch = self->socketWatch()) {
        std::lock_guard<std::mutex> lock(watch->mutex);
        watch->fd = -1;
    }
}
} // namespace

void LdapHandleDeleter::operator()(LDAP *ld) const
{
    ldap_unbind_ext_s(ld, nullptr, nullptr);
}

void LdapMessageDeleter::operator()(LDAPMessage *m) const
{
    ldap_msgfree(m);
}

QString adDataCode(const QString &diagnostic)
{
    // AD: "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563"
    static const QRegularExpression re(QStringLiteral("\\bdata ([0-9a-fA-F]+)\\b"));
    const auto m = re.match(diagnostic);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString bindFailureMessage(const QString &identity, const QString &adCode)
{
    // Sub-codes of AcceptSecurityContext errors (the Win32 status in the "data" field).
    if (adCode == QLatin1String("775"))
        //: %1 is the bind account (UPN or DN)
        return QCoreApplication::translate(
                   "zaindari::LdapConnection",
                   "The directory refused the login of %1: the account is locked out.")
            .arg(identity);
    if (adCode == QLatin1String("533"))
        return QCoreApplication::translate("zaindari::LdapConnection",
                                           "The directory refused the login of %1: the account is disabled.")
            .arg(identity);
    if (adCode == QLatin1String("773"))
        return QCoreApplication::translate(
                   "zaindari::LdapConnection",
                   "The directory refused the login of %1: the password must be changed first.")
            .arg(identity);
    if (adCode == QLatin1String("532"))
        return QCoreApplication::translate("zaindari::LdapConnection",
                                           "The directory refused the login of %1: the password has expired.")
            .arg(identity);
    if (adCode == QLatin1String("701"))
        return QCoreApplication::translate("zaindari::LdapConnection",
                                           "The directory refused the login of %1: the account has expired.")
            .arg(identity);
    if (adCode == QLatin1String("530") || adCode == QLatin1String("531"))
        return QCoreApplication::translate("zaindari::LdapConnection",
                                           "The directory refused the login of %1: logons are not allowed at "
                                           "this time or from this computer.")
            .arg(identity);
    return QCoreApplication::translate("zaindari::LdapConnection",
                                       "The directory refused the login of %1: wrong name or password.")
        .arg(identity);
}

DirectoryOutcome ldapOperationFailure(int rc, const QString &diagnostic)
{
    switch (rc) {
    case LDAP_INSUFFICIENT_ACCESS:
        return failure(DirectoryError::AccessDenied,
                       QCoreApplication::translate(
                           "zaindari::LdapConnection",
                           "The bind account is not allowed to make this change in the directory."),
                       diagnostic, rc);
    case LDAP_NO_SUCH_OBJECT:
        return failure(DirectoryError::BaseNotFound,
                       QCoreApplication::translate("zaindari::LdapConnection",
                                                   "The directory entry or search base does not exist."),
                       diagnostic, rc);
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        return failure(DirectoryError::Unreachable,
                       QCoreApplication::translate("zaindari::LdapConnection",
                                                   "The connection to the directory was lost."),
                       diagnostic, rc);
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return failure(
            DirectoryError::Timeout,
            QCoreApplication::translate("zaindari::LdapConnection", "The directory did not answer in time."),
            diagnostic, rc);
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        return failure(
            DirectoryError::ClearTextRefused,
            QCoreApplication::translate("zaindari::LdapConnection",
                                        "The directory requires an encrypted connection for this."),
            diagnostic, rc);
    default:
        break;
    }
    //: %1 is libldap's name for the LDAP result code
    return failure(
        DirectoryError::OperationFailed,
        QCoreApplication::translate("zaindari::LdapConnection", "The directory refused the operation: %1.")
            .arg(QString::fromUtf8(ldap_err2string(rc))),
        diagnostic, rc);
}

LdapConnection::LdapConnection(const DirectoryConfig &config, const std::atomic_bool *cancel)
    : m_config(config)
    , m_cancel(cancel)
    , m_connectCallback(std::make_unique<ldap_conncb>())
{
    m_connectCallback->lc_add = rememberSocket;
    m_connectCallback->lc_del = noDisconnectAction;
    m_connectCallback->lc_arg = this;
}

LdapConnection::~LdapConnection()
{
    m_ld.reset(); // before the callback it points to
}

bool LdapConnection::isEncrypted() const
{
    return m_ld && ldap_tls_inplace(m_ld.get());
}

QString LdapConnection::diagnostic() const
{
    if (!m_ld)
        return QString();
    char *msg = nullptr;
    ldap_get_option(m_ld.get(), LDAP_OPT_DIAGNOSTIC_MESSAGE, &msg);
    std::unique_ptr<char, LdapMemDeleter> guard(msg);
    return msg ? QString::fromUtf8(msg) : QString();
}

DirectoryOutcome LdapConnection::tcpProbe(const QString &host, int port)
{
    // A plain TCP connect first tells "nothing listens" and "no answer in time" apart from
    // TLS and trust failures, which libldap reports all alike as "Can't contact LDAP server".
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (socket.waitForConnected(m_config.connectTimeoutMs)) {
        socket.abort();
        return {};
    }
    const QString detail = socket.errorString();
    if (socket.error() == QAbstractSocket::SocketTimeoutError)
        //: %1 is host:port
        return failure(DirectoryError::Timeout,
                       QCoreApplication::translate("zaindari::LdapConnection",
                                                   "The directory server %1 did not answer in time.")
                           .arg(m_endpoint),
                       detail);
    return failure(DirectoryError::Unreachable,
                   QCoreApplication::translate("zaindari::LdapConnection",
                                               "Cannot reach the directory server %1: nothing answers there.")
                       .arg(m_endpoint),
                   detail);
}

DirectoryOutcome LdapConnection::open(const QString &urlText)
{
    const QUrl url(urlText.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("ldaps") && scheme != QLatin1String("ldap")))
        //: %1 is what the technician typed
        return failure(DirectoryError::InvalidSettings,
                       QCoreApplication::translate(
                           "zaindari::LdapConnection",
                           "“%1” is not a directory address: use ldaps://HOST[:PORT] or ldap://HOST[:PORT].")
                           .arg(urlText));
    m_startTls = scheme == QLatin1String("ldap");
    const int port = url.port(m_startTls ? 389 : 636);
    const QString host = url.host();
    m_endpoint = TlsTrust::hostPort(host, port);
    m_url = scheme + QStringLiteral("://") + m_endpoint;

    DirectoryOutcome probe = tcpProbe(host, port);
    if (!probe.ok())
        return probe;
    if (m_cancel && m_cancel->load())
        return failure(DirectoryError::Cancelled,
                       QCoreApplication::translate("zaindari::LdapConnection", "Cancelled."));

    const TlsTrust trust = m_config.trust();
    if (trust.hasPins(m_endpoint)) {
        // A pin means "exactly this certificate", whoever signed it (like an SSH known host),
        // so the handshake itself does not verify; the leaf is compared before any bind.
        DirectoryOutcome o = attempt(CertMode::Allow);
        if (!o.ok())
            return o;
        CertificateQuestion cert = peerCertificate();
        if (trust.evaluate(m_endpoint, cert.fingerprint, false) != TlsVerdict::Trusted) {
            m_ld.reset();
            cert.expectedPins = trust.pinsFor(m_endpoint);
            DirectoryOutcome changed
                = failure(DirectoryError::CertificateChanged, TlsTrust::changedMessage(cert));
            changed.certificate = cert;
            return changed;
        }
        m_trustedByPin = true;
        return {};
    }

    DirectoryOutcome strict = attempt(CertMode::Demand);
    if (strict.ok())
        return strict;
    if (strict.error == DirectoryError::Cancelled || strict.error == DirectoryError::Timeout)
        return strict;
    // Did it fail on trust alone? Repeat the handshake without verification, only to look at
    // the certificate; nothing is sent over that connection and it is closed at once.
    DirectoryOutcome loose = attempt(CertMode::Allow);
    if (!loose.ok())
        return strict;
    CertificateQuestion cert = peerCertificate();
    m_ld.reset();
    if (!strict.detail.isEmpty())
        cert.problems.append(strict.detail);
    DirectoryOutcome untrusted
        = failure(DirectoryError::CertificateUntrusted, TlsTrust::untrustedMessage(cert), strict.detail);
    untrusted.certificate = cert;
    return untrusted;
}

DirectoryOutcome LdapConnection::attempt(CertMode mode)
{
    m_ld.reset();
    LDAP *raw = nullptr;
    int rc = ldap_initialize(&raw, m_url.toUtf8().constData());
    if (rc != LDAP_SUCCESS || !raw)
        return failure(DirectoryError::InvalidSettings,
                       QCoreApplication::translate(
                           "zaindari::LdapConnection",
                           "“%1” is not a directory address: use ldaps://HOST[:PORT] or ldap://HOST[:PORT].")
                           .arg(m_url),
                       QString::fromUtf8(ldap_err2string(rc)), rc);
    m_ld.reset(raw);
    LDAP *ld = raw;

    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    // Referrals are not chased: following one would re-send our bind to a server we never vetted.
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    const timeval net = toTimeval(m_config.connectTimeoutMs);
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &net);
    const timeval op = toTimeval(m_config.operationTimeoutMs);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &op);
    ldap_set_option(ld, LDAP_OPT_CONNECT_CB, m_connectCallback.get());

    const int require = mode == CertMode::Demand ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_ALLOW;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &require);
    if (!m_config.caFile.isEmpty()) {
        const QByteArray ca = m_config.caFile.toLocal8Bit();
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
    }
    // A fresh TLS context for this handle, so these settings never leak into another
    // connection (libldap's global context is shared by the whole process).
    const int isServer = 0;
    rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (rc != LDAP_SUCCESS)
        //: %1 is the CA file path
        return failure(DirectoryError::InvalidSettings,
                       QCoreApplication::translate("zaindari::LdapConnection",
                                                   "Cannot use the CA certificate file “%1”.")
                           .arg(m_config.caFile),
                       diagnostic().isEmpty() ? QString::fromUtf8(ldap_err2string(rc)) : diagnostic(), rc);

    QElapsedTimer timer;
    timer.start();
    bool watchFired = false;
    {
        SocketWatch watch(m_config.connectTimeoutMs + (m_startTls ? m_config.operationTimeoutMs : 0),
                          m_cancel);
        m_watch = &watch;
        rc = ldap_connect(ld);
        if (rc == LDAP_SUCCESS && m_startTls)
            rc = ldap_start_tls_s(ld, nullptr, nullptr);
        {
            std::lock_guard<std::mutex> lock(watch.mutex);
            watchFired = watch.fired;
            watch.fd = -1;
        }
        m_watch = nullptr;
    }
    if (watchFired && m_cancel && m_cancel->load()) {
        m_ld.reset();
        return failure(DirectoryError::Cancelled,
                       QCoreApplication::translate("zaindari::LdapConnection", "Cancelled."));
    }
    if (watchFired) {
        // Whatever libldap made of the shut-down socket, the cause was the server's silence.
        m_ld.reset();
        return failure(
            DirectoryError::Timeout,
            QCoreApplication::translate("zaindari::LdapConnection",
                                        "The directory server %1 did not complete the TLS handshake in time.")
                .arg(m_endpoint),
            QString(), LDAP_TIMEOUT);
    }
    if (rc != LDAP_SUCCESS) {
        const QString detail = QString::fromUtf8(ldap_err2string(rc))
            + (diagnostic().isEmpty() ? QString() : QStringLiteral(" (") + diagnostic() + QLatin1Char(')'));
        if (rc == LDAP_TIMEOUT || timer.elapsed() >= m_config.connectTimeoutMs)
            return failure(DirectoryError::Timeout,
                           QCoreApplication::translate(
                               "zaindari::LdapConnection",
                               "The directory server %1 did not complete the TLS handshake in time.")
                               .arg(m_endpoint),
                           detail, rc);
        if (m_startTls && rc > 0)
            return failure(
                DirectoryError::TlsFailed,
                QCoreApplication::translate(
                    "zaindari::LdapConnection",
                    "The directory server %1 refused StartTLS; a password is never sent without encryption.")
                    .arg(m_endpoint),
                detail, rc);
        return failure(DirectoryError::TlsFailed,
                       QCoreApplication::translate("zaindari::LdapConnection",
                                                   "The TLS connection to the directory server %1 failed.")
                           .arg(m_endpoint),
                       detail, rc);
    }
    if (!ldap_tls_inplace(ld))
        return failure(
            DirectoryError::TlsFailed,
            QCoreApplication::translate("zaindari::LdapConnection", "The connection to %1 is not encrypted.")
                .arg(m_endpoint));
    return {};
}

CertificateQuestion LdapConnection::peerCertificate() const
{
    if (!m_ld)
        return {};
    OwnedBerval der;
    if (ldap_get_option(m_ld.get(), LDAP_OPT_X_TLS_PEERCERT, &der.bv) != LDAP_OPT_SUCCESS || !der.bv.bv_val)
        return {};
    const QByteArray bytes(der.bv.bv_val, qsizetype(der.bv.bv_len));
    const QSslCertificate parsed(bytes, QSsl::Der);
    CertificateQuestion q = TlsTrust::describe(m_endpoint, parsed, {});
    q.fingerprint = TlsTrust::fingerprintOfDer(bytes);
    return q;
}

DirectoryOutcome LdapConnection::waitFor(int msgid, bool all, LdapMessagePtr *result)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        timeval slice = toTimeval(kPollSliceMs);
        LDAPMessage *msg = nullptr;
        const int rc = ldap_result(m_ld.get(), msgid, all ? LDAP_MSG_ALL : LDAP_MSG_ONE, &slice, &msg);
        if (rc > 0) {
            result->reset(msg);
            return {};
        }
        if (rc < 0) {
            int code = LDAP_SERVER_DOWN;
            ldap_get_option(m_ld.get(), LDAP_OPT_RESULT_CODE, &code);
            return ldapOperationFailure(code, diagnostic());
        }
        if (m_cancel && m_cancel->load()) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            return failure(DirectoryError::Cancelled,
                           QCoreApplication::translate("zaindari::LdapConnection", "Cancelled."));
        }
        if (timer.elapsed() > m_config.operationTimeoutMs) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            //: %1 is host:port
            return failure(DirectoryError::Timeout,
                           QCoreApplication::translate("zaindari::LdapConnection",
                                                       "The directory server %1 did not answer in time.")
                               .arg(m_endpoint));
        }
    }
}

DirectoryOutcome LdapConnection::resultOutcome(LDAPMessage *msg, QStringList *referrals,
                                               QByteArray *pageCookie)
{
    int rc = LDAP_OTHER;
    char *matched = nullptr;
    char *diag = nullptr;
    char **refs = nullptr;
    LDAPControl **ctrls = nullptr;
    const int prc = ldap_parse_result(m_ld.get(), msg, &rc, &matched, &diag, &refs, &ctrls, 0);
    std::unique_ptr<char, LdapMemDeleter> g1(matched), g2(diag);
    std::unique_ptr<char *, RefsDeleter> g3(refs);
    std::unique_ptr<LDAPControl *, ControlsDeleter> g4(ctrls);
    if (prc != LDAP_SUCCESS)
        return ldapOperationFailure(prc, diagnostic());
    if (referrals && refs) {
        for (char **r = refs; *r; ++r)
            referrals->append(QString::fromUtf8(*r));
    }
    if (pageCookie) {
        pageCookie->clear();
        if (LDAPControl *page = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, ctrls, nullptr)) {
            ber_int_t estimate = 0;
            OwnedBerval cookie;
            if (ldap_parse_pageresponse_control(m_ld.get(), page, &estimate, &cookie.bv) == LDAP_SUCCESS
                && cookie.bv.bv_val)
                *pageCookie = QByteArray(cookie.bv.bv_val, qsizetype(cookie.bv.bv_len));
        }
    }
    if (rc == LDAP_SUCCESS)
        return {};
    return ldapOperationFailure(rc, diag ? QString::fromUtf8(diag) : QString());
}

DirectoryOutcome LdapConnection::bind(const QString &identity, const QString &password)
{
    if (!isEncrypted())
        // Checked here, before any byte of the password leaves this process.
        return failure(
            DirectoryError::ClearTextRefused,
            QCoreApplication::translate("zaindari::LdapConnection",
                                        "Refused to send a password over an unencrypted connection."));
    if (password.isEmpty())
        // An empty simple bind is an anonymous bind that "succeeds" (RFC 4513 5.1.2).
        return failure(
            DirectoryError::InvalidSettings,
            QCoreApplication::translate("zaindari::LdapConnection", "The directory password is empty."));
    const QByteArray who = identity.toUtf8();
    QByteArray pw = password.toUtf8();
    berval cred;
    cred.bv_val = pw.data();
    cred.bv_len = ber_len_t(pw.size());
    int msgid = 0;
    int rc = ldap_sasl_bind(m_ld.get(), who.constData(), LDAP_SASL_SIMPLE, &cred, nullptr, nullptr, &msgid);
    pw.fill('\0');
    if (rc != LDAP_SUCCESS)
        return ldapOperationFailure(rc, diagnostic());
    LdapMessagePtr res;
    DirectoryOutcome o = waitFor(msgid, true, &res);
    if (!o.ok())
        return o;
    o = resultOutcome(res.get());
    if (o.ok())
        return o;
    if (o.ldapCode == LDAP_INVALID_CREDENTIALS)
        return failure(DirectoryError::BindFailed, bindFailureMessage(identity, o.adCode), o.detail,
                       o.ldapCode);
    if (o.ldapCode == LDAP_INVALID_DN_SYNTAX || o.ldapCode == LDAP_UNWILLING_TO_PERFORM)
        return failure(
            DirectoryError::BindFailed,
            //: %1 is the bind account
            QCoreApplication::translate("zaindari::LdapConnection", "The directory refused the login of %1.")
                .arg(identity),
            o.detail, o.ldapCode);
    return o;
}

DirectoryOutcome LdapConnection::search(const QString &base, LdapScope scope, const QString &filter,
                                        const QStringList &attributes, QList<LdapEntry> *entries,
                                        int sizeLimit)
{
    const QByteArray baseUtf8 = base.toUtf8();
    const QByteArray filterUtf8 = filter.toUtf8();
    std::vector<QByteArray> attrStore;
    std::vector<char *> attrs;
    for (const QString &a : attributes)
        attrStore.push_back(a.toUtf8());
    for (QByteArray &a : attrStore)
        attrs.push_back(a.data());
    attrs.push_back(nullptr);
    const int ldapScope = scope == LdapScope::Base ? LDAP_SCOPE_BASE
        : scope == LdapScope::OneLevel             ? LDAP_SCOPE_ONELEVEL
                                                   : LDAP_SCOPE_SUBTREE;
    // Base-object reads need no paging; subtree searches page (RFC 2696) so that AD's
    // MaxPageSize (1000) never truncates a result silently.
    const bool paged = scope != LdapScope::Base;
    QByteArray cookie;
    do {
        std::unique_ptr<LDAPControl, ControlDeleter> pageControl;
        if (paged) {
            berval c;
            c.bv_val = cookie.isEmpty() ? nullptr : cookie.data();
            c.bv_len = ber_len_t(cookie.size());
            LDAPControl *ctrl = nullptr;
            const int rc = ldap_create_page_control(m_ld.get(), kPageSize, &c, 0, &ctrl);
            if (rc != LDAP_SUCCESS)
                return ldapOperationFailure(rc, diagnostic());
            pageControl.reset(ctrl);
        }
        LDAPControl *serverControls[] = {pageControl.get(), nullptr};
        int msgid = 0;
        int rc = ldap_search_ext(m_ld.get(), baseUtf8.constData(), ldapScope, filterUtf8.constData(),
                                 attrs.data(), 0, paged ? serverControls : nullptr, nullptr, nullptr,
                                 sizeLimit, &msgid);
        if (rc != LDAP_SUCCESS)
            return ldapOperationFailure(rc, diagnostic());
        LdapMessagePtr res;
        DirectoryOutcome o = waitFor(msgid, true, &res);
        if (!o.ok())
            return o;
        for (LDAPMessage *e = ldap_first_entry(m_ld.get(), res.get()); e;
             e = ldap_next_entry(m_ld.get(), e)) {
            LdapEntry entry;
            {
                std::unique_ptr<char, LdapMemDeleter> dn(ldap_get_dn(m_ld.get(), e));
                entry.dn = dn ? QString::fromUtf8(dn.get()) : QString();
            }
            BerElement *berRaw = nullptr;
            for (char *a = ldap_first_attribute(m_ld.get(), e, &berRaw); a;
                 a = ldap_next_attribute(m_ld.get(), e, berRaw)) {
                std::unique_ptr<char, LdapMemDeleter> name(a);
                std::unique_ptr<berval *, BervalValuesDeleter> vals(ldap_get_values_len(m_ld.get(), e, a));
                QList<QByteArray> list;
                if (vals) {
                    for (berval **v = vals.get(); *v; ++v)
                        list.append(QByteArray((*v)->bv_val, qsizetype((*v)->bv_len)));
                }
                // AD returns ranged values as "member;range=0-1499"; keep the base name.
                const QString key = QString::fromUtf8(a).section(QLatin1Char(';'), 0, 0).toLower();
                entry.attributes[key] += list;
            }
            std::unique_ptr<BerElement, BerElementDeleter> ber(berRaw);
            entries->append(entry);
        }
        o = resultOutcome(res.get(), nullptr, paged ? &cookie : nullptr);
        if (!o.ok()) {
            if (o.ldapCode == LDAP_SIZELIMIT_EXCEEDED)
                return {}; // the caller asked for at most sizeLimit entries and has them
            return o;
        }
    } while (paged && !cookie.isEmpty());
    return {};
}

DirectoryOutcome LdapConnection::readEntry(const QString &dn, const QStringList &attributes, LdapEntry *entry)
{
    QList<LdapEntry> list;
    DirectoryOutcome o = search(dn, LdapScope::Base, QStringLiteral("(objectClass=*)"), attributes, &list);
    if (!o.ok())
        return o;
    if (list.isEmpty())
        return failure(
            DirectoryError::BaseNotFound,
            QCoreApplication::translate("zaindari::LdapConnection", "The directory entry does not exist."),
            dn);
    *entry = list.first();
    return {};
}

DirectoryOutcome LdapConnection::modify(const QString &dn, const QList<LdapMod> &mods)
{
    // LDAPMod arrays point into these stores, which live until the call returns.
    std::vector<QByteArray> names;
    std::vector<std::vector<berval>> values;
    std::vector<std::vector<berval *>> valuePtrs;
    std::vector<LDAPMod> ldapMods(size_t(mods.size()));
    std::vector<LDAPMod *> modPtrs;
    names.reserve(size_t(mods.size()));
    values.reserve(size_t(mods.size()));
    valuePtrs.reserve(size_t(mods.size()));
    QList<QByteArray> copies = [&] {
        QList<QByteArray> c;
        for (const LdapMod &m : mods)
            c += m.values;
        return c;
    }();
    qsizetype next = 0;
    for (size_t i = 0; i < size_t(mods.size()); ++i) {
        const LdapMod &m = mods.at(qsizetype(i));
        names.push_back(m.attribute.toUtf8());
        values.emplace_back();
        for (qsizetype k = 0; k < m.values.size(); ++k) {
            QByteArray &v = copies[next++];
            values.back().push_back(berval {ber_len_t(v.size()), v.data()});
        }
        valuePtrs.emplace_back();
        for (berval &b : values.back())
            valuePtrs.back().push_back(&b);
        valuePtrs.back().push_back(nullptr);
        LDAPMod &lm = ldapMods[i];
        lm.mod_op = LDAP_MOD_BVALUES
            | (m.op == LdapMod::Add          ? LDAP_MOD_ADD
                   : m.op == LdapMod::Delete ? LDAP_MOD_DELETE
                                             : LDAP_MOD_REPLACE);
        lm.mod_type = names.back().data();
        lm.mod_bvalues = valuePtrs.back().data();
        modPtrs.push_back(&lm);
    }
    modPtrs.push_back(nullptr);
    int msgid = 0;
    const QByteArray target = dn.toUtf8();
    const int rc = ldap_modify_ext(m_ld.get(), target.constData(), modPtrs.data(), nullptr, nullptr, &msgid);
    // Password values must not linger in memory longer than needed.
    for (QByteArray &c : copies)
        c.fill('\0');
    if (rc != LDAP_SUCCESS)
        return ldapOperationFailure(rc, diagnostic());
    LdapMessagePtr res;
    DirectoryOutcome o = waitFor(msgid, true, &res);
    if (!o.ok())
        return o;
    return resultOutcome(res.get());
}

} // namespace zaindari
