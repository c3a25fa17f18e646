// Queues against the lab's real sshd and Postfix, as a technician would check them:
// counts match `postqueue -j` read independently (as root, parsed with QJsonDocument), holding
// the captured sender holds exactly its messages, release brings them back, host keys are
// verified, remote failures get precise messages, a dropped connection reports what was done,
// and delete (last) removes exactly the sender's messages. The lab is re-seeded at the end.
#include "mta/queuejobs.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace zaindari;

namespace {
const QString kCaptured = QStringLiteral("ikasle3@tartanga.test");

struct Msg {
    QString queue;
    QString sender;
};

QString labDir()
{
    const QString d = qEnvironmentVariable("ZAINDARI_LAB_DIR");
    return d.isEmpty() ? QStringLiteral("/var/lib/zaindari-lab") : d;
}

QJsonObject labJson()
{
    QFile f(labDir() + QStringLiteral("/lab.json"));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The queue as Postfix itself reports it, read without any Zaindari code.
QHash<QString, Msg> independentQueue()
{
    QProcess p;
    p.start(QStringLiteral("/usr/sbin/postqueue"), {QStringLiteral("-j")});
    p.waitForFinished(60000);
    QHash<QString, Msg> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        out.insert(o[QStringLiteral("queue_id")].toString(),
                   {o[QStringLiteral("queue_name")].toString(), o[QStringLiteral("sender")].toString()});
    }
    return out;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestQueueLab : public QObject
{
    Q_OBJECT
private:
    QJsonObject m_ssh;
    QTemporaryDir m_tmp;

    QStringList connection(const QString &knownHosts = QString()) const
    {
        return {QStringLiteral("--ssh"),
                QStringLiteral("%1@%2:%3").arg(m_ssh[QStringLiteral("user")].toString(),
                                               m_ssh[QStringLiteral("host")].toString())
                    .arg(m_ssh[QStringLiteral("port")].toInt()),
                QStringLiteral("--ssh-key"), m_ssh[QStringLiteral("key")].toString(),
                QStringLiteral("--known-hosts"),
                knownHosts.isEmpty() ? m_ssh[QStringLiteral("known_hosts")].toString() : knownHosts,
                QStringLiteral("--mta"), QStringLiteral("zimbra")};
    }

    CliRun cli(const QStringList &args) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(ZAINDARI_BINARY_DIR "/app/cli/zaindari-cli"), args);
        p.closeWriteChannel(); // standard input is not a terminal
        p.waitForFinished(300000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    SshConnectOptions sshOptions() const
    {
        SshConnectOptions o;
        o.host = m_ssh[QStringLiteral("host")].toString();
        o.port = quint16(m_ssh[QStringLiteral("port")].toInt());
        o.user = m_ssh[QStringLiteral("user")].toString();
        o.auth = SshAuthMethod::KeyFile;
        o.keyFile = m_ssh[QStringLiteral("key")].toString();
        o.knownHostsFile = m_ssh[QStringLiteral("known_hosts")].toString();
        return o;
    }

    MtaPaths zimbraPaths() const { return MtaPaths::forPreset(MtaPreset::Zimbra); }

    QStringList idsOf(const QHash<QString, Msg> &q, const QString &sender) const
    {
        QStringList ids;
        for (auto it = q.cbegin(); it != q.cend(); ++it) {
            if (it->sender == sender)
                ids << it.key();
        }
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject lab = labJson();
        if (lab.isEmpty())
            QSKIP("the lab is not up ($ZAINDARI_LAB_DIR/lab.json missing)");
        m_ssh = lab[QStringLiteral("ssh")].toObject();
        const QHash<QString, Msg> q = independentQueue();
        QVERIFY2(idsOf(q, kCaptured).size() >= 10, "the lab queue holds no burst from the captured account");
    }

    void summaryMatchesPostqueue()
    {
        const QHash<QString, Msg> q = independentQueue();
        const CliRun r = cli(connection() << QStringLiteral("queue") << QStringLiteral("summary") << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QHash<QString, int> perQueue;
        QHash<QString, int> perSender;
        for (const Msg &m : q) {
            perQueue[m.queue]++;
            perSender[m.sender]++;
        }
        for (const QString &name : {QStringLiteral("incoming"), QStringLiteral("active"), QStringLiteral("deferred"),
                                    QStringLiteral("hold"), QStringLiteral("corrupt")})
            QCOMPARE(j[QStringLiteral("queues")].toObject()[name].toInt(), perQueue.value(name));
        const QJsonArray top = j[QStringLiteral("top_senders")].toArray();
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.first().toObject()[QStringLiteral("sender")].toString(), kCaptured);
        for (const QJsonValue &v : top)
            QCOMPARE(v.toObject()[QStringLiteral("count")].toInt(),
                     perSender.value(v.toObject()[QStringLiteral("sender")].toString()));
    }

    void listOverSshMatchesPostqueue()
    {
        SshSession session(sshOptions());
        QueueListJob job({{&session, QStringLiteral("lab"), zimbraPaths()}});
        QSignalSpy done(&job, &QueueListJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(job.errorMessage()));
        const QueueListing l = job.takeListing();
        const QHash<QString, Msg> q = independentQueue();
        QCOMPARE(l.count(), int(q.size()));
        QCOMPARE(l.brokenLines, 0);
        for (const QueueMessage &m : l.messages) {
            const Msg want = q.value(m.id.toString());
            QCOMPARE(queueNameToString(m.queue), want.queue);
            QCOMPARE(l.senderOf(m), want.sender);
            QCOMPARE(l.hostOf(m), QStringLiteral("lab"));
        }
    }

    void unknownHostKeyNeedsTheOption()
    {
        const QString kh = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
        QFile::remove(kh);
        const QStringList args = connection(kh) << QStringLiteral("queue") << QStringLiteral("summary") << QStringLiteral("--json");
        const CliRun refused = cli(args);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(m_ssh[QStringLiteral("host_key_sha256")].toString().toUtf8()), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        const CliRun accepted = cli(QStringList(args) << QStringLiteral("--accept-new-host-key"));
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QFile f(kh);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("[127.0.0.1]:2222 "));
        // Recorded: the next run needs no option.
        QCOMPARE(cli(args).exitCode, 0);
    }

    void changedHostKeyIsAlwaysRefused()
    {
        const QString keyPath = m_tmp.filePath(QStringLiteral("other_key"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                 QStringLiteral("-N"), QString(), QStringLiteral("-f"), keyPath});
        QVERIFY(gen.waitForFinished());
        QFile pub(keyPath + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        const QString kh = m_tmp.filePath(QStringLiteral("changed_known_hosts"));
        QFile out(kh);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[127.0.0.1]:2222 " + parts.value(0) + ' ' + parts.value(1) + '\n');
        out.close();
        QProcess fp;
        fp.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), keyPath + QStringLiteral(".pub")});
        QVERIFY(fp.waitForFinished());
        const QByteArray oldFingerprint = fp.readAllStandardOutput().split(' ').value(1);
        for (bool accept : {false, true}) {
            QStringList args = connection(kh) << QStringLiteral("queue") << QStringLiteral("summary");
            if (accept)
                args << QStringLiteral("--accept-new-host-key");
            const CliRun r = cli(args);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(oldFingerprint), r.err.constData());
            QVERIFY2(r.err.contains(m_ssh[QStringLiteral("host_key_sha256")].toString().toUtf8()), r.err.constData());
        }
        // The store was not rewritten.
        QFile again(kh);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains(parts.value(1)));
    }

    void remoteFailuresArePrecise()
    {
        SshSession session(sshOptions());
        auto run = [&](const QStringList &argv) {
            SshCommandJob *job = session.createJob(argv);
            QSignalSpy done(job, &SshCommandJob::finished);
            job->start();
            if (!done.wait(30000))
                return SshCommandResult();
            return job->result();
        };
        const SshCommandResult missing = run({QStringLiteral("/opt/zimbra/common/sbin/postnothing"), QStringLiteral("-j")});
        QCOMPARE(missing.error, SshError::CommandMissing);
        QVERIFY(missing.message.contains(QLatin1String("/opt/zimbra/common/sbin/postnothing")));
        // postqueue is not in Zimbra's sudoers: sudo -n refuses without prompting.
        const SshCommandResult sudo = run({QStringLiteral("sudo"), QStringLiteral("-n"),
                                           QStringLiteral("/opt/zimbra/common/sbin/postqueue"), QStringLiteral("-j")});
        QVERIFY2(sudo.error == SshError::SudoPasswordRequired || sudo.error == SshError::SudoNotAllowed,
                 sudo.stdErr.constData());
        QVERIFY(sudo.message.contains(QLatin1String("/opt/zimbra/common/sbin/postqueue")));
        // And a granted one works.
        const SshCommandResult ok = run({QStringLiteral("sudo"), QStringLiteral("-n"),
                                         QStringLiteral("/opt/zimbra/common/sbin/postconf"), QStringLiteral("mail_version")});
        QVERIFY2(ok.ok(), ok.stdErr.constData());
        QVERIFY(ok.stdOut.startsWith("mail_version"));
    }

    void destructiveActionWithoutYesIsRefused()
    {
        const CliRun r = cli(connection() << QStringLiteral("queue") << QStringLiteral("delete") << QStringLiteral("--sender")
                                          << kCaptured);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
        QCOMPARE(idsOf(independentQueue(), kCaptured).isEmpty(), false);
    }

    void holdThenReleaseTheCapturedSender()
    {
        const QHash<QString, Msg> before = independentQueue();
        const QStringList captured = idsOf(before, kCaptured);
        const CliRun dry = cli(connection() << QStringLiteral("queue") << QStringLiteral("hold") << QStringLiteral("--sender")
                                            << kCaptured << QStringLiteral("--dry-run") << QStringLiteral("--json"));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json()[QStringLiteral("matched")].toInt(), int(captured.size()));
        QCOMPARE(independentQueue().size(), before.size());

        const CliRun hold = cli(connection() << QStringLiteral("queue") << QStringLiteral("hold") << QStringLiteral("--sender")
                                             << kCaptured << QStringLiteral("--yes") << QStringLiteral("--json"));
        QVERIFY2(hold.exitCode == 0, hold.err.constData());
        QCOMPARE(hold.json()[QStringLiteral("action")].toString(), QStringLiteral("hold"));
        QCOMPARE(hold.json()[QStringLiteral("matched")].toInt(), int(captured.size()));
        QCOMPARE(hold.json()[QStringLiteral("done")].toInt(), int(captured.size()));
        QVERIFY(hold.json()[QStringLiteral("missing")].toArray().isEmpty());
        const QHash<QString, Msg> held = independentQueue();
        QCOMPARE(held.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString expected = it->sender == kCaptured ? QStringLiteral("hold") : it->queue;
            QCOMPARE(held.value(it.key()).queue, expected);
        }
        // Holding again: nothing left to hold, every id reported missing, exit 1.
        const QStringList two = captured.mid(0, 2);
        const CliRun again = cli(connection() << QStringLiteral("queue") << QStringLiteral("hold") << QStringLiteral("--id")
                                              << two[0] << QStringLiteral("--id") << two[1] << QStringLiteral("--yes")
                                              << QStringLiteral("--json"));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.json()[QStringLiteral("done")].toInt(), 0);
        QCOMPARE(again.json()[QStringLiteral("missing")].toArray().size(), 2);

        const CliRun release = cli(connection() << QStringLiteral("queue") << QStringLiteral("release") << QStringLiteral("--sender")
                                                << kCaptured << QStringLiteral("--queue") << QStringLiteral("hold")
                                                << QStringLiteral("--yes") << QStringLiteral("--json"));
        QVERIFY2(release.exitCode == 0, release.err.constData());
        QCOMPARE(release.json()[QStringLiteral("done")].toInt(), int(captured.size()));
        const QHash<QString, Msg> after = independentQueue();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()).queue, it->queue);
    }

    void droppedConnectionReportsWhatWasDone()
    {
        const QString pidFile = labDir() + QStringLiteral("/run/sshd.pid");
        QFile pf(pidFile);
        if (!pf.open(QIODevice::ReadOnly))
            QSKIP("no sshd pid file in the lab");
        const QByteArray master = pf.readAll().trimmed();
        auto children = [&] {
            QProcess ps;
            ps.start(QStringLiteral("ps"), {QStringLiteral("--ppid"), QString::fromLatin1(master), QStringLiteral("-o"),
                                            QStringLiteral("pid=")});
            ps.waitForFinished();
            QSet<QByteArray> out;
            for (const QByteArray &l : ps.readAllStandardOutput().split('\n'))
                if (!l.trimmed().isEmpty())
                    out.insert(l.trimmed());
            return out;
        };
        const QSet<QByteArray> before = children();
        SshSession session(sshOptions());
        QSignalSpy up(&session, &SshSession::connected);
        session.connectToHost();
        QVERIFY(up.wait(30000));
        const QSet<QByteArray> ours = children() - before;
        QVERIFY(!ours.isEmpty());
        QList<QByteArray> sshdTree;
        QList<QByteArray> todo(ours.cbegin(), ours.cend());
        while (!todo.isEmpty()) {
            const QByteArray pid = todo.takeFirst();
            sshdTree << pid;
            QProcess ps;
            ps.start(QStringLiteral("ps"), {QStringLiteral("--ppid"), QString::fromLatin1(pid), QStringLiteral("-o"),
                                            QStringLiteral("pid=,comm=")});
            ps.waitForFinished();
            for (const QByteArray &l : ps.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = l.simplified().split(' ');
                if (f.size() == 2 && f[1] == "sshd")
                    todo << f[0];
            }
        }

        // Every deferred message, so that postsuper is still working when the kill lands.
        const QHash<QString, Msg> start = independentQueue();
        QStringList ids;
        for (auto it = start.cbegin(); it != start.cend(); ++it)
            if (it->queue == QLatin1String("deferred"))
                ids << it.key();
        QueueActionJob job(&session, zimbraPaths(), QueueAction::Hold, ids);
        bool killed = false;
        connect(&job, &QueueActionJob::progressed, this, [&](int doneCount, int) {
            if (killed || doneCount < 1)
                return;
            killed = true;
            // The session's sshd processes (privileged monitor and its unprivileged child both
            // hold the socket); postsuper itself is left alone, as on a real network failure.
            for (const QByteArray &pid : sshdTree)
                ::kill(pid_t(pid.toLongLong()), SIGKILL);
        });
        QSignalSpy finished(&job, &QueueActionJob::finished);
        job.start();
        QVERIFY(finished.wait(120000));
        const PostsuperOutcome o = job.outcome();
        const QHash<QString, Msg> now = independentQueue();
        auto restore = [&] {
            QStringList held;
            const QHash<QString, Msg> q = independentQueue();
            for (const QString &id : ids)
                if (q.value(id).queue == QLatin1String("hold"))
                    held << id;
            SshSession again(sshOptions());
            QueueActionJob release(&again, zimbraPaths(), QueueAction::Release, held);
            QSignalSpy released(&release, &QueueActionJob::finished);
            release.start();
            return released.wait(120000) && release.outcome().done() == held.size();
        };
        if (job.error() != SshError::ConnectionLost) {
            QVERIFY(restore());
            QSKIP("postsuper finished before the connection dropped");
        }
        QVERIFY(o.done() > 0);
        QCOMPARE(o.done() + int(o.missingIds.size()) + int(o.unknownIds.size()), int(ids.size()));
        // What the job says was done is done; what it says was not, was not.
        for (const QString &id : o.doneIds)
            QCOMPARE(now.value(id).queue, QStringLiteral("hold"));
        for (const QString &id : o.missingIds)
            QVERIFY(now.value(id).queue != QLatin1String("hold"));
        QVERIFY(restore());
        const QHash<QString, Msg> restored = independentQueue();
        for (const QString &id : ids)
            QCOMPARE(restored.value(id).queue, QStringLiteral("deferred"));
    }

    void deleteRemovesExactlyTheSender() // last: it changes the lab
    {
        const QHash<QString, Msg> before = independentQueue();
        const QStringList captured = idsOf(before, kCaptured);
        const CliRun del = cli(connection() << QStringLiteral("queue") << QStringLiteral("delete") << QStringLiteral("--sender")
                                            << kCaptured << QStringLiteral("--yes") << QStringLiteral("--json"));
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QCOMPARE(del.json()[QStringLiteral("done")].toInt(), int(captured.size()));
        const QHash<QString, Msg> after = independentQueue();
        QCOMPARE(after.size(), before.size() - captured.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it->sender == kCaptured)
                QVERIFY(!after.contains(it.key()));
            else
                QCOMPARE(after.value(it.key()).queue, it->queue);
        }
    }

    void cleanupTestCase()
    {
        if (m_ssh.isEmpty())
            return;
        // Put the lab back for the suites that follow.
        const int rc = QProcess::execute(QStringLiteral("bash"),
                                         {QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/lab/lab-up.sh"), QStringLiteral("--seed")});
        QCOMPARE(rc, 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueLab)
#include "test_queue_lab.moc"
