// The console's audit log: append-only JSON lines, tolerant reader, filter, CSV export, and the
// Audit-log page's models under QAbstractItemModelTester. Also the accounts result model.
#include "accountsmodel.h"
#include "auditlogmodel.h"

#include "audit/auditlog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace zaindari;

namespace {
AuditEntry entry(const char *action, const char *target, const char *result, int minute)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 29), QTime(10, minute, 0, 250), QTimeZone::utc());
    e.profile = QStringLiteral("Tartanga");
    e.osUser = QStringLiteral("teknikaria");
    e.action = QLatin1String(action);
    e.target = QLatin1String(target);
    e.result = QLatin1String(result);
    e.detail = QStringLiteral("detail, with \"quotes\"");
    return e;
}

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
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void appendAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/audit.jsonl"));
        AuditLog log(path);
        QVERIFY(log.append(entry("account.lock", "ikasle3@tartanga.test", "ok", 1)));
        QVERIFY(log.append(entry("account.unlock", "ikasle3@tartanga.test", "failed", 2)));
        AuditEntry bare;
        bare.action = QStringLiteral("policy.set");
        QVERIFY(log.append(bare)); // time and OS user filled in
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // A broken line in the middle (a crash, a hand edit) costs that line only.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\":\"not a time\"}\nnot json at all\n");
        f.close();
        QVERIFY(log.append(entry("account.end-sessions", "irakasle2@tartanga.test", "ok", 3)));

        const AuditReadResult r = readAuditLog(path);
        QCOMPARE(r.skippedLines, 2);
        QCOMPARE(r.entries.size(), 4);
        QCOMPARE(r.entries.at(0), entry("account.lock", "ikasle3@tartanga.test", "ok", 1));
        QCOMPARE(r.entries.at(2).osUser, AuditLog::currentOsUser());
        QVERIFY(qAbs(r.entries.at(2).time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(r.entries.at(3).action, QStringLiteral("account.end-sessions"));
        // Append-only: earlier bytes are untouched.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().contains("\"action\":\"account.lock\""));
        QVERIFY(readAuditLog(dir.filePath(QStringLiteral("none.jsonl"))).fileMissing);
    }

    void filterAndCsv()
    {
        const QList<AuditEntry> all {entry("account.lock", "ikasle3@tartanga.test", "ok", 1),
                                     entry("account.unlock", "ikasle3@tartanga.test", "failed", 2),
                                     entry("policy.set", "default", "ok", 3),
                                     entry("account.lock", "=cmd|' /C calc'!A0", "ok", 4)};
        AuditFilter f;
        f.action = QStringLiteral("account");
        QCOMPARE(filterAudit(all, f).size(), 3);
        f.result = QStringLiteral("ok");
        QCOMPARE(filterAudit(all, f).size(), 2);
        f = AuditFilter();
        f.text = QStringLiteral("IKASLE3");
        QCOMPARE(filterAudit(all, f).size(), 2);
        f = AuditFilter();
        f.from = all.at(1).time;
        f.to = all.at(3).time;
        QCOMPARE(filterAudit(all, f).size(), 2);

        const QByteArray csv = auditToCsv(all);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("time,profile,os_user,action,target,result,detail\r"));
        QCOMPARE(
            lines.at(1),
            QByteArray("2026-11-29T10:01:00.250Z,Tartanga,teknikaria,account.lock,ikasle3@tartanga.test,ok,"
                       "\"detail, with \"\"quotes\"\"\"\r"));
        // A target that a spreadsheet would run as a formula is neutralised.
        QVERIFY(lines.at(4).contains(",'=cmd|' /C calc'!A0,"));
    }

    void auditModels()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditLogFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry("account.lock", "ikasle3@tartanga.test", "ok", 1)});
        model.append(entry("policy.set", "default", "failed", 2));
        model.append(entry("account.unlock", "ikasle3@tartanga.test", "ok", 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Lock account"));
        QCOMPARE(model.index(1, AuditLogModel::ResultColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, AuditLogModel::ActionColumn).data(AuditLogModel::ActionKeyRole).toString(),
                 QStringLiteral("policy.set"));
        AuditFilter f;
        f.action = QStringLiteral("account");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.visibleEntries().last().action, QStringLiteral("account.unlock"));
        model.append(entry("account.end-sessions", "x", "ok", 4));
        QCOMPARE(proxy.rowCount(), 3); // new rows pass through the filter live
        f.result = QStringLiteral("failed");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilter(AuditFilter());
        QCOMPARE(proxy.rowCount(), 4);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);

        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("a.jsonl")));
        QVERIFY(log.append(entry("account.lock", "a@b", "ok", 5)));
        model.reload(log.path());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.skippedLines(), 0);
    }

    void accountsModel()
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AccountSummary a;
        a.id = QStringLiteral("1");
        a.name = QStringLiteral("ikasle3@tartanga.test");
        a.status = QStringLiteral("lockout");
        a.cosName = QStringLiteral("default");
        a.authMech = QStringLiteral("ad");
        AccountSummary b = a;
        b.id = QStringLiteral("2");
        b.name = QStringLiteral("irakasle1@tartanga.test");
        b.status = QStringLiteral("active");
        b.lastLogon = QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc());
        model.setAccounts({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AccountsModel::StatusColumn).data().toString(), QStringLiteral("Locked out"));
        QCOMPARE(model.index(0, AccountsModel::LastLoginColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(1, AccountsModel::StatusColumn).data(AccountsModel::StatusKeyRole).toString(),
                 QStringLiteral("active"));
        b.status = QStringLiteral("locked");
        model.updateAccount(b);
        QCOMPARE(model.index(1, AccountsModel::StatusColumn).data().toString(), QStringLiteral("Locked"));
        QVERIFY(!model.index(1, AccountsModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(dump(model).count(QLatin1Char('\n')), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
