// Summary, grouping and filtering: cross-checked against a naive count over the same data.
#include "mta/postqueueparser.h"
#include "mta/queueanalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace zaindari;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

constexpr qint64 kNow = 1795990400;

QMap<QString, int> asMap(const QList<QueueGroup> &groups)
{
    QMap<QString, int> m;
    for (const QueueGroup &g : groups)
        m.insert(g.key, g.count);
    return m;
}

// A random listing built as text, so the expected counts come from the generator, not the parser.
QByteArray randomListing(int n, QMap<QString, int> *bySender, QMap<QString, int> *byRcptDomain)
{
    QRandomGenerator rng(42);
    const QStringList senders = {QStringLiteral("ikasle3@tartanga.test"), QStringLiteral("a@x.test"),
                                 QStringLiteral("B@X.test"), QString()};
    const QStringList domains = {QStringLiteral("gmail.com"), QStringLiteral("mail.ru"), QStringLiteral("x.test")};
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const QString sender = senders[int(rng.bounded(senders.size()))];
        (*bySender)[sender]++;
        const int nr = 1 + int(rng.bounded(3));
        QSet<QString> seen;
        QByteArray rcpts;
        for (int r = 0; r < nr; ++r) {
            const QString d = domains[int(rng.bounded(domains.size()))];
            if (!seen.contains(d)) {
                seen.insert(d);
                (*byRcptDomain)[d]++;
            }
            rcpts += (r ? "," : "") + QStringLiteral("{\"address\":\"u%1@%2\",\"delay_reason\":\"r%3\"}")
                                          .arg(r).arg(d).arg(rng.bounded(4)).toUtf8();
        }
        out += QStringLiteral("{\"queue_name\":\"deferred\",\"queue_id\":\"%1\",\"arrival_time\":%2,"
                              "\"message_size\":%3,\"sender\":\"%4\",\"recipients\":[")
                   .arg(QString::number(0xA00000 + i, 16).toUpper())
                   .arg(kNow - rng.bounded(200000))
                   .arg(rng.bounded(5000))
                   .arg(sender)
                   .toUtf8()
            + rcpts + "]}\n";
    }
    return out;
}
} // namespace

class TestQueueAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summaryCountsQueuesAndTops()
    {
        const QueueListing l = PostqueueParser::parse(fixture("sample.jsonl"));
        const QueueSummary s = summarize(l, kNow);
        QCOMPARE(s.total, 5);
        QCOMPARE(s.counts[int(QueueName::Deferred)], 2);
        QCOMPARE(s.counts[int(QueueName::Hold)], 1);
        QCOMPARE(s.counts[int(QueueName::Active)], 1);
        QCOMPARE(s.counts[int(QueueName::Incoming)], 1);
        QCOMPARE(s.topSenders.value(0).key, QStringLiteral("ikasle3@tartanga.test"));
        QCOMPARE(s.topSenders.value(0).count, 2);
        // gmx.de and GMX.de are one domain; a message counts once per domain.
        QCOMPARE(asMap(s.topRecipientDomains).value(QStringLiteral("gmx.de")), 1);
        // No empty reason among the top reasons.
        for (const QueueGroup &g : s.topReasons)
            QVERIFY(!g.key.isEmpty());
        const QJsonObject j = s.toJson();
        QCOMPARE(j[QStringLiteral("queues")].toObject()[QStringLiteral("deferred")].toInt(), 2);
        QCOMPARE(j[QStringLiteral("queues")].toObject()[QStringLiteral("corrupt")].toInt(), 0);
        QCOMPARE(j[QStringLiteral("top_senders")].toArray().first().toObject()[QStringLiteral("sender")].toString(),
                 QStringLiteral("ikasle3@tartanga.test"));
    }

    void groupsMatchANaiveCount()
    {
        QMap<QString, int> bySender, byDomain;
        const QueueListing l = PostqueueParser::parse(randomListing(5000, &bySender, &byDomain));
        QCOMPARE(l.count(), 5000);
        QMap<QString, int> senders = asMap(groupMessages(l, QueueGroupBy::Sender, kNow));
        QCOMPARE(senders, bySender);
        QCOMPARE(asMap(groupMessages(l, QueueGroupBy::RecipientDomain, kNow)), byDomain);
        int inBuckets = 0;
        for (const QueueGroup &g : groupMessages(l, QueueGroupBy::AgeBucket, kNow))
            inBuckets += g.count;
        QCOMPARE(inBuckets, 5000);
    }

    void choosingAGroupFiltersExactlyItsMessages()
    {
        QMap<QString, int> bySender, byDomain;
        const QueueListing l = PostqueueParser::parse(randomListing(3000, &bySender, &byDomain));
        for (QueueGroupBy by : {QueueGroupBy::Sender, QueueGroupBy::SenderDomain, QueueGroupBy::RecipientDomain,
                                QueueGroupBy::Reason, QueueGroupBy::AgeBucket, QueueGroupBy::Queue}) {
            for (const QueueGroup &g : groupMessages(l, by, kNow)) {
                const std::vector<int> rows = filterRows(l, filterForGroup(by, g.key), kNow);
                QVERIFY2(int(rows.size()) >= g.count, qPrintable(g.key));
                if (by != QueueGroupBy::Reason) // reasons filter by substring: r1 is not in r2
                    QCOMPARE(int(rows.size()), g.count);
            }
        }
    }

    void filtersCombine()
    {
        const QueueListing l = PostqueueParser::parse(fixture("sample.jsonl"));
        QueueFilter f;
        f.sender = QStringLiteral("IKASLE3@tartanga.test");
        QCOMPARE(filterRows(l, f, kNow).size(), size_t(2));
        f.recipientDomain = QStringLiteral("gmx.de");
        QCOMPARE(filterRows(l, f, kNow), std::vector<int>({1}));
        QueueFilter text;
        text.text = QStringLiteral("4lq8");
        QCOMPARE(filterRows(l, text, kNow), std::vector<int>({2}));
        text.text = QStringLiteral("guraso");
        QCOMPARE(filterRows(l, text, kNow), std::vector<int>({2}));
        QueueFilter nullSender;
        nullSender.sender = QStringLiteral("<>");
        QCOMPARE(filterRows(l, nullSender, kNow), std::vector<int>({3}));
        QueueFilter q;
        q.setQueue(QueueName::Hold);
        QCOMPARE(filterRows(l, q, kNow), std::vector<int>({2}));
        QueueFilter reason;
        reason.reason = QStringLiteral("SUSPENDED");
        QCOMPARE(filterRows(l, reason, kNow), std::vector<int>({0, 1}));
        QCOMPARE(filterRows(l, QueueFilter(), kNow).size(), size_t(5));
    }

    void ageBucketsFollowQshape()
    {
        QCOMPARE(ageBucketOf(0), 0);
        QCOMPARE(ageBucketOf(5 * 60 - 1), 0);
        QCOMPARE(ageBucketOf(5 * 60), 1);
        QCOMPARE(ageBucketOf(1279 * 60), 8);
        QCOMPARE(ageBucketOf(1280 * 60), 9);
        QCOMPARE(ageBucketOf(100000 * 60), ageBucketCount() - 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueAnalysis)
#include "test_queueanalysis.moc"
