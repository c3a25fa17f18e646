#!/usr/bin/env python3
"""A captured-account burst on the lab's submission port (python3 stdlib): one SASL login sends
COUNT messages to outside addresses, pipelined (RFC 2920) like tests/lab/seed-incident.py,
whose SMTP client this reuses. Optionally paced (--rate messages per second). When the
server ends the session or refuses MAIL (the account was contained), the sender reconnects
like an attacker would, and stops after --give-up refusals in a row.

Prints one JSON document: {"login", "queued": [queue ids], "refused": N, "started": epoch s,
"first_queued": epoch s, "last_queued": epoch s, "ended": epoch s}.
"""
import argparse
import importlib.util
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "seed_incident", os.path.join(HERE, "..", "lab", "seed-incident.py"))
seed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seed)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--login", required=True, help="SASL login, e.g. ikasle14@tartanga.test")
    ap.add_argument("--password-file", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0, help="messages per second (0: as fast as possible)")
    ap.add_argument("--group", type=int, default=20, help="messages per pipelined group")
    ap.add_argument("--give-up", type=int, default=20, help="refusals in a row before stopping")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    with open(args.password_file, encoding="utf-8") as f:
        password = f.read().strip()
    rnd = random.Random(args.seed)
    queued, refused, in_a_row = [], 0, 0
    started = time.time()
    first = last = None
    sent = 0
    session = None
    while sent < args.count and in_a_row < args.give_up:
        try:
            if session is None:
                session = seed.Smtp("127.0.0.1", 587)
                session.ehlo("pc-attacker.example.net")
                session.auth_plain(args.login, password)
            n = min(args.group, args.count - sent)
            msgs = []
            for _ in range(n):
                rcpts = [seed.external_address(rnd) for _ in range(rnd.randint(1, 3))]
                msgs.append((args.login, rcpts, seed.body_for(args.login, rcpts, "Kaixo", rnd, 3)))
            for res in session.send_many(msgs):
                if res["qid"]:
                    queued.append(res["qid"])
                    last = time.time()
                    first = first or last
                    in_a_row = 0
                else:
                    refused += 1
                    in_a_row += 1
            sent += n
        except (OSError, seed.SeedError):
            # The session was ended (Postfix restarted) or AUTH refused: try again, as an
            # attacker's script would.
            refused += 1
            in_a_row += 1
            if session is not None:
                try:
                    session.sock.close()
                except OSError:
                    pass
            session = None
            time.sleep(0.2)
        if args.rate > 0:
            ahead = sent / args.rate - (time.time() - started)
            if ahead > 0:
                time.sleep(ahead)
    if session is not None:
        session.quit()
    json.dump({"login": args.login, "queued": queued, "refused": refused, "started": started,
               "first_queued": first, "last_queued": last, "ended": time.time()}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
