// The pure parts of containment: what is written to the check_sasl_access map and to
// smtpd_sender_restrictions must add the login once, keep everything else, and undo exactly.
#include "incident/containmentplan.h"
#include "incident/submissionblock.h"

#include <QJsonArray>
#include <QTest>

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
        QVERIFY(mapIsEmpty(mapWithoutLogin(mapWithLogin({}, QStringLiteral("a@b.test")), QStringLiteral("a@b.test"))));
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
        QCOMPARE(j.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("queues"));
        QVERIFY(!r.allDone());
    }
};

QTEST_GUILESS_MAIN(TestIncidentPure)
#include "tst_incident_pure.moc"
