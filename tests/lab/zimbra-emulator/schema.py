"""Attribute schema subset and value checks (reference sections 8, 11, 12).

Only the attributes a console for this lab touches are described; any other name is rejected
as account.INVALID_ATTR_NAME, as the real LDAP schema would reject it.  Value checks follow
AttributeInfo (12.1): booleans exactly TRUE/FALSE, durations ^\\d+([hmsd]|ms)?$, gentime
^\\d{14}(\\.\\d{1,3})?[zZ]$, integers within min/max, enums.
"""
import re
import time

import faults

ACCOUNT_STATUSES = ["active", "maintenance", "locked", "closed", "lockout", "pending"]

DURATION_RE = re.compile(r"^\d+([hmsd]|ms)?$")
GENTIME_RE = re.compile(r"^\d{14}(\.\d{1,3})?[zZ]$")
DURATION_HELP = ("Must be in valid duration format: {digits}{time-unit}.  digits: 0-9, "
                 "time-unit: [hmsd]|ms.  h - hours, m - minutes, s - seconds, d - days, "
                 "ms - milliseconds.  If time unit is not specified, the default is s(seconds).")


class Attr:
    def __init__(self, kind, classes, multi=False, values=None, imin=None, imax=None,
                 inherited=False):
        self.kind = kind            # string | boolean | integer | duration | gentime | enum
        self.classes = set(classes.split(","))
        self.multi = multi
        self.values = values
        self.imin = imin
        self.imax = imax
        self.inherited = inherited  # account attribute whose default comes from the COS


