#pragma once
// One typed, versioned settings layer over QSettings (organization "Zaindari", application
// "zaindari"; on Linux ~/.config/Zaindari/zaindari.conf). Each setting is declared once, with
// its type and default, in settings.cpp. Enums are stored as strings so the file stays readable
// and survives reordering. "settings/version" records the layout; migrateSettings() brings an
// older file forward. Profiles live in the same file (see ProfileStore) and never hold a secret.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace zaindari {

// Version of the settings layout written by this build.
//   1: "ui/lang", "refresh/interval_ms" (milliseconds), "last_profile"
//   2: "general/language", "general/auto_refresh_seconds", "general/last_profile_id",
//      "general/time_display", profiles as JSON under "profiles/<id>"
constexpr int SettingsVersion = 2;

// The settings file every part of Zaindari uses. Independent of QCoreApplication's names, so
// the CLI, the GUI and tests all open the same file.
std::unique_ptr<QSettings> openSettings();

// Brings `s` to SettingsVersion (idempotent). Returns the version found before migrating
// (0 = empty file). A file from a newer build is left untouched.
int migrateSettings(QSettings &s);

// How times are shown in tables and reports (JSON output is always UTC).
enum class TimeDisplay { Local, Utc };
QString toString(TimeDisplay t);
TimeDisplay timeDisplayFromString(const QString &s, TimeDisplay fallback = TimeDisplay::Local);

class AppSettings : public QObject
{
    Q_OBJECT
public:
    static AppSettings &instance();
    ~AppSettings() override;

    // "" = follow the system locale, else "eu", "es" or "en". Anything else is stored as "".
    QString language() const;
    void setLanguage(const QString &language);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    // 0 = no automatic refresh; otherwise clamped to [MinAutoRefresh, MaxAutoRefresh]. Default 30.
    static constexpr int MinAutoRefresh = 5;
    static constexpr int MaxAutoRefresh = 3600;
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    TimeDisplay timeDisplay() const;
    void setTimeDisplay(TimeDisplay t);

    // Opaque blobs from QWidget::saveGeometry / QMainWindow::saveState.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &g);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &s);

    // Send-rates detector thresholds of one profile ("rates/<profile id>/per_minute" and
    // "/per_hour"; messages per login). 0 = not set: the detector's defaults apply.
    // Kept apart from the profile JSON so exported profiles stay the same shape.
    int rateThresholdPerMinute(const QString &profileId) const;
    int rateThresholdPerHour(const QString &profileId) const;
    void setRateThresholds(const QString &profileId, int perMinute, int perHour);

    // Re-reads nothing: QSettings is the cache. Writes are flushed with sync() at once so a
    // second process (zaindari-cli) sees them.
    void sync();

signals:
    void languageChanged(const QString &language);
    void lastProfileIdChanged(const QString &id);
    void autoRefreshSecondsChanged(int seconds);
    void timeDisplayChanged(zaindari::TimeDisplay t);
    void rateThresholdsChanged(const QString &profileId);
    // Any setting changed; `key` is the QSettings key.
    void settingChanged(const QString &key);

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace zaindari
