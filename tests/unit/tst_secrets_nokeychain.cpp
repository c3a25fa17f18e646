// With no D-Bus session there is no keychain: SecretStore must say so once, keep secrets in
// memory for the session only, and nothing may reach the settings file or an export.
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "secrettestutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;

class TestSecretsNoKeychain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char *d : {"config", "home", "data", "run"})
            QVERIFY(QDir(m_root.path()).mkpath(QLatin1String(d)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("config"))));
        qputenv("HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("data"))));
        // No session bus anywhere GLib or libdbus would look: no address, no $XDG_RUNTIME_DIR/bus,
        // no X display to autolaunch one on.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_root.filePath(QStringLiteral("run"))));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void secretsStayInMemory()
    {
        ProfileStore profiles;
        Profile p = Profile::create(QStringLiteral("Tartanga"));
        p.soap.url = SoapSettings::defaultUrlFor(QStringLiteral("mail.tartanga.test"));
        QVERIFY(profiles.save(p));

        const QString secret
            = QStringLiteral("nokeychain-soap-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        SecretStore store;
        QVERIFY(store.keychainAvailable()); // nothing known yet
        QSignalSpy written(&store, &SecretStore::secretWritten);
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        const quint64 id = store.write(p.id, SecretKind::SoapPassword, secret);
        QCOMPARE(written.count(), 0); // asynchronous
        QVERIFY(written.wait(30000));
        QCOMPARE(written.at(0).at(0).value<quint64>(), id);
        QCOMPARE(written.at(0).at(1).toBool(), false);
        QVERIFY(!written.at(0).at(2).toString().isEmpty());
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());

        // Later writes do not try the keychain again, and do not repeat the warning.
        store.write(p.id, SecretKind::LdapPassword, secret + QStringLiteral("-ldap"));
        QVERIFY(written.wait(5000));
        QCOMPARE(unavailable.count(), 1);

        // In memory for this session.
        QCOMPARE(store.sessionSecret(p.id, SecretKind::SoapPassword).value_or(QString()), secret);
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.read(p.id, SecretKind::SoapPassword);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.at(0).at(1).toBool(), true);
        QCOMPARE(read.at(0).at(2).toString(), secret);

        // Nowhere on disk: settings, export, or any fallback file under our home.
        QVERIFY(profiles.save(p));
        const QString exported = m_root.filePath(QStringLiteral("home/export.json"));
        QVERIFY(profiles.exportTo(exported, {}));
        QCOMPARE(secrettest::filesContaining(m_root.path(), secret), QStringList());
        QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("config/Zaindari/zaindari.conf"))));

        // A new session (a fresh store) does not find it.
        SecretStore next;
        QSignalSpy nextRead(&next, &SecretStore::secretRead);
        next.read(p.id, SecretKind::SoapPassword);
        QVERIFY(nextRead.wait(30000));
        QCOMPARE(nextRead.at(0).at(1).toBool(), false);
        QVERIFY(!next.keychainAvailable());

        // Forgetting removes it from memory too.
        store.forgetSession(p.id);
        QVERIFY(!store.sessionSecret(p.id, SecretKind::SoapPassword));
    }
};

QTEST_GUILESS_MAIN(TestSecretsNoKeychain)
#include "tst_secrets_nokeychain.moc"
