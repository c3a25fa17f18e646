// The containment dialog driven end to end against the lab, for ikasle12 (other lab suites use
// ikasle3, ikasle5, irakasle9 and ikasle14). A few messages are queued as ikasle12 through SMTP
// AUTH on 127.0.0.1:587 (deferred: the lab's relay is dead). Through the launcher the main
// window uses, the dialog previews them, runs Hold + Disable, and the result is checked the way
// a technician would: the SOAP emulator says locked, the AD DC says disabled, postqueue -j has
// the messages on hold and no other message moved, a new submission is refused; the report
// holds every step and is saved beside the audit log. Undo is then checked the same way.

#include "../labprobe/labprobe.h"
#include "guitestsupport.h"
#include "labqueue.h"

#include "accounts/adminconnections.h"
#include "audit/auditlog.h"
#include "common/tlstrust.h"
#include "directory/directoryjob.h"
#include "incident/containmentdialog.h"
#include "incident/containmentlauncher.h"
#include "incident/incidentreportdialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "queues/sshconnectioncontroller.h"
#include "zimbra/accountjobs.h"
#include "zimbra/zimbraclient.h"

#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace zaindari;

namespace {
const QString Login = QStringLiteral("ikasle12");
const QString Account = QStringLiteral("ikasle12@tartanga.test");

using labprobe::readText;

int reply(QTcpSocket &s, QByteArray *text = nullptr)
{
    return labprobe::smtpReply(s, text);
}

// One SMTP AUTH session on the submission port. With `send` messages are sent and their queue
// ids returned; otherwise the code of the first refusal (or of RCPT) is returned in *code.
QStringList submit(const QString &password, int send, int *code)
{
    QStringList ids;
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), 587);
    *code = -1;
    if (!s.waitForConnected(5000) || reply(s) != 220)
        return ids;
    QByteArray text;
    auto cmd = [&](const QByteArray &c) {
        s.write(c + "\r\n");
        return reply(s, &text);
    };
    if (cmd("EHLO pc-ikasle12.tartanga.test") != 250)
        return ids;
    const QByteArray plain = QByteArray(1, '\0') + Account.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    *code = cmd("AUTH PLAIN " + plain.toBase64());
    if (*code != 235)
        return ids;
    for (int i = 0; i < qMax(send, 1); ++i) {
        *code = cmd("MAIL FROM:<" + Account.toUtf8() + ">");
        if (*code == 250)
            *code = cmd("RCPT TO:<familia" + QByteArray::number(i) + "@example.org>");
        if (*code != 250 || send == 0)
            break;
        if (cmd("DATA") != 354)
            break;
        *code = cmd("From: <" + Account.toUtf8() + ">\r\nTo: <familia@example.org>\r\nSubject: proba "
                    + QByteArray::number(i) + "\r\n\r\nKaixo.\r\n.");
        const int at = int(text.indexOf("queued as "));
        if (*code == 250 && at >= 0)
            ids << QString::fromLatin1(text.mid(at + 10).trimmed());
    }
    cmd("RSET");
    cmd("QUIT");
    return ids;
}
} // namespace

class TestIncidentGuiLab : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase();
    void containHoldDisableThenUndo();
    void resetShowsPasswordOnce();
    void cleanupTestCase();

private:
    ZimbraAccount zimbra();
    UserStatus directory();

    QTemporaryDir m_dir;
    QString m_audit;
    Profile m_profile;
    QString m_soapPw;
    QString m_ldapPw;
    QString m_userPw;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QWidget> m_window;
    AdminConnections *m_admin = nullptr;
    SshConnectionController *m_ssh = nullptr;
    ContainmentLauncher *m_launcher = nullptr;
    QStringList m_ids;
    std::optional<ContainmentResult> m_toUndo; // what cleanup undoes if the test stopped half-way
    bool m_passwordChanged = false; // cleanup sets the seeded directory password again
    bool restorePassword();
    bool binds(const QString &password);
};

