#!/usr/bin/env python3
"""Seeds the lab with a captured-account incident through the real servers (python3 stdlib).

1. A school day's normal mail: every enabled account (except the locked-out one) logs in to
   the submission port 127.0.0.1:587 with its own SASL login and sends a few messages, some to
   colleagues in tartanga.test (delivered), most to families and outside bodies (deferred: the
   relay is dead).
2. The captured account ikasle3 fails to log in a few times through the Zimbra SOAP emulator's
   user AuthRequest from a foreign address (X-Forwarded-For from the loopback "proxy", which
   Zimbra logs as oip=), then logs in with the right password.
3. From the same foreign address ikasle3 sends a burst of thousands of messages to external
   domains through submission with its SASL login, pipelined (RFC 2920). The foreign address
   reaches Postfix through XCLIENT (the mechanism Zimbra's own nginx mail proxy uses), which
   the lab allows only from 127.0.0.2, so the MTA log names it as the real client.

Ground truth ($LAB/ground-truth.json) is built only from what the servers accepted: queue ids
from the "250 ... queued as ID" replies, the per-minute counts from the smtpd "ID: client="
line Postfix logged for each of those ids, and the deferred queue as postqueue -j shows it.
"""
import argparse
import base64
import concurrent.futures
import datetime
import json
import os
import random
import re
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

DOMAIN = "tartanga.test"
CAPTURED = "ikasle3"
# Outside address the attacker forwards the captured mailbox to (reserved .example domain:
# nothing is ever sent there, the lab's relay is dead).
ATTACKER_FORWARD = "kopia.ikasle3@posta-segurua.example"
EXTERNAL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "euskaltel.net",
                    "telefonica.net", "live.com", "icloud.com", "gmx.de", "yandex.ru",
                    "mail.ru", "protonmail.com", "aol.com", "orange.fr", "libero.it"]
FIRST = ["ane", "mikel", "jon", "leire", "aitor", "nerea", "iker", "maite", "gorka", "amaia",
         "maria", "jose", "laura", "david", "carmen", "javier", "lucia", "pablo", "sara", "alex"]
SUBJECTS = ["Bilera bihar", "Azterketaren notak", "Ekintza osagarriak", "Txangoa: baimena",
            "Reunión de familias", "Deberes de matemáticas", "Ordutegia", "Justificante de falta",
            "Proiektuaren entrega", "Jantokiko menua", "Hezkuntza Saila: inprimakia"]
QUEUED = re.compile(r"queued as ([0-9A-Za-z]+)")
LOG_CLIENT = re.compile(
    r"^(\w{3}) +(\d+) (\d\d):(\d\d):\d\d \S+ postfix/(?:[\w-]+/)?smtpd\[\d+\]: ([0-9A-Za-z]+): client=")
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


class SeedError(Exception):
    pass


def now_iso():
    return datetime.datetime.now().astimezone().isoformat(timespec="milliseconds")


