"""SOAP 1.2, SOAP 1.1 and JSON envelopes (reference sections 1, 2 and 4.1).

Requests are turned into a small neutral tree (Elem); responses are built as Elem trees and
rendered in the request's flavour.  Facts followed:
* the flavour is chosen from the first byte of the body: '<' is XML, anything else JSON (1);
* response content types are text/xml for both SOAP versions and text/javascript for JSON (1);
* no XML declaration, no whitespace (1);
* booleans are "1"/"0" in XML and true/false in JSON, numbers are JSON numbers, elements added
  by a handler are always JSON arrays, element text is "_content", namespaces "_jsns" (2.2);
* SOAP 1.1 fault children faultcode/faultstring/detail are unqualified (4.1, 14);
* SOAP 1.2 faults carry <Trace> (4.1).
"""
import json
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

import faults

SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope"
SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
ZIMBRA_NS = "urn:zimbra"
ADMIN_NS = "urn:zimbraAdmin"
ACCOUNT_NS = "urn:zimbraAccount"

SOAP12, SOAP11, JS = "soap12", "soap11", "js"
CONTENT_TYPES = {SOAP12: "text/xml; charset=utf-8", SOAP11: "text/xml; charset=utf-8",
                 JS: "text/javascript; charset=utf-8"}


class Elem:
    """An element: local name, namespace, attributes (str/int/bool), text, children."""

    def __init__(self, name, ns=None, attrs=None, text=None):
        self.name = name
        self.ns = ns
        self.attrs = dict(attrs or {})
        self.text = text
        self.children = []

    def add(self, tag, ns=None, text=None, **attrs):
        child = Elem(tag, ns, attrs, text)
        self.children.append(child)
        return child

    def child(self, name):
        for c in self.children:
            if c.name == name:
                return c
        return None

    def all(self, name):
        return [c for c in self.children if c.name == name]

    def get(self, name, default=None):
        """Zimbra's Element.getAttribute(): an attribute, else the text of a child of that name."""
        if name in self.attrs:
            return str(self.attrs[name])
        c = self.child(name)
        if c is not None:
            return c.text or ""
        return default

    def get_bool(self, name, default=False):
        v = self.get(name)
        if v is None or v == "":
            return default
        return v.lower() in ("1", "true")

    def get_int(self, name, default):
        v = self.get(name)
        if v is None or v == "":
            return default
        try:
            return int(v)
        except ValueError:
            raise faults.invalid_request("invalid integer value '%s' for %s" % (v, name))


class Request:
    def __init__(self, protocol, context, body):
        self.protocol = protocol          # flavour the request came in
        self.context = context            # Elem of <context xmlns="urn:zimbra"> or None
        self.body = body                  # the request element
        self.response_protocol = protocol
        if context is not None:
            fmt = context.child("format")
            ftype = fmt.get("type") if fmt is not None else None
            if ftype == "js":
                self.response_protocol = JS
            elif ftype == "xml" and protocol == JS:
                self.response_protocol = SOAP12


# ---------------------------------------------------------------- parsing

def _from_et(node):
    tag = node.tag
    ns = None
    if tag.startswith("{"):
        ns, tag = tag[1:].split("}", 1)
    e = Elem(tag, ns, {k: v for k, v in node.attrib.items() if not k.startswith("{")})
    e.text = node.text.strip() if node.text and node.text.strip() else (node.text or None)
    for c in node:
        e.children.append(_from_et(c))
    if e.children and e.text is not None and not e.text.strip():
        e.text = None
    return e


def _from_json(name, value, ns):
    if isinstance(value, dict):
        e = Elem(name, value.get("_jsns", ns))
        for k, v in value.items():
            if k == "_jsns":
                continue
            if k == "_content":
                e.text = _scalar(v)
            elif isinstance(v, dict):
                e.children.append(_from_json(k, v, e.ns))
            elif isinstance(v, list):
                for item in v:
                    e.children.append(_from_json(k, item, e.ns))
            else:
                e.attrs[k] = _scalar(v)
        return e
    return Elem(name, ns, text=_scalar(value))


