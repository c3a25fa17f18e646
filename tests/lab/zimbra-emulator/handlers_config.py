"""COS, global config and server handlers (reference 8.1, 8.2, 11.1)."""
import copy

import faults
import schema
from handlers import handler, _attrs_list, _encode_entry, _mods, _audit_change, _response


def _cos_el(c, only=None):
    extra = {"isDefaultCos": True} if c.name == "default" else None
    return _encode_entry("cos", c.name, c.id, dict(c.attrs, zimbraId=[c.id]), only, extra)


@handler("GetCosRequest")
def get_cos(ctx, req):
    sel = req.child("cos")
    if sel is None:
        raise faults.missing_element("cos")
    by = sel.attrs.get("by")
    if by is None:
        raise faults.missing_attribute("by")
    key = (sel.text or "").strip()
    with ctx.dir.lock:
        c = ctx.dir.find_cos(by, key) if key else None
        if c is None:
            raise faults.no_such_cos(key)
        resp = _response(req)
        resp.children.append(_cos_el(c, _attrs_list(req)))
    return resp


@handler("GetAllCosRequest")
def get_all_cos(ctx, req):
    resp = _response(req)
    with ctx.dir.lock:
        for c in sorted(ctx.dir.cos.values(), key=lambda c: c.name):
            resp.children.append(_cos_el(c))
    return resp


@handler("ModifyCosRequest")
def modify_cos(ctx, req):
    idel = req.child("id")          # getElement(): an id attribute is not accepted (8.2, 14)
    if idel is None:
        raise faults.missing_element("id")
    cid = (idel.text or "").strip()
    mods = _mods(req)
    with ctx.dir.lock:
        c = ctx.dir.cos.get(cid)
        if c is None:
            raise faults.no_such_cos(cid)
        attrs = copy.deepcopy(c.attrs)
        schema.apply_mods(attrs, mods, "cos")
        c.attrs = attrs
        ctx.dir.save()
        _audit_change(ctx, "ModifyCos", c.name, mods)
        resp = _response(req)
        resp.children.append(_cos_el(c))
    return resp


def _check_relay(attrs):
    if len(attrs.get("zimbraMtaRelayHost", [])) > 1:
        raise faults.invalid_request("zimbraMtaRelayHost can only have one value")


@handler("GetConfigRequest")
def get_config(ctx, req):
    a = req.child("a")
    if a is None:
        raise faults.missing_element("a")
    name = a.attrs.get("n")
    if name is None:
        raise faults.missing_attribute("n")
    resp = _response(req)
    with ctx.dir.lock:
        for v in ctx.dir.config.get(name, []):
            resp.add("a", text=v, n=name)
    return resp


@handler("GetAllConfigRequest")
def get_all_config(ctx, req):
    resp = _response(req)
    with ctx.dir.lock:
        for k in sorted(ctx.dir.config):
            for v in ctx.dir.config[k]:
                resp.add("a", text=v, n=k)
    return resp


@handler("ModifyConfigRequest")
def modify_config(ctx, req):
    mods = _mods(req)
    with ctx.dir.lock:
        attrs = copy.deepcopy(ctx.dir.config)
        schema.apply_mods(attrs, mods, "globalConfig")
        _check_relay(attrs)
        # zmconfigd would push zimbraMtaRelayHost to Postfix asynchronously (11.1); the lab's
        # Postfix is deliberately left alone.
        ctx.dir.config = attrs
        ctx.dir.save()
        _audit_change(ctx, "ModifyConfig", None, mods)
    return _response(req)


def _server_el(ctx, s, apply_config=True, only=None):
    attrs = {}
    if apply_config:
        for k, v in ctx.dir.config.items():
            if schema.on_class(k, "server"):
                attrs[k] = list(v)
    attrs.update(s.attrs)
    attrs["zimbraId"] = [s.id]
    return _encode_entry("server", s.name, s.id, attrs, only)


@handler("GetServerRequest")
def get_server(ctx, req):
    sel = req.child("server")
    if sel is None:
        raise faults.missing_element("server")
    by = sel.attrs.get("by")
    if by is None:
        raise faults.missing_attribute("by")
    only = _attrs_list(req)
    for a in only or []:
        if not schema.on_class(a, "server"):
            raise faults.invalid_request("requested attribute %s is not on server" % a)
    with ctx.dir.lock:
        s = ctx.dir.find_server(by, (sel.text or "").strip())
        if s is None:
            raise faults.no_such_server(sel.text or "")
        resp = _response(req)
        resp.children.append(_server_el(ctx, s, req.get_bool("applyConfig", True), only))
    return resp


@handler("GetAllServersRequest")
def get_all_servers(ctx, req):
    service = req.attrs.get("service")
    resp = _response(req)
    with ctx.dir.lock:
        for s in ctx.dir.servers.values():
            if service and service not in s.attrs.get("zimbraServiceEnabled", []):
                continue
            resp.children.append(_server_el(ctx, s, req.get_bool("applyConfig", True)))
    return resp


@handler("ModifyServerRequest")
def modify_server(ctx, req):
    sid = req.get("id")
    if sid is None:
        raise faults.missing_attribute("id")
    mods = _mods(req)
    with ctx.dir.lock:
        s = ctx.dir.find_server("id", sid)
        if s is None:
            raise faults.no_such_server(sid)
        attrs = copy.deepcopy(s.attrs)
        schema.apply_mods(attrs, mods, "server")
        _check_relay(attrs)
        s.attrs = attrs
        ctx.dir.save()
        _audit_change(ctx, "ModifyServer", s.name, mods)
        resp = _response(req)
        resp.children.append(_server_el(ctx, s))
    return resp

