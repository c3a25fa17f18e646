// The MTA and audit log parsers on fixtures in the real formats, broken lines included.
#include "mta/auditlog.h"
#include "mta/loganalyzer.h"
#include "mta/loginput.h"
#include "mta/logline.h"
#include "mta/ratesanalysis.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace zaindari;
using namespace zaindari::maillog;

namespace {
std::string_view sv(const char *s)
{
    return std::string_view(s);
}
const QString kSample = QStringLiteral(RATES_FIXTURES "/postfix-sample.log");
const QString kAudit = QStringLiteral(RATES_FIXTURES "/audit-sample.log");
// 2026-11-29 12:00:00 UTC: "now" for the fixtures, injected.
constexpr qint64 kNow = 1795953600;

const SenderRate *find(const QVector<SenderRate> &v, const QString &account, bool authenticated = true)
{
    for (const SenderRate &s : v)
        if (s.who.account == account && s.who.authenticated == authenticated)
            return &s;
    return nullptr;
}
} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syslogHeader_data();
    void syslogHeader();
    void yearInference();
    void queueIds();
    void deliveryLine();
    void clientLine();
    void rejectAndSaslFailure();
    void sampleFile();
    void gzipEqualsPlain();
    void chunkBoundaries();
    void auditLines();
    void auditReport();
};

void TestLogParser::syslogHeader_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("program");
    QTest::addColumn<qint64>("utc");
    QTest::newRow("bsd") << "Nov 29 09:00:01 mta postfix/qmgr[900]: X: removed" << true << "postfix/qmgr"
                         << qint64(kNow - 3 * 3600 + 1);
    QTest::newRow("bsd padded day") << "Nov  9 09:00:01 mta postfix/qmgr[900]: m" << true << "postfix/qmgr"
                                    << qint64(kNow - 20 * 86400 - 3 * 3600 + 1);
    QTest::newRow("fraction") << "Nov 29 09:00:01.123456 mta postfix/smtpd[1]: m" << true << "postfix/smtpd"
                              << qint64(kNow - 3 * 3600 + 1);
    QTest::newRow("iso zulu") << "2026-11-29T09:00:01.000000Z mta postfix/smtpd[1]: m" << true
                              << "postfix/smtpd" << qint64(kNow - 3 * 3600 + 1);
    QTest::newRow("iso offset") << "2026-11-29T10:00:01+01:00 mta postfix/smtpd[1]: m" << true
                                << "postfix/smtpd" << qint64(kNow - 3 * 3600 + 1);
    QTest::newRow("no pid") << "Nov 29 09:00:01 mta postfix: m" << true << "postfix"
                            << qint64(kNow - 3 * 3600 + 1);
    QTest::newRow("empty") << "" << false << "" << qint64(0);
    QTest::newRow("bad month") << "Nox 29 09:00:01 mta postfix/smtpd[1]: m" << false << "" << qint64(0);
    QTest::newRow("bad time") << "Nov 29 29:00:01 mta postfix/smtpd[1]: m" << false << "" << qint64(0);
    QTest::newRow("no message") << "Nov 29 09:00:01 mta" << false << "" << qint64(0);
    QTest::newRow("unclosed pid") << "Nov 29 09:00:01 mta postfix/smtpd[1: m" << false << "" << qint64(0);
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\x03 garbage") << false << "" << qint64(0);
}

void TestLogParser::syslogHeader()
{
    QFETCH(QString, line);
    QFETCH(bool, ok);
    QFETCH(QString, program);
    QFETCH(qint64, utc);
    const QByteArray bytes = line.toLatin1();
    SyslogLine sl;
    QCOMPARE(parseSyslogLine(std::string_view(bytes.constData(), size_t(bytes.size())), &sl), ok);
    if (!ok)
        return;
    QCOMPARE(QString::fromLatin1(sl.program.data(), qsizetype(sl.program.size())), program);
    SyslogClock clock;
    clock.anchorNow(kNow, 0);
    QCOMPARE(clock.toUtc(sl.stamp), utc);
}

