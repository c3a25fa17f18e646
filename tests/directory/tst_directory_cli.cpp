// zaindari-cli's Active Directory commands against the lab, run as a technician or a script
// would: exit codes and JSON of CLI.md. Every account and policy value changed is put back.

#include "labdirectory.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace zaindari;

namespace {
struct Run
{
    int rc = -1;
    QJsonObject json;
    QString out;
    QString err;
};
} // namespace

class TestDirectoryCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showLockedAccount();
    void directoryOnly();
    void disableEnable();
    void unlockThenRelock();
    void resetPasswordGenerated();
    void weakPasswordReason();
    void policyShowAndSet();
    void untrustedCertificate();
    void stoppedDirectory();
    void injectionMatchesNobody();
    void cleanupTestCase();

private:
    Run cli(QStringList args, bool withSoap = false, bool withCa = true);
    QString writeSecret(const QString &name, const QString &text);
    void relockLocked();
    LabDirectory m_lab;
    QTemporaryDir m_tmp;
    QStringList m_ldapArgs;
    QStringList m_soapArgs;
    bool m_policyChanged = false;
};

QString TestDirectoryCli::writeSecret(const QString &name, const QString &text)
{
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(text.toUtf8() + '\n');
    }
    return path;
}

Run TestDirectoryCli::cli(QStringList args, bool withSoap, bool withCa)
{
    QStringList all = m_ldapArgs;
    if (withCa)
        all << QStringLiteral("--ca-file") << m_lab.config.caFile;
    if (withSoap)
        all << m_soapArgs;
    all << args;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data"))); // audit log
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZAINDARI_CLI_PATH), all);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("zaindari-cli did not finish in 60 s");
        return r;
    }
    r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}

void TestDirectoryCli::relockLocked()
{
    for (int i = 0; i < 6; ++i) {
        CredentialCheckJob job(m_lab.config, QStringLiteral("ikasle5@tartanga.test"),
                               QStringLiteral("wrong-%1").arg(i));
        if (runJob(&job).adCode == QLatin1String("775"))
            break;
    }
}

void TestDirectoryCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_lab = LabDirectory::load();
    QVERIFY2(m_lab.error.isEmpty(), qPrintable(m_lab.error));
    const QJsonObject ldap = m_lab.lab.value(QStringLiteral("ldap")).toObject();
    m_ldapArgs = QStringList {QStringLiteral("--ldap"),
                              ldap.value(QStringLiteral("url")).toString(),
                              QStringLiteral("--ldap-bind"),
                              ldap.value(QStringLiteral("bind")).toString(),
                              QStringLiteral("--ldap-password-file"),
                              m_lab.adminPasswordFile,
                              QStringLiteral("--ldap-base"),
                              ldap.value(QStringLiteral("base")).toString()};
    const QJsonObject soap = m_lab.lab.value(QStringLiteral("soap")).toObject();
    // --pin applies to every TLS endpoint: pin both the emulator's and the DC's certificate.
    m_soapArgs
        = QStringList {QStringLiteral("--soap"),
                       soap.value(QStringLiteral("url")).toString(),
                       QStringLiteral("--soap-user"),
                       soap.value(QStringLiteral("admin")).toString(),
                       QStringLiteral("--soap-password-file"),
                       soap.value(QStringLiteral("password_file")).toString(),
                       QStringLiteral("--pin"),
                       QStringLiteral("sha256:") + soap.value(QStringLiteral("cert_sha256")).toString(),
                       QStringLiteral("--pin"),
                       QStringLiteral("sha256:") + m_lab.certSha256};
    // The seeded lockout lasts 10 minutes: if it has run out since the lab was seeded, lock
    // ikasle5 again as the lab contract describes it.
    CredentialCheckJob check(m_lab.config, QStringLiteral("ikasle5@tartanga.test"),
                             m_lab.password(QStringLiteral("ikasle5")));
    if (runJob(&check).adCode != QLatin1String("775"))
        relockLocked();
}

