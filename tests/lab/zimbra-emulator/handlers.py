"""Admin document handlers (urn:zimbraAdmin), one function per request (reference 5-11).

Each handler takes (ctx, req) and returns the response Elem; errors are ServiceErrors.
ctx carries the directory, auth, queues, logger stats, audit log, request info and the
authenticated admin account.
"""
import copy

import faults
import schema
from envelopes import Elem, ADMIN_NS
from ldapfilter import Filter

HANDLERS = {}


def handler(name):
    def deco(fn):
        HANDLERS[name] = fn
        return fn
    return deco


def _attrs_list(req):
    v = req.attrs.get("attrs")
    return [a for a in v.split(",") if a] if v else None


def _encode_entry(tag, name, eid, attrs, only=None, extra=None):
    e = Elem(tag, attrs=dict(name=name, id=eid, **(extra or {})))
    for k in sorted(attrs):
        if only is not None and k not in only:
            continue
        for v in attrs[k]:
            e.add("a", text="VALUE-BLOCKED" if k in schema.BLOCKED else v, n=k)
    return e


def _mods(req):
    return [(a.attrs.get("n", ""), a.text or "") for a in req.all("a")]


def _audit_change(ctx, cmd, name, mods):
    parts = ["cmd=%s;" % cmd] + (["name=%s;" % name] if name else [])
    parts += ["%s=%s;" % (k, "VALUE-BLOCKED" if k in schema.BLOCKED else v) for k, v in mods]
    ctx.audit.write("INFO", ctx.info.thread, ctx.info.context(ctx.admin.name), " ".join(parts))


def _response(req):
    return Elem(req.name[:-len("Request")] + "Response", ADMIN_NS)


# ---------------------------------------------------------------- accounts (5, 6, 7)

def _account_el(ctx, acct, apply_cos=True, only=None):
    return _encode_entry("account", acct.name, acct.id, ctx.dir.account_attrs(acct, apply_cos),
                         only)


@handler("GetAccountRequest")
def get_account(ctx, req):
    sel = req.child("account")
    if sel is None:
        raise faults.missing_element("account")
    by = sel.attrs.get("by")
    if by is None:
        raise faults.missing_attribute("by")
    only = _attrs_list(req)
    for a in only or []:
        if not schema.on_class(a, "account"):
            raise faults.invalid_request("requested attribute %s is not on account" % a)
    with ctx.dir.lock:
        acct = ctx.dir.account(by, sel.text or "")
        if acct is None:
            raise faults.no_such_account(sel.text or "")
        resp = _response(req)
        resp.children.append(_account_el(ctx, acct, req.get_bool("applyCos", True), only))
    return resp


@handler("SearchDirectoryRequest")
def search_directory(ctx, req):
    query = req.get("query") or ""
    flt = Filter(query) if query.strip() else None
    types = (req.attrs.get("types") or "accounts").split(",")
    only = _attrs_list(req)
    offset, limit = req.get_int("offset", 0), req.get_int("limit", 0)
    max_results = req.get_int("maxResults", 0)
    domain = req.attrs.get("domain")
    apply_cos = req.get_bool("applyCos", True)
    with ctx.dir.lock:
        hits = []
        if "accounts" in types:
            for a in ctx.dir.accounts.values():
                if domain and not a.name.endswith("@" + domain):
                    continue
                attrs = ctx.dir.account_attrs(a, apply_cos)
                attrs.setdefault("uid", [a.name.split("@")[0]])
                if flt is None or flt.match(attrs):
                    hits.append(("account", a.name, a.id, attrs))
        if "coses" in types:
            for c in ctx.dir.cos.values():
                attrs = dict(c.attrs, objectClass=["zimbraCOS"])
                if flt is None or flt.match(attrs):
                    hits.append(("cos", c.name, c.id, c.attrs))
        if "domains" in types and ctx.dir.domain is not None:
            d = ctx.dir.domain
            attrs = dict(d.attrs, objectClass=["zimbraDomain"])
            if flt is None or flt.match(attrs):
                hits.append(("domain", d.name, d.id, d.attrs))
    if max_results and len(hits) > max_results:
        raise faults.ServiceError("account.TOO_MANY_SEARCH_RESULTS",
                                  "number of results exceeded the limit: too many search "
                                  "results returned")
    reverse = not req.get_bool("sortAscending", True)
    hits.sort(key=lambda h: h[1], reverse=reverse)
    resp = _response(req)
    if req.get_bool("countOnly", False):
        resp.attrs["num"] = len(hits)
        return resp
    page = hits[offset:] if limit == 0 else hits[offset:offset + limit]
    for tag, name, eid, attrs in page:
        extra = {"isExternal": False} if tag == "account" else None
        resp.children.append(_encode_entry(tag, name, eid, attrs, only, extra))
    resp.attrs["more"] = limit != 0 and offset + limit < len(hits)
    resp.attrs["searchTotal"] = len(hits)
    return resp