void TestIncidentGuiLab::initTestCase()
{
    test::initApp();
    const QJsonObject lab = test::labJson();
    QVERIFY2(!lab.isEmpty(), "lab.json not found: bring the lab up (tests/lab/lab-up.sh)");
    QVERIFY(m_dir.isValid());
    m_audit = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const QJsonObject ssh = lab.value(QLatin1String("ssh")).toObject();
    const QJsonObject soap = lab.value(QLatin1String("soap")).toObject();
    const QJsonObject ldap = lab.value(QLatin1String("ldap")).toObject();
    const QJsonObject mta = lab.value(QLatin1String("mta")).toObject();
    m_profile = Profile::create(QStringLiteral("Lab"));
    m_profile.ssh.hosts
        = {{ssh.value(QLatin1String("host")).toString(), quint16(ssh.value(QLatin1String("port")).toInt())}};
    m_profile.ssh.user = ssh.value(QLatin1String("user")).toString();
    m_profile.ssh.auth = SshAuthMethod::KeyFile;
    m_profile.ssh.keyFile = ssh.value(QLatin1String("key")).toString();
    m_profile.ssh.mtaLogPath = mta.value(QLatin1String("log")).toString();
    m_profile.ssh.auditLogPath = mta.value(QLatin1String("audit_log")).toString();
    m_profile.soap.url = QUrl(soap.value(QLatin1String("url")).toString());
    m_profile.soap.adminUser = soap.value(QLatin1String("admin")).toString();
    m_profile.ldap.url = ldap.value(QLatin1String("url")).toString();
    m_profile.ldap.bindIdentity = ldap.value(QLatin1String("bind")).toString();
    m_profile.ldap.baseDn = ldap.value(QLatin1String("base")).toString();
    m_profile.ldap.caFile = ldap.value(QLatin1String("ca_file")).toString();
    TlsTrust::storePin(m_profile, TlsTrust::hostPort(m_profile.soap.url.host(), m_profile.soap.url.port()),
                       soap.value(QLatin1String("cert_sha256")).toString());
    m_store = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>();
    QString error;
    QVERIFY2(m_store->save(m_profile, &error), qPrintable(error));
    m_soapPw = readText(soap.value(QLatin1String("password_file")).toString());
    m_ldapPw = readText(ldap.value(QLatin1String("password_file")).toString());
    const QString labDir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    m_userPw = readText(labDir + QStringLiteral("/secrets/users/ikasle12.pw"));
    QVERIFY(!m_soapPw.isEmpty() && !m_ldapPw.isEmpty() && !m_userPw.isEmpty());

    m_window = std::make_unique<QWidget>();
    m_admin = new AdminConnections(m_store.get(), m_secrets.get(), m_window.get());
    m_admin->setProfile(m_profile); // a new profile forgets passwords: give them after
    m_admin->setPasswords(m_soapPw, m_ldapPw);
    m_ssh = new SshConnectionController(m_store.get(), m_secrets.get(), m_window.get());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(QFile::copy(ssh.value(QLatin1String("known_hosts")).toString(), knownHosts));
    m_ssh->setKnownHostsFile(knownHosts);
    m_ssh->setProfile(m_profile);
    m_launcher = new ContainmentLauncher(m_admin, m_ssh, m_window.get());
    m_launcher->setAuditLogPath(m_audit);

    QCOMPARE(zimbra().status, QStringLiteral("active"));
    QVERIFY2(directory().enabled, "ikasle12 must start enabled in the directory");
    int code = 0;
    m_ids = submit(m_userPw, 3, &code);
    QVERIFY2(m_ids.size() == 3, qPrintable(QStringLiteral("submission answered %1").arg(code)));
    QVERIFY(QTest::qWaitFor(
        [this] {
            const test::LabQueue q = test::readLabQueue();
            return std::all_of(m_ids.cbegin(), m_ids.cend(),
                               [&](const QString &id) { return q.queueOf.contains(id); });
        },
        20000));
}

ZimbraAccount TestIncidentGuiLab::zimbra()
{
    ZimbraClient client;
    client.setEndpoint(m_profile.soap.url, m_profile.soap.adminUser);
    client.setPassword(m_soapPw);
    TlsTrust trust;
    trust.loadPins(m_profile);
    client.setTrust(trust);
    AccountJob job(&client, Account);
    QSignalSpy done(&job, &ZimbraJob::finished);
    job.start();
    if (!done.wait(20000) || job.error().isError())
        return {};
    return job.account();
}

UserStatus TestIncidentGuiLab::directory()
{
    UserStatusJob job(DirectoryConfig::fromProfile(m_profile, m_ldapPw), Login);
    QSignalSpy done(&job, &DirectoryJob::finished);
    job.start();
    if (!done.wait(20000) || !job.outcome().ok())
        return {};
    return job.status();
}

