// Against the lab: the real Postfix log and audit.log written while the seeder replayed a
// captured-account incident, and the log follower over the lab's real sshd (rotation and
// reconnect neither double count nor lose lines).
#include "mta/auditlog.h"
#include "mta/logfollower.h"
#include "mta/loginput.h"
#include "mta/ratesanalysis.h"
#include "ssh/sshsession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <sys/stat.h>

using namespace zaindari;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

qint64 isoToUtc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toSecsSinceEpoch();
}

// Ground-truth minutes are "YYYY-MM-DDTHH:MM" in the log's (this machine's) local time.
qint64 localMinuteToUtc(const QString &minute)
{
    QDateTime dt = QDateTime::fromString(minute, QStringLiteral("yyyy-MM-ddTHH:mm"));
    dt.setTimeSpec(Qt::LocalTime);
    return dt.toSecsSinceEpoch();
}

} // namespace

class TestRatesLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsMatchGroundTruth();
    void capturedLoginFlaggedWithinAMinute();
    void failedLoginsFromAuditLog();
    void cliAgainstTheLab();
    void followerSurvivesRotationAndReconnect();
    void watchRaisesALiveAlert();

private:
    SshConnectOptions sshOptions() const;

    QJsonObject m_lab;
    QJsonObject m_truth;
    QString m_captured;
    qint64 m_seedStart = 0;
    qint64 m_seedEnd = 0;
    qint64 m_burstStart = 0;
};

void TestRatesLab::initTestCase()
{
    const QString labDir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    m_lab = readJson(labDir + QStringLiteral("/lab.json"));
    QVERIFY2(!m_lab.isEmpty(), "lab.json missing: the lab fixture did not come up");
    m_truth = readJson(m_lab.value(QStringLiteral("ground_truth")).toString());
    QVERIFY2(!m_truth.isEmpty(), "ground-truth.json missing");
    m_captured = m_truth.value(QStringLiteral("captured_account")).toString();
    const QJsonObject burst = m_truth.value(QStringLiteral("burst")).toObject();
    m_burstStart = isoToUtc(burst.value(QStringLiteral("start")).toString());
    // The seeding window: from the first minute any account sent to the burst's end.
    qint64 first = 0;
    const QJsonObject accounts = m_truth.value(QStringLiteral("per_account")).toObject();
    for (auto a = accounts.begin(); a != accounts.end(); ++a) {
        const QJsonObject minutes = a.value().toObject().value(QStringLiteral("per_minute")).toObject();
        for (auto m = minutes.begin(); m != minutes.end(); ++m) {
            const qint64 t = localMinuteToUtc(m.key());
            if (first == 0 || t < first)
                first = t;
        }
    }
    m_seedStart = first;
    m_seedEnd = isoToUtc(burst.value(QStringLiteral("end")).toString()) + 59;
    QVERIFY(m_seedStart > 0 && m_burstStart >= m_seedStart && m_seedEnd > m_burstStart);
}

void TestRatesLab::countsMatchGroundTruth()
{
    RatesOptions o;
    o.localOffset = localUtcOffset();
    RatesAnalysis a(o);
    QString error;
    QVERIFY2(
        analyzeLogFile(m_lab.value(QStringLiteral("mta")).toObject().value(QStringLiteral("log")).toString(),
                       &a, &error),
        qPrintable(error));
    const RatesReport r = a.report(m_seedEnd - m_seedStart, 0, m_seedEnd);
    QVERIFY(!r.senders.isEmpty());
    QCOMPARE(r.senders.first().who.account, m_captured); // the top sender

    const QJsonObject accounts = m_truth.value(QStringLiteral("per_account")).toObject();
    quint64 deferredMessages = 0;
    for (const SenderRate &s : r.senders)
        deferredMessages += s.deferredMessages;
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        const SenderRate *found = nullptr;
        for (const SenderRate &s : r.senders)
            if (s.who.authenticated && s.who.account == it.key())
                found = &s;
        QVERIFY2(found, qPrintable(it.key()));
        QCOMPARE(qint64(found->messages), qint64(t.value(QStringLiteral("messages")).toInt()));
        QCOMPARE(qint64(found->recipients), qint64(t.value(QStringLiteral("recipients")).toInt()));
        // Exactly, minute by minute.
        const RateSeries series = a.series(m_seedEnd - m_seedStart, 60, it.key(), m_seedEnd);
        QMap<qint64, qint64> got, want;
        for (const RatePoint &p : series.points)
            if (p.messages)
                got.insert(p.t, qint64(p.messages));
        const QJsonObject minutes = t.value(QStringLiteral("per_minute")).toObject();
        for (auto m = minutes.begin(); m != minutes.end(); ++m)
            want.insert(localMinuteToUtc(m.key()), m.value().toInt());
        QCOMPARE(got, want);
    }
    // Every external message was deferred by the dead relay, each counted once.
    QCOMPARE(qint64(deferredMessages), qint64(m_truth.value(QStringLiteral("deferred_total")).toInt()));
}

