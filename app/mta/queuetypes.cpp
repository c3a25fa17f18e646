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

void StringPool::reserve(size_t n)
{
    m_views.reserve(n);
    m_strings.reserve(n);
    m_index.reserve(n);
}

quint32 StringPool::intern(std::string_view utf8)
{
    const auto it = m_index.find(utf8);
    if (it != m_index.end())
        return it->second;
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
    m_index.emplace(stored, index);
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
