// The Send-rates models under QAbstractItemModelTester while filled, refreshed and cleared.
#include "loginfailuresmodel.h"
#include "ratesmodel.h"

#include "mta/auditlog.h"
#include "mta/loginput.h"
#include "mta/ratesanalysis.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace zaindari;

namespace {
constexpr qint64 kNow = 1795953600; // 2026-11-29 12:00 UTC

QString dump(const QAbstractItemModel &m)
{
    QStringList rows;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c)
            cells << m.index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

RatesReport sampleReport(qint64 until = 0)
{
    RatesOptions o;
    o.now = kNow;
    RatesAnalysis a(o);
    QString error;
    analyzeLogFile(QStringLiteral(RATES_FIXTURES "/postfix-sample.log"), &a, &error);
    return a.report(0, 0, until);
}
} // namespace

class TestRatesModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesModel();
    void loginFailuresModel();
};

void TestRatesModels::ratesModel()
{
    RatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const RatesReport r = sampleReport();
    model.setReport(r);
    QCOMPARE(model.rowCount(), r.senders.size());
    QCOMPARE(model.columnCount(), int(RatesModel::ColumnCount));
    const QString text = dump(model);
    QVERIFY2(text.contains(QStringLiteral("ikasle3@tartanga.test|1|3|3|1|1|")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("noreply@tartanga.test (no login, 10.1.1.5)|1|1|1|0|0|")),
             qPrintable(text));
    QCOMPARE(model.headerData(RatesModel::Messages, Qt::Horizontal).toString(), QStringLiteral("Messages"));
    const int row = model.rowForAccount(QStringLiteral("ikasle3@tartanga.test"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(RatesModel::AccountRole).toString(),
             QStringLiteral("ikasle3@tartanga.test"));

    // The same senders again (a live refresh): rows change in place, no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RatesReport again = r;
    again.senders[row].flagged = true;
    model.setReport(again);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(row, 0).data(RatesModel::FlaggedRole).toBool());

    // Fewer senders: a reset.
    RatesReport fewer = r;
    fewer.senders.resize(2);
    model.setReport(fewer);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRatesModels::loginFailuresModel()
{
    AuditLogAnalyzer audit;
    LogReadOptions opt;
    opt.chunk = [&audit](std::string_view c) {
        audit.feed(c);
        return true;
    };
    QString error;
    QVERIFY(readLogInput(QStringLiteral(RATES_FIXTURES "/audit-sample.log"), opt, &error));
    audit.finish();
    LoginFailuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(audit.report(0));
    QCOMPARE(model.rowCount(), 4);
    const QString text = dump(model);
    QVERIFY2(text.contains(QStringLiteral("ikasle3@tartanga.test|3|203.0.113.77|")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Logged in from new address 203.0.113.77 after failures")));
    QVERIFY(text.contains(QStringLiteral("Distributed attack: 5 addresses")));
    QVERIFY(model.index(1, 0).data(LoginFailuresModel::SuspiciousRole).toBool());
    QVERIFY(model.index(0, 0).data(LoginFailuresModel::DistributedRole).toBool());
    model.setReport(LoginFailuresReport());
    QCOMPARE(model.rowCount(), 0);
    model.setReport(audit.report(0));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRatesModels)
#include "tst_ratesmodels.moc"