void TestLogParser::yearInference()
{
    // CLI.md: the year that makes the newest entry not lie in the future.
    LogStamp dec31 {0, 12, 31, 23 * 3600, false, 0};
    LogStamp jan2 {0, 1, 2, 3600, false, 0};
    const qint64 jan3_2027 = civilToEpoch(2027, 1, 3, 0);
    SyslogClock c;
    c.anchor(dec31, jan3_2027, 0); // a log copied on 3 January whose last line is 31 December
    QCOMPARE(c.newestYear(), 2026);
    QCOMPARE(c.toUtc(dec31), civilToEpoch(2026, 12, 31, 23 * 3600));
    c.anchor(jan2, jan3_2027, 0); // a log spanning New Year
    QCOMPARE(c.newestYear(), 2027);
    QCOMPARE(c.toUtc(jan2), civilToEpoch(2027, 1, 2, 3600));
    QCOMPARE(c.toUtc(dec31), civilToEpoch(2026, 12, 31, 23 * 3600));
    // Newest entry in October, read in November: same year, and March lines too.
    LogStamp oct {0, 10, 20, 0, false, 0}, mar {0, 3, 1, 0, false, 0};
    c.anchor(oct, kNow, 0);
    QCOMPARE(c.toUtc(mar), civilToEpoch(2026, 3, 1, 0));
    // Newest entry on 20 December read on 29 November: last year; October lines as well.
    LogStamp dec20 {0, 12, 20, 0, false, 0};
    c.anchor(dec20, kNow, 0);
    QCOMPARE(c.toUtc(oct), civilToEpoch(2025, 10, 20, 0));
    // The log host's zone applies to zone-less stamps only.
    c.anchor(oct, kNow, 3600);
    QCOMPARE(c.toUtc(mar), civilToEpoch(2026, 3, 1, 0) - 3600);
}

void TestLogParser::queueIds()
{
    QVERIFY(looksLikeQueueId(sv("3F1A2B4C5D")));
    QVERIFY(looksLikeQueueId(sv("4Qx7Lm2Yz9nvbHWc"))); // long id: no vowels
    QVERIFY(!looksLikeQueueId(sv("warning")));
    QVERIFY(!looksLikeQueueId(sv("NOQUEUE")));
    QVERIFY(!looksLikeQueueId(sv("Deleted")));
    QVERIFY(!looksLikeQueueId(sv("3F1")));
    QVERIFY(!looksLikeQueueId(sv("3F1A-2B4C")));
}

void TestLogParser::deliveryLine()
{
    PostfixEvent ev;
    QVERIFY(parsePostfixMessage(sv("postfix/smtp"),
                                sv("4B0C1D2E3F: to=<c@three.example>, orig_to=<x@y>, relay=none, delay=1.25, "
                                   "delays=0.01/0/0/0.59, dsn=4.4.1, status=deferred (connect to "
                                   "127.0.0.1[127.0.0.1]:2525: Connection refused)"),
                                &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::Delivery));
    QCOMPARE(ev.queueId, sv("4B0C1D2E3F"));
    QCOMPARE(ev.recipient, sv("c@three.example"));
    QCOMPARE(ev.relay, sv("none"));
    QCOMPARE(ev.dsn, sv("4.4.1"));
    QCOMPARE(int(ev.status), int(DeliveryStatus::Deferred));
    QCOMPARE(int(ev.transport), int(Transport::Outbound));
    QCOMPARE(ev.delay, 1.25);
    QCOMPARE(ev.detail, sv("connect to 127.0.0.1[127.0.0.1]:2525: Connection refused"));

    QVERIFY(parsePostfixMessage(sv("postfix/lmtp"),
                                sv("AB12CD34EF: to=<a@tartanga.test>, relay=mail[127.0.0.1]:7025, delay=0.4, "
                                   "delays=0/0/0/0, dsn=2.1.5, status=sent (250 2.1.5 Delivery OK)"),
                                &ev));
    QCOMPARE(int(ev.transport), int(Transport::Local));
    QCOMPARE(int(ev.status), int(DeliveryStatus::Sent));

    // Content filter hop: the message continues under a new queue id.
    QVERIFY(parsePostfixMessage(
        sv("postfix/smtp"),
        sv("8F90123456: to=<z@four.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.9, "
           "delays=0/0/0/0.9, dsn=2.0.0, status=sent (250 2.0.0 from "
           "MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 9012345678)"),
        &ev));
    QCOMPARE(ev.newQueueId, sv("9012345678"));

    // Broken shapes are reported as malformed, never crash.
    QVERIFY(!parsePostfixMessage(sv("postfix/smtp"), sv("0BBBBBBBBB: to=<cut@x.example"), &ev));
    QVERIFY(!parsePostfixMessage(sv("postfix/smtp"), sv("0BBBBBBBBB: to=<a@b>, relay=none"), &ev));
    QVERIFY(!parsePostfixMessage(sv("postfix/qmgr"),
                                 sv("0AAAAAAAAA: from=<a@b>, size=12x, nrcpt=1 (queue active)"), &ev));
    // Not Postfix, or nothing of interest: fine, kind None.
    QVERIFY(parsePostfixMessage(sv("zmmailboxd"), sv("3F1A2B4C5D: to=<a@b>"), &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::None));
    QVERIFY(parsePostfixMessage(sv("postfix/smtpd"), sv("connect from unknown[10.0.0.1]"), &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::None));
}

