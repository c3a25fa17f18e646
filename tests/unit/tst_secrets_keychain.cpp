// Secrets through a real Secret Service: the suite starts a private D-Bus session and an
// unlocked gnome-keyring on it, stores every kind of secret through SecretStore, reads them
// back from a fresh store, and proves none reached the settings file or an exported profile.
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "secrettestutil.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zaindari;

class TestSecretsKeychain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QProcess m_bus;
    QProcess m_keyring;

    static bool secretServiceOnBus()
    {
        QProcess q;
        q.start(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                 QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                 QStringLiteral("string:org.freedesktop.secrets")});
        return q.waitForFinished(5000) && q.readAllStandardOutput().contains("boolean true");
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: run installer/bootstrap-debian.sh")
                                     .arg(QLatin1String(tool))));
        }
        QVERIFY(m_root.isValid());
        for (const char *d : {"config", "home", "data", "run"})
            QVERIFY(QDir(m_root.path()).mkpath(QLatin1String(d)));
        QFile::setPermissions(m_root.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("config"))));
        qputenv("HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("data"))));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_root.filePath(QStringLiteral("run"))));
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");

        // A private session bus; its address is the first line it prints.
        m_bus.start(
            QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(5000));
        QByteArray address;
        for (int i = 0; i < 50 && !address.contains('\n'); ++i) {
            m_bus.waitForReadyRead(100);
            address += m_bus.readAllStandardOutput();
        }
        address = address.trimmed();
        QVERIFY2(!address.isEmpty(), "dbus-daemon printed no address");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        // gnome-keyring reads the login password on stdin with --unlock and creates an unlocked
        // "login" collection, the default one libsecret stores into. An empty password would
        // make it ask through a prompter, which needs a display.
        m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--foreground")});
        QVERIFY(m_keyring.waitForStarted(5000));
        m_keyring.write("zaindari-test-unlock");
        m_keyring.closeWriteChannel();
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = secretServiceOnBus();
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY2(up, "gnome-keyring did not register org.freedesktop.secrets");
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000))
                    p->kill();
                p->waitForFinished(1000);
            }
        }
    }

    void secretsGoToTheKeychainOnly()
    {
        ProfileStore profiles;
        Profile p = Profile::create(QStringLiteral("Tartanga"));
        p.ssh.hosts = {MtaHost {QStringLiteral("mta.tartanga.test"), 22}};
        p.ssh.auth = SshAuthMethod::Password;
        p.soap.url = SoapSettings::defaultUrlFor(QStringLiteral("mail.tartanga.test"));
        p.ldap.url = QStringLiteral("ldaps://dc1.tartanga.test");
        QVERIFY(profiles.save(p));

        const QString nonce = QUuid::createUuid().toString(QUuid::Id128);
        const QList<SecretKind> kinds {SecretKind::SshPassword, SecretKind::SshKeyPassphrase,
                                       SecretKind::SoapPassword, SecretKind::LdapPassword};
        QHash<int, QString> secrets;
        for (SecretKind k : kinds)
            secrets.insert(int(k), toString(k) + QLatin1Char('-') + nonce);

        {
            SecretStore store;
            QSignalSpy written(&store, &SecretStore::secretWritten);
            QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
            for (SecretKind k : kinds)
                store.write(p.id, k, secrets.value(int(k)));
            QTRY_COMPARE_WITH_TIMEOUT(written.count(), 4, 30000);
            for (const QList<QVariant> &w : std::as_const(written))
                QVERIFY2(w.at(1).toBool(), qPrintable(w.at(2).toString()));
            QVERIFY(store.keychainAvailable());
            QCOMPARE(unavailable.count(), 0);
        }

        // A fresh store has nothing in memory: what it reads comes from the keychain.
        SecretStore fresh;
        QSignalSpy read(&fresh, &SecretStore::secretRead);
        QHash<quint64, SecretKind> requests;
        for (SecretKind k : kinds)
            requests.insert(fresh.read(p.id, k), k);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 4, 30000);
        for (const QList<QVariant> &r : std::as_const(read)) {
            const SecretKind k = requests.value(r.at(0).value<quint64>());
            QVERIFY2(r.at(1).toBool(), qPrintable(r.at(3).toString()));
            QCOMPARE(r.at(2).toString(), secrets.value(int(k)));
        }

        // The settings file (rewritten after the secrets) and an export hold none of them.
        QVERIFY(profiles.save(p));
        const QString exported = m_root.filePath(QStringLiteral("home/profiles.json"));
        QVERIFY(profiles.exportTo(exported, {p.id}));
        const QString settings = m_root.filePath(QStringLiteral("config/Zaindari/zaindari.conf"));
        QVERIFY(QFile::exists(settings));
        QVERIFY(QFile::exists(exported));
        for (const QString &secret : std::as_const(secrets)) {
            QCOMPARE(secrettest::filesContaining(m_root.filePath(QStringLiteral("config")), secret),
                     QStringList());
            QCOMPARE(secrettest::filesContaining(m_root.filePath(QStringLiteral("home")), secret),
                     QStringList());
        }

        // Removing a profile's secrets removes them from the keychain.
        QSignalSpy removed(&fresh, &SecretStore::secretRemoved);
        fresh.removeAll(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 4, 30000);
        for (const QList<QVariant> &r : std::as_const(removed))
            QVERIFY2(r.at(1).toBool(), qPrintable(r.at(2).toString()));
        SecretStore after;
        QSignalSpy gone(&after, &SecretStore::secretRead);
        after.read(p.id, SecretKind::SoapPassword);
        QVERIFY(gone.wait(30000));
        QCOMPARE(gone.at(0).at(1).toBool(), false);
        QCOMPARE(gone.at(0).at(3).toString(), QString()); // not found is not an error
    }
};

QTEST_GUILESS_MAIN(TestSecretsKeychain)
#include "tst_secrets_keychain.moc"