class Smtp:
    """A minimal ESMTP client that pipelines whole messages (RFC 2920 section 3.1: DATA is the
    last command of a group; after the final "." the next MAIL/RCPT/DATA may follow at once)."""

    def __init__(self, host, port, source=None, timeout=60):
        self.sock = socket.create_connection((host, port), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        self.rfile = self.sock.makefile("rb")
        code, text = self.reply()
        if code != 220:
            raise SeedError("SMTP greeting: %d %s" % (code, text))

    def reply(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line:
                raise SeedError("SMTP connection closed by the server")
            line = line.decode("utf-8", "replace").rstrip("\r\n")
            lines.append(line[4:])
            if len(line) < 4 or line[3] != "-":
                return int(line[:3]), " ".join(lines)

    def cmd(self, text, expect):
        self.sock.sendall(text.encode("utf-8") + b"\r\n")
        code, reply = self.reply()
        if code != expect:
            raise SeedError("SMTP %s -> %d %s" % (text.split(" ")[0], code, reply))
        return reply

    def ehlo(self, name):
        return self.cmd("EHLO " + name, 250)

    def xclient(self, addr):
        # XCLIENT restarts the session as if ADDR had connected: a new 220 greeting follows.
        self.cmd("XCLIENT ADDR=%s NAME=[UNAVAILABLE]" % addr, 220)

    def auth_plain(self, login, password):
        token = base64.b64encode(("\0%s\0%s" % (login, password)).encode("utf-8")).decode()
        self.cmd("AUTH PLAIN " + token, 235)

    def send_many(self, messages):
        """messages: list of (sender, [recipients], body). Returns, per message, a dict with
        the queue id (None when refused), accepted recipients and the time of the 250."""
        results = []

        def envelope(m):
            sender, rcpts, _ = m
            return "".join(["MAIL FROM:<%s>\r\n" % sender] +
                           ["RCPT TO:<%s>\r\n" % r for r in rcpts] + ["DATA\r\n"])

        if not messages:
            return results
        self.sock.sendall(envelope(messages[0]).encode("utf-8"))
        for i, m in enumerate(messages):
            _, rcpts, body = m
            code, text = self.reply()
            mail_ok = code == 250
            accepted = 0
            for _ in rcpts:
                code, text = self.reply()
                accepted += code == 250
            data_code, data_text = self.reply()
            payload = b""
            if data_code == 354:
                # Dot-stuffing (RFC 5321 4.5.2) and the terminating ".".
                stuffed = re.sub(r"(?m)^\.", "..", body).replace("\n", "\r\n")
                payload += stuffed.encode("utf-8") + b"\r\n.\r\n"
            if i + 1 < len(messages):
                payload += envelope(messages[i + 1]).encode("utf-8")
            if payload:
                self.sock.sendall(payload)
            qid = None
            if data_code == 354:
                code, text = self.reply()
                match = QUEUED.search(text) if code == 250 else None
                qid = match.group(1) if match else None
            results.append({"qid": qid, "accepted": accepted if qid else 0, "t": now_iso(),
                            "error": None if qid else "%s %s" % (data_code, data_text) if mail_ok
                            else "MAIL refused"})
        return results

    def quit(self):
        try:
            self.sock.sendall(b"QUIT\r\n")
            self.reply()
        except (OSError, SeedError):
            pass
        self.sock.close()


def body_for(sender, rcpts, subject, rnd, lines):
    msgid = "<%s.%s@%s>" % (int(time.time() * 1000), rnd.getrandbits(40), DOMAIN)
    date = datetime.datetime.now().astimezone().strftime("%a, %d %b %Y %H:%M:%S %z")
    text = "\n".join(rnd.choice(["Kaixo,", "Mezu honekin bidaltzen dizuet informazioa.",
                                 "Un saludo.", "Eskerrik asko.", "Mañana hablamos.",
                                 "Begiratu eranskina, mesedez."]) for _ in range(lines))
    return ("From: <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n%s\n" %
            (sender, ", ".join("<%s>" % r for r in rcpts), subject, date, msgid, text))


def external_address(rnd):
    return "%s.%s%d@%s" % (rnd.choice(FIRST), rnd.choice(FIRST), rnd.randint(1, 999),
                           rnd.choice(EXTERNAL_DOMAINS))


def send_session(login, password, messages, source=None, xclient=None):
    s = Smtp("127.0.0.1", 587, source=source)
    try:
        s.ehlo("pc-%s.%s" % (login.split("@")[0], DOMAIN))
        if xclient:
            s.xclient(xclient)
            s.ehlo("mail.example-attacker.net")
        s.auth_plain(login, password)
        return s.send_many(messages)
    finally:
        s.quit()


def soap_auth(url, cafile, account, password, forwarded_for):
    return soap_user_call(url, cafile, forwarded_for, "",
                          '<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s</account>'
                          '<password>%s</password></AuthRequest>' % (account, password))


def soap_user_call(url, cafile, forwarded_for, token, body):
    env = ('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header>'
           '<context xmlns="urn:zimbra"><userAgent name="ZimbraWebClient - FF120 (Win)"/>%s'
           '</context></soap:Header><soap:Body>%s</soap:Body></soap:Envelope>') % (
               ("<authToken>%s</authToken>" % token) if token else "", body)
    req = urllib.request.Request(url, data=env.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/soap+xml; charset=utf-8",
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
        "X-Forwarded-For": forwarded_for})
    ctx = ssl.create_default_context(cafile=cafile)
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=15) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as e:
        raise SeedError("the Zimbra SOAP emulator at %s does not answer (%s): the failed and "
                        "successful logins of the incident cannot be seeded" % (url, e))


