// Automatic containment against the lab (issue 8): `zaindari-cli watch --auto-contain --json`
// on a profile that opted in, then a captured-account burst (a few thousand messages from one
// SASL login, pipelined, as tests/lab/seed-incident.py sends its burst). Prints the seconds
// from the burst's start to detection (the "contain" alert line) and from detection to the
// completed containment (the result line), and how many of the login's messages left the
// queue before containment. Goals (issue 8): detection <= 60 s, containment <= 10 s after
// detection, <= 100 messages out. Figures, not a pass/fail test.
//
// So that "left the queue" can be measured, the login's mail is relayed to a sink on
// 127.0.0.1:2526 (tests/bench/smtp_sink.py) during the run through
// sender_dependent_relayhost_maps: only this login's mail, so the lab's seeded deferred queue
// (relayhost [127.0.0.1]:2525, dead) is never delivered. Everything is put back afterwards:
// the map removed and Postfix reloaded, the burst's messages deleted, the account unlocked,
// enabled and unblocked, the login's seeded mail released. autocontain_bench.sh runs this
// under a trap that removes the map and stops the sink even if this program dies.
//
// Usage (root, lab up): autocontain_bench [MESSAGES=3000] [LOGIN=ikasle15@tartanga.test]
//                       [RATE=0 messages per second, 0 = as fast as the server takes them]
#include "../labprobe/labprobe.h"
#include "../autocontain/autocontaintestutil.h"

#include "incident/containmentrunner.h"
#include "mta/mtasessions.h"
#include "zimbra/zimbraclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace zaindari;
using namespace autocontain;