void TestRatesLab::capturedLoginFlaggedWithinAMinute()
{
    // Replay the log's own timeline through the detector with its default thresholds.
    RatesOptions o;
    o.localOffset = localUtcOffset();
    RatesAnalysis a(o);
    QString error;
    QVERIFY(analyzeLogFile(
        m_lab.value(QStringLiteral("mta")).toObject().value(QStringLiteral("log")).toString(), &a, &error));
    const RateAlert *first = nullptr;
    for (const RateAlert &al : a.alerts()) {
        if (al.t < m_seedStart || al.t > m_seedEnd)
            continue; // other suites' traffic after the seed is not this incident
        QCOMPARE(al.account, m_captured); // no false alarm on a normal account
        if (!first)
            first = &al;
    }
    QVERIFY2(first, "the captured login was not flagged");
    // Syslog stamps have whole seconds; the burst start has milliseconds.
    QVERIFY2(first->t >= m_burstStart - 1 && first->t <= m_burstStart + 60,
             qPrintable(QStringLiteral("flagged %1 s after the burst started").arg(first->t - m_burstStart)));
}

void TestRatesLab::failedLoginsFromAuditLog()
{
    if (!m_truth.value(QStringLiteral("soap_seeded")).toBool())
        QSKIP("the seeder ran without the SOAP emulator: no logins to check");
    AuditLogAnalyzer audit(localUtcOffset());
    LogReadOptions opt;
    opt.chunk = [&audit](std::string_view c) {
        audit.feed(c);
        return true;
    };
    QString error;
    QVERIFY2(readLogInput(
                 m_lab.value(QStringLiteral("mta")).toObject().value(QStringLiteral("audit_log")).toString(),
                 opt, &error),
             qPrintable(error));
    audit.finish();
    const QJsonArray failed = m_truth.value(QStringLiteral("failed_logins")).toArray();
    const QString attacker = m_truth.value(QStringLiteral("attacker_ip")).toString();
    const qint64 from = isoToUtc(failed.first().toObject().value(QStringLiteral("t")).toString()) - 1;
    const LoginFailuresReport r = audit.report(m_seedEnd - from, m_seedEnd);
    const AccountFailures *captured = nullptr;
    for (const AccountFailures &a : r.accounts)
        if (a.account == m_captured)
            captured = &a;
    QVERIFY(captured);
    QCOMPARE(qint64(captured->failures), qint64(failed.size()));
    QCOMPARE(captured->ips, QStringList {attacker});
    QVERIFY(captured->successFromNewIp);
    QCOMPARE(captured->successIp, attacker);
    bool attackerListed = false;
    for (const IpFailures &f : r.ips)
        if (f.ip == attacker) {
            attackerListed = true;
            QCOMPARE(qint64(f.failures), qint64(failed.size()));
        }
    QVERIFY(attackerListed);
}

SshConnectOptions TestRatesLab::sshOptions() const
{
    const QJsonObject ssh = m_lab.value(QStringLiteral("ssh")).toObject();
    SshConnectOptions o;
    o.host = ssh.value(QStringLiteral("host")).toString();
    o.port = quint16(ssh.value(QStringLiteral("port")).toInt());
    o.user = ssh.value(QStringLiteral("user")).toString();
    o.auth = SshAuthMethod::KeyFile;
    o.keyFile = ssh.value(QStringLiteral("key")).toString();
    o.knownHostsFile = ssh.value(QStringLiteral("known_hosts")).toString();
    return o;
}

