"""Mail queue and logger statistics handlers (reference 9.2-9.5, 10.1)."""
import time

import faults
import loggerstats
from handlers import handler, _response


def _mta_name(ctx, req):
    s = req.child("server")
    if s is None:
        raise faults.missing_element("server")
    name = s.attrs.get("name")
    if name is None:
        raise faults.missing_attribute("name")
    with ctx.dir.lock:
        if ctx.dir.find_server("name", name) is None:
            raise faults.invalid_request("server with name %s could not be found" % name)
    return s, name


@handler("GetMailQueueInfoRequest")
def get_mail_queue_info(ctx, req):
    _, name = _mta_name(ctx, req)
    counts = ctx.queues.counts()
    resp = _response(req)
    srv = resp.add("server", name=name)
    for q, n in counts.items():
        srv.add("queue", name=q, n=str(n))       # n is a string, in JSON too (9.2)
    return resp


@handler("GetMailQueueRequest")
def get_mail_queue(ctx, req):
    sel, name = _mta_name(ctx, req)
    qel = sel.child("queue")
    if qel is None:
        raise faults.missing_element("queue")
    qname = qel.attrs.get("name")
    if qname is None:
        raise faults.missing_attribute("name")
    query = qel.child("query")
    if query is None:
        raise faults.missing_element("query")        # mandatory (9.3, 14)
    fields = ctx.queues.parse_query(query)
    offset, limit = query.get_int("offset", 0), query.get_int("limit", 30)
    idx = ctx.queues.get_index(qname, qel.get_bool("scan", False))
    ctx.queues.wait_for(idx, qel.get_int("wait", 3))
    items, page, more = ctx.queues.search(idx, fields, offset, limit)
    resp = _response(req)
    srv = resp.add("server", name=name)
    scanning = idx.scanning
    q = srv.add("queue", name=qname, time=int(time.time() * 1000) if scanning else idx.scan_end_ms,
                scan=scanning, total=len(items), more=more)
    for t, terms in ctx.queues.summaries(items, qname):
        qs = q.add("qs", type=t)
        for term, n in terms:
            qs.add("qsi", t=term, n=n)
    for it in page:
        q.add("qi", **{k: ",".join(v) if isinstance(v, list) else v for k, v in it.items()})
    return resp


@handler("MailQueueActionRequest")
def mail_queue_action(ctx, req):
    sel, _ = _mta_name(ctx, req)
    qel = sel.child("queue")
    if qel is None:
        raise faults.missing_element("queue")
    qname = qel.attrs.get("name")
    if qname is None:
        raise faults.missing_attribute("name")
    act = qel.child("action")
    if act is None:
        raise faults.missing_element("action")
    op, by = act.attrs.get("op"), act.attrs.get("by")
    if op is None:
        raise faults.missing_attribute("op")
    if by is None:
        raise faults.missing_attribute("by")
    if by == "id":
        ids = (act.text or "").split(",")            # split on ',' with no trimming (9.4)
    elif by == "query":
        fields = ctx.queues.parse_query(act.child("query"))
        idx = ctx.queues.get_index(qname, False)
        with ctx.queues.lock:
            ids = [it["id"] for it in idx.items if ctx.queues.matches(it, fields)]
        if not ids:
            return _response(req)
    else:
        raise faults.invalid_request("bad by: " + by)
    ctx.queues.action(qname, op, ids)
    return _response(req)                             # always empty (9.4, 14)


@handler("MailQueueFlushRequest")
def mail_queue_flush(ctx, req):
    _mta_name(ctx, req)
    ctx.queues.flush()
    return _response(req)


@handler("GetLoggerStatsRequest")
def get_logger_stats(ctx, req):
    stats = ctx.stats
    host_el, stats_el = req.child("hostname"), req.child("stats")
    resp = _response(req)
    if host_el is None and stats_el is None:
        for h in stats.hosts():
            resp.add("hostname", hn=h)
        return resp
    host = host_el.attrs.get("hn") if host_el is not None else None
    if host_el is not None and host is None:
        raise faults.missing_attribute("hn")
    if stats_el is None:
        if host not in stats.hosts():
            raise faults.failure("exception executing command: zmrrdfetch -n %s" % host)
        resp.add("hostname", hn=host).add("stats", name=loggerstats.GROUP)
        return resp
    group = stats_el.attrs.get("name")
    if group != loggerstats.GROUP:
        raise faults.failure("exception executing command: zmrrdfetch -f %s" % group)
    if stats_el.text and stats_el.text.strip() and stats_el.child("values") is None:
        h = resp.add("hostname", hn=host or stats.hosts()[0])
        vals = h.add("stats", name=group).add("values")
        for n, unit in loggerstats.COUNTERS:
            st = vals.add("stat", name=n)
            if unit:
                st.attrs["type"] = unit
        return resp
    start_el, end_el = req.child("startTime"), req.child("endTime")
    if (start_el is None) != (end_el is None):
        raise faults.failure("both start and end must be specified")
    now = time.time()
    start = loggerstats.parse_time_spec(start_el.attrs.get("time") if start_el else "now-1d", now)
    end = loggerstats.parse_time_spec(end_el.attrs.get("time") if end_el else "now", now)
    limit = (stats_el.attrs.get("limit") or "").lower() not in ("", "no", "false", "0")
    wanted = None
    if stats_el.child("values") is not None:
        wanted = [s.attrs.get("name") for s in stats_el.child("values").all("stat")] or None
    for h in ([host] if host else stats.hosts()):
        he = resp.add("hostname", hn=h)
        se = he.add("stats", name=group)
        for t, vals in stats.rows(h, start, end, limit):
            ve = se.add("values", t=str(t))
            for n, _ in loggerstats.COUNTERS:
                if wanted is None or n in wanted:
                    ve.add("stat", name=n, value=repr(vals[n]))   # per-second rate
    return resp
