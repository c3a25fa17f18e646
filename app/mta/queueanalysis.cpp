#include "queueanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace zaindari {

namespace {
// qshape.pl's default bucket boundaries in minutes (5, then doubling: 5 10 20 ... 1280).
const int kBucketMinutes[] = {0, 5, 10, 20, 40, 80, 160, 320, 640, 1280};
constexpr int kBuckets = int(sizeof(kBucketMinutes) / sizeof(kBucketMinutes[0]));

enum Flag : quint8 { TextHit = 1, SenderHit = 2, SenderDomainHit = 4, RecipientDomainHit = 8, ReasonHit = 16 };

std::string_view domainOf(std::string_view address, std::string &buf)
{
    const size_t at = address.rfind('@');
    if (at == std::string_view::npos)
        return std::string_view();
    buf.assign(address.substr(at + 1));
    for (char &c : buf) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return buf;
}

QString nullSenderLabel()
{
    //: The null envelope sender of bounces and notifications, as Postfix writes it.
    return QCoreApplication::translate("zaindari::QueueAnalysis", "<> (bounce)");
}

QString noReasonLabel()
{
    return QCoreApplication::translate("zaindari::QueueAnalysis", "(no reason)");
}

// Counts messages per key id, deduplicating keys within one message.
struct Counter {
    std::vector<int> count;
    std::vector<qint64> bytes;
    std::vector<int> stamp;
    void ensure(size_t n)
    {
        if (count.size() < n) {
            count.resize(n, 0);
            bytes.resize(n, 0);
            stamp.resize(n, -1);
        }
    }
    void add(size_t key, int row, qint64 size)
    {
        ensure(key + 1);
        if (stamp[key] == row)
            return;
        stamp[key] = row;
        ++count[key];
        bytes[key] += size;
    }
};

// Domain ids for pool strings (addresses), built once per call.
struct DomainIndex {
    std::vector<qint32> ofString; // -1 = not computed, else domain id
    std::vector<QString> names;
    std::unordered_map<std::string, qint32> ids;
    std::string buf;
    explicit DomainIndex(const QueueListing &l) : ofString(size_t(l.strings.size()), -1) {}
    qint32 get(const QueueListing &l, quint32 s)
    {
        qint32 &d = ofString[s];
        if (d < 0) {
            const std::string_view dom = domainOf(l.strings.bytes(s), buf);
            auto it = ids.find(std::string(dom));
            if (it == ids.end()) {
                it = ids.emplace(std::string(dom), qint32(names.size())).first;
                names.push_back(QString::fromUtf8(dom.data(), qsizetype(dom.size())));
            }
            d = it->second;
        }
        return d;
    }
};

template <typename Fn>
void forRows(const QueueListing &l, const std::vector<int> *rows, Fn fn)
{
    if (rows) {
        for (int r : *rows)
            fn(r, l.messages[size_t(r)]);
    } else {
        for (size_t r = 0; r < l.messages.size(); ++r)
            fn(int(r), l.messages[r]);
    }
}

QList<QueueGroup> sorted(QList<QueueGroup> groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const QueueGroup &a, const QueueGroup &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return groups;
}

QJsonArray topArray(const QList<QueueGroup> &groups, const QString &name)
{
    QJsonArray a;
    for (const QueueGroup &g : groups)
        a.append(QJsonObject{{name, g.key}, {QStringLiteral("count"), g.count}});
    return a;
}
} // namespace

int ageBucketCount()
{
    return kBuckets;
}

int ageBucketOf(qint64 ageSeconds)
{
    const qint64 minutes = ageSeconds / 60;
    int b = 0;
    while (b + 1 < kBuckets && minutes >= kBucketMinutes[b + 1])
        ++b;
    return b;
}

qint64 ageBucketLowerSeconds(int bucket)
{
    return qint64(kBucketMinutes[qBound(0, bucket, kBuckets - 1)]) * 60;
}

QString ageBucketLabel(int bucket)
{
    bucket = qBound(0, bucket, kBuckets - 1);
    if (bucket == kBuckets - 1) {
        //: Age of queued messages: older than %1 minutes
        return QCoreApplication::translate("zaindari::QueueAnalysis", "over %1 min")
            .arg(kBucketMinutes[bucket]);
    }
    //: Age of queued messages: between %1 and %2 minutes
    return QCoreApplication::translate("zaindari::QueueAnalysis", "%1–%2 min")
        .arg(kBucketMinutes[bucket])
        .arg(kBucketMinutes[bucket + 1]);
}

bool QueueFilter::isEmpty() const
{
    return text.isEmpty() && sender.isEmpty() && senderDomain.isEmpty() && recipientDomain.isEmpty()
        && reason.isEmpty() && host.isEmpty() && queueMask == 0 && ageBucket < 0;
}

