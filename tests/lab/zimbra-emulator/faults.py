"""Zimbra service faults (reference section 4).

A handler raises ServiceError; the envelope layer turns it into a SOAP 1.2, SOAP 1.1 or JSON
fault with HTTP 500.  `sender` decides soap:Sender/Client versus soap:Receiver/Server (4.1);
`with_header=False` marks faults raised before dispatch, whose envelope has no soap:Header (4.3).
"""


class ServiceError(Exception):
    def __init__(self, code, message, sender=True, args=None, with_header=True):
        super().__init__(message)
        self.code = code
        self.message = message
        self.sender = sender
        self.args_list = args or []   # [(name, type, value)] -> <a n t>value</a>
        self.with_header = with_header


# Constructors named after ServiceException / AccountServiceException; texts are the fixed
# prefixes of section 4.2.

def auth_required():
    return ServiceError("service.AUTH_REQUIRED", "no valid authtoken present")


def auth_expired(with_header=True):
    # Expired / unregistered tokens are rejected while the header is parsed (no soap:Header);
    # validity-value or status mismatches during dispatch (with header) -- section 3.3.
    return ServiceError("service.AUTH_EXPIRED", "auth credentials have expired",
                        with_header=with_header)


def perm_denied(detail):
    return ServiceError("service.PERM_DENIED", "permission denied: " + detail)


def invalid_request(detail, with_header=True):
    return ServiceError("service.INVALID_REQUEST", "invalid request: " + detail,
                        with_header=with_header)


def parse_error(detail):
    return ServiceError("service.PARSE_ERROR", "parse error: " + detail, with_header=False)


def unknown_document(name):
    return ServiceError("service.UNKNOWN_DOCUMENT", "unknown document: " + name)


def failure(detail):
    return ServiceError("service.FAILURE", "system failure: " + detail, sender=False)


def already_in_progress(detail):
    return ServiceError("service.ALREADY_IN_PROGRESS", detail)


def temporarily_unavailable():
    return ServiceError("service.TEMPORARILY_UNAVAILABLE", "service temporarily unavailable",
                        sender=False)


def auth_failed(name):
    return ServiceError("account.AUTH_FAILED", "authentication failed for [%s]" % name)


def maintenance_mode():
    return ServiceError("account.MAINTENANCE_MODE", "account is in maintenance mode", sender=False)


def no_such_account(key):
    return ServiceError("account.NO_SUCH_ACCOUNT", "no such account: " + key)


def no_such_cos(key):
    return ServiceError("account.NO_SUCH_COS", "no such cos: " + key)


def no_such_server(key):
    return ServiceError("account.NO_SUCH_SERVER", "no such server: " + key)


def invalid_attr_name(detail):
    return ServiceError("account.INVALID_ATTR_NAME", "invalid attr name: " + detail)


def invalid_attr_value(detail):
    return ServiceError("account.INVALID_ATTR_VALUE", detail)


def invalid_password(detail, args=None):
    return ServiceError("account.INVALID_PASSWORD", "invalid password: " + detail, args=args)


def missing_attribute(name):
    return invalid_request("missing required attribute: " + name)


def missing_element(name):
    return invalid_request("missing required element: " + name)
