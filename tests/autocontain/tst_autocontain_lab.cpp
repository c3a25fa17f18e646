// `zaindari-cli watch --auto-contain --json` against the lab, as a technician would leave it
// running: a profile that opts in (imported into a private config directory), a burst from a
// login no other test uses (ikasle14) on the submission port, then the "contain" alert line,
// the containment's result line, the account locked in the SOAP emulator and its messages held.
// Then everything is undone (ContainmentRunner::undo; the burst deleted) so the lab is left as
// found.
#include "../labprobe/labprobe.h"
#include "autocontaintestutil.h"

#include "directory/directoryjob.h"
#include "incident/containmentrunner.h"
#include "mta/mtasessions.h"
#include "zimbra/accountjobs.h"
#include "zimbra/zimbraclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;
using namespace autocontain;

namespace {

const QString kLogin = QStringLiteral("ikasle14@tartanga.test");
constexpr int kBurst = 240;
constexpr int kThreshold = 40; // per minute, the profile's own (the alert threshold is 20)

// queue id -> queue name, from postqueue -j; `mine` collects the ids that are the login's (its
// envelope sender, or a bounce addressed to it), the only ones this test may release.
QHash<QString, QString> queueSnapshot(QSet<QString> *mine = nullptr)
{
    QHash<QString, QString> out;
    const QHash<QString, labprobe::Queued> all = labprobe::postqueueSnapshot();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        out.insert(it.key(), it->queue);
        if (mine && it->involves(kLogin))
            mine->insert(it.key());
    }
    return out;
}

int submissionCode(const QString &user, const QString &password)
{
    return labprobe::submissionCode(user, password);
}

using labprobe::postconfValue;

} // namespace

class TestAutoContainLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void burstIsContainedWhileWatching();
    void cleanupTestCase();

private:
    ZimbraClient *soapClient();
    QString zimbraStatus();
    void undo();
    void stopWatch();

    QTemporaryDir m_tmp;
    QJsonObject m_lab;
    QString m_password;
    QString m_restrictionsBefore;
    DirectoryConfig m_dir;
    std::unique_ptr<ZimbraClient> m_soap;
    std::unique_ptr<QProcess> m_watch;
    QStringList m_queued; // what the burst queued: deleted at the end
    QHash<QString, QString> m_before; // the queue before: the seeded mail of ikasle14 is released
    bool m_dirty = false;
};

ZimbraClient *TestAutoContainLab::soapClient()
{
    if (!m_soap) {
        const QJsonObject soap = m_lab.value(QStringLiteral("soap")).toObject();
        m_soap = std::make_unique<ZimbraClient>();
        TlsTrust trust;
        trust.addGlobalPin(QStringLiteral("sha256:") + soap.value(QStringLiteral("cert_sha256")).toString());
        m_soap->setTrust(trust);
        m_soap->setEndpoint(QUrl(soap.value(QStringLiteral("url")).toString()),
                            soap.value(QStringLiteral("admin")).toString());
        m_soap->setPassword(readText(soap.value(QStringLiteral("password_file")).toString()));
    }
    return m_soap.get();
}

QString TestAutoContainLab::zimbraStatus()
{
    AccountJob job(soapClient(), kLogin);
    QSignalSpy spy(&job, &ZimbraJob::finished);
    job.start();
    if (!spy.wait(30000) || job.error().isError())
        return QString();
    return job.account().status;
}

void TestAutoContainLab::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString labDir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    m_lab = readJson(labDir + QStringLiteral("/lab.json"));
    QVERIFY2(!m_lab.isEmpty(), "lab.json missing: is the lab up?");
    m_password = readText(labDir + QStringLiteral("/secrets/users/ikasle14.pw"));
    QVERIFY(!m_password.isEmpty());
    const QJsonObject ldap = m_lab.value(QStringLiteral("ldap")).toObject();
    m_dir.url = ldap.value(QStringLiteral("url")).toString();
    m_dir.bindIdentity = ldap.value(QStringLiteral("bind")).toString();
    m_dir.baseDn = ldap.value(QStringLiteral("base")).toString();
    m_dir.caFile = ldap.value(QStringLiteral("ca_file")).toString();
    m_dir.password = readText(ldap.value(QStringLiteral("password_file")).toString());
    m_restrictionsBefore = postconfValue(QStringLiteral("smtpd_sender_restrictions"));
    QCOMPARE(zimbraStatus(), QStringLiteral("active"));
    QCOMPARE(submissionCode(kLogin, m_password), 250);
    m_before = queueSnapshot();

    // Opted in, its own threshold; disable (reversible) and hold; no Postfix restart in a lab
    // other suites share (the burst's session has ended by the time the block is in).
    const QJsonObject containment {{QStringLiteral("auto_contain"), true},
                                   {QStringLiteral("auto_threshold_per_minute"), kThreshold},
                                   {QStringLiteral("queue"), QStringLiteral("hold")},
                                   {QStringLiteral("directory"), QStringLiteral("disable")},
                                   {QStringLiteral("restart_mta_when_sessions_open"), false},
                                   {QStringLiteral("remove_forwarding"), true}};
    QByteArray err;
    QCOMPARE(importProfile(QStringLiteral(ZAINDARI_CLI_PATH), m_tmp.path(),
                           labProfileExport(m_lab, QStringLiteral("Auto lab"), containment), &err),
             0);
}