void TestRatesLab::cliAgainstTheLab()
{
    // Live over SSH: the read-back of the server's log, the same counting as --input.
    const QJsonObject ssh = m_lab.value(QStringLiteral("ssh")).toObject();
    QProcess p;
    p.start(
        QStringLiteral(ZAINDARI_CLI),
        {QStringLiteral("--ssh"),
         QStringLiteral("%1@%2:%3")
             .arg(ssh.value(QStringLiteral("user")).toString(), ssh.value(QStringLiteral("host")).toString(),
                  QString::number(ssh.value(QStringLiteral("port")).toInt())),
         QStringLiteral("--ssh-key"), ssh.value(QStringLiteral("key")).toString(),
         QStringLiteral("--known-hosts"), ssh.value(QStringLiteral("known_hosts")).toString(),
         QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--since"), QStringLiteral("7d"),
         QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject top = doc.value(QStringLiteral("senders")).toArray().first().toObject();
    QCOMPARE(top.value(QStringLiteral("account")).toString(), m_captured);
    QVERIFY(qint64(top.value(QStringLiteral("messages")).toDouble())
            >= qint64(m_truth.value(QStringLiteral("per_account"))
                          .toObject()
                          .value(m_captured)
                          .toObject()
                          .value(QStringLiteral("messages"))
                          .toInt()));
    QVERIFY(top.value(QStringLiteral("flagged")).toBool());

    // An unknown host key is refused with exit code 4.
    QTemporaryDir dir;
    QProcess q;
    q.start(
        QStringLiteral(ZAINDARI_CLI),
        {QStringLiteral("--ssh"),
         QStringLiteral("%1@%2:%3")
             .arg(ssh.value(QStringLiteral("user")).toString(), ssh.value(QStringLiteral("host")).toString(),
                  QString::number(ssh.value(QStringLiteral("port")).toInt())),
         QStringLiteral("--ssh-key"), ssh.value(QStringLiteral("key")).toString(),
         QStringLiteral("--known-hosts"), dir.filePath(QStringLiteral("empty_known_hosts")),
         QStringLiteral("rates"), QStringLiteral("top")});
    QVERIFY(q.waitForFinished(60000));
    QCOMPARE(q.exitCode(), 4);
}

void TestRatesLab::followerSurvivesRotationAndReconnect()
{
    // A log the zimbra user can read, in the real format: slices of the lab's own log.
    QFile real(m_lab.value(QStringLiteral("mta")).toObject().value(QStringLiteral("log")).toString());
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QList<QByteArray> all = real.readAll().split('\n');
    QVERIFY(all.size() > 1000);
    auto slice = [&all](int part, int parts) {
        QByteArray out;
        const int n = int(all.size() - 1);
        for (int i = n * part / parts; i < n * (part + 1) / parts; ++i)
            out += all[i] + '\n';
        return out;
    };
    const QByteArray p0 = slice(0, 6), p1 = slice(1, 6), p2 = slice(2, 6), p3 = slice(3, 6), p4 = slice(4, 6),
                     p5 = slice(5, 6);

    const QString dirPath
        = QDir::tempPath() + QStringLiteral("/zaindari-rates-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dirPath);
    ::chmod(QFile::encodeName(dirPath).constData(), 0755);
    const QString log = dirPath + QStringLiteral("/zimbra.log");
    auto write = [](const QString &path, const QByteArray &data, QIODevice::OpenMode mode) {
        QFile f(path);
        QVERIFY(f.open(mode));
        QCOMPARE(f.write(data), data.size());
        f.close();
        ::chmod(QFile::encodeName(path).constData(), 0644);
    };
    // An older rotation, compressed, then the current file.
    {
        gzFile gz = gzopen(QFile::encodeName(log + QStringLiteral(".2.gz")).constData(), "wb");
        QVERIFY(gz);
        gzwrite(gz, p0.constData(), unsigned(p0.size()));
        gzclose(gz);
        ::chmod(QFile::encodeName(log + QStringLiteral(".2.gz")).constData(), 0644);
    }
    write(log, p1, QIODevice::WriteOnly);

    QByteArray received;
    LogFollowOptions fo;
    fo.path = log;
    fo.backlogSeconds = 7 * 86400;
    fo.pollIntervalMs = 100;
    fo.maxBytesPerPoll = 64 * 1024; // many polls: offsets and partial lines get exercised

    LogPosition position;
    {
        SshSession session(sshOptions());
        LogFollower follower(&session, fo);
        connect(&follower, &LogFollower::dataReceived, this,
                [&received](const QByteArray &d) { received += d; });
        QSignalSpy backlog(&follower, &LogFollower::backlogFinished);
        QSignalSpy rotated(&follower, &LogFollower::rotationDetected);
        session.connectToHost();
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(backlog.count(), 1, 60000);
        QCOMPARE(received, p0 + p1);

        // Growth, including a line written in two halves.
        const qsizetype half = p2.indexOf('\n') / 2;
        write(log, p2.left(half), QIODevice::Append);
        QTest::qWait(400);
        write(log, p2.mid(half), QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), (p0 + p1 + p2).size(), 30000);

        // Rotation: rename, a late write into the renamed file, then a new file.
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        write(log + QStringLiteral(".1"), p3, QIODevice::Append);
        write(log, p4, QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), (p0 + p1 + p2 + p3 + p4).size(), 30000);
        QVERIFY(rotated.count() >= 1);
        QCOMPARE(rotated.first().first().toBool(), false); // nothing lost
        position = follower.position();
        follower.cancel();
    }
    // Reconnect: a new session resumes at the position, no read-back again.
    write(log, p5, QIODevice::Append);
    {
        SshSession session(sshOptions());
        LogFollower follower(&session, fo);
        follower.setResumePosition(position);
        connect(&follower, &LogFollower::dataReceived, this,
                [&received](const QByteArray &d) { received += d; });
        session.connectToHost();
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), (p0 + p1 + p2 + p3 + p4 + p5).size(), 30000);
        QTest::qWait(500); // nothing more arrives
        follower.cancel();
    }
    QCOMPARE(received, p0 + p1 + p2 + p3 + p4 + p5); // every byte once, in order

    QDir(dirPath).removeRecursively();
}

