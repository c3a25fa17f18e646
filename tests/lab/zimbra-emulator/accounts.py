"""The emulated Zimbra LDAP: accounts, COS, domain, global config and servers, persisted as JSON.

Accounts mirror the lab's directory-users.json (contract); the domain uses AD external
authentication (zimbraAuthMech=ad, reference 7.1, 12.5) while the admin account authenticates
locally through zimbraAuthMechAdmin=zimbra.  Every entry keeps its attributes as
{name: [values]}; COS defaults are those of zimbra-attrs.xml (12.3, 12.4).
"""
import copy
import hashlib
import json
import os
import secrets
import threading
import uuid

import schema

DEFAULT_COS_ID = "e00428a1-0c00-11d9-836a-000d93afea2a"   # the id every Zimbra install uses
NS_IDS = uuid.UUID("5f0c2a8e-6d0b-4a1e-9a77-2d1f0c3b7a10")

COS_DEFAULTS = {
    "zimbraPasswordLockoutEnabled": "FALSE",
    "zimbraPasswordLockoutMaxFailures": "10",
    "zimbraPasswordLockoutDuration": "1h",
    "zimbraPasswordLockoutFailureLifetime": "1h",
    "zimbraPasswordLockoutSuppressionEnabled": "TRUE",
    "zimbraPasswordLockoutSuppressionProtocols": "zsync",
    "zimbraPasswordLockoutSuppressionCacheSize": "1",
    "zimbraPasswordMinLength": "6",
    "zimbraPasswordMaxLength": "64",
    "zimbraPasswordMinUpperCaseChars": "0",
    "zimbraPasswordMinLowerCaseChars": "0",
    "zimbraPasswordMinNumericChars": "0",
    "zimbraPasswordMinPunctuationChars": "0",
    "zimbraPasswordEnforceHistory": "0",
    "zimbraPasswordMaxAge": "0",
    "zimbraAdminAuthTokenLifetime": "12h",
    "zimbraAuthTokenLifetime": "2d",
    "zimbraMailQuota": "0",
}


def hash_password(pw):
    salt = secrets.token_bytes(4)
    return "{SSHA}" + (hashlib.sha1(pw.encode() + salt).digest() + salt).hex()


def check_password(stored, pw):
    if not stored or not stored.startswith("{SSHA}"):
        return False
    raw = bytes.fromhex(stored[6:])
    digest, salt = raw[:20], raw[20:]
    return secrets.compare_digest(hashlib.sha1(pw.encode() + salt).digest(), digest)