void TestLogParser::clientLine()
{
    PostfixEvent ev;
    QVERIFY(parsePostfixMessage(sv("postfix/submission/smtpd"),
                                sv("4B0C1D2E3F: client=unknown[203.0.113.77], sasl_method=LOGIN, "
                                   "sasl_username=ikasle3@tartanga.test"),
                                &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::Client));
    QCOMPARE(ev.daemon, sv("smtpd"));
    QCOMPARE(ev.clientIp, sv("203.0.113.77"));
    QCOMPARE(ev.saslMethod, sv("LOGIN"));
    QCOMPARE(ev.saslUsername, sv("ikasle3@tartanga.test"));
    QVERIFY(parsePostfixMessage(sv("postfix/smtpd"), sv("6D7E8F9012: client=web[2001:db8::5]"), &ev));
    QCOMPARE(ev.clientIp, sv("2001:db8::5"));
    QVERIFY(ev.saslUsername.empty());
    QVERIFY(parsePostfixMessage(sv("postfix/qmgr"),
                                sv("4B0C1D2E3F: from=<>, size=3010, nrcpt=1 (queue active)"), &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::QueueActive));
    QCOMPARE(ev.sender, sv(""));
    QCOMPARE(ev.nrcpt, 1u);
    QCOMPARE(ev.size, quint64(3010));
}

void TestLogParser::rejectAndSaslFailure()
{
    PostfixEvent ev;
    QVERIFY(parsePostfixMessage(
        sv("postfix/smtpd"),
        sv("NOQUEUE: reject: RCPT from unknown[198.51.100.9]: 554 5.7.1 <x@e.example>: Relay "
           "access denied; from=<spam@e.example> to=<x@e.example> proto=ESMTP helo=<spam>"),
        &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::Reject));
    QCOMPARE(ev.clientIp, sv("198.51.100.9"));
    QCOMPARE(ev.sender, sv("spam@e.example"));
    QCOMPARE(ev.recipient, sv("x@e.example"));
    QVERIFY(parsePostfixMessage(sv("postfix/submission/smtpd"),
                                sv("warning: unknown[198.51.100.4]: SASL LOGIN authentication failed: "
                                   "authentication failure"),
                                &ev));
    QCOMPARE(int(ev.kind), int(PostfixEventKind::SaslFailure));
    QCOMPARE(ev.clientIp, sv("198.51.100.4"));
    QCOMPARE(ev.saslMethod, sv("LOGIN"));
    QVERIFY(ev.saslUsername.empty());
}

