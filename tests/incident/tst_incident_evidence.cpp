// What the incident report and the submission step read from the logs: the login's open SMTP
// sessions (smtpd pid in the log prefix, confirmed by ps), the timeline evidence (failed
// logins, the new-IP login, the burst start) and the forwarding removal's sieve rewrite.
#include "incident/incidentevidence.h"
#include "incident/livesessions.h"
#include "zimbra/zimbratypes.h"

#include <QTest>

using namespace zaindari;

namespace {

QByteArray mtaLine(const char *time, int pid, const char *program, const QByteArray &msg)
{
    return QByteArray("Nov 30 ") + time + " mta postfix/" + program + '[' + QByteArray::number(pid) + "]: " + msg
        + '\n';
}

QByteArray client(const char *qid, const char *ip, const char *login)
{
    return QByteArray(qid) + ": client=unknown[" + ip + "], sasl_method=PLAIN, sasl_username=" + login;
}

} // namespace

class TestIncidentEvidence : public QObject
{
    Q_OBJECT
private slots:
    void openSessionsFromTheLog()
    {
        QByteArray log;
        // pid 100: the login, still connected. pid 200: the login, then disconnected.
        // pid 300: the login once, then the same process served someone else.
        // pid 400: a different login only.
        log += mtaLine("10:00:01", 100, "submission/smtpd", client("A1B2C3D4E5", "203.0.113.77", "ikasle3@tartanga.test"));
        log += mtaLine("10:00:02", 200, "submission/smtpd", client("A1B2C3D4E6", "203.0.113.77", "ikasle3"));
        log += mtaLine("10:00:03", 200, "submission/smtpd", "disconnect from unknown[203.0.113.77] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6");
        log += mtaLine("10:00:04", 300, "smtpd", client("A1B2C3D4E7", "203.0.113.77", "IKASLE3@tartanga.test"));
        log += mtaLine("10:00:05", 300, "smtpd", client("A1B2C3D4E8", "127.0.0.1", "irakasle1@tartanga.test"));
        log += mtaLine("10:00:06", 400, "smtpd", client("A1B2C3D4E9", "127.0.0.1", "irakasle2@tartanga.test"));
        log += mtaLine("10:00:07", 100, "submission/smtpd", client("A1B2C3D4EA", "203.0.113.77", "ikasle3@tartanga.test"));
        const QList<LiveSession> c = smtpSessionCandidates(std::string_view(log.constData(), size_t(log.size())),
                                                           QStringLiteral("ikasle3@tartanga.test"),
                                                           QStringLiteral("mta"));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].pid, 100);
        QCOMPARE(c[0].service, QStringLiteral("submission/smtpd"));
        QCOMPARE(c[0].host, QStringLiteral("mta"));
        QCOMPARE(c[0].lastSeen.time(), QTime(10, 0, 7));

        // ps is asked about numbers only, and only a live smtpd counts (pids get reused).
        QCOMPARE(psArgv(c), (QStringList {QStringLiteral("ps"), QStringLiteral("-o"), QStringLiteral("pid=,comm="),
                                          QStringLiteral("-p"), QStringLiteral("100")}));
        QCOMPARE(aliveSmtpd(c, "  100 smtpd\n").size(), 1);
        QVERIFY(aliveSmtpd(c, "  100 bash\n").isEmpty());
        QVERIFY(aliveSmtpd(c, "").isEmpty());
    }

    void evidenceTimeline()
    {
        const QByteArray audit
            = "2026-11-30 09:58:01,100 INFO  [qtp-1] [name=ikasle3@tartanga.test;oip=203.0.113.77;ua=x;] "
              "security - cmd=Auth; account=ikasle3@tartanga.test; protocol=soap; error=authentication failed "
              "for [ikasle3@tartanga.test], invalid password;\n"
              "2026-11-30 09:58:02,100 INFO  [qtp-1] [name=ikasle3@tartanga.test;oip=198.51.100.9;ua=x;] "
              "security - cmd=Auth; account=ikasle3@tartanga.test; protocol=soap; error=authentication failed "
              "for [ikasle3@tartanga.test], invalid password;\n"
              "2026-11-30 09:58:05,100 INFO  [qtp-1] [name=ikasle3@tartanga.test;oip=203.0.113.77;ua=x;] "
              "security - cmd=Auth; account=ikasle3@tartanga.test; protocol=soap;\n"
              "2026-11-30 09:58:06,100 INFO  [qtp-1] [name=irakasle1@tartanga.test;oip=10.0.0.1;ua=x;] "
              "security - cmd=Auth; account=irakasle1@tartanga.test; protocol=soap; error=authentication failed "
              "for [irakasle1@tartanga.test], invalid password;\n";
        QByteArray log;
        log += mtaLine("09:50:00", 90, "submission/smtpd", client("B00000000A", "127.0.0.1", "ikasle3@tartanga.test"));
        // The person's own message a little before the burst, within the same minute.
        log += mtaLine("10:00:02", 91, "submission/smtpd", client("B00000000B", "127.0.0.1", "ikasle3@tartanga.test"));
        // 12 messages inside 20 s from the attacker's address: over a threshold of 10/min.
        for (int i = 0; i < 12; ++i)
            log += mtaLine(QByteArray("10:00:%1").replace("%1", QByteArray::number(10 + i).rightJustified(2, '0')).constData(),
                           100, "submission/smtpd",
                           client(QByteArray("C0000000" + QByteArray::number(10 + i)).constData(), "203.0.113.77",
                                  "ikasle3@tartanga.test"));
        const EvidenceSummary e = buildIncidentEvidence(log, audit, QStringLiteral("ikasle3@tartanga.test"), 10);
        QCOMPARE(e.failedLogins, 2);
        QCOMPARE(e.failedIps, (QStringList {QStringLiteral("203.0.113.77"), QStringLiteral("198.51.100.9")}));
        QCOMPARE(e.newIp, QStringLiteral("203.0.113.77"));
        QCOMPARE(e.messagesSent, 14);
        QVERIFY(e.burstStart > 0);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(e.burstStart, Qt::UTC).time(), QTime(10, 0, 10));
        QList<TimelineEvent::Kind> kinds;
        for (const TimelineEvent &ev : e.events)
            kinds << ev.kind;
        QVERIFY(kinds.contains(TimelineEvent::Kind::FailedLogin));
        QVERIFY(kinds.contains(TimelineEvent::Kind::NewIpLogin));
        QCOMPARE(kinds.last(), TimelineEvent::Kind::BurstStart);
        for (qsizetype i = 1; i < e.events.size(); ++i)
            QVERIFY(e.events[i - 1].time <= e.events[i].time);
        // Another account's lines give nothing.
        const EvidenceSummary none = buildIncidentEvidence(log, audit, QStringLiteral("ikasle9@tartanga.test"), 10);
        QVERIFY(none.events.isEmpty());
        QCOMPARE(none.messagesSent, 0);
    }

    void sieveRedirectsBecomeKeep()
    {
        const QString script = QStringLiteral(
            "require [\"fileinto\", \"copy\"];\n"
            "# Kopia\nif anyof (true) {\n    redirect :copy \"kopia@posta.example\";\n    stop;\n}\n"
            "if header :contains \"subject\" \"x\" { fileinto \"X\"; redirect \"a\\\"b@c.example\" ; }\n");
        QCOMPARE(sieveRedirectTargets(script).size(), 2);
        const QString out = sieveWithoutRedirects(script);
        QVERIFY(sieveRedirectTargets(out).isEmpty());
        QCOMPARE(out.count(QStringLiteral("keep;")), 2);
        QVERIFY(out.contains(QStringLiteral("fileinto \"X\";")));
        QVERIFY(out.contains(QStringLiteral("stop;")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentEvidence)
#include "tst_incident_evidence.moc"
