"""MTA queues on the lab's real Postfix (reference section 9).

Zimbra scans a queue in the background into a per-(MTA, queue) index on the admin server and
answers later requests from that cache.  Here the scan runs `postqueue -j` (so ids are exactly
postqueue's) and reads each queue file for the client address/name, content filter and first
non-loopback Received IP, as zmqstat does.  Facts followed (9.1-9.4):
* every indexed value except id and time is lower-cased; time is converted to milliseconds;
* the first request for a queue starts a scan by itself and waits up to `wait` seconds (default
  3); `scan="1"` during a scan gives service.ALREADY_IN_PROGRESS;
* a scan whose command fails (or an unknown queue name) never clears its in-progress flag
  (the "stuck scan" of the MINA RemoteManager) until the server restarts;
* summaries are computed over the whole index, at most 100 terms per type, highest count first;
* with any <field>, the top `limit` hits are fetched and then `offset` skipped, `more` is 0;
* actions go to postsuper -h/-H/-r/-d with ids on stdin in batches of 50, and the acted-on ids
  are removed from the index; MailQueueActionResponse is empty.
"""
import json
import os
import re
import subprocess
import threading
import time

import faults

QUEUES = ["incoming", "hold", "active", "deferred", "corrupt"]
SUMMARY_TYPES = ["reason", "to", "from", "todomain", "fromdomain", "addr", "host", "received"]
QUEUE_ID_RE = re.compile(r"^[0-9A-Za-z]+$")
OPS = {"hold": "-h", "release": "-H", "requeue": "-r", "delete": "-d"}


class QueueIndex:
    def __init__(self):
        self.items = []
        self.scanning = False
        self.scan_end_ms = 0


def _read_record(f):
    t = f.read(1)
    if not t:
        return None, None
    length, shift = 0, 0
    while True:
        b = f.read(1)
        if not b:
            return None, None
        length |= (b[0] & 0x7f) << shift
        if not b[0] & 0x80:
            break
        shift += 7
    return t, f.read(length)


def queue_file_details(path):
    """client_address / client_name / content filter / first non-loopback Received IP."""
    out = {}
    try:
        with open(path, "rb") as f:
            in_headers, header = False, []
            while True:
                t, data = _read_record(f)
                if t is None or t == b"E":
                    break
                text = data.decode("utf-8", "replace")
                if in_headers:                      # content: N (line) and L (continued line)
                    if t not in (b"N", b"L"):
                        break
                    if text == "":
                        break                       # end of the header block
                    header.append(text)
                elif t == b"A" and "=" in text:
                    k, v = text.split("=", 1)
                    if k == "client_address":
                        out["addr"] = v
                    elif k == "client_name":
                        out["host"] = v
                elif t == b"L":                     # REC_TYPE_FILT in the envelope
                    out["filter"] = text
                elif t == b"M":
                    in_headers = True
        received = "\n".join(header)
        for m in re.finditer(r"^Received:.*?(?=^\S|\Z)", received, re.M | re.S):
            ip = re.search(r"\[(\d+\.\d+\.\d+\.\d+)\]", m.group(0))
            if ip and not ip.group(1).startswith("127."):
                out["received"] = ip.group(1)
                break
    except OSError:
        pass
    return out