QueueFilterMatcher::QueueFilterMatcher(const QueueListing &listing, const QueueFilter &filter, qint64 now)
    : m_listing(listing), m_filter(filter), m_now(now)
{
    m_any = filter.isEmpty();
    if (m_any)
        return;
    const int n = listing.strings.size();
    m_flags.assign(size_t(n), 0);
    const QString sender = filter.sender == QLatin1String("<>") ? QString() : filter.sender;
    const bool wantSender = !filter.sender.isEmpty();
    std::string buf;
    for (int i = 0; i < n; ++i) {
        const QString &s = listing.strings.at(quint32(i));
        quint8 f = 0;
        if (!filter.text.isEmpty() && s.contains(filter.text, Qt::CaseInsensitive))
            f |= TextHit;
        if (wantSender && s.compare(sender, Qt::CaseInsensitive) == 0)
            f |= SenderHit;
        if (!filter.senderDomain.isEmpty() || !filter.recipientDomain.isEmpty()) {
            const std::string_view d = domainOf(listing.strings.bytes(quint32(i)), buf);
            const QString dom = QString::fromUtf8(d.data(), qsizetype(d.size()));
            if (!filter.senderDomain.isEmpty() && dom.compare(filter.senderDomain, Qt::CaseInsensitive) == 0)
                f |= SenderDomainHit;
            if (!filter.recipientDomain.isEmpty()
                && dom.compare(filter.recipientDomain, Qt::CaseInsensitive) == 0)
                f |= RecipientDomainHit;
        }
        if (!filter.reason.isEmpty() && s.contains(filter.reason, Qt::CaseInsensitive))
            f |= ReasonHit;
        m_flags[size_t(i)] = f;
    }
}

bool QueueFilterMatcher::matches(int row) const
{
    if (m_any)
        return true;
    const QueueMessage &m = m_listing.messages[size_t(row)];
    const QueueFilter &f = m_filter;
    if (f.queueMask && !(f.queueMask & (1u << int(m.queue))))
        return false;
    if (!f.host.isEmpty() && m_listing.hostOf(m) != f.host)
        return false;
    if (f.ageBucket >= 0 && ageBucketOf(m_now - m.arrival) != f.ageBucket)
        return false;
    if (!f.sender.isEmpty() && !(m_flags[m.sender] & SenderHit))
        return false;
    if (!f.senderDomain.isEmpty() && !(m_flags[m.sender] & SenderDomainHit))
        return false;
    const QueueRecipient *r = m_listing.recipientsOf(m);
    if (!f.recipientDomain.isEmpty() || !f.reason.isEmpty()) {
        bool dom = f.recipientDomain.isEmpty();
        bool why = f.reason.isEmpty();
        for (quint32 i = 0; i < m.recipientCount && !(dom && why); ++i) {
            dom = dom || (m_flags[r[i].address] & RecipientDomainHit);
            why = why || (m_flags[r[i].reason] & ReasonHit);
        }
        if (!dom || !why)
            return false;
    }
    if (!f.text.isEmpty()) {
        if (m.id.toString().contains(f.text, Qt::CaseInsensitive) || (m_flags[m.sender] & TextHit))
            return true;
        for (quint32 i = 0; i < m.recipientCount; ++i) {
            if ((m_flags[r[i].address] | m_flags[r[i].reason]) & TextHit)
                return true;
        }
        return false;
    }
    return true;
}

std::vector<int> filterRows(const QueueListing &listing, const QueueFilter &filter, qint64 now)
{
    const QueueFilterMatcher matcher(listing, filter, now);
    std::vector<int> rows;
    rows.reserve(listing.messages.size());
    for (int r = 0; r < int(listing.messages.size()); ++r) {
        if (matcher.matches(r))
            rows.push_back(r);
    }
    return rows;
}

