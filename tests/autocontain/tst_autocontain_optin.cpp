// `watch --auto-contain` without the lab: a profile that has not opted in (including one saved
// before the containment settings existed) is refused with exit 1 and a sentence saying how to
// opt in, before anything is contacted; the profile's settings survive an import.
#include "autocontaintestutil.h"

#include "profiles/profilestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace autocontain;

namespace {

// Endpoints on a dead loopback port: a command that tried to connect would exit 3, not 1.
QJsonObject deadLab()
{
    return QJsonObject {
        {QStringLiteral("ssh"),
         QJsonObject {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), 9},
                      {QStringLiteral("user"), QStringLiteral("zimbra")},
                      {QStringLiteral("key"), QStringLiteral("/nonexistent/id_ed25519")}}},
        {QStringLiteral("mta"), QJsonObject {{QStringLiteral("log"), QStringLiteral("/var/log/zimbra.log")}}},
        {QStringLiteral("soap"),
         QJsonObject {{QStringLiteral("url"), QStringLiteral("https://127.0.0.1:9/service/admin/soap")},
                      {QStringLiteral("admin"), QStringLiteral("admin@tartanga.test")}}},
        {QStringLiteral("ldap"),
         QJsonObject {{QStringLiteral("url"), QStringLiteral("ldaps://127.0.0.1:9")},
                      {QStringLiteral("bind"), QStringLiteral("Administrator@tartanga.test")},
                      {QStringLiteral("base"), QStringLiteral("DC=tartanga,DC=test")}}}};
}

} // namespace

class TestAutoContainOptIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithoutOptIn_data();
    void refusedWithoutOptIn();
    void optedInProfileRoundTrips();
    void inputIsAUsageError();
    void helpSaysWhatIsPrinted();

private:
    int cli(const QStringList &args, QByteArray *out, QByteArray *err);
    QTemporaryDir m_tmp;
    QString m_pw;
};

void TestAutoContainOptIn::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_pw = m_tmp.path() + QStringLiteral("/pw");
    QFile f(m_pw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not-a-real-password\n");
    f.close();
    const QString cliPath = QStringLiteral(ZAINDARI_CLI_PATH);
    QByteArray err;
    QCOMPARE(
        importProfile(cliPath, m_tmp.path(), labProfileExport(deadLab(), QStringLiteral("Old"), {}), &err),
        0);
    QCOMPARE(importProfile(cliPath, m_tmp.path(),
                           labProfileExport(deadLab(), QStringLiteral("Off"),
                                            QJsonObject {{QStringLiteral("auto_contain"), false},
                                                         {QStringLiteral("auto_threshold_per_minute"), 10}}),
                           &err),
             0);
    QCOMPARE(
        importProfile(cliPath, m_tmp.path(),
                      labProfileExport(deadLab(), QStringLiteral("On"),
                                       QJsonObject {{QStringLiteral("auto_contain"), true},
                                                    {QStringLiteral("auto_threshold_per_minute"), 25},
                                                    {QStringLiteral("queue"), QStringLiteral("delete")},
                                                    {QStringLiteral("directory"), QStringLiteral("leave")}}),
                      &err),
        0);
}

int TestAutoContainOptIn::cli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.setProcessEnvironment(privateEnvironment(m_tmp.path()));
    p.start(QStringLiteral(ZAINDARI_CLI_PATH),
            QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitCode();
}

void TestAutoContainOptIn::refusedWithoutOptIn_data()
{
    QTest::addColumn<QStringList>("connection");
    QTest::newRow("profile saved before containment settings")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("Old")};
    QTest::newRow("profile with automatic containment off")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("Off")};
    QTest::newRow("no saved profile")
        << QStringList {QStringLiteral("--ssh"), QStringLiteral("zimbra@127.0.0.1:9")};
}

void TestAutoContainOptIn::refusedWithoutOptIn()
{
    QFETCH(QStringList, connection);
    QByteArray out, err;
    const int rc
        = cli(connection
                  + QStringList {QStringLiteral("--soap-password-file"), m_pw, QStringLiteral("--json"),
                                 QStringLiteral("watch"), QStringLiteral("--auto-contain")},
              &out, &err);
    QCOMPARE(rc, 1);
    QVERIFY2(out.isEmpty(), out.constData()); // no alert, no half-started stream
    // Says it is off and how to turn it on, in words and in the export's key.
    QVERIFY2(err.contains("Automatic containment is off"), err.constData());
    QVERIFY2(err.contains("Containment tab") && err.contains("auto_contain"), err.constData());
    QVERIFY2(!err.contains("later version"), err.constData());
}

void TestAutoContainOptIn::optedInProfileRoundTrips()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_tmp.path() + QStringLiteral("/config")));
    zaindari::ProfileStore store;
    const auto on = store.byName(QStringLiteral("On"));
    QVERIFY(on);
    QVERIFY(on->containment.autoContain);
    QCOMPARE(on->containment.autoThresholdPerMinute, 25);
    QVERIFY(on->containment.queue == zaindari::ContainQueueAction::Delete);
    QVERIFY(on->containment.directory == zaindari::ContainDirectoryAction::Leave);
    QVERIFY(on->containment.restartMtaWhenSessionsOpen); // absent keys keep their defaults
    const auto old = store.byName(QStringLiteral("Old"));
    QVERIFY(old);
    QVERIFY(!old->containment.autoContain);
    QCOMPARE(old->containment.autoThresholdPerMinute, 60);
}

void TestAutoContainOptIn::inputIsAUsageError()
{
    QByteArray out, err;
    const int rc = cli({QStringLiteral("--profile"), QStringLiteral("On"), QStringLiteral("watch"),
                        QStringLiteral("--auto-contain"), QStringLiteral("--input"), m_pw},
                       &out, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("--input"), err.constData());
}

void TestAutoContainOptIn::helpSaysWhatIsPrinted()
{
    QByteArray out, err;
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--help")}, &out, &err), 0);
    const QByteArray help = out.simplified();
    QVERIFY2(help.contains("--auto-contain"), help.constData());
    QVERIFY2(help.contains("\"action\":\"contain\""), help.constData());
    QVERIFY2(help.contains("contain --json"), help.constData());
}

QTEST_GUILESS_MAIN(TestAutoContainOptIn)
#include "tst_autocontain_optin.moc"