A, C, G, S, D = "account", "cos", "globalConfig", "server", "domain"
ATTRS = {
    # identity and status
    "zimbraId": Attr("string", "account,cos,server,domain"),
    "cn": Attr("string", "account,cos,server"),
    "uid": Attr("string", A),
    "mail": Attr("string", A, multi=True),
    "givenName": Attr("string", A),
    "sn": Attr("string", A),
    "displayName": Attr("string", A),
    "description": Attr("string", "account,cos,server,domain", multi=True),
    "objectClass": Attr("string", "account,cos,server,domain", multi=True),
    "userPassword": Attr("string", A),
    "zimbraAccountStatus": Attr("enum", A, values=ACCOUNT_STATUSES),
    "zimbraAccountSuspensionReason": Attr("string", A),
    "zimbraMailStatus": Attr("enum", A, values=["enabled", "disabled"]),
    "zimbraMailHost": Attr("string", A),
    "zimbraMailDeliveryAddress": Attr("string", A),
    "zimbraCOSId": Attr("string", A),
    "zimbraIsAdminAccount": Attr("boolean", A),
    "zimbraIsDelegatedAdminAccount": Attr("boolean", A),
    "zimbraIsDomainAdminAccount": Attr("boolean", A),
    "zimbraAuthLdapExternalDn": Attr("string", A),
    "zimbraLastLogonTimestamp": Attr("gentime", A),
    "zimbraCreateTimestamp": Attr("gentime", "account,cos,server,domain"),
    "zimbraPasswordModifiedTime": Attr("gentime", A),
    "zimbraPasswordMustChange": Attr("boolean", A),
    "zimbraAuthTokenValidityValue": Attr("integer", A, imin=0, imax=2147483647),
    "zimbraPasswordLockoutLockedTime": Attr("gentime", A),
    "zimbraPasswordLockoutFailureTime": Attr("gentime", A, multi=True),
    # forwarding (what an attacker sets to keep reading the mailbox)
    "zimbraPrefMailForwardingAddress": Attr("string", A),
    "zimbraMailForwardingAddress": Attr("string", A, multi=True),
    "zimbraPrefMailLocalDeliveryDisabled": Attr("boolean", "account,cos", inherited=True),
    "zimbraMailSieveScript": Attr("string", A),
    "zimbraMailAlias": Attr("string", A, multi=True),
    # COS-inherited (optionalIn account,cos)
    "zimbraPasswordLockoutEnabled": Attr("boolean", "account,cos", inherited=True),
    "zimbraPasswordLockoutMaxFailures": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordLockoutDuration": Attr("duration", "account,cos", inherited=True),
    "zimbraPasswordLockoutFailureLifetime": Attr("duration", "account,cos", inherited=True),
    "zimbraPasswordLockoutSuppressionEnabled": Attr("boolean", "account,cos", inherited=True),
    "zimbraPasswordLockoutSuppressionProtocols": Attr(
        "enum", "account,cos", multi=True, inherited=True,
        values=["zsync", "imap", "pop3", "http_basic", "http_dav", "soap"]),
    "zimbraPasswordLockoutSuppressionCacheSize": Attr("integer", "account,cos", imin=0,
                                                      inherited=True),
    "zimbraPasswordMinLength": Attr("integer", "account,cos", imin=0, imax=2147483647,
                                    inherited=True),
    "zimbraPasswordMaxLength": Attr("integer", "account,cos", imin=0, imax=2147483647,
                                    inherited=True),
    "zimbraPasswordMinUpperCaseChars": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordMinLowerCaseChars": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordMinNumericChars": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordMinPunctuationChars": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordEnforceHistory": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraPasswordMaxAge": Attr("integer", "account,cos", imin=0, inherited=True),
    "zimbraAdminAuthTokenLifetime": Attr("duration", "account,cos", inherited=True),
    "zimbraAuthTokenLifetime": Attr("duration", "account,cos", inherited=True),
    "zimbraMailQuota": Attr("integer", "account,cos", imin=0, inherited=True),
    # domain
    "zimbraDomainName": Attr("string", D),
    "zimbraDomainStatus": Attr("enum", D, values=["active", "maintenance", "locked", "closed",
                                                  "suspended", "shutdown"]),
    "zimbraAuthMech": Attr("string", D),
    "zimbraAuthMechAdmin": Attr("string", D),
    "zimbraAuthLdapURL": Attr("string", D, multi=True),
    "zimbraAuthLdapBindDn": Attr("string", D),
    "zimbraAuthLdapSearchBase": Attr("string", D),
    "zimbraAuthLdapStartTlsEnabled": Attr("boolean", D),
    "zimbraAuthFallbackToLocal": Attr("boolean", D),
    # global config / server (serverInherited)
    "zimbraMtaRelayHost": Attr("string", "globalConfig,server", multi=True),
    "zimbraMtaFallbackRelayHost": Attr("string", "globalConfig,server"),
    "zimbraMtaSmtpdClientAuthRateLimit": Attr("integer", "globalConfig,server", imin=0),
    "zimbraMtaSmtpTransportRateDelay": Attr("string", "globalConfig,server"),
    "zimbraMtaEnableSmtpdPolicyd": Attr("boolean", "globalConfig,server"),
    "zimbraMtaPolicyTimeLimit": Attr("integer", "globalConfig,server", imin=0),
    "zimbraCBPolicydQuotasEnabled": Attr("boolean", "globalConfig,server"),
    "zimbraCBPolicydAccountingEnabled": Attr("boolean", "globalConfig,server"),
    "zimbraAuthTokenValidityValueEnabled": Attr("boolean", G),
    "zimbraCsrfTokenCheckEnabled": Attr("boolean", G),
    "zimbraLogHostname": Attr("string", G, multi=True),
    "zimbraLastLogonTimestampFrequency": Attr("duration", G),
    "zimbraSoapRequestMaxSize": Attr("integer", "globalConfig,server", imin=0),
    "zimbraAdminPort": Attr("integer", "globalConfig,server", imin=0, imax=65535),
    "zimbraMtaQueueDirectory": Attr("string", "globalConfig,server"),
    "zimbraRemoteManagementUser": Attr("string", "globalConfig,server"),
    "zimbraRemoteManagementPort": Attr("integer", "globalConfig,server", imin=0, imax=65535),
    "zimbraRemoteManagementPrivateKeyPath": Attr("string", "globalConfig,server"),
    "zimbraServiceHostname": Attr("string", S),
    "zimbraServiceEnabled": Attr("string", S, multi=True),
    "zimbraServiceInstalled": Attr("string", S, multi=True),
    "zimbraSmtpHostname": Attr("string", "globalConfig,server", multi=True),
}