void TestLogParser::sampleFile()
{
    RatesOptions o;
    o.now = kNow;
    RatesAnalysis a(o);
    QString error;
    QVERIFY2(analyzeLogFile(kSample, &a, &error), qPrintable(error));
    const LogParseStats &st = a.analyzer().stats();
    QCOMPARE(st.lines, quint64(50));
    QCOMPARE(st.malformed, quint64(5));
    const RatesReport r = a.report(0);
    // Six messages arrived: two teachers, the captured student, a bounce, a web form, a cron mail.
    quint64 total = 0;
    for (const SenderRate &s : r.senders)
        total += s.messages;
    QCOMPARE(total, quint64(6));

    const SenderRate *i1 = find(r.senders, QStringLiteral("irakasle1@tartanga.test"));
    QVERIFY(i1);
    QCOMPARE(i1->messages, quint64(1));
    QCOMPARE(i1->recipients, quint64(2));
    QCOMPARE(i1->sent, quint64(1)); // the local one
    QCOMPARE(i1->deferred, quint64(1)); // deferred twice (retry at 10:00), counted once
    QCOMPARE(i1->outboundMessages, quint64(1));
    QCOMPARE(i1->recipientDomains, quint64(2));

    // The spoofed envelope sender is attributed to the SASL login.
    const SenderRate *c = find(r.senders, QStringLiteral("ikasle3@tartanga.test"));
    QVERIFY(c);
    QVERIFY(!find(r.senders, QStringLiteral("reset@bank.example"), false));
    QCOMPARE(c->recipients, quint64(3));
    QCOMPARE(c->sent, quint64(1));
    QCOMPARE(c->bounced, quint64(1));
    QCOMPARE(c->deferred, quint64(1));

    // Through the content filter: one message for irakasle2, not two.
    const SenderRate *i2 = find(r.senders, QStringLiteral("irakasle2@tartanga.test"));
    QVERIFY(i2);
    QCOMPARE(i2->messages, quint64(1));
    QCOMPARE(i2->sent, quint64(1));
    QVERIFY(!find(r.senders, QStringLiteral("irakasle2@tartanga.test"), false));

    // Without a login: sender + client.
    const SenderRate *web = find(r.senders, QStringLiteral("noreply@tartanga.test"), false);
    QVERIFY(web);
    QCOMPARE(web->who.client, QStringLiteral("10.1.1.5"));
    QCOMPARE(web->outboundMessages, quint64(0)); // local delivery
    const SenderRate *bounce = find(r.senders, QString(), false);
    QVERIFY(bounce);
    QCOMPARE(bounce->messages, quint64(1));

    // The retry of a message older than the log is not a new message.
    QVERIFY(!find(r.senders, QStringLiteral("old@tartanga.test"), false));

    // Still queued (deferred, never removed): joined with its login for the Queues page.
    const SenderIdentity *queued = a.analyzer().senderOfQueueId(sv("4B0C1D2E3F"));
    QVERIFY(queued);
    QCOMPARE(queued->account, QStringLiteral("ikasle3@tartanga.test"));
    QVERIFY(!a.analyzer().senderOfQueueId(sv("6D7E8F9012"))); // delivered and removed
    QCOMPARE(a.analyzer().saslFailuresByIp().at("198.51.100.4"), quint64(2));
    QCOMPARE(a.analyzer().rejects(), quint64(1));

    // Series: 1 message at 09:00, 09:01 (+ the bounce), 09:02 x2, 09:03 for irakasle2.
    const RateSeries s = a.series(0, 60);
    QVERIFY(s.points.size() >= 5);
    QCOMPARE(s.points[0].t, kNow - 3 * 3600);
    QCOMPARE(s.points[0].messages, quint64(1));
    QCOMPARE(s.points[1].messages, quint64(2));
    QCOMPARE(s.points[1].bounced, quint64(1));
    QCOMPARE(s.points[2].messages, quint64(2));
    const RateSeries one = a.series(0, 60, QStringLiteral("ikasle3"));
    quint64 sum = 0;
    for (const RatePoint &p : one.points)
        sum += p.messages;
    QCOMPARE(sum, quint64(1));
}

void TestLogParser::gzipEqualsPlain()
{
    QTemporaryDir dir;
    QFile in(kSample);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray data = in.readAll();
    const QString gzPath = dir.filePath(QStringLiteral("zimbra.log.2.gz"));
    gzFile gz = gzopen(QFile::encodeName(gzPath).constData(), "wb");
    QVERIFY(gz);
    QCOMPARE(gzwrite(gz, data.constData(), unsigned(data.size())), int(data.size()));
    gzclose(gz);

    RatesOptions o;
    o.now = kNow;
    RatesAnalysis plain(o), packed(o);
    QString error;
    QVERIFY(analyzeLogFile(kSample, &plain, &error));
    QVERIFY2(analyzeLogFile(gzPath, &packed, &error), qPrintable(error));
    QCOMPARE(packed.analyzer().stats().lines, plain.analyzer().stats().lines);
    QCOMPARE(packed.report(0).senders.size(), plain.report(0).senders.size());
    QCOMPARE(packed.analyzer().stats().newest, plain.analyzer().stats().newest);

    RatesAnalysis missing(o);
    QVERIFY(!analyzeLogFile(dir.filePath(QStringLiteral("nope.log")), &missing, &error));
    QVERIFY(error.contains(QStringLiteral("nope.log")));
}

void TestLogParser::chunkBoundaries()
{
    QFile in(kSample);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray data = in.readAll();
    RatesOptions o;
    o.now = kNow;
    RatesAnalysis whole(o);
    whole.feed(std::string_view(data.constData(), size_t(data.size())));
    whole.finish();
    for (int step : {1, 7, 64, 333}) {
        RatesAnalysis parts(o);
        for (qsizetype i = 0; i < data.size(); i += step)
            parts.feed(
                std::string_view(data.constData() + i, size_t(std::min<qsizetype>(step, data.size() - i))));
        parts.finish();
        QCOMPARE(parts.analyzer().stats().lines, whole.analyzer().stats().lines);
        QCOMPARE(parts.analyzer().stats().malformed, whole.analyzer().stats().malformed);
        QCOMPARE(parts.report(0).senders.size(), whole.report(0).senders.size());
    }
}

