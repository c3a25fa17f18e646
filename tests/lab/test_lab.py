#!/usr/bin/env python3
"""Tests of the lab itself: what a technician would check by hand against the real servers,
compared with the seeder's ground truth. Run after `lab-up.sh --seed` (CTest fixture `lab`):
    python3 -m unittest -v test_lab
"""
import hashlib
import json
import os
import re
import ssl
import socket
import subprocess
import unittest

LAB = os.environ.get("ZAINDARI_LAB_DIR", "/var/lib/zaindari-lab")


def load(name):
    with open(os.path.join(LAB, name), encoding="utf-8") as f:
        return json.load(f)


CFG = load("lab.json")
TRUTH = load("ground-truth.json")
USERS = load("directory-users.json")
BASE = CFG["ldap"]["base"]


def run(argv, env=None, stdin=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(argv, capture_output=True, text=True, env=e, input=stdin, timeout=60)


def ssh(command, extra=()):
    s = CFG["ssh"]
    return run(["ssh", "-p", str(s["port"]), "-i", s["key"], "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + s["known_hosts"], "-o", "ConnectTimeout=10",
                *extra, "%s@%s" % (s["user"], s["host"]), command])


def ldapsearch(filt, attrs, url=None, bind=None, password_file=None, ca=None):
    env = {"LDAPTLS_CACERT": ca or CFG["ldap"]["ca_file"], "LDAPTLS_REQCERT": "demand"}
    return run(["ldapsearch", "-LLL", "-o", "ldif-wrap=no", "-o", "nettimeout=10",
                "-H", url or CFG["ldap"]["url"], "-x", "-D", bind or CFG["ldap"]["bind"],
                "-y", password_file or CFG["ldap"]["password_file"], "-b", BASE, filt, *attrs],
               env=env)


def entries(ldif):
    out, cur = [], None
    for line in ldif.splitlines():
        if line.startswith("dn: "):
            cur = {"dn": line[4:]}
            out.append(cur)
        elif cur is not None and ": " in line:
            k, v = line.split(": ", 1)
            cur.setdefault(k.rstrip(":"), []).append(v)
    return out


def served_cert_sha256(port):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE   # we only read the certificate and compare its digest
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        with ctx.wrap_socket(sock) as tls:
            return hashlib.sha256(tls.getpeercert(binary_form=True)).hexdigest()


class SshAndSudo(unittest.TestCase):
    def test_postqueue_through_zimbra_path_sees_the_deferred_burst(self):
        r = ssh("/opt/zimbra/common/sbin/postqueue -j")
        self.assertEqual(r.returncode, 0, r.stderr)
        queue = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
        deferred = [m for m in queue if m["queue_name"] == "deferred"]
        self.assertEqual(len(deferred), TRUTH["deferred_total"])
        self.assertGreaterEqual(len(deferred), TRUTH["burst"]["messages"])
        ids = {m["queue_id"] for m in deferred}
        captured = TRUTH["captured_account"]
        burst_ids = set(TRUTH["burst"]["queue_ids"])
        self.assertEqual(len(burst_ids), TRUTH["burst"]["messages"])
        self.assertTrue(burst_ids <= ids, "some messages of the burst are not deferred")
        from_captured = [m for m in deferred if m["sender"] == captured]
        self.assertEqual(len(from_captured), TRUTH["per_account"][captured]["external_messages"])
        # A real reason: the dead relay refused the connection.
        reasons = {rc.get("delay_reason", "") for m in deferred for rc in m["recipients"]}
        self.assertTrue(any("127.0.0.1[127.0.0.1]:2525: Connection refused" in x for x in reasons),
                        sorted(reasons)[:3])

    def test_sudo_grants_exactly_the_zimbra_mta_tools(self):
        r = ssh("sudo -n /opt/zimbra/common/sbin/postsuper -p && "
                "sudo -n /opt/zimbra/common/sbin/postconf -h mail_version")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout.strip(), r"^\d+\.\d+")
        for cmd in ("/opt/zimbra/common/sbin/postqueue -p", "/opt/zimbra/common/sbin/postmap -q x hash:/x",
                    "/bin/kill -0 1", "/bin/true"):
            r = ssh("sudo -n " + cmd)
            self.assertNotEqual(r.returncode, 0, "sudo allowed: " + cmd)
            self.assertIn("password is required", r.stderr, cmd)

    def test_login_is_key_only(self):
        r = ssh("true", extra=("-o", "PubkeyAuthentication=no",
                               "-o", "PreferredAuthentications=password,keyboard-interactive"))
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("Permission denied (publickey)", r.stderr)

    def test_host_key_fingerprint_in_lab_json_is_the_served_key(self):
        r = run(["ssh-keyscan", "-t", "ed25519", "-p", "2222", "127.0.0.1"])
        self.assertEqual(r.returncode, 0, r.stderr)
        r2 = run(["ssh-keygen", "-lf", "-"], stdin=r.stdout)
        self.assertEqual(r2.stdout.split()[1], CFG["ssh"]["host_key_sha256"])