QList<QueueGroup> groupMessages(const QueueListing &l, QueueGroupBy by, qint64 now,
                                const std::vector<int> *rows)
{
    QList<QueueGroup> out;
    Counter c;
    switch (by) {
    case QueueGroupBy::Sender:
    case QueueGroupBy::Reason: {
        c.ensure(size_t(l.strings.size()));
        forRows(l, rows, [&](int row, const QueueMessage &m) {
            if (by == QueueGroupBy::Sender) {
                c.add(m.sender, row, m.size);
                return;
            }
            const QueueRecipient *r = l.recipientsOf(m);
            for (quint32 i = 0; i < m.recipientCount; ++i)
                c.add(r[i].reason, row, m.size);
            if (m.recipientCount == 0)
                c.add(0, row, m.size);
        });
        for (size_t k = 0; k < c.count.size(); ++k) {
            if (!c.count[k])
                continue;
            const QString &key = l.strings.at(quint32(k));
            const QString label = !key.isEmpty() ? key
                : by == QueueGroupBy::Sender ? nullSenderLabel() : noReasonLabel();
            out.append({key, label, c.count[k], c.bytes[k]});
        }
        break;
    }
    case QueueGroupBy::SenderDomain:
    case QueueGroupBy::RecipientDomain: {
        DomainIndex dom(l);
        forRows(l, rows, [&](int row, const QueueMessage &m) {
            if (by == QueueGroupBy::SenderDomain) {
                c.add(size_t(dom.get(l, m.sender)), row, m.size);
                return;
            }
            const QueueRecipient *r = l.recipientsOf(m);
            for (quint32 i = 0; i < m.recipientCount; ++i)
                c.add(size_t(dom.get(l, r[i].address)), row, m.size);
        });
        for (size_t k = 0; k < c.count.size(); ++k) {
            if (c.count[k])
                out.append({dom.names[k], dom.names[k].isEmpty() ? nullSenderLabel() : dom.names[k],
                            c.count[k], c.bytes[k]});
        }
        break;
    }
    case QueueGroupBy::AgeBucket:
    case QueueGroupBy::Queue:
    case QueueGroupBy::Host: {
        if (by == QueueGroupBy::AgeBucket)
            c.ensure(size_t(kBuckets)); // every bucket, empty ones too (qshape's columns)
        forRows(l, rows, [&](int row, const QueueMessage &m) {
            const size_t k = by == QueueGroupBy::AgeBucket ? size_t(ageBucketOf(now - m.arrival))
                : by == QueueGroupBy::Queue               ? size_t(m.queue)
                                                          : size_t(m.host);
            c.add(k, row, m.size);
        });
        for (size_t k = 0; k < c.count.size(); ++k) {
            if (!c.count[k] && by != QueueGroupBy::AgeBucket)
                continue;
            if (by == QueueGroupBy::AgeBucket)
                out.append({QString::number(k), ageBucketLabel(int(k)), c.count[k], c.bytes[k]});
            else if (by == QueueGroupBy::Queue)
                out.append({queueNameToString(QueueName(k)), queueNameDisplay(QueueName(k)), c.count[k], c.bytes[k]});
            else
                out.append({l.hosts.value(int(k)), l.hosts.value(int(k)), c.count[k], c.bytes[k]});
        }
        // Buckets keep their natural order (like qshape's columns).
        return out;
    }
    }
    return sorted(out);
}

QueueFilter filterForGroup(QueueGroupBy by, const QString &key)
{
    QueueFilter f;
    switch (by) {
    case QueueGroupBy::Sender: f.sender = key.isEmpty() ? QStringLiteral("<>") : key; break;
    case QueueGroupBy::SenderDomain:
        // The null sender has no domain: its group selects the null sender.
        if (key.isEmpty())
            f.sender = QStringLiteral("<>");
        else
            f.senderDomain = key;
        break;
    case QueueGroupBy::RecipientDomain: f.recipientDomain = key; break;
    case QueueGroupBy::Reason: f.reason = key; break;
    case QueueGroupBy::AgeBucket: f.ageBucket = key.toInt(); break;
    case QueueGroupBy::Queue: {
        QueueName q;
        if (parseQueueName(key, &q))
            f.setQueue(q);
        break;
    }
    case QueueGroupBy::Host: f.host = key; break;
    }
    return f;
}

QueueSummary summarize(const QueueListing &l, qint64 now, int top)
{
    QueueSummary s;
    for (const QueueMessage &m : l.messages) {
        ++s.counts[int(m.queue)];
        s.totalBytes += m.size;
    }
    s.total = l.count();
    s.brokenLines = l.brokenLines;
    s.hosts = l.hosts;
    s.topSenders = groupMessages(l, QueueGroupBy::Sender, now).mid(0, top);
    s.topRecipientDomains = groupMessages(l, QueueGroupBy::RecipientDomain, now).mid(0, top);
    QList<QueueGroup> reasons = groupMessages(l, QueueGroupBy::Reason, now);
    reasons.removeIf([](const QueueGroup &g) { return g.key.isEmpty(); });
    s.topReasons = reasons.mid(0, top);
    s.ageBuckets = groupMessages(l, QueueGroupBy::AgeBucket, now);
    return s;
}

QJsonObject QueueSummary::toJson() const
{
    QJsonObject queues;
    for (int q = 0; q < QueueNameCount; ++q) {
        const auto name = QueueName(q);
        // CLI.md lists these five; maildrop/unknown appear only when non-empty.
        const bool always = name == QueueName::Incoming || name == QueueName::Active
            || name == QueueName::Deferred || name == QueueName::Hold || name == QueueName::Corrupt;
        if (always || counts[q])
            queues.insert(queueNameToString(name), counts[q]);
    }
    QJsonArray age;
    for (const QueueGroup &g : ageBuckets)
        age.append(QJsonObject{{QStringLiteral("min_age_s"), ageBucketLowerSeconds(g.key.toInt())},
                               {QStringLiteral("count"), g.count}});
    return QJsonObject{
        {QStringLiteral("queues"), queues},
        {QStringLiteral("total"), total},
        {QStringLiteral("total_bytes"), totalBytes},
        {QStringLiteral("top_senders"), topArray(topSenders, QStringLiteral("sender"))},
        {QStringLiteral("top_recipient_domains"), topArray(topRecipientDomains, QStringLiteral("domain"))},
        {QStringLiteral("top_reasons"), topArray(topReasons, QStringLiteral("reason"))},
        {QStringLiteral("age_buckets"), age},
        {QStringLiteral("broken_lines"), brokenLines},
        {QStringLiteral("hosts"), QJsonArray::fromStringList(hosts)},
    };
}

} // namespace zaindari
