#!/usr/bin/env python3
"""Zimbra admin SOAP emulator for the Zaindari lab (Python 3 standard library only).

Written from shared/reference/zimbra-admin-soap.md; emulates Zimbra 9.0.0.p23+ / 10.x.
Command line: see notes/lab-contract.md.  Prints nothing on success; runs in the foreground
(the lab script backgrounds it) and writes --pid-file once it is listening.
"""
import argparse
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import accounts      # noqa: E402
import audit         # noqa: E402
import auth          # noqa: E402
import loggerstats   # noqa: E402
import mailqueue     # noqa: E402
import server        # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(description="Zimbra admin SOAP emulator (lab only)")
    p.add_argument("--listen", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7071)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--state-dir", required=True)
    p.add_argument("--users", required=True)
    p.add_argument("--admin-user", default="admin@tartanga.test")
    p.add_argument("--admin-password-file", required=True)
    p.add_argument("--ldap-url", default="ldaps://127.0.0.1:636")
    p.add_argument("--ldap-ca", default="")
    p.add_argument("--ldap-base", default="DC=tartanga,DC=test")
    p.add_argument("--audit-log", default="/opt/zimbra/log/audit.log")
    p.add_argument("--mta-log", default="/var/log/zimbra.log")
    p.add_argument("--postqueue", default="/usr/sbin/postqueue")
    p.add_argument("--postsuper", default="/usr/sbin/postsuper")
    p.add_argument("--token-lifetime", type=int, default=43200,
                   help="admin token lifetime in seconds (zimbraAdminAuthTokenLifetime)")
    p.add_argument("--server-name", default=None,
                   help="Zimbra server name of the MTA (default: postconf -h myhostname)")
    p.add_argument("--pid-file")
    p.add_argument("--log")
    return p.parse_args(argv)


def server_name():
    try:
        out = subprocess.run(["postconf", "-h", "myhostname"], capture_output=True, text=True,
                             timeout=10).stdout.strip()
        if out:
            return out
    except OSError:
        pass
    return socket.getfqdn()


def main(argv):
    args = parse_args(argv)
    try:
        with open(args.admin_password_file, encoding="utf-8") as f:
            admin_pw = f.read().rstrip("\r\n")
        with open(args.users, encoding="utf-8") as f:
            users = json.load(f)
    except (OSError, ValueError) as e:
        print("zimbra_emulator: %s" % e, file=sys.stderr)
        return 1
    logf = open(args.log, "a", encoding="utf-8", buffering=1) if args.log else None
    lock = threading.Lock()

    def log(msg):
        if logf:
            with lock:
                logf.write("%s %s\n" % (time.strftime("%Y-%m-%d %H:%M:%S"), msg))

    name = args.server_name or server_name()
    directory = accounts.Directory(args.state_dir, name, args.port)
    directory.sync_users(users, args.admin_user.lower(), admin_pw, args.ldap_url, args.ldap_base)
    directory.set_admin_token_lifetime(args.token_lifetime)
    directory.save()
    auditlog = audit.AuditLog(args.audit_log)
    app = server.App(directory,
                     auth.Auth(directory, auditlog, args.ldap_url, args.ldap_ca, args.state_dir),
                     mailqueue.MailQueues(args.postqueue, args.postsuper, name),
                     loggerstats.LoggerStats(args.mta_log), auditlog, log)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(args.cert, args.key)
        httpd = server.Server((args.listen, args.port), app, ctx)
    except (OSError, ssl.SSLError) as e:
        print("zimbra_emulator: cannot listen on %s:%d: %s" % (args.listen, args.port, e),
              file=sys.stderr)
        return 1
    if args.pid_file:
        with open(args.pid_file, "w") as f:
            f.write("%d\n" % os.getpid())

    def stop(signum, frame):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log("listening on https://%s:%d as server %s" % (args.listen, args.port, name))
    try:
        httpd.serve_forever(poll_interval=0.5)
    finally:
        httpd.server_close()
        if args.pid_file:
            try:
                os.unlink(args.pid_file)
            except OSError:
                pass
        log("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
