#!/usr/bin/env python3
"""Lab tests of the Zimbra admin SOAP emulator: what a user of the lab would check.

Reads $ZAINDARI_LAB_DIR/lab.json (default /var/lib/zaindari-lab).  Talks to the lab's emulator
for authentication, envelopes, faults, queues and the audit log; starts a private second
instance on another loopback port (short --token-lifetime, its own state and audit log, an LDAP
URL where nothing listens) for token expiry and the lockout policy, so the lab's AD is not
touched by those.
"""
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.environ.get("ZAINDARI_LAB_DIR", "/var/lib/zaindari-lab")
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
NS = {"s12": SOAP12, "s11": SOAP11, "z": "urn:zimbra", "za": "urn:zimbraAdmin",
      "zac": "urn:zimbraAccount"}
SPECIAL = {"ikasle3", "ikasle5", "irakasle9"}   # captured, locked in AD, disabled in AD


def load_lab():
    with open(os.path.join(LAB, "lab.json"), encoding="utf-8") as f:
        return json.load(f)


class Reply:
    def __init__(self, status, ctype, body, headers):
        self.status, self.ctype, self.body, self.headers = status, ctype, body, headers

    def xml(self):
        return ET.fromstring(self.body)

    def json(self):
        return json.loads(self.body)

    def fault_code(self):
        if self.ctype.startswith("text/javascript"):
            return self.json()["Body"]["Fault"]["Detail"]["Error"]["Code"]
        code = self.xml().find(".//z:Error/z:Code", NS)
        return code.text if code is not None else None


