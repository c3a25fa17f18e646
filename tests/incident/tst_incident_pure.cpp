// The pure parts of containment: what is written to the check_sasl_access map and to
// smtpd_sender_restrictions must add the login once, keep everything else, and undo exactly.
#include "incident/containmentplan.h"
#include "incident/containmentrunner.h"
#include "incident/incidentreport.h"
#include "incident/submissionblock.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace zaindari;

class TestIncidentPure : public QObject
{
    Q_OBJECT
private slots:
    void mapAddRemove()
    {
        const QByteArray other = "# kept\nother@tartanga.test REJECT no\n";
        QByteArray m = mapWithLogin(other, QStringLiteral("Ikasle3@Tartanga.test"));
        QVERIFY(m.startsWith(other));
        QVERIFY(mapHasLogin(m, QStringLiteral("ikasle3@tartanga.test")));
        QCOMPARE(mapWithLogin(m, QStringLiteral("ikasle3@tartanga.test")), m); // once
        const QByteArray back = mapWithoutLogin(m, QStringLiteral("ikasle3@tartanga.test"));
        QCOMPARE(back, other);
        QVERIFY(!mapIsEmpty(back));
        QVERIFY(mapIsEmpty(
            mapWithoutLogin(mapWithLogin({}, QStringLiteral("a@b.test")), QStringLiteral("a@b.test"))));
        // A key that merely starts with the login is another account.
        QVERIFY(!mapHasLogin("ikasle30@tartanga.test REJECT\n", QStringLiteral("ikasle3@tartanga.test")));
    }

    void restrictions()
    {
        const QString e = restrictionEntry(QStringLiteral("hash"), QStringLiteral("/opt/zimbra/conf/x"));
        QCOMPARE(restrictionsWith(QString(), e), e);
        const QString cur = QStringLiteral("reject_non_fqdn_sender, permit");
        const QString with = restrictionsWith(cur, e);
        QCOMPARE(with, e + QStringLiteral(", reject_non_fqdn_sender, permit"));
        QCOMPARE(restrictionsWith(with, e), with);
        QCOMPARE(restrictionsWithout(with, e), cur);
        QCOMPARE(restrictionsWithout(e, e), QString());
    }

    void validation()
    {
        QVERIFY(isBlockableLogin(QStringLiteral("ikasle3@tartanga.test")));
        QVERIFY(!isBlockableLogin(QStringLiteral("ikasle3")));
        QVERIFY(!isBlockableLogin(QStringLiteral("a@b.test REJECT")));
        QVERIFY(!isBlockableLogin(QStringLiteral("a@b.test\nx@y OK")));
        QVERIFY(isSafeMapPath(QStringLiteral("/opt/zimbra/conf/zaindari_sasl_blocked")));
        QVERIFY(!isSafeMapPath(QStringLiteral("/opt/zimbra/conf/$(id)")));
        QVERIFY(!isSafeMapPath(QStringLiteral("/opt/zimbra/../../etc/passwd")));
        QVERIFY(!isSafeMapPath(QStringLiteral("relative")));
    }

    void sudoOnlyWhereGranted()
    {
        const MtaPaths z = MtaPaths::forPreset(MtaPreset::Zimbra);
        QCOMPARE(postmapArgv(z, QStringLiteral("lmdb"), QStringLiteral("/opt/zimbra/conf/m")).value(0),
                 QStringLiteral("/opt/zimbra/common/sbin/postmap")); // no sudo: not granted
        QCOMPARE(postfixArgv(z, QStringLiteral("reload")).mid(0, 2),
                 (QStringList {QStringLiteral("sudo"), QStringLiteral("-n")}));
        QCOMPARE(postconfSetArgv(z, QStringLiteral("x")).mid(0, 2),
                 (QStringList {QStringLiteral("sudo"), QStringLiteral("-n")}));
        QCOMPARE(postconfReadArgv(z).value(0), z.postconf);
    }

