// QueueModel and QueueFilterProxy under QAbstractItemModelTester while filled, filtered,
// sorted, refreshed and cleared; content compared as readable text.
#include "mta/postqueueparser.h"
#include "queuefilterproxy.h"
#include "queuemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace zaindari;

namespace {
std::shared_ptr<const QueueListing> load(const char *name, const QString &host)
{
    QFile f(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return std::make_shared<const QueueListing>(PostqueueParser::parse(f.readAll(), host));
}

QString column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out.join(QLatin1Char(','));
}
} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelShowsTheListing()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setListing(load("sample.jsonl", QStringLiteral("mta1")));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        QCOMPARE(column(model, QueueModel::IdColumn),
                 QStringLiteral("321D210B854,385F110B6C0,4Lq8wn1Tcdz9tF2,9A8B7C6D5E,1234567ABC"));
        QCOMPARE(column(model, QueueModel::HostColumn), QStringLiteral("mta1,mta1,mta1,mta1,mta1"));
        QCOMPARE(model.index(3, QueueModel::SenderColumn).data().toString(), QStringLiteral("<>"));
        QCOMPARE(model.index(0, QueueModel::SizeColumn).data(QueueModel::SortRole).toLongLong(), qint64(518));
        QVERIFY(model.index(1, QueueModel::RecipientsColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("ane@GMX.de")));
        QCOMPARE(model.rowForId(QStringLiteral("mta1"), QStringLiteral("9A8B7C6D5E")), 3);
        QCOMPARE(model.rowForId(QStringLiteral("mta2"), QStringLiteral("9A8B7C6D5E")), -1);
        // Refresh with another listing, then clear.
        model.setListing(load("broken.jsonl", QStringLiteral("mta2")));
        QCOMPARE(column(model, QueueModel::IdColumn), QStringLiteral("AAAAAA1111,EEEEEE5555"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFiltersAndSorts()
    {
        QueueModel model;
        QueueFilterProxy proxy;
        proxy.setQueueModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing(load("sample.jsonl", QStringLiteral("mta1")));
        QCOMPARE(proxy.rowCount(), 5);
        QueueFilter f;
        f.sender = QStringLiteral("ikasle3@tartanga.test");
        proxy.setQueueFilter(f);
        QCOMPARE(proxy.visibleIds(), QStringList({QStringLiteral("321D210B854"), QStringLiteral("385F110B6C0")}));
        f = QueueFilter();
        f.setQueue(QueueName::Hold);
        proxy.setQueueFilter(f);
        QCOMPARE(proxy.visibleIds(), QStringList({QStringLiteral("4Lq8wn1Tcdz9tF2")}));
        proxy.setQueueFilter(QueueFilter());
        proxy.sort(QueueModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, QueueModel::IdColumn),
                 QStringLiteral("4Lq8wn1Tcdz9tF2,321D210B854,385F110B6C0,9A8B7C6D5E,1234567ABC"));
        proxy.sort(QueueModel::ArrivalColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, QueueModel::IdColumn).data().toString(), QStringLiteral("4Lq8wn1Tcdz9tF2"));
        // A refresh keeps the filter applied to the new listing.
        f = QueueFilter();
        f.recipientDomain = QStringLiteral("w.test");
        proxy.setQueueFilter(f);
        model.setListing(load("broken.jsonl", QStringLiteral("mta2")));
        QCOMPARE(proxy.visibleIds(), QStringList({QStringLiteral("EEEEEE5555")}));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "test_queuemodel.moc"