void TestAutoContainLab::stopWatch()
{
    if (!m_watch)
        return;
    m_watch->terminate();
    if (!m_watch->waitForFinished(10000)) {
        m_watch->kill();
        m_watch->waitForFinished();
    }
}

void TestAutoContainLab::burstIsContainedWhileWatching()
{
    m_watch = std::make_unique<QProcess>();
    m_watch->setProcessEnvironment(privateEnvironment(m_tmp.path()));
    m_watch->start(QStringLiteral(ZAINDARI_CLI_PATH),
                   QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json"),
                                QStringLiteral("--profile"), QStringLiteral("Auto lab")}
                       + labSecretsAndTrust(m_lab)
                       + QStringList {QStringLiteral("watch"), QStringLiteral("--threshold"),
                                      QStringLiteral("20/min"), QStringLiteral("--auto-contain")});
    QVERIFY(m_watch->waitForStarted());
    // Live once the read-back is in: the watch says so on stderr.
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (!err.contains("Automatic containment is on") && t.elapsed() < 30000) {
        m_watch->waitForReadyRead(500);
        err += m_watch->readAllStandardError();
        QVERIFY2(m_watch->state() == QProcess::Running, err.constData());
    }
    QVERIFY2(err.contains("reaches 40 messages a minute"), err.constData());

    m_dirty = true;
    QProcess burst;
    const QString pwFile = m_tmp.path() + QStringLiteral("/ikasle14.pw");
    {
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_password.toUtf8());
    }
    burst.start(QStringLiteral("python3"),
                {QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/autocontain/smtp_burst.py"),
                 QStringLiteral("--login"), kLogin, QStringLiteral("--password-file"), pwFile,
                 QStringLiteral("--count"), QString::number(kBurst)});
    QVERIFY(burst.waitForFinished(60000));
    const QJsonObject sent = QJsonDocument::fromJson(burst.readAllStandardOutput()).object();
    for (const QJsonValue &v : sent.value(QStringLiteral("queued")).toArray())
        m_queued << v.toString();
    QVERIFY2(m_queued.size() > kThreshold, burst.readAllStandardError().constData());

    // The alert line with "action":"contain", then the containment's result on its own line.
    QJsonObject alert, result;
    QByteArray out;
    t.restart();
    while (result.isEmpty() && t.elapsed() < 60000) {
        m_watch->waitForReadyRead(500);
        out += m_watch->readAllStandardOutput();
        err += m_watch->readAllStandardError();
        while (out.contains('\n')) {
            const int nl = out.indexOf('\n');
            const QJsonObject o = QJsonDocument::fromJson(out.left(nl)).object();
            out.remove(0, nl + 1);
            if (o.value(QStringLiteral("action")).toString() == QLatin1String("contain")) {
                QCOMPARE(o.value(QStringLiteral("account")).toString(), kLogin); // nobody else
                alert = o;
            } else if (o.contains(QStringLiteral("steps"))) {
                result = o;
            }
        }
    }
    QVERIFY2(!alert.isEmpty(), err.constData());
    QVERIFY2(!result.isEmpty(), err.constData());
    for (const char *k : {"t", "account", "rate", "threshold", "action"})
        QVERIFY2(alert.contains(QLatin1String(k)), k);
    QVERIFY(alert.value(QStringLiteral("rate")).toDouble() >= kThreshold);
    QCOMPARE(alert.value(QStringLiteral("threshold")).toDouble(), double(kThreshold));
    QCOMPARE(result.value(QStringLiteral("account")).toString(), kLogin);
    QVERIFY2(m_watch->state() == QProcess::Running, err.constData()); // still following the log

    // What a technician checks: locked in Zimbra, refused at submission, its mail held.
    QCOMPARE(zimbraStatus(), QStringLiteral("locked"));
    const int code = submissionCode(kLogin, m_password);
    QVERIFY2(code >= 500 && code < 600, QByteArray::number(code).constData());
    const QHash<QString, QString> queues = queueSnapshot();
    int held = 0;
    for (const QString &id : std::as_const(m_queued)) {
        QVERIFY2(queues.value(id) == QLatin1String("hold"),
                 qPrintable(id + QLatin1Char(' ') + queues.value(id)));
        ++held;
    }
    QVERIFY(result.value(QStringLiteral("messages_held")).toInt() >= held);
    QHash<QString, bool> done;
    for (const QJsonValue &v : result.value(QStringLiteral("steps")).toArray())
        done.insert(v.toObject().value(QStringLiteral("step")).toString(),
                    v.toObject().value(QStringLiteral("done")).toBool());
    QVERIFY2(done.value(QStringLiteral("zimbra_lock")) && done.value(QStringLiteral("submission_block"))
                 && done.value(QStringLiteral("directory")) && done.value(QStringLiteral("queues")),
             QJsonDocument(result).toJson(QJsonDocument::Compact).constData());

    stopWatch();
    undo();
}

