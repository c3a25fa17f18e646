#pragma once
// Compact value types for a Postfix queue listing (`postqueue -j`, Postfix >= 3.1).
// 100,000 messages must fit well under 150 MB, so strings that repeat (senders, recipient
// addresses, delay reasons, hosts) are interned once in a StringPool and messages refer to
// them by 32-bit index; recipients live in one flat array sliced per message.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace zaindari {

// Postfix queue directories as named in postqueue -j's "queue_name" (showq_json).
enum class QueueName : quint8 { Maildrop, Incoming, Active, Deferred, Hold, Corrupt, Unknown };
constexpr int QueueNameCount = 7;

QueueName queueNameFromString(std::string_view s);
QString queueNameToString(QueueName q);           // the Postfix name, never translated
QString queueNameDisplay(QueueName q);            // translated
bool parseQueueName(const QString &s, QueueName *out);

// A Postfix queue id stored inline: short ids are ~10-12 hex chars, long ids
// (enable_long_queue_ids) 6+ base-52 seconds + 4 usec + 'z' + base-51 inode.
struct QueueId {
    static constexpr int Capacity = 31;
    char data[Capacity] = {};
    quint8 size = 0;
    bool assign(std::string_view s);
    std::string_view view() const { return std::string_view(data, size); }
    QString toString() const { return QString::fromLatin1(data, size); }
    bool operator==(const QueueId &o) const { return view() == o.view(); }
};

// Interned UTF-8 strings with their QString form made once (the model shows them often).
class StringPool
{
public:
    StringPool();
    StringPool(StringPool &&) noexcept;
    StringPool &operator=(StringPool &&) noexcept;
    StringPool(const StringPool &) = delete;
    StringPool &operator=(const StringPool &) = delete;
    ~StringPool();

    quint32 intern(std::string_view utf8);
    const QString &at(quint32 index) const { return m_strings[index]; }
    std::string_view bytes(quint32 index) const { return m_views[index]; }
    int size() const { return int(m_strings.size()); }
    void reserve(size_t n);

private:
    std::vector<std::unique_ptr<char[]>> m_chunks; // stable storage for the views
    size_t m_chunkUsed = 0;
    size_t m_chunkSize = 0;
    std::vector<std::string_view> m_views;
    std::vector<QString> m_strings;
    // Open addressing (linear probing, power-of-two size): slot = string index + 1, 0 = empty.
    // std::unordered_map spent a third of the parse in node chasing on 100,000 addresses.
    std::vector<quint32> m_slots;
    std::vector<quint64> m_hashes;
    void grow();
};

struct QueueRecipient {
    quint32 address = 0; // StringPool index
    quint32 reason = 0;  // StringPool index (empty string when none)
};

struct QueueMessage {
    QueueId id;
    QueueName queue = QueueName::Unknown;
    bool forcedExpire = false;
    quint16 host = 0;          // index into QueueListing::hosts
    quint32 sender = 0;        // StringPool index ("" = null sender, bounces)
    quint32 firstRecipient = 0;
    quint32 recipientCount = 0;
    qint64 arrival = 0;        // seconds since the epoch (UTC)
    qint64 size = 0;           // bytes
};

// The parsed listing of one or more MTA hosts.
struct QueueListing {
    StringPool strings;
    std::vector<QueueMessage> messages;
    std::vector<QueueRecipient> recipients;
    QStringList hosts;
    qint64 bytesParsed = 0;
    int brokenLines = 0;             // lines skipped as malformed or truncated
    std::vector<qint64> brokenLineNumbers; // the first few, 1-based, for the diagnostic

    QueueListing();
    QueueListing(QueueListing &&) noexcept = default;
    QueueListing &operator=(QueueListing &&) noexcept = default;

    int count() const { return int(messages.size()); }
    const QString &text(quint32 index) const { return strings.at(index); }
    const QString &senderOf(const QueueMessage &m) const { return strings.at(m.sender); }
    const QueueRecipient *recipientsOf(const QueueMessage &m) const
    { return recipients.data() + m.firstRecipient; }
    QString hostOf(const QueueMessage &m) const { return hosts.value(m.host); }
    // The first non-empty delay reason (what a technician reads first), or "".
    const QString &reasonOf(const QueueMessage &m) const;
    int hostIndex(const QString &host); // adds when missing

    // Appends another listing (another host), re-interning its strings.
    void append(const QueueListing &other);
};

// Lower-cased domain part of an address ("" for the null sender or no '@').
QString addressDomain(const QString &address);

} // namespace zaindari