void TestRatesLab::watchRaisesALiveAlert()
{
    // `watch` on a log the test writes now: a login starts a burst, an alert line follows.
    const QString dirPath
        = QDir::tempPath() + QStringLiteral("/zaindari-watch-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dirPath);
    ::chmod(QFile::encodeName(dirPath).constData(), 0755);
    const QString log = dirPath + QStringLiteral("/zimbra.log");
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    ::chmod(QFile::encodeName(log).constData(), 0644);

    const QJsonObject ssh = m_lab.value(QStringLiteral("ssh")).toObject();
    QProcess w;
    w.start(
        QStringLiteral(ZAINDARI_CLI),
        {QStringLiteral("--ssh"),
         QStringLiteral("%1@%2:%3")
             .arg(ssh.value(QStringLiteral("user")).toString(), ssh.value(QStringLiteral("host")).toString(),
                  QString::number(ssh.value(QStringLiteral("port")).toInt())),
         QStringLiteral("--ssh-key"), ssh.value(QStringLiteral("key")).toString(),
         QStringLiteral("--known-hosts"), ssh.value(QStringLiteral("known_hosts")).toString(),
         QStringLiteral("--log"), log, QStringLiteral("watch"), QStringLiteral("--threshold"),
         QStringLiteral("20/min"), QStringLiteral("--json")});
    QVERIFY(w.waitForStarted());
    QTest::qWait(2500); // connected and following

    // 30 submissions by one login, stamped now in the log's (local) syslog format.
    QByteArray lines;
    const QString stamp
        = QLocale::c().toString(QDateTime::currentDateTime(), QStringLiteral("MMM dd HH:mm:ss"));
    for (int i = 0; i < 30; ++i) {
        const QByteArray qid = QByteArray::number(0xA00000000LL + i, 16).toUpper();
        const QByteArray st = stamp.toLatin1();
        lines += st + " mta postfix/submission/smtpd[77]: " + qid
            + ": client=unknown[203.0.113.9], sasl_method=PLAIN, sasl_username=ikasle40@tartanga.test\n";
        lines += st + " mta postfix/cleanup[78]: " + qid + ": message-id=<" + qid + "@x>\n";
        lines += st + " mta postfix/qmgr[79]: " + qid
            + ": from=<ikasle40@tartanga.test>, size=900, nrcpt=2 (queue active)\n";
    }
    QVERIFY(f.open(QIODevice::Append));
    f.write(lines);
    f.close();

    QTRY_VERIFY_WITH_TIMEOUT(w.canReadLine(), 20000);
    const QJsonObject alert = QJsonDocument::fromJson(w.readLine()).object();
    w.kill();
    w.waitForFinished();
    QCOMPARE(alert.value(QStringLiteral("account")).toString(), QStringLiteral("ikasle40@tartanga.test"));
    QCOMPARE(alert.value(QStringLiteral("threshold")).toDouble(), 20.0);
    QCOMPARE(alert.value(QStringLiteral("rate")).toDouble(), 21.0);
    QCOMPARE(alert.value(QStringLiteral("window")).toString(), QStringLiteral("minute"));
    QDir(dirPath).removeRecursively();
}

QTEST_GUILESS_MAIN(TestRatesLab)
#include "tst_rates_lab.moc"