class Client:
    def __init__(self, url, cafile):
        self.url = url
        self.ctx = ssl.create_default_context(cafile=cafile)   # pinned to the lab's cert

    def post(self, body, url=None, headers=None):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        req = urllib.request.Request(url or self.url, data=data, method="POST",
                                     headers=dict({"Content-Type": "application/soap+xml"},
                                                  **(headers or {})))
        try:
            with urllib.request.urlopen(req, context=self.ctx, timeout=60) as r:
                return Reply(r.status, r.headers.get("Content-Type", ""), r.read(), r.headers)
        except urllib.error.HTTPError as e:
            return Reply(e.code, e.headers.get("Content-Type", ""), e.read(), e.headers)

    @staticmethod
    def env12(body, token=None, ns=SOAP12):
        ctx = '<context xmlns="urn:zimbra"><authToken>%s</authToken></context>' % token \
            if token else ""
        return ('<soap:Envelope xmlns:soap="%s"><soap:Header>%s</soap:Header><soap:Body>%s'
                '</soap:Body></soap:Envelope>' % (ns, ctx, body))

    def soap(self, body, token=None, ns=SOAP12, url=None, headers=None):
        return self.post(self.env12(body, token, ns), url=url, headers=headers)

    def login(self, name, password):
        r = self.soap('<AuthRequest xmlns="urn:zimbraAdmin"><name>%s</name><password>%s'
                      '</password></AuthRequest>' % (name, password))
        if r.status != 200:
            raise AssertionError("admin login failed: %s" % r.body[:300])
        return r.xml().find(".//za:authToken", NS).text


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class LabEmulatorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lab = load_lab()
        soap = cls.lab["soap"]
        cls.c = Client(soap["url"], soap["cert"])
        cls.user_url = soap["user_url"]
        cls.admin = soap["admin"]
        with open(soap["password_file"], encoding="utf-8") as f:
            cls.admin_pw = f.read().rstrip("\r\n")
        with open(cls.lab["users_file"], encoding="utf-8") as f:
            cls.users = json.load(f)["users"]
        cls.audit = cls.lab["mta"]["audit_log"]
        cls.token = cls.c.login(cls.admin, cls.admin_pw)
        r = cls.c.soap('<GetAllServersRequest xmlns="urn:zimbraAdmin" service="mta"/>', cls.token)
        cls.mta = r.xml().find(".//za:server", NS).get("name")

    def audit_size(self):
        return os.path.getsize(self.audit) if os.path.exists(self.audit) else 0

    def audit_since(self, offset):
        with open(self.audit, encoding="utf-8") as f:
            f.seek(offset)
            return f.read()

    # -------------------------------------------------------------- authentication
    def test_admin_auth_gives_token_and_lifetime_in_ms(self):
        r = self.c.soap('<AuthRequest xmlns="urn:zimbraAdmin"><name>%s</name><password>%s'
                        '</password></AuthRequest>' % (self.admin, self.admin_pw))
        self.assertEqual(r.status, 200)
        self.assertTrue(r.ctype.startswith("text/xml"))
        lifetime = int(r.xml().find(".//za:lifetime", NS).text)
        self.assertGreater(lifetime, 60 * 1000, "lifetime is in milliseconds")
        self.assertIn("ZM_ADMIN_AUTH_TOKEN=", r.headers.get("Set-Cookie", ""))

    def test_wrong_admin_password_is_auth_failed_with_http_500_and_audit_line(self):
        before = self.audit_size()
        r = self.c.soap('<AuthRequest xmlns="urn:zimbraAdmin"><name>%s</name><password>wrong-%d'
                        '</password></AuthRequest>' % (self.admin, time.time()))
        self.assertEqual(r.status, 500)
        self.assertEqual(r.fault_code(), "account.AUTH_FAILED")
        self.assertEqual(r.xml().find(".//s12:Reason/s12:Text", NS).text,
                         "authentication failed for [%s]" % self.admin)
        self.assertEqual(r.xml().find(".//s12:Code/s12:Value", NS).text, "soap:Sender")
        new = self.audit_since(before)
        self.assertRegex(new, r"(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARN  \[[^\]]+\] "
                              r"\[name=%s;[^\]]*\] security - cmd=Auth; account=%s; "
                              r"protocol=soap; error=authentication failed for \[%s\], "
                              r"invalid password;$" % ((re.escape(self.admin),) * 3))

    def test_wrong_user_password_is_audited_with_the_originating_ip(self):
        user = next(u for u in self.users if u["sam"] not in SPECIAL and u.get("enabled", True))
        before = self.audit_size()
        r = self.c.soap('<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s</account>'
                        '<password>not-the-password</password></AuthRequest>' % user["mail"],
                        url=self.user_url, headers={"X-Forwarded-For": "127.0.0.77"})
        self.assertEqual(r.status, 500)
        self.assertEqual(r.fault_code(), "account.AUTH_FAILED")
        new = self.audit_since(before)
        self.assertRegex(new, r"WARN  \[[^\]]+\] \[name=%s;oip=127\.0\.0\.77;[^\]]*\] security - "
                              r"cmd=Auth; account=%s; protocol=soap; error=authentication "
                              r"failed for \[%s\], " % ((re.escape(user["mail"]),) * 3))

    def test_no_token_is_auth_required(self):
        r = self.c.soap('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s'
                        '</account></GetAccountRequest>' % self.admin)
        self.assertEqual((r.status, r.fault_code()), (500, "service.AUTH_REQUIRED"))

    def test_validity_value_bump_invalidates_old_tokens(self):
        old = self.c.login(self.admin, self.admin_pw)
        get = ('<GetAccountRequest xmlns="urn:zimbraAdmin" attrs="zimbraAuthTokenValidityValue">'
               '<account by="name">%s</account></GetAccountRequest>' % self.admin)
        r = self.c.soap(get, old)
        self.assertEqual(r.status, 200)
        acct = r.xml().find(".//za:account", NS)
        vv = acct.find("za:a[@n='zimbraAuthTokenValidityValue']", NS)
        nxt = int(vv.text) + 1 if vv is not None else 0
        r = self.c.soap('<ModifyAccountRequest xmlns="urn:zimbraAdmin"><id>%s</id>'
                        '<a n="zimbraAuthTokenValidityValue">%d</a></ModifyAccountRequest>'
                        % (acct.get("id"), nxt), old)
        self.assertEqual(r.status, 200)
        r = self.c.soap(get, old)
        self.assertEqual((r.status, r.fault_code()), (500, "service.AUTH_EXPIRED"))
        fresh = self.c.login(self.admin, self.admin_pw)
        self.assertEqual(self.c.soap(get, fresh).status, 200)
        type(self).token = fresh

    def test_locked_status_refuses_user_login_and_unlock_restores(self):
        user = next(u for u in self.users if u["sam"] not in SPECIAL)
        r = self.c.soap('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s'
                        '</account></GetAccountRequest>' % user["mail"], self.token)
        aid = r.xml().find(".//za:account", NS).get("id")
        mod = ('<ModifyAccountRequest xmlns="urn:zimbraAdmin"><id>%s</id>'
               '<a n="zimbraAccountStatus">%s</a></ModifyAccountRequest>')
        try:
            r = self.c.soap(mod % (aid, "locked"), self.token)
            self.assertEqual(r.status, 200)
            before = self.audit_size()
            r = self.c.soap('<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s'
                            '</account><password>%s</password></AuthRequest>'
                            % (user["mail"], user["password"]), url=self.user_url)
            self.assertEqual(r.fault_code(), "account.AUTH_FAILED")
            self.assertIn("account(or domain) status is locked;", self.audit_since(before))
        finally:
            r = self.c.soap(mod % (aid, "active"), self.token)
        st = r.xml().find(".//za:a[@n='zimbraAccountStatus']", NS).text
        self.assertEqual(st, "active")

    def test_set_password_with_ad_auth_changes_only_the_local_copy(self):
        user = next(u for u in self.users if u["sam"] not in SPECIAL and u.get("enabled", True))
        get = ('<GetAccountRequest xmlns="urn:zimbraAdmin" attrs="zimbraAuthTokenValidityValue">'
               '<account by="name">%s</account></GetAccountRequest>' % user["mail"])
        acct = self.c.soap(get, self.token).xml().find(".//za:account", NS)
        vv = acct.find("za:a[@n='zimbraAuthTokenValidityValue']", NS)
        vv = int(vv.text) if vv is not None else -1
        r = self.c.soap('<SetPasswordRequest xmlns="urn:zimbraAdmin"><id>%s</id><newPassword>'
                        'Local-Only-%d</newPassword></SetPasswordRequest>'
                        % (acct.get("id"), time.time()), self.token)
        self.assertEqual(r.status, 200)
        acct = self.c.soap(get, self.token).xml().find(".//za:account", NS)
        self.assertEqual(int(acct.find("za:a[@n='zimbraAuthTokenValidityValue']", NS).text),
                         vv + 1, "SetPassword bumps the validity value")
        # AD was not told: the directory password still logs in through the LDAPS bind.
        r = self.c.soap('<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s</account>'
                        '<password>%s</password></AuthRequest>' % (user["mail"], user["password"]),
                        url=self.user_url)
        self.assertEqual(r.status, 200, r.body[:300])
        self.assertIsNotNone(r.xml().find(".//zac:authToken", NS))

    # -------------------------------------------------------------- envelopes
    def test_soap11_and_json_envelopes(self):
        get = ('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s</account>'
               '</GetAccountRequest>' % self.admin)
        r = self.c.soap(get, self.token, ns=SOAP11)
        self.assertEqual(r.status, 200)
        self.assertEqual(r.xml().tag, "{%s}Envelope" % SOAP11)
        self.assertEqual(r.xml().find(".//za:account", NS).get("name"), self.admin)
        r = self.c.soap('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">'
                        'nobody@%s</account></GetAccountRequest>' % self.lab["domain"],
                        self.token, ns=SOAP11)
        self.assertEqual(r.status, 500)
        fault = r.xml().find(".//s11:Fault", NS)
        self.assertEqual(fault.find("faultcode").text, "soap:Client")   # unqualified children
        self.assertEqual(fault.find("detail/z:Error/z:Code", NS).text, "account.NO_SUCH_ACCOUNT")

        body = {"Header": {"context": {"_jsns": "urn:zimbra", "authToken": self.token}},
                "Body": {"GetAccountRequest": {"_jsns": "urn:zimbraAdmin",
                                               "account": {"by": "name", "_content": self.admin}}}}
        r = self.c.post(json.dumps(body), headers={"Content-Type": "application/json"})
        self.assertEqual(r.status, 200)
        self.assertTrue(r.ctype.startswith("text/javascript"))
        acct = r.json()["Body"]["GetAccountResponse"]["account"][0]
        self.assertEqual(acct["name"], self.admin)
        status = [a["_content"] for a in acct["a"] if a["n"] == "zimbraAccountStatus"]
        self.assertEqual(status, ["active"])
        body["Header"]["context"]["authToken"] = "0_garbage"
        r = self.c.post(json.dumps(body))
        self.assertEqual((r.status, r.fault_code()), (500, "service.AUTH_REQUIRED"))

    def test_malformed_requests_get_zimbra_faults(self):
        cases = [
            (b"", "service.PARSE_ERROR"),
            (b"<soap:Envelope xmlns:soap='%s'><soap:Body>" % SOAP12.encode(), "service.PARSE_ERROR"),
            (b"<hello/>", "service.INVALID_REQUEST"),
            (b"{not json", "service.PARSE_ERROR"),
            (self.c.env12('<NoSuchRequest xmlns="urn:zimbraAdmin"/>', self.token).encode(),
             "service.UNKNOWN_DOCUMENT"),
            (self.c.env12('<GetMailQueueRequest xmlns="urn:zimbraAdmin"><server name="%s">'
                          '<queue name="deferred"/></server></GetMailQueueRequest>'
                          % self.mta, self.token).encode(), "service.INVALID_REQUEST"),
            (self.c.env12('<ModifyCosRequest xmlns="urn:zimbraAdmin" id="x"/>',
                          self.token).encode(), "service.INVALID_REQUEST"),
        ]
        for body, code in cases:
            with self.subTest(body=body[:60]):
                r = self.c.post(body)
                self.assertEqual((r.status, r.fault_code()), (500, code))
        r = self.c.soap('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s'
                        '</account></GetAccountRequest>' % self.admin, self.token,
                        url=self.user_url)
        self.assertEqual((r.status, r.fault_code()), (500, "service.UNKNOWN_DOCUMENT"))

    # -------------------------------------------------------------- queues
    def postqueue(self):
        out = subprocess.run(["postqueue", "-j"], capture_output=True, text=True, check=True)
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]

    def scan(self, queue):
        req = ('<GetMailQueueRequest xmlns="urn:zimbraAdmin"><server name="%s"><queue name="%s" '
               'scan="%d" wait="5"><query limit="0"/></queue></server></GetMailQueueRequest>')
        first = True
        for _ in range(60):
            r = self.c.soap(req % (self.mta, queue, 1 if first else 0), self.token)
            if r.status == 500 and r.fault_code() == "service.ALREADY_IN_PROGRESS":
                first = False
                continue
            self.assertEqual(r.status, 200, r.body[:400])
            first = False
            q = r.xml().find(".//za:queue", NS)
            if q.get("scan") == "0":
                return q
        self.fail("queue scan did not finish")

    def test_deferred_queue_lists_the_same_ids_as_postqueue(self):
        for _ in range(10):
            q = self.scan("deferred")
            ours = {qi.get("id") for qi in q.findall("za:qi", NS)}
            theirs = {j["queue_id"] for j in self.postqueue() if j["queue_name"] == "deferred"}
            if ours == theirs:
                break
            time.sleep(2)          # Postfix was still moving messages; rescan
        self.assertTrue(theirs, "the seeded lab has deferred mail")
        self.assertEqual(ours, theirs)
        self.assertEqual(int(q.get("total")), len(theirs))
        by_id = {j["queue_id"]: j for j in self.postqueue()}
        for qi in q.findall("za:qi", NS)[:20]:
            j = by_id.get(qi.get("id"))
            if j is None:
                continue
            self.assertEqual(int(qi.get("time")), j["arrival_time"] * 1000, "time is in ms")
            self.assertEqual(qi.get("from"), (j["sender"] or "MAILER-DAEMON").lower())
        r = self.c.soap('<GetMailQueueInfoRequest xmlns="urn:zimbraAdmin"><server name="%s"/>'
                        '</GetMailQueueInfoRequest>' % self.mta, self.token)
        counts = {e.get("name"): int(e.get("n")) for e in r.xml().findall(".//za:queue", NS)}
        self.assertEqual(set(counts), {"deferred", "incoming", "corrupt", "active", "hold"})
        self.assertEqual(counts["deferred"], len(theirs))

    def test_hold_moves_a_message_to_postfix_hold_and_release_brings_it_back(self):
        q = self.scan("deferred")
        qi = q.find("za:qi", NS)
        self.assertIsNotNone(qi, "the seeded lab has deferred mail")
        qid = qi.get("id")
        act = ('<MailQueueActionRequest xmlns="urn:zimbraAdmin"><server name="%s"><queue name="%s">'
               '<action op="%s" by="id">%s</action></queue></server></MailQueueActionRequest>')
        r = self.c.soap(act % (self.mta, "deferred", "hold", qid), self.token)
        self.assertEqual(r.status, 200)
        self.assertEqual(len(r.xml().find(".//za:MailQueueActionResponse", NS)), 0)
        try:
            where = {j["queue_id"]: j["queue_name"] for j in self.postqueue()}
            self.assertEqual(where.get(qid), "hold")
        finally:
            self.scan("hold")
            r = self.c.soap(act % (self.mta, "hold", "release", qid), self.token)
        self.assertEqual(r.status, 200)
        where = {j["queue_id"]: j["queue_name"] for j in self.postqueue()}
        self.assertIn(where.get(qid), ("deferred", "active", "incoming"))

    def test_logger_stats_count_the_burst(self):
        gt_path = self.lab.get("ground_truth")
        if not gt_path or not os.path.exists(gt_path):
            self.skipTest("no ground truth")
        with open(gt_path, encoding="utf-8") as f:
            burst = json.load(f)["burst"]["messages"]
        r = self.c.soap('<GetLoggerStatsRequest xmlns="urn:zimbraAdmin"><startTime time="now-48h"/>'
                        '<endTime time="now"/><stats name="zmmtastats" limit="true"><values>'
                        '<stat name="mta_count"/></values></stats></GetLoggerStatsRequest>',
                        self.token)
        self.assertEqual(r.status, 200)
        total = 0.0
        for host in r.xml().findall(".//za:hostname", NS):
            rows = host.findall(".//za:values", NS)
            ts = [int(v.get("t")) for v in rows]
            step = (ts[1] - ts[0]) if len(ts) > 1 else 3600
            for v in rows:
                total += float(v.find("za:stat", NS).get("value")) * step
        self.assertGreaterEqual(round(total), burst)


