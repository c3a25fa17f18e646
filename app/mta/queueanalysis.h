#pragma once
// Summary, grouping and filtering of a QueueListing: what the technician asks first (what is in
// the queues, from whom, why stuck). Work is per interned string, then one pass over the
// messages, so 100,000 rows group and filter in a few milliseconds.

#include "queuetypes.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <vector>

namespace zaindari {

enum class QueueGroupBy { Sender, SenderDomain, RecipientDomain, Reason, AgeBucket, Queue, Host };

// qshape's age buckets (minutes): 0-5, 5-10, 10-20, ... 640-1280, 1280+.
int ageBucketCount();
int ageBucketOf(qint64 ageSeconds);
QString ageBucketLabel(int bucket);          // "5–10 min", translated
qint64 ageBucketLowerSeconds(int bucket);

struct QueueGroup {
    QString key;     // the value itself (address, domain, reason, queue name, bucket number)
    QString label;   // what to show ("<>" for the null sender, "(none)" for no reason)
    int count = 0;   // messages
    qint64 bytes = 0;
};

struct QueueFilter {
    QString text;            // substring of id, sender, a recipient or a reason (case-insensitive)
    QString sender;          // exact address (case-insensitive); "<>" = null sender
    QString senderDomain;    // exact domain
    QString recipientDomain; // some recipient in this domain
    QString reason;          // substring of some recipient's delay reason
    QString host;            // exact host
    quint32 queueMask = 0;   // bit (1 << int(QueueName)); 0 = every queue
    int ageBucket = -1;      // qshape bucket, -1 = any
    bool isEmpty() const;
    void setQueue(QueueName q) { queueMask = 1u << int(q); }
};

class QueueFilterMatcher
{
public:
    QueueFilterMatcher(const QueueListing &listing, const QueueFilter &filter, qint64 now);
    bool matches(int row) const;

private:
    const QueueListing &m_listing;
    QueueFilter m_filter;
    qint64 m_now;
    // One flag per pool string, computed once: each row then costs a few lookups.
    std::vector<quint8> m_flags;
    bool m_any = true;
};

std::vector<int> filterRows(const QueueListing &listing, const QueueFilter &filter, qint64 now);

// Groups the given rows (all when rows is null), largest first. A message counts once in
// every distinct recipient domain / reason it has.
QList<QueueGroup> groupMessages(const QueueListing &listing, QueueGroupBy by, qint64 now,
                                const std::vector<int> *rows = nullptr);
// Turns a chosen group back into the filter that selects exactly its messages.
QueueFilter filterForGroup(QueueGroupBy by, const QString &key);

struct QueueSummary {
    int counts[QueueNameCount] = {};
    int total = 0;
    qint64 totalBytes = 0;
    int brokenLines = 0;
    QList<QueueGroup> topSenders;
    QList<QueueGroup> topRecipientDomains;
    QList<QueueGroup> topReasons;
    QList<QueueGroup> ageBuckets; // every bucket, in order
    QStringList hosts;
    QJsonObject toJson() const;   // the CLI.md `queue summary` shape
};

QueueSummary summarize(const QueueListing &listing, qint64 now, int top = 10);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::QueueFilter)
