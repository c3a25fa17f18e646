#include "policyjobs.h"

namespace zaindari {

// ---------------------------------------------------------------- CosListJob

CosListJob::CosListJob(ZimbraClient *client, QObject *parent)
    : ZimbraJob(client, parent)
{ }

void CosListJob::run()
{
    emit progressed(tr("Reading the classes of service"));
    send(soap::Element::admin(QStringLiteral("GetAllCosRequest")), [this](const soap::Element &resp) {
        for (const soap::Element *c : resp.childrenNamed(QStringLiteral("cos")))
            m_classes.append(CosInfo::fromElement(*c));
        std::sort(m_classes.begin(), m_classes.end(),
                  [](const CosInfo &a, const CosInfo &b) { return a.name < b.name; });
        succeed();
    });
}

// ---------------------------------------------------------------- LockoutChange

LockoutChange LockoutChange::recommended()
{
    LockoutChange c;
    c.enabled = true;
    c.maxFailures = 5;
    c.failureLifetime = QStringLiteral("6m");
    c.duration = QStringLiteral("10m");
    return c;
}

QString LockoutChange::validate() const
{
    if (maxFailures && *maxFailures < 0)
        //: %1 is the number given
        return LockoutPolicyJob::tr("The number of failed logins must be 0 or more, not %1.")
            .arg(*maxFailures);
    // Zimbra durations: digits and one unit of d, h, m, s, ms; a bare number is seconds; no
    // fractions, weeks or "1h30m" (section 12.1). Checked here so nothing wrong is sent.
    if (failureLifetime && !isZimbraDuration(*failureLifetime))
        //: %1 is the value given
        return LockoutPolicyJob::tr("“%1” is not a Zimbra duration for the failure window: use a number "
                                    "with one unit, such as 30s, 10m, 6h or 2d.")
            .arg(*failureLifetime);
    if (duration && !isZimbraDuration(*duration))
        //: %1 is the value given
        return LockoutPolicyJob::tr("“%1” is not a Zimbra duration for the lockout time: use a number "
                                    "with one unit, such as 30s, 10m, 6h or 2d.")
            .arg(*duration);
    return QString();
}

// ---------------------------------------------------------------- LockoutPolicyJob

LockoutPolicyJob::LockoutPolicyJob(ZimbraClient *client, const QString &cosName, const LockoutChange &change,
                                   QObject *parent)
    : ZimbraJob(client, parent)
    , m_cosName(cosName)
    , m_change(change)
{ }

void LockoutPolicyJob::run()
{
    const QString invalid = m_change.validate();
    if (!invalid.isEmpty()) {
        fail(ZimbraError::make(ZimbraErrorCode::InvalidInput, invalid));
        return;
    }
    if (m_change.isEmpty()) {
        fail(ZimbraError::make(ZimbraErrorCode::InvalidInput, tr("No lockout value to change was given.")));
        return;
    }
    if (!m_cosName.isEmpty()) {
        soap::Element req = soap::Element::admin(QStringLiteral("GetCosRequest"));
        req.addChild(QStringLiteral("cos"), m_cosName)
            .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
        send(req, [this](const soap::Element &resp) {
            if (const soap::Element *c = resp.child(QStringLiteral("cos")))
                m_targets.append(CosInfo::fromElement(*c));
            applyNext(0);
        });
        return;
    }
    send(soap::Element::admin(QStringLiteral("GetAllCosRequest")), [this](const soap::Element &resp) {
        for (const soap::Element *c : resp.childrenNamed(QStringLiteral("cos")))
            m_targets.append(CosInfo::fromElement(*c));
        applyNext(0);
    });
}

void LockoutPolicyJob::applyNext(int i)
{
    if (i >= m_targets.size()) {
        succeed();
        return;
    }
    const CosInfo target = m_targets.at(i);
    soap::Element req = soap::Element::admin(QStringLiteral("ModifyCosRequest"));
    // ModifyCos reads id with getElement(): it MUST be a child element (section 8.2, 14).
    req.addChild(QStringLiteral("id"), target.id);
    // Setting a number of failures without the switch would leave the policy inert
    // (Enabled=TRUE and MaxFailures > 0, section 8.3): a positive number turns it on, 0 off.
    std::optional<bool> enabled = m_change.enabled;
    if (!enabled && m_change.maxFailures)
        enabled = *m_change.maxFailures > 0;
    if (enabled)
        req.addAttr(QStringLiteral("zimbraPasswordLockoutEnabled"),
                    *enabled ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    if (m_change.maxFailures)
        req.addAttr(QStringLiteral("zimbraPasswordLockoutMaxFailures"),
                    QString::number(*m_change.maxFailures));
    if (m_change.failureLifetime)
        req.addAttr(QStringLiteral("zimbraPasswordLockoutFailureLifetime"), *m_change.failureLifetime);
    if (m_change.duration)
        req.addAttr(QStringLiteral("zimbraPasswordLockoutDuration"), *m_change.duration);
    //: %1 is a class-of-service name
    emit progressed(tr("Changing class of service %1").arg(target.name));
    send(req, [this, i, target, enabled](const soap::Element &) {
        soap::Element get = soap::Element::admin(QStringLiteral("GetCosRequest"));
        get.addChild(QStringLiteral("cos"), target.id)
            .setAttribute(QStringLiteral("by"), QStringLiteral("id"));
        send(get, [this, i, enabled](const soap::Element &resp) {
            const soap::Element *c = resp.child(QStringLiteral("cos"));
            const CosInfo now = c ? CosInfo::fromElement(*c) : CosInfo();
            const LockoutPolicy &p = now.lockout;
            const bool ok = (!enabled || p.enabled == *enabled)
                && (!m_change.maxFailures || p.maxFailures == *m_change.maxFailures)
                && (!m_change.failureLifetime
                    || p.failureLifetimeMs == zimbraDurationMs(*m_change.failureLifetime).value_or(-1))
                && (!m_change.duration || p.durationMs == zimbraDurationMs(*m_change.duration).value_or(-1));
            if (!ok) {
                //: %1 is a class-of-service name
                fail(ZimbraError::make(ZimbraErrorCode::Unverified,
                                       tr("Zimbra accepted the change of %1, but reading it back shows other "
                                          "values.")
                                           .arg(now.name)));
                return;
            }
            m_updated.append(now);
            applyNext(i + 1);
        });
    });
}

// ---------------------------------------------------------------- RelayHostJob

RelayHostJob::RelayHostJob(ZimbraClient *client, QObject *parent)
    : ZimbraJob(client, parent)
{ }

RelayHostJob::RelayHostJob(ZimbraClient *client, const QString &server, const QString &value, QObject *parent)
    : ZimbraJob(client, parent)
    , m_write(true)
    , m_server(server)
    , m_value(value.trimmed())
{ }

void RelayHostJob::run()
{
    if (!m_write) {
        read();
        return;
    }
    if (!isValidRelayHost(m_value)) {
        //: %1 is the value given
        fail(ZimbraError::make(
            ZimbraErrorCode::InvalidInput,
            tr("“%1” is not a relay host: use host, host:port or [host]:port.").arg(m_value)));
        return;
    }
    if (m_server.isEmpty()) {
        soap::Element req = soap::Element::admin(QStringLiteral("ModifyConfigRequest"));
        req.addAttr(QStringLiteral("zimbraMtaRelayHost"), m_value); // empty removes it (11.1)
        send(req, [this](const soap::Element &) { read(); });
        return;
    }
    soap::Element get = soap::Element::admin(QStringLiteral("GetServerRequest"));
    get.setAttribute(QStringLiteral("applyConfig"), QStringLiteral("0"));
    get.setAttribute(QStringLiteral("attrs"), QStringLiteral("zimbraMtaRelayHost"));
    get.addChild(QStringLiteral("server"), m_server)
        .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
    send(get, [this](const soap::Element &resp) {
        const soap::Element *s = resp.child(QStringLiteral("server"));
        const QString id = s ? s->attribute(QStringLiteral("id")) : QString();
        soap::Element req = soap::Element::admin(QStringLiteral("ModifyServerRequest"));
        req.addChild(QStringLiteral("id"), id);
        req.addAttr(QStringLiteral("zimbraMtaRelayHost"), m_value);
        send(req, [this](const soap::Element &) { read(); });
    });
}

void RelayHostJob::read()
{
    soap::Element cfg = soap::Element::admin(QStringLiteral("GetConfigRequest"));
    cfg.addAttr(QStringLiteral("zimbraMtaRelayHost"), QString());
    send(cfg, [this](const soap::Element &resp) {
        m_info.global = resp.attrValue(QStringLiteral("zimbraMtaRelayHost"));
        soap::Element all = soap::Element::admin(QStringLiteral("GetAllServersRequest"));
        all.setAttribute(QStringLiteral("service"), QStringLiteral("mta"));
        all.setAttribute(QStringLiteral("applyConfig"), QStringLiteral("0"));
        send(all, [this](const soap::Element &resp) {
            for (const soap::Element *s : resp.childrenNamed(QStringLiteral("server"))) {
                const QString name = s->attribute(QStringLiteral("name"));
                m_info.servers.append({name, s->attrValue(QStringLiteral("zimbraMtaRelayHost"))});
                m_info.serverIds.insert(name, s->attribute(QStringLiteral("id")));
            }
            if (m_write) {
                QString now = m_info.global;
                for (const auto &s : std::as_const(m_info.servers))
                    if (s.first == m_server)
                        now = s.second;
                if (now != m_value) {
                    fail(ZimbraError::make(ZimbraErrorCode::Unverified,
                                           tr("Zimbra accepted the relay host, but reading it back shows "
                                              "another value."),
                                           now));
                    return;
                }
            }
            succeed();
        });
    });
}

// ---------------------------------------------------------------- LoggerStatsJob

LoggerStatsJob::LoggerStatsJob(ZimbraClient *client, const QString &host, const QStringList &counters,
                               const QString &start, const QString &end, const QString &group,
                               QObject *parent)
    : ZimbraJob(client, parent)
    , m_host(host)
    , m_counters(counters)
    , m_start(start)
    , m_end(end)
    , m_group(group)
{ }

void LoggerStatsJob::run()
{
    // Both times go on a command line on the logger host: no spaces, RRD syntax only (10.1).
    if (!isValidRrdTime(m_start) || !isValidRrdTime(m_end)) {
        fail(ZimbraError::make(ZimbraErrorCode::InvalidInput,
                               tr("The statistics period must be given as now, now-48h or epoch seconds.")));
        return;
    }
    soap::Element req = soap::Element::admin(QStringLiteral("GetLoggerStatsRequest"));
    if (!m_host.isEmpty())
        req.addChild(QStringLiteral("hostname")).setAttribute(QStringLiteral("hn"), m_host);
    req.addChild(QStringLiteral("startTime")).setAttribute(QStringLiteral("time"), m_start);
    req.addChild(QStringLiteral("endTime")).setAttribute(QStringLiteral("time"), m_end);
    soap::Element &stats = req.addChild(QStringLiteral("stats"));
    stats.setAttribute(QStringLiteral("name"), m_group);
    stats.setAttribute(QStringLiteral("limit"), QStringLiteral("true"));
    if (!m_counters.isEmpty()) {
        soap::Element &values = stats.addChild(QStringLiteral("values"));
        for (const QString &c : std::as_const(m_counters))
            values.addChild(QStringLiteral("stat")).setAttribute(QStringLiteral("name"), c);
    }
    send(req, [this](const soap::Element &resp) {
        if (resp.child(QStringLiteral("note"))) {
            m_disabled = true;
            succeed();
            return;
        }
        for (const soap::Element *h : resp.childrenNamed(QStringLiteral("hostname")))
            for (const soap::Element *s : h->childrenNamed(QStringLiteral("stats")))
                for (const soap::Element *v : s->childrenNamed(QStringLiteral("values"))) {
                    StatPoint p;
                    p.t = v->attribute(QStringLiteral("t")).toLongLong();
                    for (const soap::Element *st : v->childrenNamed(QStringLiteral("stat"))) {
                        bool ok = false;
                        const double d = st->attribute(QStringLiteral("value")).toDouble(&ok);
                        if (ok)
                            p.values.insert(st->attribute(QStringLiteral("name")), d);
                    }
                    m_points.append(p);
                }
        std::sort(m_points.begin(), m_points.end(),
                  [](const StatPoint &a, const StatPoint &b) { return a.t < b.t; });
        succeed();
    });
}

namespace {
// Seconds before now for "now", "now-48h" (RRD units s m h d w y), nullopt for epochs.
std::optional<qint64> secondsBeforeNow(const QString &spec)
{
    if (spec == QLatin1String("now"))
        return 0;
    if (!spec.startsWith(QLatin1String("now-")))
        return std::nullopt;
    const QChar unit = spec.back();
    const qint64 n = spec.mid(4, spec.size() - 5).toLongLong();
    switch (unit.unicode()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    case 'w':
        return n * 7 * 86400;
    case 'y':
        return n * 365 * 86400;
    default:
        return std::nullopt;
    }
}
} // namespace

qint64 LoggerStatsJob::rrdStepFor(qint64 windowSeconds)
{
    for (const qint64 step : {30, 300, 3600})
        if (windowSeconds / step < 500)
            return step;
    return 86400;
}

qint64 LoggerStatsJob::windowSeconds() const
{
    const auto a = secondsBeforeNow(m_start);
    const auto b = secondsBeforeNow(m_end);
    if (a && b)
        return *a - *b;
    if (!a && !b)
        return m_end.toLongLong() - m_start.toLongLong();
    return 0;
}

QList<QPair<qint64, double>> LoggerStatsJob::toCounts(const QList<StatPoint> &points, const QString &counter,
                                                      qint64 fallbackStep)
{
    // value is a per-second average over one RRD step (section 10.1). Rows whose counters are
    // all empty are left out by zmrrdfetch, so the step is the smallest gap between rows, not
    // the gap to the next row (which would count an idle stretch as busy).
    qint64 step = 0;
    for (int i = 0; i + 1 < points.size(); ++i) {
        const qint64 gap = points.at(i + 1).t - points.at(i).t;
        if (gap > 0 && (step == 0 || gap < step))
            step = gap;
    }
    if (step == 0)
        step = fallbackStep;
    QList<QPair<qint64, double>> out;
    if (step <= 0)
        return out;
    for (const StatPoint &p : points)
        out.append({p.t, p.values.value(counter) * double(step)});
    return out;
}

} // namespace zaindari
