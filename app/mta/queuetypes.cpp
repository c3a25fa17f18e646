#include "queuetypes.h"

#include <QCoreApplication>

#include <cstring>

namespace zaindari {

namespace {
struct QueueNameInfo {
    const char *name;
    const char *display;
};
// Postfix's queue directory names; the display names are translated.
const QueueNameInfo kQueueNames[QueueNameCount] = {
    {"maildrop", QT_TRANSLATE_NOOP("zaindari::Queue", "Maildrop")},
    {"incoming", QT_TRANSLATE_NOOP("zaindari::Queue", "Incoming")},
    {"active", QT_TRANSLATE_NOOP("zaindari::Queue", "Active")},
    {"deferred", QT_TRANSLATE_NOOP("zaindari::Queue", "Deferred")},
    {"hold", QT_TRANSLATE_NOOP("zaindari::Queue", "Hold")},
    {"corrupt", QT_TRANSLATE_NOOP("zaindari::Queue", "Corrupt")},
    {"unknown", QT_TRANSLATE_NOOP("zaindari::Queue", "Unknown")},
};
constexpr size_t kMinChunk = 256 * 1024;
} // namespace

QueueName queueNameFromString(std::string_view s)
{
    for (int i = 0; i < QueueNameCount - 1; ++i) {
        if (s == kQueueNames[i].name)
            return QueueName(i);
    }
    return QueueName::Unknown;
}

QString queueNameToString(QueueName q)
{
    return QString::fromLatin1(kQueueNames[int(q)].name);
}

QString queueNameDisplay(QueueName q)
{
    return QCoreApplication::translate("zaindari::Queue", kQueueNames[int(q)].display);
}

bool parseQueueName(const QString &s, QueueName *out)
{
    const QByteArray l = s.trimmed().toLower().toLatin1();
    const QueueName q = queueNameFromString(std::string_view(l.constData(), size_t(l.size())));
    if (q == QueueName::Unknown)
        return false;
    *out = q;
    return true;
}

bool QueueId::assign(std::string_view s)
{
    if (s.size() > size_t(Capacity))
        return false;
    std::memcpy(data, s.data(), s.size());
    size = quint8(s.size());
    return true;
}

StringPool::StringPool()
{
    intern(std::string_view()); // index 0 is always the empty string
}
StringPool::StringPool(StringPool &&) noexcept = default;
StringPool &StringPool::operator=(StringPool &&) noexcept = default;
StringPool::~StringPool() = default;

namespace {
// 8 bytes at a time, multiply-xorshift mixing: fast on the short ASCII strings of a queue.
inline quint64 hashBytes(std::string_view s)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char *p = s.data();
    size_t n = s.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    quint64 w = 0;
    if (n) // the empty string's data() may be null
        std::memcpy(&w, p, n);
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    return h;
}
} // namespace

void StringPool::reserve(size_t n)
{
    m_views.reserve(n);
    m_strings.reserve(n);
    m_hashes.reserve(n);
    size_t nslots = 16;
    while (nslots < n * 2)
        nslots <<= 1;
    if (nslots > m_slots.size()) {
        m_slots.assign(nslots, 0);
        for (size_t i = 0; i < m_views.size(); ++i) {
            size_t s = size_t(m_hashes[i]) & (nslots - 1);
            while (m_slots[s])
                s = (s + 1) & (nslots - 1);
            m_slots[s] = quint32(i + 1);
        }
    }
}

void StringPool::grow()
{
    reserve(std::max<size_t>(m_views.size() * 2, 1024));
}

quint32 StringPool::intern(std::string_view utf8)
{
    if ((m_views.size() + 1) * 2 > m_slots.size())
        grow();
    const quint64 h = hashBytes(utf8);
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(h) & mask;
    while (const quint32 v = m_slots[slot]) {
        if (m_hashes[v - 1] == h && m_views[v - 1] == utf8)
            return v - 1;
        slot = (slot + 1) & mask;
    }
    if (m_chunks.empty() || m_chunkUsed + utf8.size() > m_chunkSize) {
        m_chunkSize = std::max(kMinChunk, utf8.size());
        m_chunks.emplace_back(new char[m_chunkSize]);
        m_chunkUsed = 0;
    }
    char *dst = m_chunks.back().get() + m_chunkUsed;
    if (!utf8.empty())
        std::memcpy(dst, utf8.data(), utf8.size());
    m_chunkUsed += utf8.size();
    const std::string_view stored(dst, utf8.size());
    const auto index = quint32(m_views.size());
    m_views.push_back(stored);
    m_strings.push_back(QString::fromUtf8(stored.data(), qsizetype(stored.size())));
    m_hashes.push_back(h);
    m_slots[slot] = index + 1;
    return index;
}

QueueListing::QueueListing() = default;

const QString &QueueListing::reasonOf(const QueueMessage &m) const
{
    const QueueRecipient *r = recipientsOf(m);
    for (quint32 i = 0; i < m.recipientCount; ++i) {
        if (r[i].reason != 0)
            return strings.at(r[i].reason);
    }
    return strings.at(0);
}

int QueueListing::hostIndex(const QString &host)
{
    int i = hosts.indexOf(host);
    if (i < 0) {
        hosts.append(host);
        i = int(hosts.size()) - 1;
    }
    return i;
}

void QueueListing::append(const QueueListing &other)
{
    std::vector<quint32> map(size_t(other.strings.size()));
    for (int i = 0; i < other.strings.size(); ++i)
        map[size_t(i)] = strings.intern(other.strings.bytes(quint32(i)));
    std::vector<quint16> hostMap;
    for (const QString &h : other.hosts)
        hostMap.push_back(quint16(hostIndex(h)));
    messages.reserve(messages.size() + other.messages.size());
    recipients.reserve(recipients.size() + other.recipients.size());
    for (const QueueMessage &m : other.messages) {
        QueueMessage c = m;
        c.sender = map[m.sender];
        c.host = m.host < hostMap.size() ? hostMap[m.host] : quint16(hostIndex(QString()));
        c.firstRecipient = quint32(recipients.size());
        const QueueRecipient *r = other.recipientsOf(m);
        for (quint32 i = 0; i < m.recipientCount; ++i)
            recipients.push_back({map[r[i].address], map[r[i].reason]});
        messages.push_back(c);
    }
    bytesParsed += other.bytesParsed;
    brokenLines += other.brokenLines;
}

QString addressDomain(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    return address.mid(at + 1).toLower();
}

} // namespace zaindari