class ActiveDirectory(unittest.TestCase):
    def test_ldaps_with_lab_ca_finds_every_user_with_mail(self):
        r = ldapsearch("(&(objectClass=user)(mail=*@tartanga.test))", ["sAMAccountName", "mail"])
        self.assertEqual(r.returncode, 0, r.stderr)
        found = {e["sAMAccountName"][0] for e in entries(r.stdout)}
        self.assertEqual(found, {u["sam"] for u in USERS["users"]})

    def test_disabled_and_locked_out_users(self):
        r = ldapsearch("(|(sAMAccountName=irakasle9)(sAMAccountName=ikasle5))",
                       ["sAMAccountName", "userAccountControl", "lockoutTime",
                        "msDS-User-Account-Control-Computed"])
        self.assertEqual(r.returncode, 0, r.stderr)
        by = {e["sAMAccountName"][0]: e for e in entries(r.stdout)}
        self.assertEqual(by["irakasle9"]["userAccountControl"], ["514"])
        self.assertGreater(int(by["ikasle5"].get("lockoutTime", ["0"])[0]), 0)
        self.assertTrue(int(by["ikasle5"]["msDS-User-Account-Control-Computed"][0]) & 16)
        # Locked for real: even the right password is refused (AD sub-code 775).
        pw = os.path.join(LAB, "secrets", "users", "ikasle5.pw")
        r = ldapsearch("(sAMAccountName=ikasle5)", ["dn"], bind="ikasle5@tartanga.test",
                       password_file=pw)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("data 775", r.stderr)

    def test_user_can_bind_with_own_password(self):
        pw = os.path.join(LAB, "secrets", "users", "irakasle1.pw")
        r = ldapsearch("(sAMAccountName=irakasle1)", ["mail"], bind="irakasle1@tartanga.test",
                       password_file=pw)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("mail: irakasle1@tartanga.test", r.stdout)

    def test_wrong_ca_is_rejected(self):
        # Strict verification is real: the SOAP certificate is not the CA of Samba's.
        r = ldapsearch("(sAMAccountName=irakasle1)", ["dn"], ca=CFG["soap"]["cert"])
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("Can't contact LDAP server", r.stderr)

    def test_simple_bind_in_clear_is_refused(self):
        r = ldapsearch("(sAMAccountName=irakasle1)", ["dn"], url="ldap://127.0.0.1:389")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("Strong(er) authentication required", r.stderr)

    def test_ldaps_certificate_fingerprint_in_lab_json(self):
        self.assertEqual(served_cert_sha256(636), CFG["ldap"]["cert_sha256"])


