// The settings layer: defaults, enums as strings, change notification, and migration of a
// version-1 file (flat keys, milliseconds) to version 2.
#include "common/settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    QString settingsFile() const { return m_config.path() + QStringLiteral("/Zaindari/zaindari.conf"); }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private slots:
    void initTestCase()
    {
        // Before the first QSettings: Qt caches the configuration directory per process.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        // A file as Zaindari 0.0.x (settings version 1) left it.
        writeFile(settingsFile(),
                  "[General]\nlast_profile=3f1c-old\n\n[refresh]\ninterval_ms=15000\n\n"
                  "[ui]\nlang=eu\n");
    }

    void versionOneFileIsMigratedOnFirstUse()
    {
        AppSettings &s = AppSettings::instance();
        QCOMPARE(s.language(), QStringLiteral("eu"));
        QCOMPARE(s.autoRefreshSeconds(), 15);
        QCOMPARE(s.lastProfileId(), QStringLiteral("3f1c-old"));

        QSettings raw(settingsFile(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settings/version")).toInt(), SettingsVersion);
        QVERIFY(!raw.contains(QStringLiteral("ui/lang")));
        QVERIFY(!raw.contains(QStringLiteral("refresh/interval_ms")));
        QVERIFY(!raw.contains(QStringLiteral("last_profile")));
        QCOMPARE(raw.value(QStringLiteral("general/language")).toString(), QStringLiteral("eu"));
    }

    void migrationCases()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.conf"));
        writeFile(path, "[ui]\nlang=system\n[refresh]\ninterval_ms=1500\n");
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(migrateSettings(s), 1);
        QCOMPARE(s.value(QStringLiteral("general/language")).toString(), QString()); // "system" = follow
        QCOMPARE(s.value(QStringLiteral("general/auto_refresh_seconds")).toInt(),
                 AppSettings::MinAutoRefresh);
        QCOMPARE(migrateSettings(s), SettingsVersion); // idempotent

        const QString newer = dir.filePath(QStringLiteral("newer.conf"));
        writeFile(newer, "[settings]\nversion=99\n[future]\nkey=kept\n");
        QSettings n(newer, QSettings::IniFormat);
        QCOMPARE(migrateSettings(n), 99);
        QCOMPARE(n.value(QStringLiteral("settings/version")).toInt(), 99);
        QCOMPARE(n.value(QStringLiteral("future/key")).toString(), QStringLiteral("kept"));

        QSettings empty(dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
        QCOMPARE(migrateSettings(empty), 0);
        QCOMPARE(empty.value(QStringLiteral("settings/version")).toInt(), SettingsVersion);
    }

    void changesNotifyOnce()
    {
        AppSettings &s = AppSettings::instance();
        QSignalSpy lang(&s, &AppSettings::languageChanged);
        QSignalSpy any(&s, &AppSettings::settingChanged);
        s.setLanguage(QStringLiteral("es"));
        s.setLanguage(QStringLiteral("es")); // unchanged: no second signal
        QCOMPARE(lang.count(), 1);
        QCOMPARE(lang.at(0).at(0).toString(), QStringLiteral("es"));
        QCOMPARE(any.count(), 1);
        s.setLanguage(QStringLiteral("fr")); // unsupported: follow the system
        QCOMPARE(s.language(), QString());
        QCOMPARE(lang.count(), 2);

        QSignalSpy refresh(&s, &AppSettings::autoRefreshSecondsChanged);
        s.setAutoRefreshSeconds(1);
        QCOMPARE(s.autoRefreshSeconds(), AppSettings::MinAutoRefresh);
        s.setAutoRefreshSeconds(100000);
        QCOMPARE(s.autoRefreshSeconds(), AppSettings::MaxAutoRefresh);
        s.setAutoRefreshSeconds(0);
        QCOMPARE(s.autoRefreshSeconds(), 0);
        QCOMPARE(refresh.count(), 3);
    }

    void enumsAreStoredAsStrings()
    {
        AppSettings &s = AppSettings::instance();
        QCOMPARE(toString(s.timeDisplay()), toString(TimeDisplay::Local));
        QSignalSpy changed(&s, &AppSettings::timeDisplayChanged);
        s.setTimeDisplay(TimeDisplay::Local); // the default: nothing changes, nothing is said
        QCOMPARE(changed.count(), 0);
        s.setTimeDisplay(TimeDisplay::Utc);
        QCOMPARE(changed.count(), 1);
        QSettings raw(settingsFile(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("general/time_display")).toString(), QStringLiteral("utc"));
        QCOMPARE(toString(s.timeDisplay()), toString(TimeDisplay::Utc));
    }

    void valuesSurviveAnotherReader()
    {
        AppSettings &s = AppSettings::instance();
        s.setLastProfileId(QStringLiteral("abc-123"));
        s.setMainWindowGeometry(QByteArray("\x01\x02\x03", 3));
        // A second process (zaindari-cli) reads the file, not our memory.
        QSettings raw(settingsFile(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("general/last_profile_id")).toString(), QStringLiteral("abc-123"));
        QCOMPARE(s.mainWindowGeometry(), QByteArray("\x01\x02\x03", 3));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