class MailQueues:
    def __init__(self, postqueue, postsuper, server_name):
        self.postqueue = postqueue
        self.postsuper = postsuper
        self.server_name = server_name
        self.lock = threading.Lock()
        self.indexes = {}
        try:
            self.queue_dir = subprocess.run(["postconf", "-h", "queue_directory"],
                                            capture_output=True, text=True,
                                            timeout=10).stdout.strip() or "/var/spool/postfix"
        except OSError:
            self.queue_dir = "/var/spool/postfix"

    def remote(self):
        return "{RemoteManager: %s->zimbra@%s:22}" % (self.server_name, self.server_name)

    # ------------------------------------------------------------ counts (zmqstat all)
    def counts(self):
        out = {}
        for q in ["deferred", "incoming", "corrupt", "active", "hold"]:
            n = 0
            base = os.path.join(self.queue_dir, q)
            if not os.path.isdir(base):
                raise faults.failure("exception executing command: zmqstat all with "
                                     + self.remote())
            for _, _, files in os.walk(base):
                n += len(files)
            out[q] = n
        return out

    # ------------------------------------------------------------ scanning
    def _file_paths(self, q):
        paths = {}
        for d, _, files in os.walk(os.path.join(self.queue_dir, q)):
            for name in files:
                paths[name] = os.path.join(d, name)
        return paths

    def _item(self, j, q, paths):
        sender = (j.get("sender") or "MAILER-DAEMON").lower()
        rcpts = j.get("recipients", [])
        to = [r.get("address", "").lower() for r in rcpts]
        it = {"id": j["queue_id"], "time": str(int(j.get("arrival_time", 0)) * 1000),
              "size": str(j.get("message_size", 0)), "from": sender, "to": to,
              "fromdomain": sender.split("@", 1)[1] if "@" in sender else None,
              "todomain": [a.split("@", 1)[1] for a in to if "@" in a]}
        if q == "deferred":
            reasons = [r.get("delay_reason") for r in rcpts if r.get("delay_reason")]
            if reasons:
                it["reason"] = reasons[0].lower()
        path = paths.get(j["queue_id"])
        if path:
            for k, v in queue_file_details(path).items():
                it[k] = v.lower()
        return {k: v for k, v in it.items() if v not in (None, [], "")}

    def _scan(self, q, idx):
        try:
            paths = self._file_paths(q)
            p = subprocess.Popen([self.postqueue, "-j"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
            for line in p.stdout:
                try:
                    j = json.loads(line)
                except ValueError:
                    continue
                if j.get("queue_name") == q:
                    item = self._item(j, q, paths)
                    with self.lock:
                        idx.items.append(item)
            if p.wait() != 0:
                return                           # stuck: the in-progress flag stays set
        except OSError:
            return
        with self.lock:
            idx.scanning = False
            idx.scan_end_ms = int(time.time() * 1000)

    def _start_scan(self, q, idx):
        idx.items = []
        idx.scanning = True
        if q not in QUEUES:
            return                               # zmqstat exits non-zero: stuck scan
        threading.Thread(target=self._scan, args=(q, idx), daemon=True).start()

    def get_index(self, q, force_scan):
        with self.lock:
            idx = self.indexes.get(q)
            if idx is None:
                idx = self.indexes[q] = QueueIndex()
                self._start_scan(q, idx)
            elif force_scan:
                if idx.scanning:
                    raise faults.already_in_progress("scan server=%s queue=%s"
                                                     % (self.server_name, q))
                self._start_scan(q, idx)
        return idx

    @staticmethod
    def wait_for(idx, seconds):
        end = time.time() + seconds
        while idx.scanning and time.time() < end:
            time.sleep(0.05)

    # ------------------------------------------------------------ queries
    @staticmethod
    def parse_query(query_el):
        """[[values of field 1], ...] as (name, set) pairs; fields AND-ed, matches OR-ed."""
        fields = []
        for f in query_el.all("field") if query_el is not None else []:
            name = f.get("name")
            if name is None:
                raise faults.missing_attribute("name")
            fields.append((name, {m.get("value", "") for m in f.all("match")}))
        return fields

    @staticmethod
    def matches(item, fields):
        for name, values in fields:
            v = item.get(name)
            terms = v if isinstance(v, list) else ([v] if v is not None else [])
            if not any(t in values for t in terms):     # exact, case-sensitive term match
                return False
        return True

    def search(self, idx, fields, offset, limit):
        with self.lock:
            items = list(idx.items)
        if not fields:
            page = items[offset:] if limit == 0 else items[offset:offset + limit]
            more = limit != 0 and offset + limit < len(items)
            return items, page, more
        if limit == 0:
            raise faults.failure("exception occurred searching mail queue")
        hits = [it for it in items if self.matches(it, fields)][:limit]
        return items, hits[offset:], False

    @staticmethod
    def summaries(items, q):
        out = []
        for t in SUMMARY_TYPES:
            if t == "reason" and q != "deferred":
                continue
            counts = {}
            for it in items:
                v = it.get(t)
                for term in (v if isinstance(v, list) else [v] if v else []):
                    counts[term] = counts.get(term, 0) + 1
            if counts:
                top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:100]
                out.append((t, top))
        return out

    # ------------------------------------------------------------ actions
    def action(self, q, op, ids):
        flag = OPS.get(op)
        if flag is None:
            raise faults.failure("No enum constant com.zimbra.cs.rmgmt.RemoteMailQueue."
                                 "QueueAction.%s" % op)
        with self.lock:
            idx = self.indexes.get(q)
            if idx is None:
                idx = self.indexes[q] = QueueIndex()
                self._start_scan(q, idx)
        if ids == ["ALL"]:
            if idx.scanning:
                raise faults.temporarily_unavailable()
            self._run([self.postsuper, flag, "ALL", q], None, op, q, "ALL")
            with self.lock:
                idx.items = []
            return
        for i in ids:
            if not QUEUE_ID_RE.match(i):
                raise faults.failure("exception executing command: zmqaction %s %s %s with %s"
                                     % (op, q, ",".join(ids), self.remote()))
        for n in range(0, len(ids), 50):
            batch = ids[n:n + 50]
            self._run([self.postsuper, flag, "-", q], "\n".join(batch) + "\n", op, q,
                      ",".join(batch))
        gone = set(ids)
        with self.lock:
            idx.items = [it for it in idx.items if it["id"] not in gone]

    def _run(self, argv, stdin, op, q, ids):
        try:
            p = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=120)
            ok = p.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        if not ok:
            raise faults.failure("exception executing command: zmqaction %s %s %s with %s"
                                 % (op, q, ids, self.remote()))

    def flush(self):
        try:
            subprocess.run([self.postqueue, "-f"], capture_output=True, timeout=60, check=True)
        except (OSError, subprocess.SubprocessError):
            raise faults.failure("exception executing command: flushqueue with " + self.remote())
