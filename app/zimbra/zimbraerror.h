#pragma once
// Errors of the Zimbra admin client: a code to branch on, a translated sentence for people and
// the untranslated detail (Zimbra fault code and reason, Qt network text) for reports.

#include "soapxml.h"

#include <QMetaType>
#include <QString>

namespace zaindari {

enum class ZimbraErrorCode {
    None,
    Canceled,
    InvalidInput, // rejected before anything was sent (bad duration, relay host, ...)
    Network, // refused, unreachable, reset, DNS
    Timeout,
    Tls, // handshake failed for another reason than trust
    CertificateUntrusted, // unverifiable certificate the user did not confirm
    CertificateChanged, // pinned certificate changed: refused
    NotSoap, // HTML page, proxy error page, garbage
    EmptyReply,
    HttpError, // HTTP status without a SOAP body (502, 404, ...)
    AuthFailed, // admin login refused (account.AUTH_FAILED, PERM_DENIED at login)
    PermissionDenied,
    NotFound, // account / COS / server does not exist
    Ambiguous, // a USER matched more than one account
    Fault, // any other SOAP fault
    Unverified, // the change was sent but reading it back showed otherwise
};

struct ZimbraError
{
    ZimbraErrorCode code = ZimbraErrorCode::None;
    QString message; // translated sentence
    QString detail; // untranslated: "account.NO_SUCH_ACCOUNT: no such account: x", Qt text...
    QString faultCode; // Zimbra code when the error came from a fault
    int httpStatus = 0;

    bool isError() const { return code != ZimbraErrorCode::None; }
    // Transport or login problems (CLI exit 3), certificate problems (exit 4).
    bool isConnectionProblem() const;
    bool isCertificateProblem() const
    {
        return code == ZimbraErrorCode::CertificateUntrusted || code == ZimbraErrorCode::CertificateChanged;
    }

    static ZimbraError make(ZimbraErrorCode code, const QString &message, const QString &detail = QString());
    // A translated sentence for a Zimbra fault, the code and reason kept as detail.
    static ZimbraError fromFault(const soap::Fault &fault);
};

// Stable key for JSON and the audit log ("not_found", "auth_failed", ...).
QString errorCodeKey(ZimbraErrorCode code);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::ZimbraError)
