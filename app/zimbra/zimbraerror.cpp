#include "zimbraerror.h"

#include <QCoreApplication>

namespace zaindari {

class ZimbraErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(ZimbraError)
};

namespace {
// The part after "prefix: " in Zimbra's reason texts ("no such account: x@y" -> "x@y").
QString reasonTail(const QString &reason)
{
    const int i = reason.indexOf(QLatin1String(": "));
    return i < 0 ? reason : reason.mid(i + 2);
}
} // namespace

bool ZimbraError::isConnectionProblem() const
{
    switch (code) {
    case ZimbraErrorCode::Network:
    case ZimbraErrorCode::Timeout:
    case ZimbraErrorCode::Tls:
    case ZimbraErrorCode::NotSoap:
    case ZimbraErrorCode::EmptyReply:
    case ZimbraErrorCode::HttpError:
    case ZimbraErrorCode::AuthFailed:
        return true;
    default:
        return false;
    }
}

ZimbraError ZimbraError::make(ZimbraErrorCode code, const QString &message, const QString &detail)
{
    ZimbraError e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

ZimbraError ZimbraError::fromFault(const soap::Fault &fault)
{
    ZimbraError e;
    e.code = ZimbraErrorCode::Fault;
    e.faultCode = fault.zimbraCode;
    e.detail
        = fault.zimbraCode.isEmpty() ? fault.reason : fault.zimbraCode + QStringLiteral(": ") + fault.reason;
    const QString c = fault.zimbraCode;
    const QString tail = reasonTail(fault.reason);
    // Branch on Detail/Error/Code, never on the reason text (section 4.1); the tail is only
    // quoted, it names the object Zimbra could not find.
    if (c == QLatin1String("account.NO_SUCH_ACCOUNT")) {
        e.code = ZimbraErrorCode::NotFound;
        //: %1 is an account name or id
        e.message = ZimbraErrorTr::tr("Zimbra has no account %1.").arg(tail);
    } else if (c == QLatin1String("account.NO_SUCH_COS")) {
        e.code = ZimbraErrorCode::NotFound;
        //: %1 is a class-of-service name or id
        e.message = ZimbraErrorTr::tr("Zimbra has no class of service %1.").arg(tail);
    } else if (c == QLatin1String("account.NO_SUCH_SERVER")) {
        e.code = ZimbraErrorCode::NotFound;
        //: %1 is a server name or id
        e.message = ZimbraErrorTr::tr("Zimbra has no server %1.").arg(tail);
    } else if (c == QLatin1String("account.NO_SUCH_DOMAIN")) {
        e.code = ZimbraErrorCode::NotFound;
        //: %1 is a mail domain
        e.message = ZimbraErrorTr::tr("Zimbra has no domain %1.").arg(tail);
    } else if (c == QLatin1String("account.AUTH_FAILED")) {
        e.code = ZimbraErrorCode::AuthFailed;
        e.message = ZimbraErrorTr::tr("Zimbra refused the admin login: wrong account name or password.");
    } else if (c == QLatin1String("service.PERM_DENIED")) {
        e.code = ZimbraErrorCode::PermissionDenied;
        e.message = ZimbraErrorTr::tr(
            "Zimbra denied permission: the admin account lacks the right for this action, "
            "or the login was refused.");
    } else if (c == QLatin1String("service.AUTH_EXPIRED")) {
        e.code = ZimbraErrorCode::AuthFailed;
        e.message = ZimbraErrorTr::tr("The Zimbra session has expired and logging in again did not help.");
    } else if (c == QLatin1String("service.AUTH_REQUIRED")) {
        e.code = ZimbraErrorCode::AuthFailed;
        e.message
            = ZimbraErrorTr::tr("Zimbra did not accept the session token and logging in again did not help.");
    } else if (c == QLatin1String("account.INVALID_ATTR_VALUE")) {
        e.message = ZimbraErrorTr::tr("Zimbra rejected one of the values sent.");
    } else if (c == QLatin1String("account.INVALID_ATTR_NAME")) {
        e.message = ZimbraErrorTr::tr("This Zimbra version does not know one of the settings sent.");
    } else if (c == QLatin1String("account.INVALID_PASSWORD")
               || c == QLatin1String("account.PASSWORD_RECENTLY_USED")) {
        e.message = ZimbraErrorTr::tr("Zimbra rejected the new password because of its password policy.");
    } else if (c == QLatin1String("account.MAINTENANCE_MODE")) {
        e.message = ZimbraErrorTr::tr("The account is in maintenance mode; try again after the maintenance.");
    } else if (c == QLatin1String("service.UNKNOWN_DOCUMENT")) {
        e.message = ZimbraErrorTr::tr(
            "The server does not know this request. Check that the URL is the admin endpoint "
            "(port 7071, /service/admin/soap).");
    } else if (c == QLatin1String("service.PROXY_ERROR")) {
        e.message = ZimbraErrorTr::tr("The Zimbra server could not reach the account's mailbox server.");
    } else if (c == QLatin1String("service.TEMPORARILY_UNAVAILABLE")) {
        e.message = ZimbraErrorTr::tr("The Zimbra service is temporarily unavailable; try again shortly.");
    } else if (c == QLatin1String("service.INVALID_REQUEST") || c == QLatin1String("service.PARSE_ERROR")) {
        e.message = ZimbraErrorTr::tr("Zimbra rejected the request as invalid.");
    } else if (c == QLatin1String("service.FAILURE")) {
        e.message = ZimbraErrorTr::tr("The Zimbra server failed while handling the request.");
    } else if (c.isEmpty()) {
        e.message = ZimbraErrorTr::tr("The Zimbra server reported an error without a code.");
    } else {
        //: %1 is a Zimbra error code such as account.TOO_MANY_SEARCH_RESULTS
        e.message = ZimbraErrorTr::tr("The Zimbra server reported an error (%1).").arg(c);
    }
    return e;
}

QString errorCodeKey(ZimbraErrorCode code)
{
    switch (code) {
    case ZimbraErrorCode::None:
        return QStringLiteral("ok");
    case ZimbraErrorCode::Canceled:
        return QStringLiteral("canceled");
    case ZimbraErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ZimbraErrorCode::Network:
        return QStringLiteral("network");
    case ZimbraErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ZimbraErrorCode::Tls:
        return QStringLiteral("tls");
    case ZimbraErrorCode::CertificateUntrusted:
        return QStringLiteral("certificate_untrusted");
    case ZimbraErrorCode::CertificateChanged:
        return QStringLiteral("certificate_changed");
    case ZimbraErrorCode::NotSoap:
        return QStringLiteral("not_soap");
    case ZimbraErrorCode::EmptyReply:
        return QStringLiteral("empty_reply");
    case ZimbraErrorCode::HttpError:
        return QStringLiteral("http_error");
    case ZimbraErrorCode::AuthFailed:
        return QStringLiteral("auth_failed");
    case ZimbraErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ZimbraErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ZimbraErrorCode::Ambiguous:
        return QStringLiteral("ambiguous");
    case ZimbraErrorCode::Fault:
        return QStringLiteral("fault");
    case ZimbraErrorCode::Unverified:
        return QStringLiteral("unverified");
    }
    return QString();
}

} // namespace zaindari