@handler("ModifyAccountRequest")
def modify_account(ctx, req):
    aid = req.get("id")
    if aid is None:
        raise faults.missing_attribute("id")
    mods = _mods(req)
    with ctx.dir.lock:
        acct = ctx.dir.account("id", aid)
        if acct is None:
            raise faults.no_such_account(aid)
        names = {n.lstrip("+-") for n, _ in mods}
        if any(n == "zimbraAccountStatus" and v == "" for n, v in mods):
            raise faults.invalid_request("zimbraAccountStatus is a required attribute")
        if "zimbraAccountStatus" not in names:
            # the suspension reason is stored only together with a status change (6)
            mods = [(n, v) for n, v in mods if n.lstrip("+-") != "zimbraAccountSuspensionReason"]
        attrs = copy.deepcopy(acct.attrs)
        schema.apply_mods(attrs, mods, "account")
        acct.attrs = attrs
        if "zimbraAccountStatus" in names:
            ctx.dir.set_status_side_effects(acct, acct.first("zimbraAccountStatus"))
            if acct.first("zimbraAccountStatus") == "active":
                ctx.auth.bad_pw_cache.pop(acct.id, None)
        ctx.dir.save()
        _audit_change(ctx, "ModifyAccount", acct.name, mods)
        resp = _response(req)
        resp.children.append(_account_el(ctx, acct))
    return resp


def modify_prefs(ctx, req):
    """urn:zimbraAccount ModifyPrefsRequest: the logged-in user changes its own zimbraPref*
    attributes (<pref name="zimbraPrefMailForwardingAddress">a@b</pref>)."""
    mods = [(p.attrs.get("name", ""), p.text or "") for p in req.all("pref")]
    for name, _ in mods:
        if not name.lstrip("+-").startswith("zimbraPref"):
            raise faults.invalid_attr_name("not a preference: %s" % name)
    with ctx.dir.lock:
        acct = ctx.admin        # the caller: a user token here
        attrs = copy.deepcopy(acct.attrs)
        schema.apply_mods(attrs, mods, "account")
        acct.attrs = attrs
        ctx.dir.save()
        _audit_change(ctx, "ModifyPrefs", acct.name, mods)
    return Elem("ModifyPrefsResponse", "urn:zimbraAccount")


CACHE_TYPES = {"acl", "locale", "account", "config", "globalgrant", "cos", "domain", "galgroup",
               "group", "mime", "server", "alwaysOnCluster", "skin", "uistrings", "license",
               "zimlet", "all"}


@handler("FlushCacheRequest")
def flush_cache(ctx, req):
    cache = req.child("cache")
    if cache is None:
        raise faults.missing_element("cache")
    types = cache.attrs.get("type")
    if not types:
        raise faults.missing_attribute("type")
    for t in types.split(","):
        if t not in CACHE_TYPES:
            raise faults.invalid_request("invalid cache type: " + t)
    # One emulated server holds no stale copies: flushing is a no-op beyond validation.
    return _response(req)