# Secrets come back as VALUE-BLOCKED (5.1).
BLOCKED = {"userPassword"}


def on_class(name, cls):
    a = ATTRS.get(name)
    return a is not None and cls in a.classes


def parse_duration_ms(v):
    """DateUtil.getTimeInterval: bare number = seconds."""
    m = re.match(r"^(\d+)([hmsd]|ms)?$", v or "")
    if not m:
        return 0
    n = int(m.group(1))
    return n * {"d": 86400000, "h": 3600000, "m": 60000, "s": 1000, "ms": 1, None: 1000}[m.group(2)]


def gentime(t=None):
    """Generalized time with milliseconds (zimbraLdapGentimeFractionalSecondsEnabled=TRUE)."""
    t = time.time() if t is None else t
    return time.strftime("%Y%m%d%H%M%S", time.gmtime(t)) + ".%03dZ" % int((t % 1) * 1000)


def parse_gentime(v):
    import calendar
    m = re.match(r"^(\d{14})(?:\.(\d{1,3}))?[zZ]$", v or "")
    if not m:
        return 0.0
    base = calendar.timegm(time.strptime(m.group(1), "%Y%m%d%H%M%S"))
    return base + (int(m.group(2).ljust(3, "0")) / 1000.0 if m.group(2) else 0)


def check_value(name, value):
    """Raise account.INVALID_ATTR_VALUE with AttributeInfo's message for a bad value."""
    a = ATTRS[name]
    if a.kind == "boolean" and value not in ("TRUE", "FALSE"):
        raise faults.invalid_attr_value("%s must be TRUE or FALSE" % name)
    if a.kind == "integer":
        try:
            n = int(value)
        except ValueError:
            raise faults.invalid_attr_value("%s must be a valid integer: %s" % (name, value))
        if a.imin is not None and n < a.imin:
            raise faults.invalid_attr_value("%s is shorter than minimum allowed: %d"
                                            % (name, a.imin))
        if a.imax is not None and n > a.imax:
            raise faults.invalid_attr_value("%s is longer than max allowed: %d" % (name, a.imax))
    if a.kind == "duration" and not DURATION_RE.match(value):
        raise faults.invalid_attr_value("%s %s" % (name, DURATION_HELP))
    if a.kind == "gentime" and not GENTIME_RE.match(value):
        raise faults.invalid_attr_value("%s must be a valid generalized time: %s" % (name, value))
    if a.kind == "enum" and value not in a.values:
        raise faults.invalid_attr_value("%s must be one of: %s" % (name, ",".join(a.values)))


def apply_mods(entry, mods, cls):
    """Apply [(name, value)] from <a n="[+-]name">value</a> to a dict of lists (ModifyXxx).

    Empty value removes the attribute; +name adds a value; -name removes one (6).  Returns the
    set of changed attribute names.  Raises the faults the real server sends for bad input.
    """
    changed = set()
    staged = {k: list(v) for k, v in entry.items()}
    for raw, value in mods:
        op, name = ("", raw)
        if raw[:1] in "+-":
            op, name = raw[0], raw[1:]
        if not on_class(name, cls):
            if name in ATTRS:
                raise faults.invalid_attr_name("unknown attribute on %s: %s" % (cls, name))
            raise faults.invalid_attr_name("unknown attribute: %s" % name)
        if value != "":
            check_value(name, value)
        cur = staged.get(name, [])
        if op == "+":
            if value not in cur:
                cur = cur + [value]
        elif op == "-":
            cur = [v for v in cur if v != value]
        elif name in changed and value != "":
            cur = cur + [value]          # repeated <a n="x"> builds a multi value
        else:
            cur = [value] if value != "" else []
        if not ATTRS[name].multi and len(cur) > 1:
            raise faults.invalid_attr_value("%s: multiple values not allowed" % name)
        staged[name] = cur
        changed.add(name)
    for name in changed:
        if staged[name]:
            entry[name] = staged[name]
        else:
            entry.pop(name, None)
    return changed
