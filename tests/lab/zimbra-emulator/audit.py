"""Writer for /opt/zimbra/log/audit.log in Zimbra's layout (reference section 13).

Layout `%d %-5p [%t] [%z] %c{1} - %m%n`:
    <yyyy-MM-dd HH:mm:ss,SSS> <LEVEL padded to 5> [<thread>] [<context>] security - <message>
The context is key=value; pairs without spaces, name= first, then ip=, oip=, ua=, soapId=;
semicolons inside values are doubled and CR/LF become spaces (ZimbraLog.encodeAttrs).
"""
import os
import threading
import time


def _encode(v):
    return str(v).replace(";", ";;").replace("\r", " ").replace("\n", " ")


class AuditLog:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        d = os.path.dirname(path)
        if d:
            os.makedirs(d, exist_ok=True)

    def write(self, level, thread, context, message):
        """context: list of (key, value) pairs in Zimbra's order; empty values are skipped."""
        t = time.time()
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t)) + ",%03d" % int((t % 1) * 1000)
        ctx = "".join("%s=%s;" % (k, _encode(v)) for k, v in context if v)
        line = "%s %-5s [%s] [%s] security - %s\n" % (stamp, level, thread, ctx, message)
        with self.lock:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(line)