def password_violation(ctx, acct, pw):
    """LdapProvisioning.checkPasswordStrength: returns (text, arg) or None."""
    e = lambda n: int(ctx.dir.effective(acct, n) or "0")
    checks = [
        (len(pw) < e("zimbraPasswordMinLength"), "too short", "zimbraPasswordMinLength"),
        (e("zimbraPasswordMaxLength") and len(pw) > e("zimbraPasswordMaxLength"), "too long",
         "zimbraPasswordMaxLength"),
        (sum(c.isupper() for c in pw) < e("zimbraPasswordMinUpperCaseChars"),
         "not enough upper case characters", "zimbraPasswordMinUpperCaseChars"),
        (sum(c.islower() for c in pw) < e("zimbraPasswordMinLowerCaseChars"),
         "not enough lower case characters", "zimbraPasswordMinLowerCaseChars"),
        (sum(c.isdigit() for c in pw) < e("zimbraPasswordMinNumericChars"),
         "not enough numeric characters", "zimbraPasswordMinNumericChars"),
        (sum(not c.isalnum() for c in pw) < e("zimbraPasswordMinPunctuationChars"),
         "not enough punctuation characters", "zimbraPasswordMinPunctuationChars"),
    ]
    for bad, text, attr in checks:
        if bad:
            return text, (attr, "NUM", e(attr))
    return None


@handler("SetPasswordRequest")
def set_password(ctx, req):
    import accounts
    aid, pw = req.get("id"), req.get("newPassword")
    if aid is None:
        raise faults.missing_attribute("id")
    if pw is None:
        raise faults.missing_attribute("newPassword")
    resp = _response(req)
    with ctx.dir.lock:
        acct = ctx.dir.account("id", aid)
        if acct is None:
            raise faults.no_such_account(aid)
        bad = password_violation(ctx, acct, pw)
        if bad is not None:
            if not ctx.dir.is_global_admin(ctx.admin):     # changeAccountPassword only (7)
                raise faults.invalid_password(bad[0], args=[bad[1]])
            resp.add("message", text="Password violation: account=%s, violation=invalid "
                     "password: %s.  Password is set successfully." % (acct.name, bad[0]))
        # With zimbraAuthMech=ad only Zimbra's own copy changes; AD is never contacted (7.1).
        acct.set1("userPassword", accounts.hash_password(pw))
        acct.set1("zimbraPasswordModifiedTime", schema.gentime())
        acct.attrs.pop("zimbraPasswordMustChange", None)
        vv = ctx.dir.validity_value(acct) + 1
        acct.set1("zimbraAuthTokenValidityValue", 0 if vv > 2147483647 else vv)
        ctx.dir.save()
        _audit_change(ctx, "SetPassword", acct.name, [])
    return resp


@handler("GetSessionsRequest")
def get_sessions(ctx, req):
    stype = req.attrs.get("type")
    if stype is None:
        raise faults.missing_attribute("type")
    if stype not in ("soap", "imap", "admin", "wiki", "synclistener", "waitset"):
        raise faults.invalid_request("invalid session type: " + stype)
    sort_by = req.attrs.get("sortBy", "nameAsc")
    key, desc = {"nameAsc": ("name", False), "nameDesc": ("name", True),
                 "createdAsc": ("cd", False), "createdDesc": ("cd", True),
                 "accessedAsc": ("ld", False), "accessedDesc": ("ld", True)}.get(
        sort_by, ("name", False))
    sessions = sorted(ctx.auth.live_sessions(stype), key=lambda s: s[key], reverse=desc)
    offset, limit = req.get_int("offset", 0), req.get_int("limit", 0)
    page = sessions[offset:] if limit == 0 else sessions[offset:offset + limit]
    resp = _response(req)
    resp.attrs["more"] = limit != 0 and offset + limit < len(sessions)
    resp.attrs["total"] = len(sessions)
    for s in page:
        resp.add("s", zid=s["zid"], name=s["name"], sid=s["sid"], cd=s["cd"], ld=s["ld"])
    return resp


@handler("GetDomainRequest")
def get_domain(ctx, req):
    sel = req.child("domain")
    if sel is None:
        raise faults.missing_element("domain")
    d = ctx.dir.domain
    key = sel.text or ""
    if d is None or key not in (d.name, d.id):
        raise faults.ServiceError("account.NO_SUCH_DOMAIN", "no such domain: " + key)
    resp = _response(req)
    resp.children.append(_encode_entry("domain", d.name, d.id, d.attrs, _attrs_list(req)))
    return resp


@handler("NoOpRequest")
def noop(ctx, req):
    return _response(req)