void TestDirectoryCli::showLockedAccount()
{
    const Run r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ikasle5"),
                       QStringLiteral("--json")},
                      true, false);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    const QJsonObject d = r.json.value(QStringLiteral("directory")).toObject();
    QVERIFY(d.value(QStringLiteral("dn")).toString().startsWith(QStringLiteral("CN=ikasle5,")));
    QCOMPARE(d.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(d.value(QStringLiteral("locked_out")).toBool(), true);
    QVERIFY(d.value(QStringLiteral("bad_pwd_count")).toInt() >= 5);
    QVERIFY(QDateTime::fromString(d.value(QStringLiteral("lockout_time")).toString(), Qt::ISODate).isValid());
    QVERIFY(d.value(QStringLiteral("pwd_last_set")).isString());
    QCOMPARE(d.value(QStringLiteral("must_change_password")).toBool(), false);
    QVERIFY(d.contains(QStringLiteral("last_logon")));
    QVERIFY(r.json.value(QStringLiteral("zimbra")).isObject());

    // Text mode says it in words.
    const Run text
        = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ikasle5")}, true, false);
    QCOMPARE(text.rc, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Locked out until")), qPrintable(text.out));
}

void TestDirectoryCli::directoryOnly()
{
    // --ldap without --soap: only the directory part, Zimbra's is null.
    Run r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("irakasle9"),
                 QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QVERIFY(r.json.value(QStringLiteral("zimbra")).isNull());
    QCOMPARE(
        r.json.value(QStringLiteral("directory")).toObject().value(QStringLiteral("enabled")).toBool(true),
        false);
    r = cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("directory")).toObject().value(QStringLiteral("threshold")).toInt(),
             5);
    // Two accounts cannot both match an exact name; an unknown one is an operation failure.
    r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("nobody-here"),
             QStringLiteral("--json")});
    QCOMPARE(r.rc, 1);
    QCOMPARE(r.json.value(QStringLiteral("directory"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("user_not_found"));
}

void TestDirectoryCli::disableEnable()
{
    const QString user = QStringLiteral("irakasle4");
    Run r = cli({QStringLiteral("account"), QStringLiteral("disable"), user, QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("action")).toString(), QStringLiteral("disable"));
    QCOMPARE(r.json.value(QStringLiteral("account")).toString(), user);
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), true);
    CredentialCheckJob refused(m_lab.config, user + QStringLiteral("@tartanga.test"), m_lab.password(user));
    QCOMPARE(runJob(&refused).adCode, QStringLiteral("533"));

    r = cli({QStringLiteral("account"), QStringLiteral("enable"), user, QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), true);
    CredentialCheckJob works(m_lab.config, user + QStringLiteral("@tartanga.test"), m_lab.password(user));
    QVERIFY(runJob(&works).ok());
}

void TestDirectoryCli::unlockThenRelock()
{
    const Run r = cli({QStringLiteral("account"), QStringLiteral("unlock-directory"),
                       QStringLiteral("ikasle5@tartanga.test"), QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), true);
    UserStatusJob st(m_lab.config, QStringLiteral("ikasle5"));
    QVERIFY(runJob(&st).ok());
    QVERIFY(!st.status().lockedOut);
    QCOMPARE(st.status().badPwdCount, 0);
    relockLocked();
    UserStatusJob again(m_lab.config, QStringLiteral("ikasle5"));
    QVERIFY(runJob(&again).ok());
    QVERIFY(again.status().lockedOut);
}

void TestDirectoryCli::resetPasswordGenerated()
{
    const QString user = QStringLiteral("ikasle8");
    const QString upn = user + QStringLiteral("@tartanga.test");
    Run r = cli({QStringLiteral("account"), QStringLiteral("reset-password"), user,
                 QStringLiteral("--directory"), QStringLiteral("--generate"), QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("where")).toString(), QStringLiteral("directory"));
    QCOMPARE(r.json.value(QStringLiteral("must_change")).toBool(), false);
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), true);
    const QString generated = r.json.value(QStringLiteral("password")).toString();
    QVERIFY(generated.size() >= 16);
    CredentialCheckJob works(m_lab.config, upn, generated);
    QVERIFY(runJob(&works).ok());

    // Back to the seeded password, read from a file as a script would.
    r = cli({QStringLiteral("account"), QStringLiteral("reset-password"), user, QStringLiteral("--directory"),
             QStringLiteral("--password-file"), writeSecret(QStringLiteral("seed.pw"), m_lab.password(user)),
             QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QVERIFY(!r.json.contains(QStringLiteral("password"))); // only generated passwords are printed
    CredentialCheckJob seeded(m_lab.config, upn, m_lab.password(user));
    QVERIFY(runJob(&seeded).ok());
}

void TestDirectoryCli::weakPasswordReason()
{
    const Run r
        = cli({QStringLiteral("account"), QStringLiteral("reset-password"), QStringLiteral("ikasle8"),
               QStringLiteral("--directory"), QStringLiteral("--password-file"),
               writeSecret(QStringLiteral("weak.pw"), QStringLiteral("Ab1")), QStringLiteral("--json")});
    QCOMPARE(r.rc, 1);
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), false);
    const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("password_policy"));
    QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("at least")),
             qPrintable(e.value(QStringLiteral("message")).toString()));
}

