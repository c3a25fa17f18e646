#include "loganalyzer.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace zaindari {

using namespace maillog;

MailLogAnalyzer::MailLogAnalyzer()
{
    m_clock.anchorNow(QDateTime::currentSecsSinceEpoch(), 0);
    m_messages.reserve(4096);
}

MailLogAnalyzer::Key MailLogAnalyzer::Key::from(std::string_view id)
{
    Key k;
    std::memcpy(k.w, id.data(), std::min(id.size(), sizeof(k.w)));
    return k;
}

size_t MailLogAnalyzer::feed(std::string_view buffer)
{
    size_t start = 0;
    while (start < buffer.size()) {
        const void *nl = std::memchr(buffer.data() + start, '\n', buffer.size() - start);
        if (!nl)
            return buffer.size() - start;
        const size_t end = size_t(static_cast<const char *>(nl) - buffer.data());
        feedLine(buffer.substr(start, end - start));
        start = end + 1;
    }
    return 0;
}

void MailLogAnalyzer::feedLine(std::string_view line)
{
    ++m_stats.lines;
    m_stats.bytes += line.size() + 1;
    if (line.empty() || (line.size() == 1 && line[0] == '\r'))
        return;
    SyslogLine sl;
    if (!parseSyslogLine(line, &sl)) {
        ++m_stats.malformed;
        return;
    }
    const qint64 t = m_clock.toUtc(sl.stamp);
    if (m_stats.oldest == 0 || t < m_stats.oldest)
        m_stats.oldest = t;
    if (t > m_stats.newest)
        m_stats.newest = t;
    PostfixEvent ev;
    if (!parsePostfixMessage(sl.program, sl.message, &ev)) {
        ++m_stats.malformed;
        return;
    }
    if (ev.kind == PostfixEventKind::None)
        return;
    ++m_stats.postfixEvents;
    apply(t, ev);
    // Pruning walks every open message: a few times a day of log time is plenty for a
    // 7-day age limit, and keeps it off the per-line cost.
    if (t - m_lastPrune > 6 * 3600)
        prune(t);
}

int MailLogAnalyzer::senderFor(std::string_view key, bool authenticated, std::string_view account,
                               std::string_view client)
{
    const auto it = m_senderIndex.find(key);
    if (it != m_senderIndex.end())
        return it->second;
    Sender s;
    s.key.assign(key.data(), key.size());
    s.who.account = QString::fromUtf8(account.data(), qsizetype(account.size()));
    s.who.authenticated = authenticated;
    s.who.client = QString::fromLatin1(client.data(), qsizetype(client.size()));
    m_senders.push_back(std::move(s));
    const int index = int(m_senders.size() - 1);
    m_senderIndex.emplace(std::string_view(m_senders.back().key), index);
    return index;
}

MailLogAnalyzer::Bucket &MailLogAnalyzer::bucket(int sender, qint64 t)
{
    Sender &s = m_senders[size_t(sender)];
    if (s.firstSeen == 0 || t < s.firstSeen)
        s.firstSeen = t;
    s.lastSeen = std::max(s.lastSeen, t);
    const qint64 minute = t - ((t % 60) + 60) % 60;
    if (!s.minutes.empty() && s.minutes.rbegin()->first == minute)
        return s.minutes.rbegin()->second;
    return s.minutes[minute];
}

MailLogAnalyzer::Bucket &MailLogAnalyzer::globalBucket(qint64 t)
{
    const qint64 minute = t - ((t % 60) + 60) % 60;
    if (!m_global.empty() && m_global.rbegin()->first == minute)
        return m_global.rbegin()->second;
    return m_global[minute];
}

void MailLogAnalyzer::countMessage(Message &m, qint64 t)
{
    m.counted = true;
    Bucket &b = bucket(m.sender, t);
    ++b.messages;
    b.recipients += m.nrcpt;
    ++m_senders[size_t(m.sender)].hours[t - ((t % 3600) + 3600) % 3600];
    Bucket &g = globalBucket(t);
    ++g.messages;
    g.recipients += m.nrcpt;
    if (m_hook)
        m_hook(t, m.sender, m_senders[size_t(m.sender)].who);
}

