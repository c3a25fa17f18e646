// "Test connection" for SSH against the lab's real sshd, sudo and Postfix, as the technician
// sees it in the profile manager: a correct profile passes every check; an unknown host key is
// refused with its fingerprint when nobody confirms it, and accepted (and recorded) when the
// technician says yes; a wrong postqueue path and a tool that sudo does not grant fail with
// the check named.
#include "common/connectiontest.h"
#include "mta/mtatester.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;

namespace {

QJsonObject labJson()
{
    const QString dir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    QFile f(dir + QStringLiteral("/lab.json"));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

Profile labProfile(const QJsonObject &lab)
{
    const QJsonObject ssh = lab.value(QStringLiteral("ssh")).toObject();
    Profile p = Profile::create(QStringLiteral("lab"));
    p.ssh.hosts = {MtaHost {ssh.value(QStringLiteral("host")).toString(),
                            quint16(ssh.value(QStringLiteral("port")).toInt())}};
    p.ssh.user = ssh.value(QStringLiteral("user")).toString();
    p.ssh.auth = SshAuthMethod::KeyFile;
    p.ssh.keyFile = ssh.value(QStringLiteral("key")).toString();
    p.ssh.preset = MtaPreset::Zimbra;
    p.ssh.paths = MtaPaths::forPreset(MtaPreset::Zimbra);
    return p;
}

struct Outcome {
    bool ok = false;
    QString message;
    QString detail;
};

Outcome run(MtaConnectionTester &t, const Profile &p)
{
    QSignalSpy finished(&t, &ConnectionTester::finished);
    t.start(p, QString());
    if (!finished.wait(60000))
        return {false, QStringLiteral("(no answer within 60 s)"), QString()};
    return {finished.at(0).at(0).toBool(), finished.at(0).at(1).toString(), finished.at(0).at(2).toString()};
}

} // namespace

class TestMtaTesterLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_lab = labJson();
        if (m_lab.isEmpty())
            QFAIL("the lab is not up: no lab.json");
        m_knownHosts = m_lab.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("known_hosts")).toString();
    }

    void correctProfilePassesEveryCheck()
    {
        MtaConnectionTester t(nullptr, m_knownHosts);
        QStringList steps;
        connect(&t, &ConnectionTester::progressed, this, [&](const QString &s) { steps << s; });
        const Outcome o = run(t, labProfile(m_lab));
        QVERIFY2(o.ok, qPrintable(o.message + QLatin1Char(' ') + o.detail));
        QVERIFY(o.message.contains(QStringLiteral("zimbra@127.0.0.1:2222")));
        // postqueue, postconf, and the two sudo checks all ran.
        QVERIFY2(steps.size() >= 5, qPrintable(steps.join(QLatin1Char('|'))));
    }

    void unknownHostKeyRefusedWithItsFingerprint()
    {
        QTemporaryDir dir;
        MtaConnectionTester t(nullptr, dir.filePath(QStringLiteral("known_hosts")));
        const Outcome o = run(t, labProfile(m_lab));
        QVERIFY(!o.ok);
        const QString fp = m_lab.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("host_key_sha256")).toString();
        QVERIFY2(o.message.contains(fp), qPrintable(o.message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("known_hosts")))
                || !QFile(dir.filePath(QStringLiteral("known_hosts"))).size());
    }

    void confirmedHostKeyIsRecorded()
    {
        QTemporaryDir dir;
        const QString kh = dir.filePath(QStringLiteral("known_hosts"));
        MtaConnectionTester t(nullptr, kh);
        QString asked;
        connect(&t, &MtaConnectionTester::hostKeyQuestionAsked, this,
                [&](const QString &, const SshHostKeyInfo &info) {
                    asked = info.fingerprint;
                    t.answerHostKey(true, true);
                });
        const Outcome o = run(t, labProfile(m_lab));
        QVERIFY2(o.ok, qPrintable(o.message + QLatin1Char(' ') + o.detail));
        QCOMPARE(asked, m_lab.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("host_key_sha256")).toString());
        QFile f(kh);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("[127.0.0.1]:2222"));
    }

    void missingPostqueueNamesTheCheck()
    {
        Profile p = labProfile(m_lab);
        p.ssh.paths.postqueue = QStringLiteral("/opt/zimbra/common/sbin/no-such-postqueue");
        MtaConnectionTester t(nullptr, m_knownHosts);
        const Outcome o = run(t, p);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("postqueue")), qPrintable(o.message));
    }

    void toolThatSudoDoesNotGrantFails()
    {
        // A real Zimbra MTA grants no sudo for postmap: pointing postsuper there must fail.
        Profile p = labProfile(m_lab);
        p.ssh.paths.postsuper = QStringLiteral("/usr/sbin/postmap");
        MtaConnectionTester t(nullptr, m_knownHosts);
        const Outcome o = run(t, p);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("/usr/sbin/postmap")), qPrintable(o.message));
    }

private:
    QJsonObject m_lab;
    QString m_knownHosts;
};

QTEST_GUILESS_MAIN(TestMtaTesterLab)
#include "test_mtatester_lab.moc"