class MtaLog(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(CFG["mta"]["log"], encoding="utf-8", errors="replace") as f:
            cls.log = f.read().splitlines()

    def client_lines(self):
        """queue id -> (minute, client, sasl_username) from the submission smtpd lines."""
        pat = re.compile(r"^(\w{3}) +(\d+) (\d\d:\d\d):\d\d \S+ postfix/submission/smtpd\[\d+\]: "
                         r"(\w+): client=([^,]+), sasl_method=\w+, sasl_username=(\S+)$")
        out = {}
        for line in self.log:
            m = pat.match(line)
            if m:
                out[m.group(4)] = (m.group(3), m.group(5), m.group(6))
        return out

    def test_burst_carries_the_captured_sasl_username_and_foreign_client(self):
        acct = TRUTH["captured_account"]
        lines = [line for line in self.log if "sasl_username=%s" % acct in line]
        self.assertGreaterEqual(len(lines), TRUTH["per_account"][acct]["messages"])
        seen = self.client_lines()
        for qid in TRUTH["queue_ids_by_sender"][acct]:
            self.assertIn(qid, seen)
            self.assertEqual(seen[qid][2], acct)
        for qid in TRUTH["burst"]["queue_ids"]:
            self.assertEqual(seen[qid][1], TRUTH["attacker_smtp_client"], qid)

    def test_per_minute_ground_truth_matches_the_log(self):
        seen = self.client_lines()
        for acct, data in TRUTH["per_account"].items():
            ids = TRUTH["queue_ids_by_sender"][acct]
            self.assertEqual(len(ids), data["messages"], acct)
            self.assertEqual(sum(data["per_minute"].values()), data["messages"], acct)
            counts = {}
            for qid in ids:
                self.assertIn(qid, seen, "%s: %s has no client= line" % (acct, qid))
                self.assertEqual(seen[qid][2], acct)
                hhmm = seen[qid][0]
                counts[hhmm] = counts.get(hhmm, 0) + 1
            expected = {k[-5:]: v for k, v in data["per_minute"].items()}   # "...THH:MM"
            self.assertEqual(counts, expected, acct)

    def test_zimbra_layout(self):
        for tool in ("postqueue", "postsuper", "postcat", "postconf", "postfix", "postalias"):
            self.assertEqual(os.path.realpath("/opt/zimbra/common/sbin/" + tool), "/usr/sbin/" + tool)
        self.assertEqual(os.stat("/var/log/zimbra.log").st_uid, int(run(["id", "-u", "postfix"]).stdout))


class Audit(unittest.TestCase):
    def test_failed_logins_are_in_audit_log(self):
        if not TRUTH["soap_seeded"]:
            self.skipTest("the SOAP emulator was absent when the lab was seeded")
        with open(CFG["mta"]["audit_log"], encoding="utf-8") as f:
            lines = f.read().splitlines()
        acct = TRUTH["captured_account"]
        failed = [line for line in lines if "cmd=Auth; account=%s;" % acct in line and "error=" in line]
        self.assertEqual(len(failed), len(TRUTH["failed_logins"]))
        self.assertTrue(all("oip=%s;" % TRUTH["attacker_ip"] in line for line in failed))
        ok = [line for line in lines if "cmd=Auth; account=%s;" % acct in line and "error=" not in line]
        self.assertEqual(len(ok), 1)


class Network(unittest.TestCase):
    def test_lab_listens_on_loopback_only(self):
        r = run(["ss", "-Hltnu"])
        self.assertEqual(r.returncode, 0, r.stderr)
        lab_ports = {25, 587, 2222, 636, 389, 88, 464, 3268, 3269, 445, 139, 135, 7071}
        seen = set()
        for line in r.stdout.splitlines():
            local = line.split()[4]
            host, port = local.rsplit(":", 1)
            if port.isdigit() and int(port) in lab_ports:
                seen.add(int(port))
                host = host.strip("[]").split("%")[0]
                self.assertTrue(host.startswith("127.") or host == "::1", line)
        self.assertTrue({25, 587, 2222, 636} <= seen, seen)


if __name__ == "__main__":
    unittest.main()