void MailLogAnalyzer::apply(qint64 t, const PostfixEvent &ev)
{
    switch (ev.kind) {
    case PostfixEventKind::Client:
    case PostfixEventKind::Pickup:
    case PostfixEventKind::MessageId: {
        Message &m = m_messages[Key::from(ev.queueId)];
        m.lastSeen = t;
        if (!m.submitted) {
            m.submitted = true;
            m.t = t;
        }
        if (ev.kind == PostfixEventKind::Client) {
            const size_t n = std::min(ev.clientIp.size(), sizeof(m.client) - 1);
            std::memcpy(m.client, ev.clientIp.data(), n);
            m.client[n] = 0;
            if (!ev.saslUsername.empty() && m.sender < 0) {
                m_scratch.assign("L\x01");
                m_scratch.append(ev.saslUsername);
                m.sender = senderFor(m_scratch, true, ev.saslUsername, {});
            }
        }
        break;
    }
    case PostfixEventKind::QueueActive: {
        const auto it = m_messages.find(Key::from(ev.queueId));
        // qmgr logs from= again on every retry: only a message whose arrival this log holds is
        // new; a retry of an older one is not counted again.
        if (it == m_messages.end() || !it->second.submitted)
            break;
        Message &m = it->second;
        m.lastSeen = t;
        if (m.counted)
            break;
        m.nrcpt = ev.nrcpt;
        if (m.sender < 0) {
            m_scratch.assign("U\x01");
            m_scratch.append(ev.sender);
            m_scratch.push_back('\x01');
            m_scratch.append(m.client);
            m.sender = senderFor(m_scratch, false, ev.sender, m.client);
        }
        countMessage(m, m.t);
        break;
    }
    case PostfixEventKind::Delivery: {
        Bucket &g = globalBucket(t);
        const auto it = m_messages.find(Key::from(ev.queueId));
        Message *m = it == m_messages.end() ? nullptr : &it->second;
        if (m)
            m->lastSeen = t;
        if (!ev.newQueueId.empty()) {
            // Content-filter hop: the message goes on as newQueueId; it is the same message.
            if (m && m->counted) {
                Message &child = m_messages[Key::from(ev.newQueueId)];
                if (child.counted && child.sender != m->sender) {
                    Bucket &cb = bucket(child.sender, child.t);
                    auto &hours = m_senders[size_t(child.sender)].hours;
                    const auto h = hours.find(child.t - ((child.t % 3600) + 3600) % 3600);
                    if (h != hours.end() && h->second > 0)
                        --h->second;
                    cb.messages -= std::min<quint32>(cb.messages, 1);
                    cb.recipients -= std::min(cb.recipients, child.nrcpt);
                    Bucket &gb = globalBucket(child.t);
                    gb.messages -= std::min<quint32>(gb.messages, 1);
                    gb.recipients -= std::min(gb.recipients, child.nrcpt);
                }
                child.sender = m->sender;
                child.submitted = child.counted = true;
                child.t = m->t;
                child.lastSeen = t;
            }
            break;
        }
        Bucket *b = m && m->sender >= 0 ? &bucket(m->sender, t) : nullptr;
        switch (ev.status) {
        case DeliveryStatus::Sent:
            ++g.sent;
            if (b)
                ++b->sent;
            break;
        case DeliveryStatus::Deferred: {
            // Only for messages whose arrival we saw: older ones were counted when first deferred.
            if (!m || !m->submitted)
                break;
            quint32 h = 2166136261u;
            for (char c : ev.recipient)
                h = (h ^ uchar(c)) * 16777619u;
            if (std::find(m->deferredRcpts.begin(), m->deferredRcpts.end(), h) != m->deferredRcpts.end())
                break;
            const bool firstOfMessage = m->deferredRcpts.empty();
            m->deferredRcpts.push_back(h);
            ++g.deferred;
            g.deferredMessages += firstOfMessage;
            if (b) {
                ++b->deferred;
                b->deferredMessages += firstOfMessage;
            }
            break;
        }
        case DeliveryStatus::Bounced:
        case DeliveryStatus::Expired:
            ++g.bounced;
            if (b)
                ++b->bounced;
            break;
        case DeliveryStatus::Unknown:
            break;
        }
        if (m && m->sender >= 0) {
            if (ev.transport == Transport::Outbound && !m->outbound && m->counted) {
                m->outbound = true;
                ++bucket(m->sender, m->t).outbound;
            }
            const std::string_view domain = addressDomain(ev.recipient);
            if (!domain.empty()) {
                m_scratch.assign(domain);
                for (char &c : m_scratch)
                    if (c >= 'A' && c <= 'Z')
                        c = char(c - 'A' + 'a');
                auto &domains = m_senders[size_t(m->sender)].domains;
                const auto d = domains.find(m_scratch);
                if (d == domains.end())
                    domains.emplace(m_scratch, t);
                else
                    d->second = std::max(d->second, t);
            }
        }
        break;
    }
    case PostfixEventKind::Removed:
        m_messages.erase(Key::from(ev.queueId));
        break;
    case PostfixEventKind::Reject:
        ++m_rejects;
        // Rejected after the queue id was given (cleanup header/body checks, milters): the
        // message never reaches the queue.
        if (!ev.queueId.empty()) {
            const auto it = m_messages.find(Key::from(ev.queueId));
            if (it != m_messages.end() && !it->second.counted)
                m_messages.erase(it);
        }
        break;
    case PostfixEventKind::SaslFailure:
        ++m_saslFailures[std::string(ev.clientIp)];
        break;
    case PostfixEventKind::Expired:
    case PostfixEventKind::Notification:
    case PostfixEventKind::None:
        break;
    }
}