    void resultJson()
    {
        ContainmentResult r;
        r.account = QStringLiteral("ikasle3@tartanga.test");
        StepResult ok;
        ok.step = ContainStep::Zimbra;
        ok.done = true;
        StepResult bad;
        bad.step = ContainStep::Queues;
        bad.detail = QStringLiteral("x");
        r.steps = {ok, bad};
        r.held = {QueueMatch(), QueueMatch()};
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("messages_held")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("messages_deleted")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("steps")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("steps"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("step"))
                     .toString(),
                 QStringLiteral("queues"));
        QVERIFY(!r.allDone());
    }

    // No backend configured: each step says so; the policy decides whether the rest run.
    void failurePolicyStopOrContinue()
    {
        QTemporaryDir tmp;
        ContainmentBackends b;
        b.auditLogPath = tmp.filePath(QStringLiteral("audit.jsonl"));
        ContainmentPlan plan;
        plan.options.account = QStringLiteral("ikasle3@tartanga.test");
        plan.options.directory = DirectoryChoice::Skip;

        ContainmentRunner cont(b);
        QSignalSpy contDone(&cont, &ContainmentRunner::finished);
        cont.run(plan);
        QVERIFY(contDone.wait(5000));
        const ContainmentResult all = contDone.at(0).at(0).value<ContainmentResult>();
        QCOMPARE(all.steps.size(), 5);
        QVERIFY(!all.steps[0].done && !all.steps[0].skipped);
        QVERIFY(all.steps[0].detail.contains(QLatin1String("Zimbra")));
        QVERIFY(!all.steps[1].done && !all.steps[1].skipped); // ran, failed: no MTA host
        QVERIFY(all.steps[2].done); // directory: not requested
        QVERIFY(!all.allDone());

        ContainmentRunner stop(b);
        int asked = 0;
        stop.setFailurePolicy([&asked](const StepResult &) {
            ++asked;
            return false;
        });
        QSignalSpy stopDone(&stop, &ContainmentRunner::finished);
        stop.run(plan);
        QVERIFY(stopDone.wait(5000));
        const ContainmentResult halted = stopDone.at(0).at(0).value<ContainmentResult>();
        QCOMPARE(asked, 1);
        QCOMPARE(halted.steps.size(), 5);
        for (int i = 1; i < 5; ++i)
            QVERIFY(halted.steps[i].skipped && !halted.steps[i].done);

        // Every step, run or not, is in the audit log.
        QFile audit(b.auditLogPath);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QCOMPARE(audit.readAll().count('\n'), 10);
    }

    void cancelBetweenSteps()
    {
        ContainmentBackends b;
        QTemporaryDir tmp;
        b.auditLogPath = tmp.filePath(QStringLiteral("audit.jsonl"));
        ContainmentPlan plan;
        plan.options.account = QStringLiteral("ikasle3@tartanga.test");
        ContainmentRunner r(b);
        connect(&r, &ContainmentRunner::stepFinished, &r, [&r](const StepResult &) { r.cancel(); });
        QSignalSpy done(&r, &ContainmentRunner::finished);
        r.run(plan);
        QVERIFY(done.wait(5000));
        const ContainmentResult res = done.at(0).at(0).value<ContainmentResult>();
        QVERIFY(res.cancelled);
        QVERIFY(!res.steps[0].skipped);
        QVERIFY(res.steps[1].skipped);
    }

    void reportHtml()
    {
        ContainmentResult r;
        r.account = QStringLiteral("ikasle3@tartanga.test");
        r.messagesSentBefore = 40;
        StepResult s;
        s.step = ContainStep::Queues;
        s.done = true;
        s.detail = QStringLiteral("<held>");
        s.finished = QDateTime(QDate(2026, 11, 29), QTime(10, 5), Qt::UTC);
        r.steps << s;
        QueueMatch m;
        m.host = QStringLiteral("mta1");
        m.id = QStringLiteral("2A7AA1475C2");
        r.held << m;
        TimelineEvent burst;
        burst.kind = TimelineEvent::Kind::BurstStart;
        burst.time = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        burst.text = QStringLiteral("300/min");
        const IncidentReport rep = IncidentReport::build(r, {burst});
        QCOMPARE(rep.timeline.size(), 2);
        QCOMPARE(rep.timeline[0].kind, TimelineEvent::Kind::BurstStart); // sorted by time
        QTextDocument doc;
        doc.setHtml(rep.toHtml());
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(QLatin1String("2A7AA1475C2")));
        QVERIFY(text.contains(QLatin1String("<held>"))); // escaped, not parsed as a tag
        QVERIFY(text.contains(QLatin1String("2026-11-29 10:00:00 UTC")));
        QVERIFY(affectedPersonNotice(r.account, QStringLiteral("es")).contains(r.account));
        QVERIFY(affectedPersonNotice(r.account, QStringLiteral("eu")).contains(QLatin1String("pasahitz")));
    }
};

QTEST_MAIN(TestIncidentPure)
#include "tst_incident_pure.moc"
