// postqueue -j parser: fields, escapes, split input, broken and truncated lines, gzip files.
#include "mta/postqueueparser.h"
#include "mta/queuejobs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace zaindari;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// A readable dump of a listing, one message per line, to compare parses.
QString dump(const QueueListing &l)
{
    QString out;
    for (const QueueMessage &m : l.messages) {
        out += m.id.toString() + QLatin1Char('|') + queueNameToString(m.queue) + QLatin1Char('|')
            + QString::number(m.arrival) + QLatin1Char('|') + QString::number(m.size) + QLatin1Char('|')
            + (m.forcedExpire ? QLatin1String("F") : QLatin1String("-")) + QLatin1Char('|') + l.senderOf(m);
        const QueueRecipient *r = l.recipientsOf(m);
        for (quint32 i = 0; i < m.recipientCount; ++i)
            out += QLatin1Char('|') + l.text(r[i].address) + QLatin1Char('>') + l.text(r[i].reason);
        out += QLatin1Char('\n');
    }
    return out;
}
} // namespace

class TestQueueParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryField()
    {
        const QueueListing l = PostqueueParser::parse(fixture("sample.jsonl"), QStringLiteral("mta1"));
        QCOMPARE(l.count(), 5);
        QCOMPARE(l.brokenLines, 0);
        const QueueMessage &first = l.messages[0];
        QCOMPARE(first.id.toString(), QStringLiteral("321D210B854"));
        QCOMPARE(first.queue, QueueName::Deferred);
        QCOMPARE(first.arrival, qint64(1795990360));
        QCOMPARE(first.size, qint64(518));
        QCOMPARE(l.senderOf(first), QStringLiteral("ikasle3@tartanga.test"));
        QCOMPARE(l.hostOf(first), QStringLiteral("mta1"));
        QCOMPARE(int(first.recipientCount), 1);
        QCOMPARE(l.text(l.recipientsOf(first)[0].address), QStringLiteral("jose.gorka257@mail.ru"));
        QVERIFY(l.reasonOf(first).endsWith(QLatin1String(":2525: Connection refused")));

        QCOMPARE(int(l.messages[1].recipientCount), 2);
        QCOMPARE(l.messages[2].queue, QueueName::Hold);
        QCOMPARE(l.messages[2].id.toString(), QStringLiteral("4Lq8wn1Tcdz9tF2"));
        QCOMPARE(l.reasonOf(l.messages[2]), QString());
        QVERIFY(l.messages[3].forcedExpire);
        QCOMPARE(l.senderOf(l.messages[3]), QString());
        // The sender and reason strings are interned once.
        QCOMPARE(l.messages[0].sender, l.messages[1].sender);
        QCOMPARE(l.recipientsOf(l.messages[0])[0].reason, l.recipientsOf(l.messages[1])[0].reason);
    }

    void decodesEscapesAndSkipsUnknownKeys()
    {
        const QueueListing l = PostqueueParser::parse(fixture("sample.jsonl"));
        const QueueMessage &m = l.messages[4];
        QCOMPARE(m.queue, QueueName::Incoming);
        QCOMPARE(l.senderOf(m), QStringLiteral("Ezékiel \"Zeke\" <zeke@tartanga.test>\\x"));
        QCOMPARE(l.text(l.recipientsOf(m)[0].reason),
                 QStringLiteral("host said: 550 ño") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("\tend"));
        QCOMPARE(l.text(l.recipientsOf(m)[0].address), QStringLiteral("a@b.eus"));
    }

    void splitFeedingGivesTheSameListing_data()
    {
        QTest::addColumn<int>("step");
        for (int step : {1, 2, 3, 7, 64, 1000})
            QTest::addRow("%d", step) << step;
    }
    void splitFeedingGivesTheSameListing()
    {
        QFETCH(int, step);
        const QByteArray data = fixture("sample.jsonl") + fixture("broken.jsonl");
        const QueueListing whole = PostqueueParser::parse(data);
        QueueListing pieces;
        PostqueueParser p(&pieces, quint16(pieces.hostIndex(QString())));
        for (qsizetype i = 0; i < data.size(); i += step)
            p.feed(data.constData() + i, size_t(qMin<qsizetype>(step, data.size() - i)));
        p.finish();
        QCOMPARE(dump(pieces), dump(whole));
        QCOMPARE(pieces.brokenLines, whole.brokenLines);
    }

    void skipsAndCountsBrokenLines()
    {
        const QueueListing l = PostqueueParser::parse(fixture("broken.jsonl"));
        QStringList ids;
        for (const QueueMessage &m : l.messages)
            ids << m.id.toString();
        QCOMPARE(ids, QStringList({QStringLiteral("AAAAAA1111"), QStringLiteral("EEEEEE5555")}));
        QCOMPARE(l.brokenLines, 6);
        QCOMPARE(l.brokenLineNumbers, std::vector<qint64>({2, 3, 5, 6, 7, 9}));
        // A recipient of a rejected line must not leak into the next message.
        QCOMPARE(int(l.recipients.size()), 2);
        QCOMPARE(l.text(l.recipientsOf(l.messages[1])[0].address), QStringLiteral("d@w.test"));
    }

    void survivesEveryTruncation()
    {
        // Output cut at any byte (a dropped connection) keeps every complete line.
        const QByteArray data = fixture("sample.jsonl");
        int lastCount = 0;
        for (qsizetype cut = 0; cut <= data.size(); ++cut) {
            const QueueListing l = PostqueueParser::parse(QByteArrayView(data.constData(), cut));
            const int complete = int(QByteArrayView(data.constData(), cut).count('\n'));
            QVERIFY(l.count() >= complete);
            QVERIFY(l.count() <= complete + 1);
            QVERIFY(l.count() >= lastCount);
            lastCount = l.count();
        }
        QCOMPARE(lastCount, 5);
    }

    void readsPlainAndGzipFiles()
    {
        QTemporaryDir dir;
        const QByteArray data = fixture("sample.jsonl");
        const QString gzPath = dir.filePath(QStringLiteral("q.jsonl.gz"));
        gzFile gz = gzopen(QFile::encodeName(gzPath).constData(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, data.constData(), unsigned(data.size())), int(data.size()));
        gzclose(gz);
        QueueListing fromGz;
        QString error;
        QVERIFY2(readPostqueueFile(gzPath, &fromGz, &error), qPrintable(error));
        QueueListing fromPlain;
        QVERIFY(readPostqueueFile(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/sample.jsonl"),
                                  &fromPlain, &error));
        QCOMPARE(fromGz.count(), 5);
        QCOMPARE(dump(fromGz), dump(fromPlain));
        QueueListing none;
        QVERIFY(!readPostqueueFile(dir.filePath(QStringLiteral("missing")), &none, &error));
        QVERIFY(error.contains(QLatin1String("missing")));
    }

    void appendsHostsWithTheirOwnColumn()
    {
        QueueListing all = PostqueueParser::parse(fixture("sample.jsonl"), QStringLiteral("mta1"));
        all.append(PostqueueParser::parse(fixture("broken.jsonl"), QStringLiteral("mta2")));
        QCOMPARE(all.count(), 7);
        QCOMPARE(all.hostOf(all.messages[0]), QStringLiteral("mta1"));
        QCOMPARE(all.hostOf(all.messages[6]), QStringLiteral("mta2"));
        QCOMPARE(all.senderOf(all.messages[6]), QStringLiteral("z@x.test"));
        QCOMPARE(all.text(all.recipientsOf(all.messages[6])[0].reason), QStringLiteral("r3"));
    }
};

QTEST_GUILESS_MAIN(TestQueueParser)
#include "test_queueparser.moc"
