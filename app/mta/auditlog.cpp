#include "auditlog.h"

#include "logline.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace zaindari {

namespace {

using sv = std::string_view;

bool startsWith(sv s, sv p)
{
    return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

QString utf8(sv s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int digits(sv s, size_t at, size_t n)
{
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// Values have ';' doubled (ZimbraLog.encodeArg): a field ends at a ';' not followed by ';'.
QString decodeValue(sv v)
{
    std::string out;
    out.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        out.push_back(v[i]);
        if (v[i] == ';' && i + 1 < v.size() && v[i + 1] == ';')
            ++i;
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

// "k1=v1; k2=v2;" (message) or "k1=v1;k2=v2;" (context): calls f(key, rawValue).
template<typename F> void forEachField(sv s, F f)
{
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const size_t eq = s.find('=', i);
        if (eq == sv::npos)
            return;
        size_t end = eq + 1;
        while (end < s.size()) {
            if (s[end] == ';') {
                if (end + 1 < s.size() && s[end + 1] == ';') {
                    end += 2;
                    continue;
                }
                break;
            }
            ++end;
        }
        f(s.substr(i, eq - i), s.substr(eq + 1, end - eq - 1));
        i = end + 1;
    }
}

} // namespace

bool parseAuditLine(std::string_view line, int localOffset, AuthEvent *out, bool *malformed)
{
    *malformed = true;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    // yyyy-MM-dd HH:mm:ss,SSS
    const int y = digits(line, 0, 4), mo = digits(line, 5, 2), d = digits(line, 8, 2);
    const int h = digits(line, 11, 2), mi = digits(line, 14, 2), s = digits(line, 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0
        || s > 60 || line[4] != '-' || line[10] != ' ' || line[13] != ':')
        return false;
    size_t i = 19;
    if (i < line.size() && (line[i] == ',' || line[i] == '.'))
        i += 4;
    // level, then [thread] [context] category - message
    const size_t ctxOpen = line.find("] [", i);
    if (ctxOpen == sv::npos)
        return false;
    const size_t ctxClose = line.find("] ", ctxOpen + 3);
    if (ctxClose == sv::npos)
        return false;
    const size_t dash = line.find(" - ", ctxClose);
    if (dash == sv::npos)
        return false;
    *malformed = false;
    const sv level = line.substr(i + 1, line.find(' ', i + 1) - i - 1);
    const sv context = line.substr(ctxOpen + 3, ctxClose - ctxOpen - 3);
    const sv msg = line.substr(dash + 3);

    AuthEvent ev;
    ev.t = maillog::civilToEpoch(y, mo, d, h * 3600 + mi * 60 + std::min(s, 59)) - localOffset;
    sv ip, oip, name;
    forEachField(context, [&](sv k, sv v) {
        if (k == "ip")
            ip = v;
        else if (k == "oip")
            oip = v;
        else if (k == "name")
            name = v;
    });
    ev.ip = utf8(oip.empty() ? ip : oip);

    // Unknown account (user AuthRequest, with zimbra_additional_logging=true).
    static constexpr sv notFound = "Error occurred during authentication: authentication failed for [";
    if (startsWith(msg, notFound)) {
        const sv rest = msg.substr(notFound.size());
        const size_t close = rest.find(']');
        ev.kind = AuthEvent::Kind::Failure;
        ev.account = utf8(rest.substr(0, close));
        ev.reason = QStringLiteral("account not found");
        *out = ev;
        return close != sv::npos;
    }
    if (!startsWith(msg, "cmd=Auth;") && !startsWith(msg, "cmd=AdminAuth;"))
        return false;
    ev.admin = startsWith(msg, "cmd=AdminAuth;");
    sv error, info;
    forEachField(msg, [&](sv k, sv v) {
        if (k == "account")
            ev.account = decodeValue(v);
        else if (k == "protocol")
            ev.protocol = decodeValue(v);
        else if (k == "error")
            error = v;
        else if (k == "info")
            info = v;
    });
    if (ev.account.isEmpty())
        ev.account = utf8(name);
    if (ev.account.isEmpty()) {
        *malformed = true;
        return false;
    }
    if (!info.empty()) {
        if (info.find("re-activated") == sv::npos)
            return false;
        ev.kind = AuthEvent::Kind::Reactivated;
    } else if (error.empty()) {
        ev.kind = AuthEvent::Kind::Success;
    } else if (startsWith(error, "account lockout due to too many failed logins")) {
        ev.kind = AuthEvent::Kind::Lockout;
        ev.reason = decodeValue(error);
    } else {
        ev.kind = AuthEvent::Kind::Failure;
        // "authentication failed for [name], <reason>"
        const size_t comma = error.find("], ");
        ev.reason = decodeValue(comma == sv::npos ? error : error.substr(comma + 3));
    }
    Q_UNUSED(level)
    *out = ev;
    return true;
}

void AuditLogAnalyzer::feedLine(std::string_view line)
{
    ++m_lines;
    if (line.empty())
        return;
    AuthEvent ev;
    bool malformed = false;
    if (!parseAuditLine(line, m_offset, &ev, &malformed)) {
        // Stack-trace continuation lines start with whitespace or "at ": not audit entries, but
        // not damage either.
        if (malformed && line.front() != '\t' && line.front() != ' ')
            ++m_malformed;
        return;
    }
    m_newest = std::max(m_newest, ev.t);
    m_events.push_back(std::move(ev));
}

void AuditLogAnalyzer::feed(std::string_view chunk)
{
    size_t start = 0;
    while (start < chunk.size()) {
        const size_t nl = chunk.find('\n', start);
        if (nl == sv::npos) {
            m_carry.append(chunk.substr(start));
            return;
        }
        if (!m_carry.empty()) {
            m_carry.append(chunk.substr(start, nl - start));
            feedLine(m_carry);
            m_carry.clear();
        } else {
            feedLine(chunk.substr(start, nl - start));
        }
        start = nl + 1;
    }
}

void AuditLogAnalyzer::finish()
{
    if (!m_carry.empty()) {
        feedLine(m_carry);
        m_carry.clear();
    }
}

LoginFailuresReport AuditLogAnalyzer::report(qint64 sinceSeconds, qint64 until) const
{
    LoginFailuresReport r;
    r.lines = m_lines;
    r.malformed = m_malformed;
    r.until = until ? until : m_newest;
    r.since = sinceSeconds > 0 ? r.until - sinceSeconds : 0;

    struct Acc
    {
        AccountFailures out;
        QHash<QString, quint64> ipCounts;
        QSet<QString> successIps; // IPs it logged in from successfully, whole log
        QVector<qint64> failureTimes;
    };
    QHash<QString, Acc> accounts;
    QHash<QString, QHash<QString, quint64>> ips;
    for (const AuthEvent &e : m_events) {
        const QString key = e.account.toLower();
        const bool inWindow = e.t >= r.since && e.t <= r.until;
        auto it = accounts.find(key);
        if (it == accounts.end()) {
            it = accounts.insert(key, Acc());
            it->out.account = e.account;
        }
        Acc &a = *it;
        switch (e.kind) {
        case AuthEvent::Kind::Failure:
            a.failureTimes.push_back(e.t);
            if (!inWindow)
                break;
            ++a.out.failures;
            a.out.lastFailure = std::max(a.out.lastFailure, e.t);
            ++a.ipCounts[e.ip];
            ++ips[e.ip][e.account];
            break;
        case AuthEvent::Kind::Lockout:
            if (inWindow)
                ++a.out.lockouts;
            break;
        case AuthEvent::Kind::Success:
        case AuthEvent::Kind::Reactivated: {
            if (inWindow && e.kind == AuthEvent::Kind::Success)
                ++r.successes;
            const bool newIp = !e.ip.isEmpty() && !a.successIps.contains(e.ip);
            const bool recentFailures = std::any_of(a.failureTimes.begin(), a.failureTimes.end(),
                                                    [&](qint64 t) { return t <= e.t && t > e.t - 3600; });
            if (inWindow && newIp && recentFailures) {
                a.out.successFromNewIp = true;
                a.out.successIp = e.ip;
                a.out.successAt = e.t;
            }
            if (!e.ip.isEmpty())
                a.successIps.insert(e.ip);
            break;
        }
        }
    }
    auto byCount = [](const QHash<QString, quint64> &h) {
        QVector<std::pair<QString, quint64>> v;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            v.push_back({it.key(), it.value()});
        std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        QStringList names;
        for (const auto &p : v)
            names.append(p.first);
        return names;
    };
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        Acc &a = *it;
        if (a.out.failures == 0 && a.out.lockouts == 0 && !a.out.successFromNewIp)
            continue;
        a.out.ips = byCount(a.ipCounts);
        a.out.distributed = a.out.ips.size() >= m_distributedIps;
        r.accounts.push_back(a.out);
    }
    std::sort(r.accounts.begin(), r.accounts.end(), [](const AccountFailures &a, const AccountFailures &b) {
        return a.failures != b.failures ? a.failures > b.failures : a.account < b.account;
    });
    for (auto it = ips.cbegin(); it != ips.cend(); ++it) {
        IpFailures f;
        f.ip = it.key();
        for (auto c = it->cbegin(); c != it->cend(); ++c)
            f.failures += c.value();
        f.accounts = byCount(*it);
        r.ips.push_back(f);
    }
    std::sort(r.ips.begin(), r.ips.end(), [](const IpFailures &a, const IpFailures &b) {
        return a.failures != b.failures ? a.failures > b.failures : a.ip < b.ip;
    });
    return r;
}

} // namespace zaindari