def postqueue_json():
    out = subprocess.run(["/usr/sbin/postqueue", "-j"], capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.decode("utf-8", "replace").splitlines() if line]


def wait_for_queue(expected_deferred, timeout):
    """Waits until qmgr has tried every message once: nothing left in incoming/active and the
    deferred queue holds exactly the external messages we sent."""
    deadline = time.time() + timeout
    while True:
        queue = postqueue_json()
        busy = [m for m in queue if m["queue_name"] in ("incoming", "active", "maildrop")]
        deferred = {m["queue_id"] for m in queue if m["queue_name"] == "deferred"}
        if not busy and deferred >= expected_deferred:
            return queue
        if time.time() > deadline:
            missing = len(expected_deferred - deferred)
            raise SeedError("queue did not settle in %d s: %d busy, %d deferred, %d expected "
                            "ids missing" % (timeout, len(busy), len(deferred), missing))
        time.sleep(0.3)


def log_minutes(log_path, qids):
    """Minute (local time, as the log writes it) of the smtpd "ID: client=" line of each id."""
    wanted, out = set(qids), {}
    now = datetime.datetime.now()
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LOG_CLIENT.match(line)
            if not m or m.group(5) not in wanted:
                continue
            month = MONTHS[m.group(1)]
            year = now.year - 1 if month > now.month else now.year   # the log has no year
            out[m.group(5)] = "%04d-%02d-%02dT%s:%s" % (year, month, int(m.group(2)),
                                                       m.group(3), m.group(4))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lab", default=os.environ.get("ZAINDARI_LAB_DIR", "/var/lib/zaindari-lab"))
    ap.add_argument("--normal", type=int, default=400, help="normal messages in the school day")
    ap.add_argument("--burst", type=int, default=2500, help="messages in the captured burst")
    ap.add_argument("--failed-logins", type=int, default=4)
    ap.add_argument("--attacker-ip", default="203.0.113.77",
                    help="foreign address (documentation range; only ever written into headers)")
    ap.add_argument("--seed", type=int, default=3, help="random seed (repeatable content)")
    ap.add_argument("--no-soap", action="store_true",
                    help="the SOAP emulator is absent: skip the login steps (recorded as such)")
    ap.add_argument("--log", default="/var/log/zimbra.log")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    lab = args.lab
    with open(os.path.join(lab, "directory-users.json"), encoding="utf-8") as f:
        users = json.load(f)["users"]
    with open(os.path.join(lab, "lab.json"), encoding="utf-8") as f:
        labcfg = json.load(f)
    by_sam = {u["sam"]: u for u in users}
    captured = by_sam[CAPTURED]
    senders = [u for u in users if u["enabled"] and not u["locked_out"]]
    internal = [u["mail"] for u in users if u["enabled"]]

    # ---- 1. the school day -------------------------------------------------------------
    plan = {u["mail"]: [] for u in senders}
    for i in range(args.normal):
        u = senders[i % len(senders)] if i < len(senders) else rnd.choice(senders)
        if rnd.random() < 0.35:
            rcpts = rnd.sample([a for a in internal if a != u["mail"]], rnd.randint(1, 3))
        else:
            rcpts = [external_address(rnd) for _ in range(rnd.randint(1, 2))]
        plan[u["mail"]].append((u["mail"], rcpts, body_for(u["mail"], rcpts, rnd.choice(SUBJECTS),
                                                           rnd, rnd.randint(2, 12))))
    sent = []          # (sender, rcpts, result, phase)
    t_normal = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(send_session, mail, by_sam[mail.split("@")[0]]["password"], msgs):
                   (mail, msgs) for mail, msgs in plan.items() if msgs}
        for fut in concurrent.futures.as_completed(futures):
            mail, msgs = futures[fut]
            for (s, rcpts, _), res in zip(msgs, fut.result()):
                sent.append((s, rcpts, res, "normal"))
    t_normal = time.time() - t_normal

    # ---- 2. failed logins, then a successful one, from the foreign address ------------------
    failed = []
    success_at = None
    forwarding = []
    soap_url = labcfg["soap"]["user_url"]
    if not args.no_soap:
        cafile = labcfg["soap"]["cert"]
        for i in range(args.failed_logins):
            t = now_iso()
            code, text = soap_auth(soap_url, cafile, captured["mail"],
                                   "%s-%d" % (rnd.choice(["Udaberri", "Pasahitza", "Tartanga"]),
                                              rnd.randint(2000, 2025)), args.attacker_ip)
            if code != 500 or "account.AUTH_FAILED" not in text:
                raise SeedError("a wrong password for %s got HTTP %d, not the "
                                "account.AUTH_FAILED fault: %s" % (captured["mail"], code, text[:300]))
            failed.append({"account": captured["mail"], "ip": args.attacker_ip, "t": t})
            time.sleep(0.3)
        success_at = now_iso()
        code, text = soap_auth(soap_url, cafile, captured["mail"], captured["password"],
                               args.attacker_ip)
        if code != 200 or "authToken" not in text:
            raise SeedError("the right password for %s got HTTP %d: %s" % (captured["mail"], code,
                                                                          text[:300]))
        # The attacker keeps a copy of everything: forwarding to an outside address, with no
        # copy left in the mailbox (what the containment's forwarding step must find and undo).
        token = re.search(r"<authToken>([^<]+)</authToken>", text).group(1)
        code, text = soap_user_call(
            soap_url, cafile, args.attacker_ip, token,
            '<ModifyPrefsRequest xmlns="urn:zimbraAccount">'
            '<pref name="zimbraPrefMailForwardingAddress">%s</pref>'
            '<pref name="zimbraPrefMailLocalDeliveryDisabled">TRUE</pref>'
            '</ModifyPrefsRequest>' % ATTACKER_FORWARD)
        if code != 200:
            raise SeedError("setting the attacker's forwarding on %s got HTTP %d: %s"
                            % (captured["mail"], code, text[:300]))
        forwarding = [ATTACKER_FORWARD]

    # ---- 3. the burst ----------------------------------------------------------------------
    burst_msgs = []
    subject = "Zure postontzia beteta dago / Your mailbox is full"
    for _ in range(args.burst):
        rcpts = [external_address(rnd) for _ in range(rnd.randint(1, 3))]
        burst_msgs.append((captured["mail"], rcpts,
                           body_for(captured["mail"], rcpts, subject, rnd, 3)))
    burst_start = now_iso()
    t_burst = time.time()
    results = send_session(captured["mail"], captured["password"], burst_msgs,
                           source="127.0.0.2", xclient=args.attacker_ip)
    t_burst = time.time() - t_burst
    burst_end = now_iso()
    for (s, rcpts, _), res in zip(burst_msgs, results):
        sent.append((s, rcpts, res, "burst"))

    refused = [(s, r["error"]) for s, _, r, _ in sent if not r["qid"]]
    if refused:
        raise SeedError("%d messages were refused, e.g. %s: %s" % (len(refused), *refused[0]))

    # ---- ground truth from what the servers accepted ------------------------------------------
    def external(rcpts):
        return any(not r.endswith("@" + DOMAIN) for r in rcpts)
    expected_deferred = {r["qid"] for _, rcpts, r, _ in sent if external(rcpts)}
    t_wait = time.time()
    queue = wait_for_queue(expected_deferred, 120)
    t_wait = time.time() - t_wait
    deferred_ids = {m["queue_id"] for m in queue if m["queue_name"] == "deferred"}
    minutes = log_minutes(args.log, [r["qid"] for _, _, r, _ in sent])
    missing = [r["qid"] for _, _, r, _ in sent if r["qid"] not in minutes]
    if missing:
        raise SeedError("%d accepted messages have no smtpd client= line in %s (e.g. %s)"
                        % (len(missing), args.log, missing[0]))

    per_account, by_sender = {}, {}
    for s, rcpts, r, phase in sorted(sent, key=lambda x: x[2]["t"]):
        a = per_account.setdefault(s, {"messages": 0, "recipients": 0, "internal_messages": 0,
                                       "external_messages": 0, "per_minute": {}})
        a["messages"] += 1
        a["recipients"] += r["accepted"]
        a["external_messages" if external(rcpts) else "internal_messages"] += 1
        minute = minutes[r["qid"]]
        a["per_minute"][minute] = a["per_minute"].get(minute, 0) + 1
        by_sender.setdefault(s, []).append(r["qid"])
    burst = [(rcpts, r) for _, rcpts, r, phase in sent if phase == "burst"]
    burst_minutes = {}
    for _, r in burst:
        burst_minutes[minutes[r["qid"]]] = burst_minutes.get(minutes[r["qid"]], 0) + 1
    truth = {
        "captured_account": captured["mail"],
        "attacker_ip": args.attacker_ip,
        "attacker_smtp_client": "unknown[%s]" % args.attacker_ip,
        "soap_seeded": not args.no_soap,
        "successful_login": ({"account": captured["mail"], "ip": args.attacker_ip,
                              "t": success_at} if success_at else None),
        "burst": {"start": burst_start, "end": burst_end, "messages": len(burst),
                  "recipients": sum(r["accepted"] for _, r in burst),
                  "per_minute": burst_minutes, "queue_ids": [r["qid"] for _, r in burst]},
        "failed_logins": failed,
        "forwarding": forwarding,
        "normal": {"messages": sum(1 for x in sent if x[3] == "normal"),
                   "accounts": len({x[0] for x in sent if x[3] == "normal"})},
        "per_account": per_account,
        "per_minute_source": "minute of the smtpd 'client=' line of each queue id in " + args.log,
        "deferred_total": len(deferred_ids),
        "deferred_expected": len(expected_deferred),
        "delivered_internal": sum(1 for _, rcpts, _, _ in sent if not external(rcpts)),
        "queue_ids_by_sender": by_sender,
        "timings_s": {"normal": round(t_normal, 2), "burst": round(t_burst, 2),
                      "queue_settle": round(t_wait, 2)},
    }
    if deferred_ids != expected_deferred:
        raise SeedError("the deferred queue holds %d messages, the seeder expected %d"
                        % (len(deferred_ids), len(expected_deferred)))
    path = os.path.join(lab, "ground-truth.json")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    os.chmod(path + ".tmp", 0o644)
    os.replace(path + ".tmp", path)
    print("seed: %d normal messages from %d accounts in %.1f s, %d failed logins, burst of %d "
          "in %.1f s (%.0f msg/s), %d deferred" % (
              truth["normal"]["messages"], truth["normal"]["accounts"], t_normal, len(failed),
              len(burst), t_burst, len(burst) / max(t_burst, 0.001), len(deferred_ids)))
    if args.no_soap:
        print("seed: warning: the SOAP emulator is absent: no failed or successful logins were "
              "seeded (ground truth says soap_seeded=false)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SeedError as e:
        print("seed-incident: %s" % e, file=sys.stderr)
        sys.exit(1)