def _scalar(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    return "" if v is None else str(v)


def _fault_flavour_from_bad_xml(body):
    # SoapEngine.chooseFaultProtocolFromBadXml: scan the bytes, SOAP 1.2 as fallback.
    text = body[:4096].decode("utf-8", "replace")
    if re.search(r'<format[^>]*type\s*=\s*["\']js["\']', text):
        return JS
    if SOAP11_NS in text:
        return SOAP11
    return SOAP12


class EnvelopeError(Exception):
    def __init__(self, protocol, error):
        super().__init__(error.message)
        self.protocol = protocol
        self.error = error


def parse(body):
    """Return a Request or raise EnvelopeError(protocol, ServiceError)."""
    if not body or not body.strip():
        raise EnvelopeError(SOAP12, faults.parse_error("empty request payload"))
    if body.lstrip()[:1] == b"<":
        return _parse_xml(body)
    return _parse_json(body)


def _parse_xml(body):
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise EnvelopeError(_fault_flavour_from_bad_xml(body),
                            faults.parse_error("Error on line %d of document : %s"
                                               % (e.position[0], e)))
    if root.tag == "{%s}Envelope" % SOAP12_NS:
        protocol, ns = SOAP12, SOAP12_NS
    elif root.tag == "{%s}Envelope" % SOAP11_NS:
        protocol, ns = SOAP11, SOAP11_NS
    else:
        raise EnvelopeError(SOAP12, faults.invalid_request("unable to determine SOAP version",
                                                          with_header=False))
    context = None
    header = root.find("{%s}Header" % ns)
    if header is not None:
        ctx = header.find("{%s}context" % ZIMBRA_NS)   # other namespaces are ignored (2.1)
        if ctx is not None:
            context = _from_et(ctx)
    bodyel = root.find("{%s}Body" % ns)
    if bodyel is None or len(bodyel) == 0:
        raise EnvelopeError(protocol, faults.invalid_request("No SOAP body", with_header=False))
    return Request(protocol, context, _from_et(bodyel[0]))


def _parse_json(body):
    try:
        doc = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise EnvelopeError(JS, faults.parse_error(str(e)))
    if not isinstance(doc, dict):
        raise EnvelopeError(JS, faults.parse_error("JSON object expected"))
    context = None
    header = doc.get("Header")
    if isinstance(header, dict) and isinstance(header.get("context"), dict):
        ctx = _from_json("context", header["context"], None)
        if ctx.ns == ZIMBRA_NS:
            context = ctx
    bodyobj = doc.get("Body")
    if not isinstance(bodyobj, dict):
        raise EnvelopeError(JS, faults.invalid_request("No SOAP body", with_header=False))
    for k, v in bodyobj.items():
        if k == "_jsns":
            continue
        if isinstance(v, list):
            v = v[0] if v else {}
        return Request(JS, context, _from_json(k, v if isinstance(v, dict) else {}, None))
    raise EnvelopeError(JS, faults.invalid_request("No SOAP body", with_header=False))


# ---------------------------------------------------------------- rendering

def _xml_value(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    return str(v)


def _to_xml(e, parent_ns):
    out = ["<", e.name]
    if e.ns is not None and e.ns != (parent_ns or ""):
        out.append(" xmlns=" + quoteattr(e.ns))
    for k, v in e.attrs.items():
        out.append(" %s=%s" % (k, quoteattr(_xml_value(v))))
    if e.text is None and not e.children:
        out.append("/>")
        return "".join(out)
    out.append(">")
    if e.text is not None:
        out.append(escape(_xml_value(e.text)))
    ns = e.ns if e.ns is not None else parent_ns
    for c in e.children:
        out.append(_to_xml(c, ns))
    out.append("</%s>" % e.name)
    return "".join(out)


def _to_json(e, parent_ns):
    obj = {}
    for k, v in e.attrs.items():
        obj[k] = v
    if e.text is not None:
        obj["_content"] = e.text
    ns = e.ns or parent_ns
    for c in e.children:
        obj.setdefault(c.name, []).append(_to_json(c, ns))
    if e.ns and e.ns != parent_ns:
        obj["_jsns"] = e.ns
    return obj


def _envelope_xml(protocol, body_xml, with_header):
    ns = SOAP12_NS if protocol == SOAP12 else SOAP11_NS
    header = '<soap:Header><context xmlns="urn:zimbra"/></soap:Header>' if with_header else ""
    return ('<soap:Envelope xmlns:soap="%s">%s<soap:Body>%s</soap:Body></soap:Envelope>'
            % (ns, header, body_xml))


def render(protocol, elem, with_header=True):
    """Serialise a normal response; returns (bytes, content type)."""
    if protocol == JS:
        doc = {}
        if with_header:
            doc["Header"] = {"context": {"_jsns": ZIMBRA_NS}}
        doc["Body"] = {elem.name: _to_json(elem, None)}
        doc["_jsns"] = "urn:zimbraSoap"
        data = json.dumps(doc, separators=(",", ":"))
    else:
        data = _envelope_xml(protocol, _to_xml(elem, None), with_header)
    return data.encode("utf-8"), CONTENT_TYPES[protocol]


def fault_elem(protocol, err, trace):
    """A Fault as an element, for the entries of a BatchResponse (reference 2.1)."""
    if protocol == JS:
        f = Elem("Fault")
        f.add("Code").attrs["Value"] = "soap:Sender" if err.sender else "soap:Receiver"
        f.add("Reason").attrs["Text"] = err.message
        e = f.add("Detail").add("Error", ZIMBRA_NS)
        e.add("Code", text=err.code)
        e.add("Trace", text=trace)
        return f
    if protocol == SOAP11:
        f = Elem("Fault", SOAP11_NS)
        f.add("faultcode", "", text="soap:Client" if err.sender else "soap:Server")
        f.add("faultstring", "", text=err.message)
        e = f.add("detail", "").add("Error", ZIMBRA_NS)
    else:
        f = Elem("Fault", SOAP12_NS)
        f.add("Code").add("Value", text="soap:Sender" if err.sender else "soap:Receiver")
        f.add("Reason").add("Text", text=err.message)
        e = f.add("Detail").add("Error", ZIMBRA_NS)
    e.add("Code", text=err.code)
    e.add("Trace", text=trace)
    for n, t, v in err.args_list:
        e.add("a", text=str(v), n=n, t=t)
    return f


def render_fault(protocol, err, trace):
    """Serialise a ServiceError as a fault in the given flavour (reference 4.1)."""
    if protocol == JS:
        error = {"Code": err.code, "Trace": trace}
        if err.args_list:
            error["a"] = [{"n": n, "t": t, "_content": str(v)} for n, t, v in err.args_list]
        error["_jsns"] = ZIMBRA_NS
        doc = {}
        if err.with_header:
            doc["Header"] = {"context": {"_jsns": ZIMBRA_NS}}
        doc["Body"] = {"Fault": {"Code": {"Value": "soap:Sender" if err.sender else "soap:Receiver"},
                                 "Reason": {"Text": err.message},
                                 "Detail": {"Error": error}}}
        doc["_jsns"] = "urn:zimbraSoap"
        return json.dumps(doc, separators=(",", ":")).encode("utf-8"), CONTENT_TYPES[JS]
    args = "".join('<a n=%s t=%s>%s</a>' % (quoteattr(n), quoteattr(t), escape(str(v)))
                   for n, t, v in err.args_list)
    error = ('<Error xmlns="urn:zimbra"><Code>%s</Code><Trace>%s</Trace>%s</Error>'
             % (escape(err.code), escape(trace), args))
    if protocol == SOAP11:
        fault = ("<soap:Fault><faultcode>%s</faultcode><faultstring>%s</faultstring>"
                 "<detail>%s</detail></soap:Fault>"
                 % ("soap:Client" if err.sender else "soap:Server", escape(err.message), error))
    else:
        fault = ("<soap:Fault><soap:Code><soap:Value>%s</soap:Value></soap:Code>"
                 "<soap:Reason><soap:Text>%s</soap:Text></soap:Reason>"
                 "<soap:Detail>%s</soap:Detail></soap:Fault>"
                 % ("soap:Sender" if err.sender else "soap:Receiver", escape(err.message), error))
    return _envelope_xml(protocol, fault, err.with_header).encode("utf-8"), CONTENT_TYPES[protocol]
