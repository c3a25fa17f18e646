"""Authentication: tokens, admin and user AuthRequest, AD bind, lockout policy, sessions.

Version emulated: Zimbra 9.0.0.p23+ / 10.x (reference 3.1, 3.2): AuthResponse sends lifetime
before authToken; an unknown or non-active admin gets service.PERM_DENIED "Error in
Authentication"; "not an admin account" is checked before the password; <name> plus <account>,
or neither, gives INVALID_REQUEST "invalid request parameter"; only cmd=Auth audit lines are
written (no cmd=AdminAuth).
"""
import hashlib
import hmac
import os
import subprocess
import tempfile
import threading
import time
import uuid

import faults
import schema
from envelopes import Elem


class RequestInfo:
    """Per-request facts used for audit lines and sessions."""

    def __init__(self, peer, oip, ua, thread, soap_id):
        self.peer, self.oip, self.ua, self.thread, self.soap_id = peer, oip, ua, thread, soap_id

    def context(self, name):
        # With a proxy (loopback peer + X-Forwarded-For/X-Originating-IP) Zimbra logs oip=.
        if self.oip:
            return [("name", name), ("oip", self.oip), ("ua", self.ua), ("soapId", self.soap_id)]
        return [("name", name), ("ip", self.peer), ("ua", self.ua), ("soapId", self.soap_id)]