void TestAutoContainLab::undo()
{
    // The burst's messages go (they were the test's own), then the runner undoes the rest:
    // unlock, enable, remove the submission block.
    if (!m_queued.isEmpty()) {
        QProcess del;
        del.start(QStringLiteral("postsuper"), {QStringLiteral("-d"), QStringLiteral("-")});
        del.write(m_queued.join(QLatin1Char('\n')).toUtf8() + '\n');
        del.closeWriteChannel();
        QVERIFY(del.waitForFinished(60000));
    }
    const QJsonObject ssh = m_lab.value(QStringLiteral("ssh")).toObject();
    SshSettings s;
    s.hosts = {MtaHost {QStringLiteral("127.0.0.1"), quint16(ssh.value(QStringLiteral("port")).toInt())}};
    s.auth = SshAuthMethod::KeyFile;
    s.keyFile = ssh.value(QStringLiteral("key")).toString();
    MtaSessions mta(s, ssh.value(QStringLiteral("known_hosts")).toString(), false);
    ContainmentResult r;
    r.account = kLogin;
    // The lab's own mail of the login (seeded school day) held by the containment: released.
    // Only the login's: another suite may hold other mail meanwhile.
    QSet<QString> mine;
    const QHash<QString, QString> now = queueSnapshot(&mine);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (it.value() == QLatin1String("hold") && mine.contains(it.key()) && m_before.contains(it.key())
            && m_before.value(it.key()) != QLatin1String("hold")) {
            QueueMatch m;
            m.id = it.key();
            m.host = mta.hostNames().value(0);
            r.held << m;
        }
    }
    r.zimbraLocked = true;
    r.directoryDisabled = true;
    r.blockedHosts = mta.hostNames();
    ContainmentBackends b;
    b.zimbra = soapClient();
    b.directory = m_dir;
    b.mta = &mta;
    b.auditLogPath = m_tmp.path() + QStringLiteral("/undo-audit.jsonl");
    ContainmentRunner runner(b);
    QSignalSpy finished(&runner, &ContainmentRunner::undoFinished);
    runner.undo(r);
    QVERIFY(finished.wait(120000));
    for (const StepResult &st : finished.at(0).at(0).value<QList<StepResult>>())
        QVERIFY2(st.done, qPrintable(st.detail));

    // Read back: as before.
    QCOMPARE(zimbraStatus(), QStringLiteral("active"));
    QCOMPARE(postconfValue(QStringLiteral("smtpd_sender_restrictions")), m_restrictionsBefore);
    QCOMPARE(submissionCode(kLogin, m_password), 250);
    CredentialCheckJob check(m_dir, kLogin, m_password);
    QSignalSpy checked(&check, &DirectoryJob::finished);
    check.start();
    QVERIFY(checked.wait(30000));
    QVERIFY2(check.outcome().ok(), qPrintable(check.outcome().message)); // enabled, same password
    const QHash<QString, QString> queues = queueSnapshot();
    for (const QString &id : std::as_const(m_queued))
        QVERIFY2(!queues.contains(id), qPrintable(id));
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        if (queues.contains(it.key()) && mine.contains(it.key()))
            QVERIFY2((queues.value(it.key()) == QLatin1String("hold"))
                         == (it.value() == QLatin1String("hold")),
                     qPrintable(it.key()));
    m_queued.clear();
    m_dirty = false;
}

void TestAutoContainLab::cleanupTestCase()
{
    stopWatch();
    if (!m_dirty)
        return;
    qWarning("automatic containment test stopped half-way: undoing; if this fails the lab needs "
             "`tests/lab/lab-up.sh --seed`");
    undo();
}

QTEST_GUILESS_MAIN(TestAutoContainLab)
#include "tst_autocontain_lab.moc"
