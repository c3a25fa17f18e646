// ProfileStore: round trip through the settings file, validation, duplicate, export/import.
#include "profiles/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;
Q_DECLARE_METATYPE(zaindari::Profile)

namespace {

// Every field away from its default, so a field the store forgets shows up.
Profile fullProfile(const QString &name)
{
    Profile p = Profile::create(name);
    p.ssh.hosts = {MtaHost {QStringLiteral("mta1.tartanga.test"), 2222}, MtaHost {QStringLiteral("::1"), 22}};
    p.ssh.user = QStringLiteral("teknikaria");
    p.ssh.auth = SshAuthMethod::KeyFile;
    p.ssh.keyFile = QStringLiteral("/home/teknikaria/.ssh/id_ed25519");
    p.ssh.preset = MtaPreset::Postfix;
    p.ssh.paths = MtaPaths::forPreset(MtaPreset::Postfix);
    p.ssh.paths.postsuper = QStringLiteral("/usr/local/sbin/postsuper");
    p.ssh.paths.sudoForAdminTools = false;
    p.ssh.mtaLogPath = QStringLiteral("/var/log/mail.log");
    p.ssh.auditLogPath = QStringLiteral("/srv/zimbra/audit.log");
    p.soap.url = SoapSettings::defaultUrlFor(QStringLiteral("mail.tartanga.test"));
    p.soap.adminUser = QStringLiteral("admin@tartanga.test");
    p.ldap.url = QStringLiteral("ldaps://dc1.tartanga.test:636");
    p.ldap.bindIdentity = QStringLiteral("zaindari@tartanga.test");
    p.ldap.baseDn = QStringLiteral("DC=tartanga,DC=test");
    p.ldap.caFile = QStringLiteral("/etc/ssl/tartanga-ca.pem");
    p.ldap.extraControllers = {QStringLiteral("ldaps://dc2.tartanga.test")};
    p.trust.sshHostKeys = {{QStringLiteral("mta1.tartanga.test:2222"), QStringLiteral("SHA256:abcdEFGH")}};
    p.trust.tlsCertificates = {{QStringLiteral("mail.tartanga.test:7071"),
                                QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))}};
    p.containment.autoContain = true;
    p.containment.autoThresholdPerMinute = 45;
    p.containment.queue = ContainQueueAction::Delete;
    p.containment.directory = ContainDirectoryAction::ResetPassword;
    p.containment.restartMtaWhenSessionsOpen = false;
    p.containment.removeForwarding = false;
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

    void clear(ProfileStore &store)
    {
        const QList<Profile> all = store.profiles();
        for (const Profile &p : all)
            QVERIFY(store.remove(p.id));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }
    void init()
    {
        ProfileStore store;
        clear(store);
    }

    void presetsAndDefaults()
    {
        const MtaPaths z = MtaPaths::forPreset(MtaPreset::Zimbra);
        QCOMPARE(z.postqueue, QStringLiteral("/opt/zimbra/common/sbin/postqueue"));
        QCOMPARE(z.postsuper, QStringLiteral("/opt/zimbra/common/sbin/postsuper"));
        QCOMPARE(z.postfix, QStringLiteral("/opt/zimbra/common/sbin/postfix"));
        QVERIFY(z.sudoForAdminTools);
        const MtaPaths pf = MtaPaths::forPreset(MtaPreset::Postfix);
        QCOMPARE(pf.postcat, QStringLiteral("/usr/sbin/postcat"));
        QCOMPARE(pf.postconf, QStringLiteral("/usr/sbin/postconf"));
        QCOMPARE(SoapSettings::defaultUrlFor(QStringLiteral("mail.example.org")).toString(),
                 QStringLiteral("https://mail.example.org:7071/service/admin/soap"));
        const Profile fresh = Profile::create(QStringLiteral("x"));
        QVERIFY(!fresh.id.isEmpty());
        QVERIFY(!fresh.id.contains(QLatin1Char('{')));
        QCOMPARE(fresh.ssh.mtaLogPath, QStringLiteral("/var/log/zimbra.log"));
        QCOMPARE(fresh.ssh.auditLogPath, QStringLiteral("/opt/zimbra/log/audit.log"));
        // A JSON object from an older export without most keys keeps the defaults.
        const Profile partial
            = Profile::fromJson(QJsonObject {{QStringLiteral("name"), QStringLiteral("old")}});
        QCOMPARE(partial.ssh.paths, z);
        QCOMPARE(partial.ssh.user, fresh.ssh.user);
        // Profiles saved before containment settings existed: automatic containment stays off.
        QVERIFY(!fresh.containment.autoContain);
        QVERIFY(!partial.containment.autoContain);
        QCOMPARE(partial.containment, ContainSettings());
        QVERIFY(partial.containment.directory == ContainDirectoryAction::Disable);
        QVERIFY(partial.containment.queue == ContainQueueAction::Hold);
    }

    void mailDomainForBareLogins()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        QCOMPARE(p.accountAddress(QStringLiteral("ikasle3")), QString());
        p.ldap.baseDn = QStringLiteral("DC=Tartanga, DC=test");
        QCOMPARE(p.accountAddress(QStringLiteral("ikasle3")), QStringLiteral("ikasle3@tartanga.test"));
        p.ldap.bindIdentity = QStringLiteral("zaindari@ad.tartanga.test");
        QCOMPARE(p.mailDomain(), QStringLiteral("ad.tartanga.test"));
        p.soap.adminUser = QStringLiteral("admin@Ikastola.eus");
        QCOMPARE(p.accountAddress(QStringLiteral("ikasle3")), QStringLiteral("ikasle3@ikastola.eus"));
        QCOMPARE(p.accountAddress(QStringLiteral("ikasle3@tartanga.test")),
                 QStringLiteral("ikasle3@tartanga.test"));
    }

    void roundTripThroughTheSettingsFile()
    {
        const Profile a = fullProfile(QStringLiteral("Tartanga"));
        Profile b = Profile::create(QStringLiteral("Abadiño"));
        {
            ProfileStore store;
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QString error;
            QVERIFY2(store.save(a, &error), qPrintable(error));
            QVERIFY2(store.save(b, &error), qPrintable(error));
            QCOMPARE(changed.count(), 2);
        }
        ProfileStore reopened; // a fresh object reads only what reached the file
        const QList<Profile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Abadiño")); // sorted by name
        QCOMPARE(all.at(1), a);
        QCOMPARE(reopened.byName(QStringLiteral("Tartanga"))->id, a.id);
        QCOMPARE(*reopened.byId(b.id), b);
        QVERIFY(!reopened.byId(QStringLiteral("nope")));

        Profile edited = a;
        edited.soap.adminUser = QStringLiteral("other@tartanga.test");
        QVERIFY(reopened.save(edited));
        QCOMPARE(ProfileStore().byId(a.id)->soap.adminUser, QStringLiteral("other@tartanga.test"));
        QCOMPARE(ProfileStore().profiles().size(), 2);
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<Profile>("profile");
        Profile p = fullProfile(QStringLiteral("bad"));
        Profile c = p;
        c.name = QStringLiteral("  ");
        QTest::newRow("empty name") << c;
        c = p;
        c.name = QStringLiteral("existing"); // differs only in case from a saved one
        QTest::newRow("duplicate name") << c;
        c = p;
        c.soap.url = QUrl(QStringLiteral("http://mail.tartanga.test:7071/service/admin/soap"));
        QTest::newRow("soap without TLS") << c;
        c = p;
        c.ldap.url = QStringLiteral("https://dc1.tartanga.test");
        QTest::newRow("ldap wrong scheme") << c;
        c = p;
        c.ldap.url = QStringLiteral("ldaps://");
        QTest::newRow("ldap without host") << c;
        c = p;
        c.ssh.hosts[0].port = 0;
        QTest::newRow("port zero") << c;
        c = p;
        c.ssh.hosts[0].host = QStringLiteral("-oProxyCommand=evil");
        QTest::newRow("host as option") << c;
        c = p;
        c.ssh.paths.postqueue = QStringLiteral("/usr/sbin/postqueue; rm -rf /");
        QTest::newRow("path with shell syntax") << c;
        c = p;
        c.ssh.mtaLogPath = QStringLiteral("var/log/mail.log");
        QTest::newRow("relative log path") << c;
        c = p;
        c.ssh.user = QStringLiteral("root user");
        QTest::newRow("user with space") << c;
        c = p;
        c.trust.tlsCertificates[0].second = QStringLiteral("sha256:abc");
        QTest::newRow("short pin") << c;
        c = p;
        c.containment.autoThresholdPerMinute = 0;
        QTest::newRow("containment threshold zero") << c;
    }
    void invalidProfilesAreRefused()
    {
        QFETCH(Profile, profile);
        ProfileStore store;
        QVERIFY(store.save(Profile::create(QStringLiteral("Existing"))));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY(!store.save(profile, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.validationError(profile), error);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.profiles().size(), 1);
    }

    void everyStoreHearsOfChanges()
    {
        ProfileStore manager;
        ProfileStore mainWindow;
        QSignalSpy heard(&mainWindow, &ProfileStore::profilesChanged);
        const Profile p = Profile::create(QStringLiteral("Gaztelueta"));
        QVERIFY(manager.save(p));
        QCOMPARE(heard.count(), 1);
        QCOMPARE(mainWindow.byId(p.id)->name, QStringLiteral("Gaztelueta"));
        QVERIFY(manager.remove(p.id));
        QCOMPARE(heard.count(), 2);
        QVERIFY(!mainWindow.byId(p.id));
    }

    void duplicateAndRemove()
    {
        ProfileStore store;
        const Profile a = fullProfile(QStringLiteral("Tartanga"));
        QVERIFY(store.save(a));
        const std::optional<Profile> c1 = store.duplicate(a.id);
        const std::optional<Profile> c2 = store.duplicate(a.id);
        QVERIFY(c1 && c2);
        QCOMPARE(c1->name, QStringLiteral("Tartanga (copy)"));
        QCOMPARE(c2->name, QStringLiteral("Tartanga (copy 2)"));
        QVERIFY(c1->id != a.id && c2->id != c1->id);
        Profile expected = a;
        expected.id = c1->id;
        expected.name = c1->name;
        QCOMPARE(*store.byId(c1->id), expected); // everything else copied
        QVERIFY(!store.duplicate(QStringLiteral("missing")));

        QVERIFY(store.remove(c1->id));
        QVERIFY(!store.remove(c1->id));
        QCOMPARE(store.profiles().size(), 2);
    }

    void exportAndImport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        ProfileStore store;
        const Profile a = fullProfile(QStringLiteral("Tartanga"));
        const Profile b = Profile::create(QStringLiteral("Lauaxeta"));
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        QString error;
        QVERIFY2(store.exportTo(file, {a.id}, &error), qPrintable(error));

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("zaindari-profiles"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("profiles")).toArray().size(), 1);

        // Same store: the id and the name are taken.
        QList<Profile> imported = store.importFrom(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(imported.size(), 1);
        QVERIFY(imported[0].id != a.id);
        QCOMPARE(imported[0].name, QStringLiteral("Tartanga (imported)"));
        imported = store.importFrom(file, &error);
        QCOMPARE(imported.value(0).name, QStringLiteral("Tartanga (imported 2)"));

        // Empty store: the profile comes back exactly.
        clear(store);
        imported = store.importFrom(file, &error);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported[0], a);
        QCOMPARE(*store.byId(a.id), a);
    }

    void importRejectsWhatIsNotAnExport()
    {
        QTemporaryDir dir;
        ProfileStore store;
        QString error;
        QVERIFY(store.importFrom(dir.filePath(QStringLiteral("missing.json")), &error).isEmpty());
        QVERIFY(!error.isEmpty());

        const QString other = dir.filePath(QStringLiteral("other.json"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"something-else","profiles":[{"name":"x"}]})");
        f.close();
        error.clear();
        QVERIFY(store.importFrom(other, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(store.profiles().isEmpty());

        // One good and one bad profile: the good one is imported, the bad one named.
        const QString mixed = dir.filePath(QStringLiteral("mixed.json"));
        QFile m(mixed);
        QVERIFY(m.open(QIODevice::WriteOnly));
        Profile bad = Profile::create(QStringLiteral("Broken"));
        bad.ldap.url = QStringLiteral("ftp://dc");
        const QJsonObject doc {{QStringLiteral("format"), QStringLiteral("zaindari-profiles")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("profiles"),
                                QJsonArray {Profile::create(QStringLiteral("Good")).toJson(), bad.toJson()}}};
        m.write(QJsonDocument(doc).toJson());
        m.close();
        error.clear();
        const QList<Profile> imported = store.importFrom(mixed, &error);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported[0].name, QStringLiteral("Good"));
        QVERIFY(error.contains(QLatin1String("Broken")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