void TestLogParser::auditLines()
{
    AuthEvent ev;
    bool malformed = false;
    const char *fail = "2026-11-29 09:00:44,118 WARN  [qtp-1:https://x/service/soap/AuthRequest] "
                       "[name=ikasle3@tartanga.test;ip=127.0.0.1;oip=203.0.113.77;ua=zclient;] security - "
                       "cmd=Auth; account=ikasle3@tartanga.test; protocol=soap; error=authentication failed "
                       "for [ikasle3@tartanga.test], invalid password;";
    QVERIFY(parseAuditLine(sv(fail), 0, &ev, &malformed));
    QCOMPARE(int(ev.kind), int(AuthEvent::Kind::Failure));
    QCOMPARE(ev.account, QStringLiteral("ikasle3@tartanga.test"));
    QCOMPARE(ev.ip, QStringLiteral("203.0.113.77")); // oip= wins over the proxy's ip=
    QCOMPARE(ev.protocol, QStringLiteral("soap"));
    QCOMPARE(ev.reason, QStringLiteral("invalid password"));
    QCOMPARE(ev.t, civilToEpoch(2026, 11, 29, 9 * 3600 + 44));
    QVERIFY(
        parseAuditLine(sv("2026-11-29 09:10:04,500 INFO  [Imap-24] [ip=198.51.100.5;] security - cmd=Auth; "
                          "account=a@b; error=account lockout due to too many failed logins;"),
                       3600, &ev, &malformed));
    QCOMPARE(int(ev.kind), int(AuthEvent::Kind::Lockout));
    QCOMPARE(ev.t, civilToEpoch(2026, 11, 29, 9 * 3600 + 604) - 3600);
    QVERIFY(
        !parseAuditLine(sv("2026-11-29 09:12:00,000 INFO  [q] [name=admin;] security - cmd=ModifyAccount; "
                           "name=x;"),
                        0, &ev, &malformed));
    QVERIFY(!malformed);
    QVERIFY(!parseAuditLine(sv("2026-13-29 09:12:00,000 INFO"), 0, &ev, &malformed));
    QVERIFY(malformed);
    QVERIFY(!parseAuditLine(sv(""), 0, &ev, &malformed));
}

void TestLogParser::auditReport()
{
    AuditLogAnalyzer audit;
    LogReadOptions opt;
    opt.chunk = [&audit](std::string_view c) {
        audit.feed(c);
        return true;
    };
    QString error;
    QVERIFY(readLogInput(kAudit, opt, &error));
    audit.finish();
    const LoginFailuresReport r = audit.report(0);
    QCOMPARE(r.malformed, quint64(1)); // "this is not an audit line"; the stack trace line is not damage
    QCOMPARE(r.accounts.size(), 4);
    QCOMPARE(r.accounts[0].account, QStringLiteral("irakasle4@tartanga.test"));
    QCOMPARE(r.accounts[0].failures, quint64(5));
    QVERIFY(r.accounts[0].distributed);
    QCOMPARE(r.accounts[0].lockouts, quint64(1));
    QCOMPARE(r.accounts[1].account, QStringLiteral("ikasle3@tartanga.test"));
    QCOMPARE(r.accounts[1].failures, quint64(3));
    QVERIFY(r.accounts[1].successFromNewIp);
    QCOMPARE(r.accounts[1].successIp, QStringLiteral("203.0.113.77"));
    QVERIFY(!r.accounts[1].distributed);
    // irakasle1 logged in fine: not listed. The doubled ';' is decoded.
    bool semicolon = false;
    for (const AccountFailures &a : r.accounts) {
        QVERIFY(a.account != QStringLiteral("irakasle1@tartanga.test"));
        semicolon |= a.account == QStringLiteral("semi;colon@tartanga.test");
    }
    QVERIFY(semicolon);
    QCOMPARE(r.ips.first().ip, QStringLiteral("203.0.113.77"));
    QCOMPARE(r.ips.first().failures, quint64(3));
    // A window that ends before the attack sees none of it.
    const LoginFailuresReport early = audit.report(60, civilToEpoch(2026, 11, 29, 8 * 3600 + 59 * 60));
    QVERIFY(early.accounts.isEmpty());
}

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