def duration_text(seconds):
    for unit, n in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % n == 0:
            return "%d%s" % (seconds // n, unit)
    return "%ds" % seconds


class Entry:
    def __init__(self, name, eid, attrs):
        self.name = name
        self.id = eid
        self.attrs = attrs              # {name: [values]}

    def first(self, name, default=None):
        v = self.attrs.get(name)
        return v[0] if v else default

    def set1(self, name, value):
        if value is None or value == "":
            self.attrs.pop(name, None)
        else:
            self.attrs[name] = [str(value)]

    def to_json(self):
        return {"name": self.name, "id": self.id, "attrs": self.attrs}

    @staticmethod
    def from_json(d):
        return Entry(d["name"], d["id"], d["attrs"])


class Directory:
    """All state, guarded by one lock; `save()` writes it atomically to state-dir/state.json."""

    def __init__(self, state_dir, server_name, admin_port):
        self.lock = threading.RLock()
        self.path = os.path.join(state_dir, "state.json")
        os.makedirs(state_dir, exist_ok=True)
        self.accounts, self.cos, self.servers = {}, {}, {}
        self.config = {}
        self.domain = None
        self.key = None
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as f:
                d = json.load(f)
            self.key = d.get("key")
            self.accounts = {k: Entry.from_json(v) for k, v in d.get("accounts", {}).items()}
            self.cos = {k: Entry.from_json(v) for k, v in d.get("cos", {}).items()}
            self.servers = {k: Entry.from_json(v) for k, v in d.get("servers", {}).items()}
            self.config = d.get("config", {})
            self.domain = Entry.from_json(d["domain"]) if d.get("domain") else None
        if not self.key:
            self.key = secrets.token_hex(32)   # the HMAC key of auth tokens, kept across restarts
        if DEFAULT_COS_ID not in self.cos:
            self.cos[DEFAULT_COS_ID] = Entry("default", DEFAULT_COS_ID, {
                k: [v] for k, v in COS_DEFAULTS.items()})
            self.cos[DEFAULT_COS_ID].attrs["cn"] = ["default"]
            self.cos[DEFAULT_COS_ID].attrs["description"] = ["The default COS"]
        self._ensure_server(server_name, admin_port)

    # ------------------------------------------------------------ setup
    def _ensure_server(self, name, admin_port):
        sid = str(uuid.uuid5(NS_IDS, "server:" + name))
        if sid not in self.servers:
            self.servers = {}   # the host name changed: one MTA+mailbox server only
            self.servers[sid] = Entry(name, sid, {
                "cn": [name], "zimbraServiceHostname": [name],
                "zimbraServiceEnabled": ["mailbox", "mta", "logger", "stats", "ldap"],
                "zimbraServiceInstalled": ["mailbox", "mta", "logger", "stats", "ldap"],
                "zimbraSmtpHostname": [name]})
        self.servers[sid].attrs["zimbraAdminPort"] = [str(admin_port)]
        if not self.config:
            self.config = {
                "zimbraMtaRelayHost": ["[127.0.0.1]:2525"],     # the lab's dead relay
                "zimbraAuthTokenValidityValueEnabled": ["TRUE"],
                "zimbraCsrfTokenCheckEnabled": ["TRUE"],
                "zimbraMtaSmtpdClientAuthRateLimit": ["0"],
                "zimbraMtaSmtpTransportRateDelay": ["$default_transport_rate_delay"],
                "zimbraMtaEnableSmtpdPolicyd": ["FALSE"],
                "zimbraMtaPolicyTimeLimit": ["3600"],
                "zimbraCBPolicydQuotasEnabled": ["TRUE"],
                "zimbraCBPolicydAccountingEnabled": ["FALSE"],
                "zimbraLastLogonTimestampFrequency": ["7d"],
                "zimbraSoapRequestMaxSize": ["15360000"],
                "zimbraMtaQueueDirectory": ["/var/spool/postfix"],
                "zimbraRemoteManagementUser": ["zimbra"],
                "zimbraRemoteManagementPort": ["22"],
                "zimbraRemoteManagementPrivateKeyPath": ["/opt/zimbra/.ssh/zimbra_identity"],
            }
        self.config["zimbraLogHostname"] = [name]
        self.config["zimbraAdminPort"] = [str(admin_port)]

    def sync_users(self, users_doc, admin_name, admin_password, ldap_url, ldap_base):
        """Mirror directory-users.json; keep status/lockout state of existing accounts."""
        dom = users_doc.get("domain", admin_name.split("@", 1)[1])
        did = str(uuid.uuid5(NS_IDS, "domain:" + dom))
        if self.domain is None or self.domain.name != dom:
            self.domain = Entry(dom, did, {"zimbraDomainStatus": ["active"]})
        self.domain.attrs.update({
            "zimbraDomainName": [dom], "zimbraAuthMech": ["ad"],
            "zimbraAuthMechAdmin": ["zimbra"],
            "zimbraAuthLdapURL": [ldap_url], "zimbraAuthLdapBindDn": ["%u@" + dom],
            "zimbraAuthLdapSearchBase": [ldap_base], "zimbraAuthFallbackToLocal": ["FALSE"]})
        wanted = {}
        for u in users_doc.get("users", []):
            wanted[u["mail"].lower()] = u
        by_name = {a.name: a for a in self.accounts.values()}
        for name, a in by_name.items():
            if name not in wanted and name != admin_name:
                del self.accounts[a.id]
        for name, u in wanted.items():
            a = by_name.get(name) or self._new_account(name)
            given, sn = u.get("given", ""), u.get("sn", "")
            a.attrs.update({"uid": [u.get("sam", name.split("@")[0])],
                            "givenName": [given or a.name], "sn": [sn or a.name],
                            "cn": [("%s %s" % (given, sn)).strip() or name],
                            "displayName": [("%s %s" % (given, sn)).strip() or name]})
            a.attrs["description"] = [u.get("role", "student")]
        admin = by_name.get(admin_name) or self._new_account(admin_name)
        admin.attrs.update({"zimbraIsAdminAccount": ["TRUE"], "uid": [admin_name.split("@")[0]],
                            "cn": ["admin"], "displayName": ["Zimbra administrator"]})
        if not check_password(admin.first("userPassword"), admin_password):
            admin.attrs["userPassword"] = [hash_password(admin_password)]
        self.save()

    def _new_account(self, name):
        aid = str(uuid.uuid5(NS_IDS, "account:" + name))
        a = Entry(name, aid, {
            "objectClass": ["inetOrgPerson", "zimbraAccount", "amavisAccount"],
            "mail": [name], "zimbraMailDeliveryAddress": [name],
            "zimbraAccountStatus": ["active"], "zimbraMailStatus": ["enabled"],
            "zimbraCOSId": [DEFAULT_COS_ID],
            "zimbraMailHost": [next(iter(self.servers.values())).name],
            "zimbraCreateTimestamp": [schema.gentime()]})
        self.accounts[aid] = a
        return a

    def set_admin_token_lifetime(self, seconds):
        self.cos[DEFAULT_COS_ID].attrs["zimbraAdminAuthTokenLifetime"] = [duration_text(seconds)]

    def save(self):
        with self.lock:
            d = {"key": self.key, "domain": self.domain.to_json() if self.domain else None,
                 "accounts": {k: v.to_json() for k, v in self.accounts.items()},
                 "cos": {k: v.to_json() for k, v in self.cos.items()},
                 "servers": {k: v.to_json() for k, v in self.servers.items()},
                 "config": self.config}
            tmp = self.path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(d, f, indent=1, sort_keys=True)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)

    # ------------------------------------------------------------ lookups
    def account(self, by, key):
        key = (key or "").strip()
        if by == "id":
            return self.accounts.get(key)
        if by in ("name", "adminName", "foreignPrincipal", "krb5Principal", "appAdminName"):
            k = key.lower()
            if "@" not in k and self.domain is not None:
                k = k + "@" + self.domain.name
            for a in self.accounts.values():
                if a.name == k:
                    return a
        return None

    def cos_of(self, acct):
        return self.cos.get(acct.first("zimbraCOSId", DEFAULT_COS_ID)) or self.cos[DEFAULT_COS_ID]

    def find_cos(self, by, key):
        if by == "id":
            return self.cos.get(key)
        for c in self.cos.values():
            if c.name == key:
                return c
        return None

    def find_server(self, by, key):
        for s in self.servers.values():
            if (by == "id" and s.id == key) or (by == "name" and s.name == key) or \
                    (by == "serviceHostname" and s.first("zimbraServiceHostname") == key):
                return s
        return None

    def the_server(self):
        return next(iter(self.servers.values()))

    def effective(self, acct, name):
        """Account value, else the COS value (accountInherited)."""
        v = acct.attrs.get(name)
        if v:
            return v[0]
        a = schema.ATTRS.get(name)
        if a is not None and a.inherited:
            return self.cos_of(acct).first(name)
        return None

    def account_attrs(self, acct, apply_cos=True):
        attrs = {}
        if apply_cos:
            for k, v in self.cos_of(acct).attrs.items():
                if schema.on_class(k, "account") and schema.ATTRS[k].inherited:
                    attrs[k] = list(v)
        attrs.update(copy.deepcopy(acct.attrs))
        attrs["zimbraId"] = [acct.id]
        return attrs

    def is_admin(self, acct):
        return any(acct.first(a) == "TRUE" for a in (
            "zimbraIsAdminAccount", "zimbraIsDelegatedAdminAccount", "zimbraIsDomainAdminAccount"))

    def is_global_admin(self, acct):
        return acct.first("zimbraIsAdminAccount") == "TRUE" and \
            acct.first("zimbraIsDomainAdminAccount") != "TRUE"

    def effective_status(self, acct):
        """Account status combined with zimbraDomainStatus (12.2); global admins ignore it."""
        st = acct.first("zimbraAccountStatus", "active")
        if self.is_global_admin(acct) or self.domain is None:
            return st
        ds = self.domain.first("zimbraDomainStatus", "active")
        if ds == "locked" and st not in ("maintenance", "pending", "closed"):
            return "locked"
        if ds in ("maintenance", "suspended", "shutdown") and st not in ("pending", "closed"):
            return "maintenance"
        if ds == "closed":
            return "closed"
        return st

    def validity_value(self, acct):
        return int(acct.first("zimbraAuthTokenValidityValue", "-1"))   # unset reads as -1 (12.4)

    def set_status_side_effects(self, acct, status):
        """The AccountStatus callback (section 6)."""
        acct.set1("zimbraMailStatus", "disabled" if status in ("closed", "pending") else "enabled")
        if status == "active":
            acct.attrs.pop("zimbraPasswordLockoutFailureTime", None)
            acct.attrs.pop("zimbraPasswordLockoutLockedTime", None)
            acct.attrs.pop("zimbraAccountSuspensionReason", None)