class PrivateInstanceTest(unittest.TestCase):
    """A second emulator on another loopback port: 2 s tokens, lockout without the lab's AD."""

    @classmethod
    def setUpClass(cls):
        cls.lab = load_lab()
        cls.tmp = tempfile.mkdtemp(prefix="zemu-test-")
        cert, key = os.path.join(cls.tmp, "cert.pem"), os.path.join(cls.tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"], check=True,
                       capture_output=True)
        cls.pw = "Private-Admin-1"
        with open(os.path.join(cls.tmp, "admin.pw"), "w") as f:
            f.write(cls.pw)
        cls.port = free_port()
        cls.audit = os.path.join(cls.tmp, "audit.log")
        cls.proc = subprocess.Popen([
            sys.executable, os.path.join(HERE, "zimbra_emulator.py"), "--listen", "127.0.0.1",
            "--port", str(cls.port), "--cert", cert, "--key", key,
            "--state-dir", os.path.join(cls.tmp, "state"), "--users", cls.lab["users_file"],
            "--admin-user", cls.lab["soap"]["admin"],
            "--admin-password-file", os.path.join(cls.tmp, "admin.pw"),
            "--ldap-url", "ldaps://127.0.0.1:%d" % free_port(), "--ldap-ca", cert,
            "--audit-log", cls.audit, "--mta-log", cls.lab["mta"]["log"],
            "--token-lifetime", "2"])
        url = "https://127.0.0.1:%d/service/admin/soap" % cls.port
        cls.c = Client(url, cert)
        cls.user_url = "https://127.0.0.1:%d/service/soap" % cls.port
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        cls.admin = cls.lab["soap"]["admin"]

    @classmethod
    def tearDownClass(cls):
        cls.proc.terminate()
        cls.proc.wait(timeout=10)
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_expired_token_gives_auth_expired(self):
        token = self.c.login(self.admin, self.pw)
        get = ('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s</account>'
               '</GetAccountRequest>' % self.admin)
        self.assertEqual(self.c.soap(get, token).status, 200)
        time.sleep(2.5)
        r = self.c.soap(get, token)
        self.assertEqual((r.status, r.fault_code()), (500, "service.AUTH_EXPIRED"))
        self.assertIsNone(r.xml().find("s12:Header", NS), "raised before dispatch: no Header")

    def test_cos_lockout_policy_locks_after_failed_logins(self):
        token = self.c.login(self.admin, self.pw)
        r = self.c.soap('<GetCosRequest xmlns="urn:zimbraAdmin"><cos by="name">default</cos>'
                        '</GetCosRequest>', token)
        cos = r.xml().find(".//za:cos", NS)
        self.assertEqual(cos.get("isDefaultCos"), "1")
        r = self.c.soap('<ModifyCosRequest xmlns="urn:zimbraAdmin"><id>%s</id>'
                        '<a n="zimbraPasswordLockoutEnabled">TRUE</a>'
                        '<a n="zimbraPasswordLockoutMaxFailures">2</a>'
                        '<a n="zimbraPasswordLockoutDuration">1h</a></ModifyCosRequest>'
                        % cos.get("id"), token)
        self.assertEqual(r.status, 200)
        with open(self.lab["users_file"], encoding="utf-8") as f:
            user = next(u for u in json.load(f)["users"] if u["sam"] not in SPECIAL)
        auth = ('<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s</account>'
                '<password>bad-%%d</password></AuthRequest>' % user["mail"])
        for i in range(3):
            r = self.c.soap(auth % i, url=self.user_url)
            self.assertEqual(r.fault_code(), "account.AUTH_FAILED")
        token = self.c.login(self.admin, self.pw)
        r = self.c.soap('<GetAccountRequest xmlns="urn:zimbraAdmin"><account by="name">%s'
                        '</account></GetAccountRequest>' % user["mail"], token)
        acct = r.xml().find(".//za:account", NS)
        attr = lambda n: [a.text for a in acct.findall("za:a[@n='%s']" % n, NS)]
        self.assertEqual(attr("zimbraAccountStatus"), ["lockout"])
        self.assertEqual(len(attr("zimbraPasswordLockoutFailureTime")), 2)
        self.assertRegex(attr("zimbraPasswordLockoutLockedTime")[0], r"^\d{14}(\.\d{1,3})?Z$")
        with open(self.audit, encoding="utf-8") as f:
            log = f.read()
        self.assertIn("error=account lockout due to too many failed logins;", log)
        self.assertIn("error=authentication failed for [%s], account lockout;" % user["mail"], log)
        r = self.c.soap('<ModifyAccountRequest xmlns="urn:zimbraAdmin"><id>%s</id>'
                        '<a n="zimbraAccountStatus">active</a></ModifyAccountRequest>'
                        % acct.get("id"), token)
        acct = r.xml().find(".//za:account", NS)
        self.assertEqual(acct.findall("za:a[@n='zimbraPasswordLockoutFailureTime']", NS), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