namespace {

constexpr int kSinkPort = 2526;
constexpr int kThreshold = 60; // the profile's automatic threshold, messages a minute

double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QString run(const QString &program, const QStringList &args, const QByteArray &in = {})
{
    QProcess p;
    p.start(program, args);
    if (!in.isEmpty())
        p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// queue id -> queue name; with `login`, only the login's messages (its envelope sender, or a
// bounce addressed to it), the only ones the benchmark may release or delete.
QHash<QString, QString> queueSnapshot(const QString &login = QString())
{
    QHash<QString, QString> out;
    const QHash<QString, labprobe::Queued> all = labprobe::postqueueSnapshot();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (login.isEmpty() || it->involves(login))
            out.insert(it.key(), it->queue);
    return out;
}

bool waitForPort(int port, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.value(1, QStringLiteral("3000")).toInt();
    const QString login = args.value(2, QStringLiteral("ikasle15@tartanga.test"));
    const double rate = args.value(3, QStringLiteral("0")).toDouble();
    const QString labDir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    const QJsonObject lab = readJson(labDir + QStringLiteral("/lab.json"));
    if (lab.isEmpty() || count < 1) {
        std::fprintf(stderr, "autocontain_bench: the lab is not up (no %s/lab.json), or bad arguments\n",
                     qPrintable(labDir));
        return 2;
    }
    QTemporaryDir tmp;
    const QString cli = QStringLiteral(ZAINDARI_CLI);
    const QString sam = login.section(QLatin1Char('@'), 0, 0);
    const QString pwFile = labDir + QStringLiteral("/secrets/users/") + sam + QStringLiteral(".pw");
    const QJsonObject containment {{QStringLiteral("auto_contain"), true},
                                   {QStringLiteral("auto_threshold_per_minute"), kThreshold},
                                   {QStringLiteral("queue"), QStringLiteral("hold")},
                                   {QStringLiteral("directory"), QStringLiteral("disable")},
                                   {QStringLiteral("restart_mta_when_sessions_open"), true},
                                   {QStringLiteral("remove_forwarding"), true}};
    if (importProfile(cli, tmp.path(), labProfileExport(lab, QStringLiteral("Bench"), containment)) != 0) {
        std::fprintf(stderr, "autocontain_bench: profiles import failed\n");
        return 1;
    }
    const QHash<QString, QString> before = queueSnapshot();
    const QString mapBefore = run(QStringLiteral("postconf"),
                                  {QStringLiteral("-h"), QStringLiteral("sender_dependent_relayhost_maps")});

    // ---- the sink and the login's relay ------------------------------------------------------
    const QString sinkLog = tmp.path() + QStringLiteral("/sink.log");
    QProcess sink;
    sink.start(QStringLiteral("python3"),
               {QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/bench/smtp_sink.py"), QStringLiteral("--port"),
                QString::number(kSinkPort), QStringLiteral("--log"), sinkLog});
    if (!waitForPort(kSinkPort, 10000)) {
        std::fprintf(stderr, "autocontain_bench: the SMTP sink did not start on 127.0.0.1:%d\n", kSinkPort);
        return 1;
    }
    run(QStringLiteral("postconf"),
        {QStringLiteral("-e"),
         QStringLiteral("sender_dependent_relayhost_maps=inline:{ %1=[127.0.0.1]:%2 }")
             .arg(login)
             .arg(kSinkPort)});
    run(QStringLiteral("postfix"), {QStringLiteral("reload")});

    // ---- watch --auto-contain ------------------------------------------------------------------
    QProcess watch;
    watch.setProcessEnvironment(privateEnvironment(tmp.path()));
    watch.start(cli,
                QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json"),
                             QStringLiteral("--profile"), QStringLiteral("Bench")}
                    + labSecretsAndTrust(lab)
                    + QStringList {QStringLiteral("watch"), QStringLiteral("--auto-contain")});
    watch.waitForStarted();
    QByteArray watchErr;
    QElapsedTimer t;
    t.start();
    while (!watchErr.contains("Automatic containment is on") && t.elapsed() < 60000
           && watch.state() == QProcess::Running) {
        watch.waitForReadyRead(500);
        watchErr += watch.readAllStandardError();
    }
    bool ready = watchErr.contains("Automatic containment is on");

    double burstStart = 0, detected = 0, contained = 0;
    QJsonObject alert, result, burstDoc;
    if (ready) {
        // ---- the burst, while the watch follows the log ------------------------------------
        QProcess burst;
        burstStart = now();
        burst.start(QStringLiteral("python3"),
                    {QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/autocontain/smtp_burst.py"),
                     QStringLiteral("--login"), login, QStringLiteral("--password-file"), pwFile,
                     QStringLiteral("--count"), QString::number(count), QStringLiteral("--group"),
                     QString::number(rate > 0 && rate < 50 ? 5 : 50), QStringLiteral("--rate"),
                     QString::number(rate)});
        burst.waitForStarted();
        QByteArray out;
        t.restart();
        while (t.elapsed() < 300000 && (burst.state() == QProcess::Running || result.isEmpty())) {
            if (!watch.waitForReadyRead(100))
                QCoreApplication::processEvents();
            out += watch.readAllStandardOutput();
            watchErr += watch.readAllStandardError();
            while (out.contains('\n')) {
                const int nl = out.indexOf('\n');
                const QJsonObject o = QJsonDocument::fromJson(out.left(nl)).object();
                out.remove(0, nl + 1);
                if (o.value(QStringLiteral("action")).toString() == QLatin1String("contain")
                    && alert.isEmpty()) {
                    detected = now();
                    alert = o;
                } else if (o.contains(QStringLiteral("steps")) && result.isEmpty()) {
                    contained = now();
                    result = o;
                }
            }
            if (burst.state() != QProcess::Running && result.isEmpty() && watch.state() != QProcess::Running)
                break;
        }
        burst.waitForFinished(60000);
        burstDoc = QJsonDocument::fromJson(burst.readAllStandardOutput()).object();
        QThread::sleep(3); // deliveries already under way reach the sink
    }
    watch.terminate();
    if (!watch.waitForFinished(10000))
        watch.kill();
    watchErr += watch.readAllStandardError();

    // ---- figures -----------------------------------------------------------------------------
    int outBefore = 0, outTotal = 0;
    {
        QFile f(sinkLog);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() < 2
                    || QString::fromUtf8(parts.at(1)).compare(login, Qt::CaseInsensitive) != 0)
                    continue;
                ++outTotal;
                if (contained > 0 && parts.at(0).toDouble() <= contained)
                    ++outBefore;
            }
        }
    }
    const QJsonArray queuedIds = burstDoc.value(QStringLiteral("queued")).toArray();
    say(QStringLiteral("autocontain_bench: %1 messages asked from %2 (%3), %4 acknowledged by the submission "
                       "port, %5 refused or cut")
            .arg(count)
            .arg(login, rate > 0 ? QStringLiteral("%1/s").arg(rate) : QStringLiteral("pipelined, full speed"))
            .arg(queuedIds.size())
            .arg(burstDoc.value(QStringLiteral("refused")).toInt()));
    const double firstQueued = burstDoc.value(QStringLiteral("first_queued")).toDouble();
    const double lastQueued = burstDoc.value(QStringLiteral("last_queued")).toDouble();
    if (firstQueued > 0 && lastQueued > firstQueued)
        say(QStringLiteral(
                "  burst: %1 messages/s while accepted; the last one accepted %2 s after the start")
                .arg(queuedIds.size() / (lastQueued - firstQueued), 0, 'f', 0)
                .arg(lastQueued - burstStart, 0, 'f', 1));
    if (!ready || alert.isEmpty() || result.isEmpty()) {
        say(QStringLiteral("  NOT measured: %1")
                .arg(!ready                ? QStringLiteral("the watch did not start")
                         : alert.isEmpty() ? QStringLiteral("no contain alert")
                                           : QStringLiteral("no result line")));
        std::fprintf(stderr, "%s\n", watchErr.constData());
    } else {
        const double detection = detected - burstStart;
        const double containment = contained - detected;
        auto goal
            = [](bool met) { return met ? QStringLiteral("goal met") : QStringLiteral("goal NOT met"); };
        say(QStringLiteral("  alert: %1")
                .arg(QString::fromUtf8(QJsonDocument(alert).toJson(QJsonDocument::Compact))));
        say(QStringLiteral(
                "  detection:   %1 s from the burst's start to the contain alert (goal <= 60 s: %2)")
                .arg(detection, 0, 'f', 1)
                .arg(goal(detection <= 60)));
        say(QStringLiteral("  containment: %1 s from the alert to the result line (goal <= 10 s: %2)")
                .arg(containment, 0, 'f', 1)
                .arg(goal(containment <= 10)));
        say(QStringLiteral("  left the queue before containment: %1 messages (goal <= 100: %2); %3 in all by "
                           "the end of the burst")
                .arg(outBefore)
                .arg(goal(outBefore <= 100))
                .arg(outTotal));
        QStringList steps;
        for (const QJsonValue &v : result.value(QStringLiteral("steps")).toArray())
            steps << v.toObject().value(QStringLiteral("step")).toString()
                    + (v.toObject().value(QStringLiteral("done")).toBool() ? QStringLiteral(" done")
                                                                           : QStringLiteral(" NOT done: ")
                               + v.toObject().value(QStringLiteral("detail")).toString());
        // Where the containment's time went: each step's end, from the console's audit log.
        QFile audit(tmp.path() + QStringLiteral("/data/zaindari/audit.jsonl"));
        QStringList ends;
        if (audit.open(QIODevice::ReadOnly))
            for (const QByteArray &line : audit.readAll().split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                const QDateTime at
                    = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
                if (o.value(QStringLiteral("action")).toString().startsWith(QLatin1String("contain."))
                    && at.isValid())
                    ends << QStringLiteral("%1 +%2 s")
                                .arg(o.value(QStringLiteral("action")).toString().mid(8))
                                .arg(double(at.toMSecsSinceEpoch()) / 1000.0 - detected, 0, 'f', 1);
            }
        say(QStringLiteral("  steps ended after the alert: %1").arg(ends.join(QStringLiteral(", "))));
        say(QStringLiteral("  result: %1 held, %2 deleted; %3")
                .arg(result.value(QStringLiteral("messages_held")).toInt())
                .arg(result.value(QStringLiteral("messages_deleted")).toInt())
                .arg(steps.join(QStringLiteral("; "))));
    }

    // ---- put the lab back ----------------------------------------------------------------------
    if (mapBefore.isEmpty())
        run(QStringLiteral("postconf"),
            {QStringLiteral("-X"), QStringLiteral("sender_dependent_relayhost_maps")});
    else
        run(QStringLiteral("postconf"),
            {QStringLiteral("-e"), QStringLiteral("sender_dependent_relayhost_maps=") + mapBefore});
    run(QStringLiteral("postfix"), {QStringLiteral("reload")});
    QStringList burstIds;
    for (const QJsonValue &v : queuedIds)
        burstIds << v.toString();
    const QHash<QString, QString> afterRun = queueSnapshot();
    QStringList toDelete;
    for (const QString &id : std::as_const(burstIds))
        if (afterRun.contains(id) && !before.contains(id))
            toDelete << id;
    if (!toDelete.isEmpty())
        run(QStringLiteral("postsuper"), {QStringLiteral("-d"), QStringLiteral("-")},
            toDelete.join(QLatin1Char('\n')).toUtf8() + '\n');

    const QJsonObject ssh = lab.value(QStringLiteral("ssh")).toObject();
    const QJsonObject soap = lab.value(QStringLiteral("soap")).toObject();
    const QJsonObject ldap = lab.value(QStringLiteral("ldap")).toObject();
    SshSettings s;
    s.hosts = {MtaHost {QStringLiteral("127.0.0.1"), quint16(ssh.value(QStringLiteral("port")).toInt())}};
    s.auth = SshAuthMethod::KeyFile;
    s.keyFile = ssh.value(QStringLiteral("key")).toString();
    MtaSessions mta(s, ssh.value(QStringLiteral("known_hosts")).toString(), false);
    ZimbraClient client;
    TlsTrust trust;
    trust.addGlobalPin(QStringLiteral("sha256:") + soap.value(QStringLiteral("cert_sha256")).toString());
    client.setTrust(trust);
    client.setEndpoint(QUrl(soap.value(QStringLiteral("url")).toString()),
                       soap.value(QStringLiteral("admin")).toString());
    client.setPassword(readText(soap.value(QStringLiteral("password_file")).toString()));
    DirectoryConfig dir;
    dir.url = ldap.value(QStringLiteral("url")).toString();
    dir.bindIdentity = ldap.value(QStringLiteral("bind")).toString();
    dir.baseDn = ldap.value(QStringLiteral("base")).toString();
    dir.caFile = ldap.value(QStringLiteral("ca_file")).toString();
    dir.password = readText(ldap.value(QStringLiteral("password_file")).toString());
    ContainmentResult undo;
    undo.account = login;
    undo.zimbraLocked = true;
    undo.directoryDisabled = true;
    undo.blockedHosts = mta.hostNames();
    const QHash<QString, QString> afterDelete = queueSnapshot(login);
    for (auto it = afterDelete.cbegin(); it != afterDelete.cend(); ++it) {
        if (it.value() == QLatin1String("hold") && before.contains(it.key())
            && before.value(it.key()) != QLatin1String("hold")) {
            QueueMatch m;
            m.id = it.key();
            m.host = mta.hostNames().value(0);
            undo.held << m;
        }
    }
    ContainmentBackends b;
    b.zimbra = &client;
    b.directory = dir;
    b.mta = &mta;
    b.auditLogPath = tmp.path() + QStringLiteral("/undo-audit.jsonl");
    ContainmentRunner runner(b);
    QEventLoop loop;
    bool undone = true;
    QObject::connect(&runner, &ContainmentRunner::undoFinished, &loop, [&](const QList<StepResult> &steps) {
        for (const StepResult &st : steps)
            if (!st.done) {
                undone = false;
                std::fprintf(stderr, "autocontain_bench: undo: %s\n", qPrintable(st.detail));
            }
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    runner.undo(undo);
    loop.exec();
    sink.terminate();
    sink.waitForFinished(5000);
    say(QStringLiteral(
            "  lab restored: map %1, %2 burst messages deleted, %3 seeded messages released, undo %4")
            .arg(mapBefore.isEmpty() ? QStringLiteral("removed") : QStringLiteral("restored"))
            .arg(toDelete.size())
            .arg(undo.held.size())
            .arg(undone ? QStringLiteral("complete") : QStringLiteral("INCOMPLETE (see above)")));
    return undone ? 0 : 1;
}
