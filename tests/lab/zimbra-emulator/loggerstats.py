"""GetLoggerStats for the zmmtastats group, computed from the real MTA log (reference 10.1).

zmlogprocess counts, per host, distinct Postfix queue ids (mta_count) and the sum of size=
(mta_volume) from qmgr's ", size=<n>," lines; zmlogger stores them in RRD files with a 30 s base
step and archives of 30 s, 5 min, 1 h and 1 d; zmrrdfetch returns per-second AVERAGE rates with
`t` = epoch-seconds start of each step, leaving out rows whose counters are all empty.  With
limit="true" it walks up the archives until the window fits in fewer than 500 rows.
"""
import os
import re
import threading
import time

import faults

GROUP = "zmmtastats"
COUNTERS = [("mta_count", "msgs/s"), ("mta_volume", "bytes/s"), ("mta_delay", None),
            ("filter_count", "filter/s"), ("filter_virus", "filter/s"),
            ("filter_spam", "filter/s"), ("filter_misc", "filter/s"),
            ("clam_events", "events/s"), ("sendmail_events", "events/s")]
STEPS = [(30, 7 * 86400), (300, 7 * 86400), (3600, 730 * 86400), (86400, 730 * 86400)]

# syslog-style (what maillog_file writes), optionally with fractional seconds, or RFC 3339.
LINE_RE = re.compile(r"^(?:(?P<bsd>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)(?:\.\d+)?|"
                     r"(?P<iso>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?) "
                     r"(?P<host>\S+) (?P<app>[^\[:]+)(?:\[\d+\])?: (?P<msg>.*)$")
QMGR_RE = re.compile(r"^([0-9A-Za-z]+): from=<[^>]*>, size=(\d+),")
DELAY_RE = re.compile(r"^([0-9A-Za-z]+): to=<[^>]*>.*, delay=([\d.]+),")


def _parse_time(m, now):
    if m.group("iso"):
        return time.mktime(time.strptime(m.group("iso"), "%Y-%m-%dT%H:%M:%S"))
    year = time.localtime(now).tm_year
    t = time.mktime(time.strptime("%d %s" % (year, m.group("bsd")), "%Y %b %d %H:%M:%S"))
    if t > now + 86400:
        t = time.mktime(time.strptime("%d %s" % (year - 1, m.group("bsd")), "%Y %b %d %H:%M:%S"))
    return t


def parse_time_spec(spec, now):
    """RRD time syntax: now, now-48h, now-30d, now-1y, or epoch seconds."""
    spec = (spec or "").strip()
    if re.fullmatch(r"\d+", spec):
        return int(spec)
    m = re.fullmatch(r"now(?:([+-])(\d+)(s|sec|min|m|h|d|w|mon|y))?", spec)
    if not m:
        raise faults.failure("exception executing command: zmrrdfetch: bad time %s" % spec)
    if not m.group(1):
        return int(now)
    n = int(m.group(2)) * {"s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600, "d": 86400,
                           "w": 604800, "mon": 2592000, "y": 31536000}[m.group(3)]
    return int(now + n if m.group(1) == "+" else now - n)


class LoggerStats:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        self.cache_key = None
        self.events = {}            # host -> list of (t, queue id, size, delay)
        self.span = {}              # host -> (first t, last t)

    def _load(self):
        try:
            st = os.stat(self.path)
        except OSError:
            self.events, self.span = {}, {}
            return
        key = (st.st_size, st.st_mtime)
        if key == self.cache_key:
            return
        now = time.time()
        seen, events, span = set(), {}, {}
        with open(self.path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = LINE_RE.match(line.rstrip("\n"))
                if not m:
                    continue
                t = _parse_time(m, now)
                host = m.group("host")
                lo, hi = span.get(host, (t, t))
                span[host] = (min(lo, t), max(hi, t))
                if not m.group("app").startswith("postfix"):
                    continue
                q = QMGR_RE.match(m.group("msg"))
                if q and (host, q.group(1)) not in seen:
                    seen.add((host, q.group(1)))
                    events.setdefault(host, []).append((t, int(q.group(2)), None))
                d = DELAY_RE.match(m.group("msg"))
                if d:
                    events.setdefault(host, []).append((t, None, float(d.group(2))))
        self.events, self.span, self.cache_key = events, span, key

    def hosts(self):
        with self.lock:
            self._load()
            return sorted(self.span)

    def rows(self, host, start, end, limit):
        """[(t, {counter: per-second value})] for one host, rows with data only."""
        with self.lock:
            self._load()
            if host not in self.span:
                raise faults.failure("exception executing command: zmrrdfetch -n %s -f %s"
                                     % (host, GROUP))
            events, (lo, hi) = self.events.get(host, []), self.span[host]
        step = STEPS[0][0]
        for s, keep in STEPS:
            step = s
            if time.time() - start <= keep and (not limit or (end - start) / s < 500):
                break
        buckets = {}
        for t, size, delay in events:
            if start <= t <= end:
                b = buckets.setdefault(int(t // step * step), [0, 0, 0.0, 0])
                if size is not None:
                    b[0] += 1
                    b[1] += size
                else:
                    b[2] += delay
                    b[3] += 1
        out = []
        first = int(max(start, lo) // step * step)
        for t in range(first, int(min(end, hi)) + 1, step):
            c, v, dsum, dn = buckets.get(t, [0, 0, 0.0, 0])
            vals = {"mta_count": c / step, "mta_volume": v / step,
                    "mta_delay": (dsum / dn) if dn else 0.0}
            for name, _ in COUNTERS[3:]:
                vals[name] = 0.0
            out.append((t, vals))
        return out