const SenderIdentity *MailLogAnalyzer::senderOfQueueId(std::string_view queueId) const
{
    const auto it = m_messages.find(Key::from(queueId));
    if (it == m_messages.end() || it->second.sender < 0)
        return nullptr;
    return &m_senders[size_t(it->second.sender)].who;
}

void MailLogAnalyzer::prune(qint64 now)
{
    m_lastPrune = now;
    for (auto it = m_messages.begin(); it != m_messages.end();) {
        if (it->second.lastSeen < now - maxMessageAge)
            it = m_messages.erase(it);
        else
            ++it;
    }
}

namespace {
qint64 floorTo(qint64 t, qint64 unit)
{
    return t - ((t % unit) + unit) % unit;
}
} // namespace

QVector<SenderRate> MailLogAnalyzer::senders(qint64 since, qint64 until) const
{
    QVector<SenderRate> out;
    const qint64 from = floorTo(since, 60);
    const qint64 lastMinute = floorTo(until, 60);
    for (size_t i = 0; i < m_senders.size(); ++i) {
        const Sender &s = m_senders[i];
        SenderRate r;
        r.who = s.who;
        for (auto it = s.minutes.lower_bound(from); it != s.minutes.end() && it->first <= until; ++it) {
            const Bucket &b = it->second;
            r.messages += b.messages;
            r.recipients += b.recipients;
            r.outboundMessages += b.outbound;
            r.sent += b.sent;
            r.deferred += b.deferred;
            r.deferredMessages += b.deferredMessages;
            r.bounced += b.bounced;
            if (b.messages) {
                if (r.firstSeen == 0)
                    r.firstSeen = it->first;
                r.lastSeen = it->first;
            }
            if (it->first == lastMinute)
                r.rateNow = b.messages;
        }
        if (r.messages == 0 && r.deferred == 0 && r.bounced == 0 && r.sent == 0)
            continue;
        for (const auto &d : s.domains)
            if (d.second >= since)
                ++r.recipientDomains;
        r.usualRate = usualHourlyPeak(int(i), until - 3600);
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const SenderRate &a, const SenderRate &b) {
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.who.account < b.who.account;
    });
    return out;
}

double MailLogAnalyzer::usualHourlyPeak(int key, qint64 before) const
{
    if (key < 0 || size_t(key) >= m_senders.size())
        return 0;
    std::map<qint64, quint64> days; // day -> its busiest hour
    const Sender &s = m_senders[size_t(key)];
    for (auto it = s.hours.begin(); it != s.hours.end() && it->first + 3600 <= before; ++it) {
        quint64 &peak = days[floorTo(it->first, 86400)];
        peak = std::max<quint64>(peak, it->second);
    }
    if (days.empty())
        return 0;
    std::vector<quint64> peaks;
    for (const auto &d : days)
        if (d.second)
            peaks.push_back(d.second);
    if (peaks.empty())
        return 0;
    std::sort(peaks.begin(), peaks.end());
    return double(peaks[peaks.size() / 2]);
}

RateSeries MailLogAnalyzer::series(qint64 since, qint64 until, int bucketSeconds,
                                   const QString &account) const
{
    RateSeries out;
    out.bucketSeconds = bucketSeconds == 3600 ? 3600 : 60;
    out.account = account;
    const qint64 step = out.bucketSeconds;
    const qint64 first = floorTo(since, step);
    const qint64 last = floorTo(until, step);
    if (last < first || (last - first) / step > 200000)
        return out;
    out.points.resize(int((last - first) / step + 1));
    for (int i = 0; i < out.points.size(); ++i)
        out.points[i].t = first + i * step;
    auto addMap = [&](const std::map<qint64, Bucket> &minutes) {
        for (auto it = minutes.lower_bound(first); it != minutes.end() && it->first <= until; ++it) {
            RatePoint &p = out.points[int((it->first - first) / step)];
            p.messages += it->second.messages;
            p.sent += it->second.sent;
            p.deferred += it->second.deferred;
            p.deferredMessages += it->second.deferredMessages;
            p.bounced += it->second.bounced;
        }
    };
    if (account.isEmpty()) {
        addMap(m_global);
    } else {
        // "ikasle3" stands for "ikasle3@<any domain>"; a full address matches exactly.
        const bool full = account.contains(QLatin1Char('@'));
        for (const Sender &s : m_senders) {
            const QString name = full ? s.who.account : s.who.account.section(QLatin1Char('@'), 0, 0);
            if (name.compare(account, Qt::CaseInsensitive) == 0)
                addMap(s.minutes);
        }
    }
    return out;
}

} // namespace zaindari