void TestDirectoryCli::policyShowAndSet()
{
    Run r = cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, true, false);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QJsonObject d = r.json.value(QStringLiteral("directory")).toObject();
    QCOMPARE(d.value(QStringLiteral("threshold")).toInt(), 5);
    QCOMPARE(d.value(QStringLiteral("observation_window_s")).toInt(), 360);
    QCOMPARE(d.value(QStringLiteral("duration_s")).toInt(), 600);
    QVERIFY(r.json.value(QStringLiteral("cos")).isArray());

    // Usage errors and a policy AD would refuse change nothing.
    r = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--directory"),
             QStringLiteral("--duration"), QStringLiteral("soon")});
    QCOMPARE(r.rc, 2);
    r = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--directory"),
             QStringLiteral("--failure-lifetime"), QStringLiteral("1h"), QStringLiteral("--json")});
    QCOMPARE(r.rc, 1);
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_value"));

    m_policyChanged = true;
    r = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--directory"),
             QStringLiteral("--max-failures"), QStringLiteral("6"), QStringLiteral("--duration"),
             QStringLiteral("15m"), QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    d = r.json.value(QStringLiteral("directory")).toObject();
    QCOMPARE(d.value(QStringLiteral("threshold")).toInt(), 6);
    QCOMPARE(d.value(QStringLiteral("duration_s")).toInt(), 900);
    QCOMPARE(d.value(QStringLiteral("observation_window_s")).toInt(), 360);

    r = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--directory"),
             QStringLiteral("--max-failures"), QStringLiteral("5"), QStringLiteral("--failure-lifetime"),
             QStringLiteral("6m"), QStringLiteral("--duration"), QStringLiteral("10m"),
             QStringLiteral("--json")});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    d = r.json.value(QStringLiteral("directory")).toObject();
    QCOMPARE(d.value(QStringLiteral("threshold")).toInt(), 5);
    QCOMPARE(d.value(QStringLiteral("duration_s")).toInt(), 600);
    m_policyChanged = false;
}

void TestDirectoryCli::untrustedCertificate()
{
    // No CA file: the lab CA is unknown, the CLI cannot ask, so it refuses and shows the pin.
    Run r = cli({QStringLiteral("account"), QStringLiteral("disable"), QStringLiteral("irakasle4"),
                 QStringLiteral("--json")},
                false, false);
    QCOMPARE(r.rc, 4);
    QCOMPARE(r.json.value(QStringLiteral("done")).toBool(), false);
    QVERIFY2(r.err.contains(QStringLiteral("--pin sha256:") + m_lab.certSha256), qPrintable(r.err));
    // A pin for another certificate: refused as changed, even with the CA file.
    r = cli({QStringLiteral("--pin"), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')),
             QStringLiteral("account"), QStringLiteral("disable"), QStringLiteral("irakasle4"),
             QStringLiteral("--json")});
    QCOMPARE(r.rc, 4);
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("certificate_changed"));
    // The right pin, no CA file: trusted.
    r = cli({QStringLiteral("--pin"), QStringLiteral("sha256:") + m_lab.certSha256, QStringLiteral("account"),
             QStringLiteral("enable"), QStringLiteral("irakasle4"), QStringLiteral("--json")},
            false, false);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    UserStatusJob st(m_lab.config, QStringLiteral("irakasle4"));
    QVERIFY(runJob(&st).ok());
    QVERIFY(st.status().enabled); // nothing was disabled by the refused attempts
}

void TestDirectoryCli::stoppedDirectory()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("ldaps://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QElapsedTimer t;
    t.start();
    const Run r
        = cli({QStringLiteral("--ldap"), url, QStringLiteral("account"), QStringLiteral("unlock-directory"),
               QStringLiteral("ikasle5"), QStringLiteral("--json")});
    QCOMPARE(r.rc, 3);
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("unreachable"));
    QVERIFY(t.elapsed() < 10000);
}

void TestDirectoryCli::injectionMatchesNobody()
{
    for (const QString &who :
         {QStringLiteral("*"), QStringLiteral("ikasle*"), QStringLiteral("ikasle5)(cn=*")}) {
        const Run r = cli(
            {QStringLiteral("account"), QStringLiteral("unlock-directory"), who, QStringLiteral("--json")});
        QCOMPARE(r.rc, 1);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("user_not_found"));
    }
    UserStatusJob st(m_lab.config, QStringLiteral("ikasle5"));
    QVERIFY(runJob(&st).ok());
    QVERIFY(st.status().lockedOut); // nobody was unlocked by a pattern
}

void TestDirectoryCli::cleanupTestCase()
{
    AccountActionJob enable(m_lab.config, QStringLiteral("irakasle4"), AccountAction::Enable);
    runJob(&enable);
    PasswordResetJob restore(m_lab.config, QStringLiteral("ikasle8"),
                             m_lab.password(QStringLiteral("ikasle8")), false);
    runJob(&restore);
    AccountActionJob clear(m_lab.config, QStringLiteral("ikasle8"), AccountAction::Unlock);
    runJob(&clear);
    if (m_policyChanged) {
        PolicyChange back;
        back.lockoutThreshold = 5;
        back.observationWindowSeconds = 360;
        back.lockoutDurationSeconds = 600;
        PolicyJob job(m_lab.config, back);
        runJob(&job);
    }
    CredentialCheckJob check(m_lab.config, QStringLiteral("ikasle5@tartanga.test"),
                             m_lab.password(QStringLiteral("ikasle5")));
    if (runJob(&check).adCode != QLatin1String("775"))
        relockLocked();
}

QTEST_GUILESS_MAIN(TestDirectoryCli)
#include "tst_directory_cli.moc"