class Auth:
    def __init__(self, directory, audit, ldap_url, ldap_ca, state_dir):
        self.dir = directory
        self.audit = audit
        self.ldap_url = ldap_url
        self.ldap_ca = ldap_ca
        self.tmp_dir = state_dir
        self.sessions = {}          # sid -> dict(type, zid, name, cd, ld, token)
        self.bad_pw_cache = {}      # account id -> [sha256 of recent bad passwords] (suppression)
        self.slock = threading.Lock()

    # ------------------------------------------------------------ tokens
    # {keyVersion}_{40-hex HMAC-SHA1}_{hex data}; data holds key=len:value; pairs (3.1).
    def make_token(self, acct, admin, lifetime_ms):
        exp = int(time.time() * 1000) + lifetime_ms
        fields = [("id", acct.id), ("exp", str(exp)), ("admin", "1" if admin else "0"),
                  ("vv", str(self.dir.validity_value(acct))), ("type", "zimbra"), ("am", "1"),
                  ("u", "1"), ("tid", str(uuid.uuid4().int % 100000000)), ("version", "10.0.0")]
        data = "".join("%s=%d:%s;" % (k, len(v), v) for k, v in fields).encode()
        mac = hmac.new(bytes.fromhex(self.dir.key), data, hashlib.sha1).hexdigest()
        return "0_%s_%s" % (mac, data.hex())

    def decode_token(self, token):
        try:
            ver, mac, hexdata = token.split("_", 2)
            data = bytes.fromhex(hexdata)
        except ValueError:
            return None
        good = hmac.new(bytes.fromhex(self.dir.key), data, hashlib.sha1).hexdigest()
        if ver != "0" or not hmac.compare_digest(good, mac):
            return None
        out, s = {}, data.decode("utf-8", "replace")
        while s:
            k, rest = s.split("=", 1)
            n, rest = rest.split(":", 1)
            out[k], s = rest[:int(n)], rest[int(n) + 1:]
        return out

    def validate(self, token, void_on_expired=False, need_admin=True):
        """Section 3.3 order. Returns the account, or None if there is no usable token."""
        data = self.decode_token(token) if token else None
        if data is None:
            return None                                       # undecodable: ignored
        if int(data.get("exp", "0")) < time.time() * 1000:
            if void_on_expired:
                return None
            raise faults.auth_expired(with_header=False)      # raised while parsing the header
        with self.dir.lock:
            acct = self.dir.accounts.get(data.get("id"))
            if acct is None:
                raise faults.auth_expired()
            vv_on = self.dir.config.get("zimbraAuthTokenValidityValueEnabled", ["TRUE"])[0]
            if vv_on == "TRUE" and int(data.get("vv", "-1")) != self.dir.validity_value(acct):
                raise faults.auth_expired()
            if self.dir.effective_status(acct) != "active":
                raise faults.auth_expired()
            if need_admin and (data.get("admin") != "1" or not self.dir.is_admin(acct)):
                raise faults.perm_denied("need adequate admin token")
        self._touch_session(token)
        return acct

    def token_lifetime_ms(self, token):
        data = self.decode_token(token) or {}
        return max(0, int(data.get("exp", "0")) - int(time.time() * 1000))

    # ------------------------------------------------------------ sessions (GetSessions)
    def _open_session(self, stype, acct, token):
        now = int(time.time() * 1000)
        with self.slock:
            self.sessions[uuid.uuid4().hex[:20]] = {"type": stype, "zid": acct.id,
                                                   "name": acct.name, "cd": now, "ld": now,
                                                   "token": token}

    def _touch_session(self, token):
        with self.slock:
            for s in self.sessions.values():
                if s["token"] == token:
                    s["ld"] = int(time.time() * 1000)

    def live_sessions(self, stype):
        out = []
        with self.slock:
            items = list(self.sessions.items())
        for sid, s in items:
            try:
                ok = self.validate(s["token"], need_admin=False) is not None
            except faults.ServiceError:
                ok = False
            if not ok:
                with self.slock:
                    self.sessions.pop(sid, None)
            elif s["type"] == stype:
                out.append(dict(s, sid=sid))
        return out

    # ------------------------------------------------------------ audit
    def _audit_fail(self, info, acct_name, typed, reason):
        self.audit.write("WARN", info.thread, info.context(typed),
                         "cmd=Auth; account=%s; protocol=soap; error=authentication failed for "
                         "[%s], %s;" % (acct_name, typed, reason))

    def _audit_ok(self, info, acct):
        self.audit.write("INFO", info.thread, info.context(acct.name),
                         "cmd=Auth; account=%s; protocol=soap;" % acct.name)

    # ------------------------------------------------------------ lockout (section 8.3)
    def _policy(self, acct):
        e = self.dir.effective
        enabled = e(acct, "zimbraPasswordLockoutEnabled") == "TRUE"
        maxf = int(e(acct, "zimbraPasswordLockoutMaxFailures") or "0")
        return (enabled and maxf > 0, maxf,
                schema.parse_duration_ms(e(acct, "zimbraPasswordLockoutDuration") or "0"),
                schema.parse_duration_ms(e(acct, "zimbraPasswordLockoutFailureLifetime") or "0"))

    def is_locked_out(self, acct):
        enabled, _, duration, _ = self._policy(acct)
        if acct.first("zimbraAccountStatus") != "lockout":
            return False
        locked = schema.parse_gentime(acct.first("zimbraPasswordLockoutLockedTime"))
        if not locked:
            return False
        return duration == 0 or time.time() * 1000 < locked * 1000 + duration

    def _record_failure(self, info, acct, password):
        enabled, maxf, _, lifetime = self._policy(acct)
        if not enabled or self.is_locked_out(acct):
            return
        e = self.dir.effective
        if e(acct, "zimbraPasswordLockoutSuppressionEnabled") == "TRUE" and "soap" in \
                (acct.attrs.get("zimbraPasswordLockoutSuppressionProtocols") or
                 self.dir.cos_of(acct).attrs.get("zimbraPasswordLockoutSuppressionProtocols", [])):
            h = hashlib.sha256(password.encode()).hexdigest()
            cache = self.bad_pw_cache.setdefault(acct.id, [])
            if h in cache:
                return                  # the same bad password counts once (8.3, suppression)
            size = int(e(acct, "zimbraPasswordLockoutSuppressionCacheSize") or "1")
            cache.append(h)
            del cache[:-max(size, 1)]
        now = time.time()
        times = acct.attrs.get("zimbraPasswordLockoutFailureTime", [])
        if lifetime > 0:
            times = [t for t in times if (now - schema.parse_gentime(t)) * 1000 < lifetime]
        times = times + [schema.gentime(now)]
        acct.attrs["zimbraPasswordLockoutFailureTime"] = times
        if len(times) >= maxf:
            acct.set1("zimbraPasswordLockoutLockedTime", schema.gentime(now))
            acct.set1("zimbraAccountStatus", "lockout")
            self.audit.write("INFO", info.thread, info.context(acct.name),
                             "cmd=Auth; account=%s; error=account lockout due to too many "
                             "failed logins;" % acct.name)
        self.dir.save()

    def _record_success(self, info, acct):
        changed = False
        if acct.first("zimbraAccountStatus") == "lockout":
            acct.set1("zimbraAccountStatus", "active")
            self.dir.set_status_side_effects(acct, "active")
            self.audit.write("INFO", info.thread, info.context(acct.name),
                             "cmd=Auth; account=%s; info=account re-activated from lockout "
                             "status upon successful login;" % acct.name)
            changed = True
        elif acct.attrs.pop("zimbraPasswordLockoutFailureTime", None):
            changed = True
        self.bad_pw_cache.pop(acct.id, None)
        last = schema.parse_gentime(acct.first("zimbraLastLogonTimestamp"))
        freq = schema.parse_duration_ms(
            self.dir.config.get("zimbraLastLogonTimestampFrequency", ["7d"])[0]) / 1000
        if time.time() - last >= freq:
            acct.set1("zimbraLastLogonTimestamp", schema.gentime())
            changed = True
        if changed:
            self.dir.save()

    # ------------------------------------------------------------ password checks
    def ad_bind(self, acct, password):
        """Bind to AD over LDAPS as the account (zimbraAuthLdapBindDn template, 7.1).

        The password goes through a 0600 temporary file (-y), never on argv.  Returns None on
        success or the failure text for the audit line.
        """
        dom = self.dir.domain
        dn = acct.first("zimbraAuthLdapExternalDn") or \
            dom.first("zimbraAuthLdapBindDn", "%n").replace("%n", acct.name) \
               .replace("%u", acct.name.split("@")[0]).replace("%d", dom.name)
        url = dom.first("zimbraAuthLdapURL", self.ldap_url)
        fd, path = tempfile.mkstemp(prefix="bind-", dir=self.tmp_dir)
        try:
            os.write(fd, password.encode("utf-8"))
            os.close(fd)
            env = dict(os.environ, LDAPTLS_CACERT=self.ldap_ca or "", LDAPTLS_REQCERT="demand")
            try:
                p = subprocess.run(["ldapsearch", "-LLL", "-x", "-H", url, "-D", dn, "-y", path,
                                    "-b", "", "-s", "base", "1.1"],
                                   env=env, capture_output=True, text=True, timeout=15)
            except (OSError, subprocess.TimeoutExpired) as e:
                return "external LDAP auth failed, LDAP error: %s" % e
            if p.returncode == 0:
                return None
            detail = " ".join(p.stderr.split())
            return "external LDAP auth failed, LDAP error: %s" % (detail or "rc=%d" % p.returncode)
        finally:
            os.unlink(path)

    def _check_password(self, acct, password, admin):
        """Returns None if the password is right, else the reason text."""
        if not password:
            return "empty password"
        dom = self.dir.domain
        mech = dom.first("zimbraAuthMech", "zimbra") if dom else "zimbra"
        if admin and dom is not None:
            mech = dom.first("zimbraAuthMechAdmin", mech)
        local_ok = None
        if mech in ("ad", "ldap"):
            reason = self.ad_bind(acct, password)
            if reason is None:
                return None
            if dom.first("zimbraAuthFallbackToLocal") == "TRUE":
                local_ok = self._local(acct, password)
            return None if local_ok else reason
        return None if self._local(acct, password) else "invalid password"

    def _local(self, acct, password):
        import accounts
        return accounts.check_password(acct.first("userPassword"), password)

    # ------------------------------------------------------------ admin AuthRequest
    def admin_auth(self, req, info):
        name_e, acct_e = req.get("name"), req.child("account")
        token = req.get("authToken")
        if name_e is not None and acct_e is not None:
            raise faults.invalid_request("invalid request parameter")
        if name_e is None and acct_e is None:
            if token:
                acct = self.validate(token)
                if acct is None:
                    raise faults.auth_required()
                return self._auth_response(token, self.token_lifetime_ms(token), "urn:zimbraAdmin")
            raise faults.invalid_request("invalid request parameter")
        by, key = ("name", name_e) if name_e is not None else \
            (acct_e.attrs.get("by", "name"), acct_e.text or "")
        if by == "name" and "@" not in key:
            vh = req.get("virtualHost")
            if vh and self.dir.domain is not None and vh.endswith(self.dir.domain.name):
                key = key + "@" + self.dir.domain.name
        password = req.get("password")
        if password is None:
            raise faults.missing_attribute("password")
        with self.dir.lock:
            acct = self.dir.account("adminName" if by == "name" else by, key)
            if acct is None:
                raise faults.perm_denied("Error in Authentication")
            if not self.dir.is_admin(acct):
                raise faults.perm_denied("not an admin account")
            if self.dir.effective_status(acct) != "active":
                raise faults.perm_denied("Error in Authentication")
            reason = self._check_password(acct, password, admin=True)
            if reason is not None:
                self._record_failure(info, acct, password)
                self._audit_fail(info, acct.name, key, reason)
                raise faults.auth_failed(key)
            self._record_success(info, acct)
            lifetime = schema.parse_duration_ms(self.dir.effective(acct, "zimbraAdminAuthTokenLifetime"))
            token = self.make_token(acct, True, lifetime)
        self._audit_ok(info, acct)
        self._open_session("admin", acct, token)
        return self._auth_response(token, lifetime, "urn:zimbraAdmin")

    @staticmethod
    def _auth_response(token, lifetime, ns):
        resp = Elem("AuthResponse", ns)
        resp.add("lifetime", text=lifetime)      # 9.0.0.p23+/10.x: lifetime first
        resp.add("authToken", text=token)
        return resp

    # ------------------------------------------------------------ user AuthRequest (urn:zimbraAccount)
    def user_auth(self, req, info):
        acct_e = req.child("account")
        token = req.get("authToken")
        if acct_e is None:
            if token:
                acct = self.validate(token, need_admin=False)
                if acct is None:
                    raise faults.auth_required()
                return self._auth_response(token, self.token_lifetime_ms(token), "urn:zimbraAccount")
            raise faults.missing_element("account")
        by, key = acct_e.attrs.get("by", "name"), (acct_e.text or "").strip()
        password = req.get("password") or ""
        with self.dir.lock:
            acct = self.dir.account(by, key)
            if acct is None:
                raise faults.auth_failed(key)        # audit only with zimbra_additional_logging
            status = self.dir.effective_status(acct)
            if status == "maintenance":
                self.audit.write("WARN", info.thread, info.context(key),
                                 "cmd=Auth; account=%s; protocol=soap; error=account is in "
                                 "maintenance mode;" % acct.name)
                raise faults.maintenance_mode()
            if status not in ("active", "lockout"):
                self._audit_fail(info, acct.name, key, "account(or domain) status is " + status)
                raise faults.auth_failed(key)
            if self.is_locked_out(acct):
                self._audit_fail(info, acct.name, key, "account lockout")
                raise faults.auth_failed(key)
        reason = self._check_password(acct, password, admin=False)   # LDAP bind outside the lock
        with self.dir.lock:
            if reason is not None:
                self._record_failure(info, acct, password)
                self._audit_fail(info, acct.name, key, reason)
                raise faults.auth_failed(key)
            self._record_success(info, acct)
            lifetime = schema.parse_duration_ms(self.dir.effective(acct, "zimbraAuthTokenLifetime"))
            token = self.make_token(acct, False, lifetime)
        self._audit_ok(info, acct)
        self._open_session("soap", acct, token)
        return self._auth_response(token, lifetime, "urn:zimbraAccount")