void TestIncidentGuiLab::containHoldDisableThenUndo()
{
    QObject scope; // the test's own connections end with it
    const test::LabQueue before = test::readLabQueue();
    QPointer<ContainmentDialog> d = m_launcher->contain(Login, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(d);
    QCOMPARE(d->account(), Account); // the bare login completed with the profile's domain
    QVERIFY2(QTest::qWaitFor([&] { return d->state() == ContainmentDialog::State::Idle; }, 20000),
             "the backends were not gathered");
    QVERIFY2(d->backends().zimbra && d->backends().directory && d->backends().mta,
             qPrintable(d->findChild<QLabel *>(QStringLiteral("backendNotes"))->text()));

    d->findChild<QRadioButton *>(QStringLiteral("directoryDisable"))->setChecked(true);
    QSignalSpy shown(d.data(), &ContainmentDialog::previewShown);
    d->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QVERIFY(shown.wait(30000));
    const ContainmentPlan plan = d->plan();
    QStringList planned;
    for (const QueueMatch &m : plan.matches)
        planned << m.id;
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(planned.contains(id), qPrintable(id));
    QVERIFY2(plan.directoryDn.contains(QLatin1String("ikasle12"), Qt::CaseInsensitive),
             qPrintable(plan.directoryDn));
    // The counts per queue and host, and the DN, are in what the dialog lists.
    const QString host = plan.hosts.value(0);
    const QString counts = QStringLiteral("deferred %1").arg(plan.countFor(host, QueueName::Deferred));
    auto *steps = d->findChild<QTreeWidget *>(QStringLiteral("steps"));
    QString listed;
    for (QTreeWidgetItemIterator it(steps); *it; ++it)
        listed += (*it)->text(0) + QLatin1Char('\n');
    QVERIFY2(listed.contains(host + QStringLiteral(": incoming")) && listed.contains(counts),
             qPrintable(listed));
    QVERIFY2(listed.contains(plan.directoryDn), qPrintable(listed));

    d->setConfirmationsAutoAccepted(true);
    QStringList failures;
    connect(d.data(), &ContainmentDialog::failureQuestionAsked, &scope, [&](const StepResult &r) {
        failures << r.detail;
        QTimer::singleShot(0, d.data(), [d] { d->answerFailure(true); });
    });
    QSignalSpy finished(d.data(), &ContainmentDialog::containmentFinished);
    d->findChild<QPushButton *>(QStringLiteral("containButton"))->click();
    QVERIFY(finished.wait(60000));
    m_toUndo = d->result();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(d->shownPassword().isEmpty()); // disabled, not reset: no password to hand over

    QCOMPARE(zimbra().status, QStringLiteral("locked"));
    QVERIFY(!directory().enabled);
    const test::LabQueue after = test::readLabQueue();
    for (const QString &id : std::as_const(m_ids))
        QCOMPARE(after.queueOf.value(id), QStringLiteral("hold"));
    // Nothing else touched: every message held is the login's own or a bounce to it, and it
    // really sits on hold (other suites may hold ikasle3's mail meanwhile: not counted here).
    for (const QueueMatch &m : d->result().held) {
        QVERIFY2(m.sender.compare(Account, Qt::CaseInsensitive) == 0 || m.bySasl
                     || (m.sender.isEmpty() && m.bounce),
                 qPrintable(m.id + QLatin1Char(' ') + m.sender));
        if (after.queueOf.contains(m.id))
            QCOMPARE(after.queueOf.value(m.id), QStringLiteral("hold"));
    }
    for (auto it = before.queueOf.cbegin(); it != before.queueOf.cend(); ++it)
        if (before.idsBySender.value(Account).contains(it.key()) && it.value() != QLatin1String("hold"))
            QVERIFY2(after.queueOf.value(it.key(), QStringLiteral("hold")) == QLatin1String("hold"),
                     qPrintable(it.key()));
    int code = 0;
    submit(m_userPw, 0, &code);
    QVERIFY2(code != 250, "the login is still accepted at submission");

    // The report: every step, saved beside the audit log, with an audit entry.
    QPointer<IncidentReportDialog> report;
    connect(m_launcher, &ContainmentLauncher::reportOpened, &scope,
            [&report](IncidentReportDialog *r) { report = r; });
    d->findChild<QPushButton *>(QStringLiteral("reportButton"))->click();
    QVERIFY(report);
    QSignalSpy ready(report.data(), &IncidentReportDialog::reportReady);
    QVERIFY(report->isReady() || ready.wait(30000));
    for (const StepResult &s : d->result().steps)
        QVERIFY2(report->html().contains(containStepTitle(s.step).toHtmlEscaped()),
                 qPrintable(containStepTitle(s.step)));
    QVERIFY(QFile::exists(report->savedPath()));
    QVERIFY(report->savedPath().startsWith(m_dir.path()));
    const AuditReadResult log = readAuditLog(m_audit);
    QStringList actions;
    for (const AuditEntry &e : log.entries)
        actions << e.action;
    QVERIFY2(actions.contains(QStringLiteral("contain.zimbra_lock"))
                 && actions.contains(QStringLiteral("contain.report")),
             qPrintable(actions.join(QLatin1Char(' '))));
    report->close();

    // Undo: each reversible step reads back as before.
    QList<StepResult> undoSteps;
    connect(d.data(), &ContainmentDialog::undoDone, &scope,
            [&undoSteps](const QList<StepResult> &s) { undoSteps = s; });
    QSignalSpy undone(d.data(), &ContainmentDialog::undoDone);
    d->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
    QVERIFY(undone.wait(60000));
    QVERIFY(!undoSteps.isEmpty());
    for (const StepResult &s : undoSteps)
        QVERIFY2(s.done, qPrintable(s.detail));
    m_toUndo.reset();
    QCOMPARE(zimbra().status, QStringLiteral("active"));
    QVERIFY(directory().enabled);
    const test::LabQueue released = test::readLabQueue();
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(released.queueOf.value(id) != QLatin1String("hold"), qPrintable(id));
    submit(m_userPw, 0, &code);
    QCOMPARE(code, 250);
    d->close();
}

bool TestIncidentGuiLab::binds(const QString &password)
{
    CredentialCheckJob check(DirectoryConfig::fromProfile(m_profile, m_ldapPw), Account, password);
    QSignalSpy done(&check, &DirectoryJob::finished);
    check.start();
    return done.wait(20000) && check.outcome().ok();
}

bool TestIncidentGuiLab::restorePassword()
{
    PasswordResetJob reset(DirectoryConfig::fromProfile(m_profile, m_ldapPw), Login, m_userPw, false);
    QSignalSpy done(&reset, &DirectoryJob::finished);
    reset.start();
    return done.wait(20000) && reset.outcome().ok();
}

void TestIncidentGuiLab::resetShowsPasswordOnce()
{
    QObject scope;
    QVERIFY(binds(m_userPw));
    QPointer<ContainmentDialog> d = m_launcher->contain(Account);
    QVERIFY(QTest::qWaitFor([&] { return d && d->state() == ContainmentDialog::State::Idle; }, 20000));
    QVERIFY(d->findChild<QRadioButton *>(QStringLiteral("directoryReset"))->isChecked()); // the default
    QSignalSpy shown(d.data(), &ContainmentDialog::previewShown);
    d->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QVERIFY(shown.wait(30000));
    d->setConfirmationsAutoAccepted(true);
    QStringList failures;
    connect(d.data(), &ContainmentDialog::failureQuestionAsked, &scope, [&](const StepResult &r) {
        failures << r.detail;
        QTimer::singleShot(0, d.data(), [d] { d->answerFailure(true); });
    });
    QSignalSpy finished(d.data(), &ContainmentDialog::containmentFinished);
    m_passwordChanged = true;
    d->findChild<QPushButton *>(QStringLiteral("containButton"))->click();
    QVERIFY(finished.wait(60000));
    m_toUndo = d->result();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // Shown once, strong, copyable; the captured password no longer binds.
    const QString password = d->shownPassword();
    QVERIFY(!password.isEmpty());
    QVERIFY(meetsComplexity(password));
    QVERIFY(password != m_userPw);
    d->findChild<QPushButton *>(QStringLiteral("copyPassword"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    QGuiApplication::clipboard()->clear();
    QVERIFY(!binds(m_userPw));
    // Stored nowhere: not in the audit log, not in any settings file the console wrote.
    QFile audit(m_audit);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(!audit.readAll().contains(password.toUtf8()));
    QDirIterator files(test::configDir().path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }

    QSignalSpy undone(d.data(), &ContainmentDialog::undoDone);
    d->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
    QVERIFY(undone.wait(60000));
    m_toUndo.reset();
    QCOMPARE(zimbra().status, QStringLiteral("active"));
    QVERIFY(restorePassword()); // a reset password is not undone: the seeded one is set again
    m_passwordChanged = false;
    QVERIFY(binds(m_userPw));
    d->close();
    QTRY_VERIFY(!d); // closed and deleted: the password left with it
}

void TestIncidentGuiLab::cleanupTestCase()
{
    if (m_toUndo) {
        // Stopped half-way: put the account back as the other suites expect it.
        ContainmentDialog *d = m_launcher->contain(Account);
        if (!QTest::qWaitFor([&] { return d->state() == ContainmentDialog::State::Idle; }, 20000))
            qWarning("cleanup: the backends were not gathered");
        if (d->runner()) {
            QSignalSpy undone(d->runner(), &ContainmentRunner::undoFinished);
            d->runner()->undo(*m_toUndo);
            undone.wait(60000);
        }
    }
    if (m_passwordChanged && !restorePassword())
        qWarning("cleanup: the seeded password of ikasle12 could not be set again");
    // The test's own messages leave the queue (ids on standard input).
    if (!m_ids.isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("/usr/sbin/postsuper"), {QStringLiteral("-d"), QStringLiteral("-")});
        p.write(m_ids.join(QLatin1Char('\n')).toLatin1() + '\n');
        p.closeWriteChannel();
        p.waitForFinished(20000);
    }
    m_window.reset();
}

QTEST_MAIN(TestIncidentGuiLab)
#include "tst_incidentgui_lab.moc"
