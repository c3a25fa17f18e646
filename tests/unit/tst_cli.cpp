// zaindari-cli: the connection options (linked from the CLI library) and the built tool run as a
// script would run it: exit codes, JSON on stdout, diagnostics on stderr.
#include "command.h"
#include "connectionoptions.h"
#include "output.h"
#include "profiles/profilestore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;
using namespace zaindari::cli;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ZAINDARI_BINARY_DIR "/app/cli/zaindari-cli"), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    Profile m_tartanga;

    int resolve(const QStringList &args, Connection *c, QString *error,
                const QByteArray &stdinData = QByteArray())
    {
        QCommandLineParser parser;
        parser.addOptions(connectionOptions());
        if (!parser.parse(QStringList {QStringLiteral("zaindari-cli")} + args)) {
            *error = parser.errorText();
            return -1;
        }
        QBuffer in;
        in.setData(stdinData);
        in.open(QIODevice::ReadOnly);
        ProfileStore store;
        return resolveConnection(parser, store, c, error, &in);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_files.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        qputenv("LANG", "C.UTF-8");
        qputenv("LANGUAGE", "en");
        m_tartanga = Profile::create(QStringLiteral("Tartanga"));
        m_tartanga.ssh.user = QStringLiteral("zimbra");
        m_tartanga.ssh.hosts
            = {MtaHost {QStringLiteral("127.0.0.1"), 2222}, MtaHost {QStringLiteral("::1"), 22}};
        m_tartanga.soap.url = SoapSettings::defaultUrlFor(QStringLiteral("127.0.0.1"));
        m_tartanga.soap.adminUser = QStringLiteral("admin@tartanga.test");
        m_tartanga.ldap.url = QStringLiteral("ldaps://127.0.0.1:636");
        ProfileStore store;
        QVERIFY(store.save(m_tartanga));
        QVERIFY(store.save(Profile::create(QStringLiteral("Empty"))));
    }

    void version()
    {
        const Run r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("zaindari-cli " ZAINDARI_VERSION));
    }

    void help()
    {
        const Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *needle : {"profiles list", "--ssh", "--soap-password-file", "--pin", "--json"})
            QVERIFY2(r.out.contains(needle), needle);
        QVERIFY(r.err.isEmpty());
        const Run cmd
            = runCli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(cmd.exitCode, 0);
        QVERIFY(cmd.out.contains("List the saved profiles."));
    }

    void profilesListJson()
    {
        const Run r = runCli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError e;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        const QJsonArray list = doc.value(QStringLiteral("profiles")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Empty"));
        QVERIFY(list.at(0).toObject().value(QStringLiteral("ssh")).isNull());
        const QJsonObject t = list.at(1).toObject();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("Tartanga"));
        QCOMPARE(t.value(QStringLiteral("ssh")).toString(), QStringLiteral("zimbra@127.0.0.1:2222"));
        QCOMPARE(t.value(QStringLiteral("ssh_hosts")).toArray().at(1).toString(),
                 QStringLiteral("zimbra@[::1]:22"));
        QCOMPARE(t.value(QStringLiteral("soap")).toString(),
                 QStringLiteral("https://127.0.0.1:7071/service/admin/soap"));
        QCOMPARE(t.value(QStringLiteral("ldap")).toString(), QStringLiteral("ldaps://127.0.0.1:636"));
        QCOMPARE(t.value(QStringLiteral("id")).toString(), m_tartanga.id);
    }

    void profilesListText()
    {
        const Run r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("profiles"),
                              QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Tartanga"));
        QVERIFY(r.out.contains("zimbra@127.0.0.1:2222"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("profiles"), QStringLiteral("explode")};
        QTest::newRow("extra argument")
            << QStringList {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("x")};
        QTest::newRow("option of no use here")
            << QStringList {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--ssh"),
                            QStringLiteral("a@b")};
        QTest::newRow("unsupported language")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("zaindari-cli: "));
    }

    void messagesFollowTheLanguage()
    {
        // Qt's own parser message comes from qtbase_es when the CLI runs in Spanish.
        const Run r
            = runCli({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Opción desconocida"), r.err.constData());
    }

    void adHocConnection()
    {
        Connection c;
        QString error;
        QCOMPARE(
            resolve({QStringLiteral("--ssh"), QStringLiteral("root@[::1]:2222"), QStringLiteral("--mta"),
                     QStringLiteral("postfix"), QStringLiteral("--log"), QStringLiteral("/var/log/mail.log"),
                     QStringLiteral("--soap"), QStringLiteral("https://127.0.0.1:7071/service/admin/soap"),
                     QStringLiteral("--ldap"), QStringLiteral("ldap://127.0.0.1"), QStringLiteral("--pin"),
                     QStringLiteral("sha256:") + QString(64, QLatin1Char('A')), QStringLiteral("--pin"),
                     QStringLiteral("sha256:") + QString(64, QLatin1Char('b')),
                     QStringLiteral("--accept-new-host-key")},
                    &c, &error),
            int(ExitSuccess));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!c.savedProfile);
        QCOMPARE(c.profile.ssh.user, QStringLiteral("root"));
        QCOMPARE(c.profile.ssh.hosts, (QList<MtaHost> {MtaHost {QStringLiteral("::1"), 2222}}));
        QCOMPARE(c.profile.ssh.paths, MtaPaths::forPreset(MtaPreset::Postfix));
        QCOMPARE(c.profile.ssh.mtaLogPath, QStringLiteral("/var/log/mail.log"));
        QCOMPARE(c.profile.ssh.auditLogPath, QStringLiteral("/opt/zimbra/log/audit.log"));
        QCOMPARE(toString(c.profile.ssh.auth), toString(SshAuthMethod::Agent)); // no --ssh-key: the agent
        QCOMPARE(c.pins.size(), 2);
        QCOMPARE(c.pins.at(0), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
        QVERIFY(c.acceptNewHostKey);
        QVERIFY(!c.soapPassword && !c.ldapPassword);
    }

    void savedProfileWithOverrides()
    {
        Connection c;
        QString error;
        const QString pw = writeFile(QStringLiteral("soap.pw"), "s3cret\n");
        QCOMPARE(
            resolve({QStringLiteral("--profile"), QStringLiteral("Tartanga"), QStringLiteral("--soap-user"),
                     QStringLiteral("other@tartanga.test"), QStringLiteral("--soap-password-file"), pw,
                     QStringLiteral("--ldap-password-file"), QStringLiteral("-")},
                    &c, &error, "from-stdin\r\n"),
            int(ExitSuccess));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(c.savedProfile);
        QCOMPARE(c.profile.id, m_tartanga.id);
        QCOMPARE(c.profile.ssh.hosts, m_tartanga.ssh.hosts);
        QCOMPARE(c.profile.soap.adminUser, QStringLiteral("other@tartanga.test"));
        QCOMPARE(c.soapPassword.value_or(QString()), QStringLiteral("s3cret"));
        QCOMPARE(c.ldapPassword.value_or(QString()), QStringLiteral("from-stdin"));
    }

    void badConnectionOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString pw = writeFile(QStringLiteral("pw"), "x");
        QTest::newRow("unknown profile")
            << QStringList {QStringLiteral("--profile"), QStringLiteral("Nowhere")};
        QTest::newRow("ssh without user")
            << QStringList {QStringLiteral("--ssh"), QStringLiteral("127.0.0.1")};
        QTest::newRow("ssh port out of range")
            << QStringList {QStringLiteral("--ssh"), QStringLiteral("a@127.0.0.1:70000")};
        QTest::newRow("ssh host as option")
            << QStringList {QStringLiteral("--ssh"), QStringLiteral("a@-oProxyCommand=x")};
        QTest::newRow("mta preset") << QStringList {QStringLiteral("--mta"), QStringLiteral("exim")};
        QTest::newRow("soap without tls")
            << QStringList {QStringLiteral("--soap"), QStringLiteral("http://127.0.0.1:7071/")};
        QTest::newRow("ldap scheme") << QStringList {QStringLiteral("--ldap"),
                                                     QStringLiteral("https://127.0.0.1")};
        QTest::newRow("pin") << QStringList {QStringLiteral("--pin"), QStringLiteral("sha1:abcd")};
        QTest::newRow("log path") << QStringList {QStringLiteral("--log"), QStringLiteral("/var/log/$(id)")};
        QTest::newRow("missing key") << QStringList {QStringLiteral("--ssh-key"),
                                                     m_files.filePath(QStringLiteral("none"))};
        QTest::newRow("missing password file")
            << QStringList {QStringLiteral("--soap-password-file"), m_files.filePath(QStringLiteral("none"))};
        QTest::newRow("empty password on stdin")
            << QStringList {QStringLiteral("--soap-password-file"), QStringLiteral("-")};
        QTest::newRow("both passwords on stdin")
            << QStringList {QStringLiteral("--soap-password-file"), QStringLiteral("-"),
                            QStringLiteral("--ldap-password-file"), QStringLiteral("-")};
        Q_UNUSED(pw);
    }
    void badConnectionOptions()
    {
        QFETCH(QStringList, args);
        Connection c;
        QString error;
        QCOMPARE(resolve(args, &c, &error), int(ExitUsage));
        QVERIFY(!error.isEmpty());
    }

    void isoUtc()
    {
        const QDateTime t(QDate(2026, 3, 1), QTime(9, 15, 0), Qt::OffsetFromUTC, 3600);
        QCOMPARE(Output::isoUtc(t), QStringLiteral("2026-03-01T08:15:00Z"));
        QCOMPARE(Output::isoUtc(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
