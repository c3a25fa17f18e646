"""HTTPS front end: routing, envelope handling, authentication and fault replies.

Endpoints (reference 1): /service/admin/soap[/suffix] for urn:zimbraAdmin documents and
/service/soap[/suffix] for the user AuthRequest (urn:zimbraAccount); admin documents on the
user endpoint give service.UNKNOWN_DOCUMENT.  Every fault is answered with HTTP 500; responses
carry Cache-Control: no-store, no-cache.  Without <authToken> in the header the admin endpoint
falls back to the ZM_ADMIN_AUTH_TOKEN cookie.
"""
import http.cookies
import http.server
import ipaddress
import itertools
import secrets
import socketserver
import time

import envelopes
import faults
from auth import RequestInfo
from envelopes import ADMIN_NS, ACCOUNT_NS
import handlers
from handlers import HANDLERS
import handlers_config  # noqa: F401  (registers handlers)
import handlers_mta     # noqa: F401  (registers handlers)

THREAD_IDS = itertools.count(1100)


class Context:
    def __init__(self, app, info, admin):
        self.dir, self.auth, self.queues = app.dir, app.auth, app.queues
        self.stats, self.audit = app.stats, app.audit
        self.info, self.admin = info, admin


class App:
    """Holds the long-lived services the handlers use."""

    def __init__(self, directory, auth, queues, stats, audit, log):
        self.dir, self.auth, self.queues, self.stats, self.audit = \
            directory, auth, queues, stats, audit
        self.log = log
        self.trace_key = secrets.token_hex(8)       # 16 hex, fixed at server start (4.1)
        self.pool_id = secrets.randbelow(2 ** 31)


class SoapHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Jetty(9.4.46.v20220331)"
    app = None

    def log_message(self, fmt, *args):
        if self.app.log:
            self.app.log("%s %s" % (self.client_address[0], fmt % args))

    def do_GET(self):
        self._plain(405, b"HTTP method GET is not supported by this URL\n")

    def _plain(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        path = self.path.split("?", 1)[0]
        if path.startswith("/service/admin/soap"):
            admin = True
        elif path.startswith("/service/soap"):
            admin = False
        else:
            self._plain(404, b"Not Found\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        thread = "qtp%d-%d:https://%s%s" % (self.app.pool_id, next(THREAD_IDS),
                                           self.headers.get("Host", "127.0.0.1:7071"), path)
        protocol = envelopes.SOAP12
        cookies = []
        try:
            max_size = int(self.app.dir.config.get("zimbraSoapRequestMaxSize", ["15360000"])[0])
            if max_size and length > max_size:
                raise envelopes.EnvelopeError(envelopes.SOAP12, faults.invalid_request(
                    "Request size %d is greater than the maximum allowed %d" % (length, max_size),
                    with_header=False))
            req = envelopes.parse(body)
            protocol = req.response_protocol
            info = self._info(req, thread)
            resp = self._dispatch(req, info, admin, cookies)
            if req.body.attrs.get("requestId"):
                resp.attrs["requestId"] = req.body.attrs["requestId"]
            data, ctype = envelopes.render(protocol, resp)
            status = 200
        except envelopes.EnvelopeError as e:
            data, ctype = envelopes.render_fault(e.protocol, e.error, self._trace(thread))
            status = 500
        except faults.ServiceError as e:
            data, ctype = envelopes.render_fault(protocol, e, self._trace(thread))
            status = 500
        except Exception as e:       # a bug: report it the way Zimbra reports one
            err = faults.failure("%s: %s" % (type(e).__name__, e))
            data, ctype = envelopes.render_fault(protocol, err, self._trace(thread))
            status = 500
            if self.app.log:
                import traceback
                self.app.log(traceback.format_exc())
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Cache-Control", "no-store, no-cache")
        for c in cookies:
            self.send_header("Set-Cookie", c)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _trace(self, thread):
        return "%s:%d:%s" % (thread.split(":", 1)[0], int(time.time() * 1000), self.app.trace_key)

    def _info(self, req, thread):
        peer = self.client_address[0]
        oip = None
        try:
            loopback = ipaddress.ip_address(peer.split("%")[0]).is_loopback
        except ValueError:
            loopback = False
        if loopback:
            fwd = self.headers.get("X-Forwarded-For") or self.headers.get("X-Originating-IP")
            if fwd:
                oip = fwd.split(",")[0].strip()
        ua = self.headers.get("User-Agent")
        if req.context is not None and req.context.child("userAgent") is not None:
            u = req.context.child("userAgent")
            ua = "/".join(x for x in (u.attrs.get("name"), u.attrs.get("version")) if x) or ua
        return RequestInfo(peer, oip, ua, thread, secrets.token_hex(4))

    def _token(self, req):
        token, void = None, False
        if req.context is not None:
            token = req.context.get("authToken")
            ctl = req.context.child("authTokenControl")
            void = ctl is not None and ctl.get_bool("voidOnExpired")
        if not token:
            jar = http.cookies.SimpleCookie()
            try:
                jar.load(self.headers.get("Cookie", ""))
            except http.cookies.CookieError:
                pass
            if "ZM_ADMIN_AUTH_TOKEN" in jar:
                token = jar["ZM_ADMIN_AUTH_TOKEN"].value
        return token, void

    def _dispatch(self, req, info, admin, cookies):
        doc = req.body
        if doc.ns == envelopes.ZIMBRA_NS and doc.name == "BatchRequest":
            return self._batch(req, info, admin, cookies)
        return self._dispatch_one(req, doc, info, admin, cookies)

    def _batch(self, req, info, admin, cookies):
        """<BatchRequest xmlns="urn:zimbra" onerror="continue|stop"> (reference 2.1)."""
        resp = envelopes.Elem("BatchResponse", envelopes.ZIMBRA_NS)
        stop = req.body.attrs.get("onerror", "continue") == "stop"
        for doc in req.body.children:
            try:
                r = self._dispatch_one(req, doc, info, admin, cookies)
                if doc.attrs.get("requestId"):
                    r.attrs["requestId"] = doc.attrs["requestId"]
                resp.children.append(r)
            except faults.ServiceError as e:
                f = envelopes.fault_elem(req.response_protocol, e, self._trace(info.thread))
                if doc.attrs.get("requestId"):
                    f.attrs["requestId"] = doc.attrs["requestId"]
                resp.children.append(f)
                if stop:
                    break
        return resp

    def _dispatch_one(self, req, doc, info, admin, cookies):
        if not admin:
            if doc.ns == ACCOUNT_NS and doc.name == "AuthRequest":
                resp = self.app.auth.user_auth(doc, info)
                cookies.append("ZM_AUTH_TOKEN=%s; Path=/; Secure; HttpOnly"
                               % resp.child("authToken").text)
                return resp
            if doc.ns == ACCOUNT_NS and doc.name == "ModifyPrefsRequest":
                token, void = self._token(req)
                acct = self.app.auth.validate(token, void_on_expired=void, need_admin=False)
                if acct is None:
                    raise faults.auth_required()
                return handlers.modify_prefs(Context(self.app, info, acct), doc)
            raise faults.unknown_document(doc.name)
        if doc.ns != ADMIN_NS or (doc.name != "AuthRequest" and doc.name not in HANDLERS):
            raise faults.unknown_document(doc.name)
        if doc.name == "AuthRequest":
            resp = self.app.auth.admin_auth(doc, info)
            cookies.append("ZM_ADMIN_AUTH_TOKEN=%s; Path=/; Secure; HttpOnly"
                           % resp.child("authToken").text)
            return resp
        token, void = self._token(req)
        acct = self.app.auth.validate(token, void_on_expired=void)
        if acct is None:
            raise faults.auth_required()
        return HANDLERS[doc.name](Context(self.app, info, acct), doc)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, addr, app, ssl_context):
        handler = type("BoundSoapHandler", (SoapHandler,), {"app": app})
        if ":" in addr[0]:
            import socket
            self.address_family = socket.AF_INET6
        super().__init__(addr, handler)
        self.socket = ssl_context.wrap_socket(self.socket, server_side=True,
                                              do_handshake_on_connect=False)

    def finish_request(self, request, client_address):
        # TLS handshake in the worker thread so one slow client cannot block accept().
        try:
            request.settimeout(30)
            request.do_handshake()
        except (OSError, ValueError):
            return
        super().finish_request(request, client_address)

