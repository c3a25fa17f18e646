#include "settings.h"

#include "i18n.h"

#include <QSettings>

namespace zaindari {

namespace {

// Every setting, declared once: key, type and default.
template<typename T> struct Setting
{
    const char *key;
    T defaultValue;
    QString name() const { return QLatin1String(key); }
};

const Setting<QString> kLanguage {"general/language", QString()};
const Setting<QString> kLastProfileId {"general/last_profile_id", QString()};
const Setting<int> kAutoRefreshSeconds {"general/auto_refresh_seconds", 30};
const Setting<TimeDisplay> kTimeDisplay {"general/time_display", TimeDisplay::Local};
const Setting<QByteArray> kMainWindowGeometry {"window/main_geometry", QByteArray()};
const Setting<QByteArray> kMainWindowState {"window/main_state", QByteArray()};
const char *const kVersionKey = "settings/version";

template<typename T> T read(const QSettings &s, const Setting<T> &setting)
{
    const QVariant v = s.value(setting.name());
    return v.isValid() && v.canConvert<T>() ? v.value<T>() : setting.defaultValue;
}

// Enums are stored as strings.
TimeDisplay read(const QSettings &s, const Setting<TimeDisplay> &setting)
{
    return timeDisplayFromString(s.value(setting.name()).toString(), setting.defaultValue);
}

template<typename T> bool write(QSettings &s, const Setting<T> &setting, const T &value)
{
    if (read(s, setting) == value) // unchanged (also: equal to the default): no write, no signal
        return false;
    s.setValue(setting.name(), QVariant::fromValue(value));
    s.sync();
    return true;
}

bool write(QSettings &s, const Setting<TimeDisplay> &setting, TimeDisplay value)
{
    if (read(s, setting) == value) // unchanged (also: equal to the default): no write, no signal
        return false;
    s.setValue(setting.name(), toString(value));
    s.sync();
    return true;
}

int clampRefresh(int seconds)
{
    if (seconds <= 0)
        return 0;
    return qBound(AppSettings::MinAutoRefresh, seconds, AppSettings::MaxAutoRefresh);
}

// Version 1 (Zaindari 0.0.x previews) used flat keys and milliseconds.
void migrateFrom1(QSettings &s)
{
    const QString oldLang = QStringLiteral("ui/lang");
    if (s.contains(oldLang)) {
        const QString lang = s.value(oldLang).toString();
        // Version 1 stored "system" for "follow the system locale".
        s.setValue(kLanguage.name(), i18n::supportedLanguages().contains(lang) ? lang : QString());
        s.remove(oldLang);
    }
    const QString oldRefresh = QStringLiteral("refresh/interval_ms");
    if (s.contains(oldRefresh)) {
        const int ms = s.value(oldRefresh).toInt();
        s.setValue(kAutoRefreshSeconds.name(), clampRefresh((ms + 999) / 1000));
        s.remove(oldRefresh);
    }
    const QString oldLast = QStringLiteral("last_profile");
    if (s.contains(oldLast)) {
        s.setValue(kLastProfileId.name(), s.value(oldLast).toString());
        s.remove(oldLast);
    }
}

} // namespace

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Zaindari"), QStringLiteral("zaindari"));
}

int migrateSettings(QSettings &s)
{
    const QString versionKey = QLatin1String(kVersionKey);
    const bool empty = s.allKeys().isEmpty();
    // A file with keys but no version predates versioning: that is version 1.
    const int found = empty ? 0 : s.value(versionKey, 1).toInt();
    if (found > SettingsVersion)
        return found; // written by a newer Zaindari: do not touch what we do not understand
    if (found == 1)
        migrateFrom1(s);
    if (found != SettingsVersion) {
        s.setValue(versionKey, SettingsVersion);
        s.sync();
    }
    return found;
}

QString toString(TimeDisplay t)
{
    return t == TimeDisplay::Utc ? QStringLiteral("utc") : QStringLiteral("local");
}

TimeDisplay timeDisplayFromString(const QString &s, TimeDisplay fallback)
{
    if (s == QLatin1String("utc"))
        return TimeDisplay::Utc;
    if (s == QLatin1String("local"))
        return TimeDisplay::Local;
    return fallback;
}

AppSettings::AppSettings()
    : m_settings(openSettings())
{
    migrateSettings(*m_settings);
}

AppSettings::~AppSettings() = default;

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

QString AppSettings::language() const
{
    const QString lang = read(*m_settings, kLanguage);
    return i18n::supportedLanguages().contains(lang) ? lang : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString lang = i18n::supportedLanguages().contains(language) ? language : QString();
    if (write(*m_settings, kLanguage, lang)) {
        emit languageChanged(lang);
        emit settingChanged(kLanguage.name());
    }
}

QString AppSettings::lastProfileId() const
{
    return read(*m_settings, kLastProfileId);
}

void AppSettings::setLastProfileId(const QString &id)
{
    if (write(*m_settings, kLastProfileId, id)) {
        emit lastProfileIdChanged(id);
        emit settingChanged(kLastProfileId.name());
    }
}

int AppSettings::autoRefreshSeconds() const
{
    return clampRefresh(read(*m_settings, kAutoRefreshSeconds));
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    const int value = clampRefresh(seconds);
    if (write(*m_settings, kAutoRefreshSeconds, value)) {
        emit autoRefreshSecondsChanged(value);
        emit settingChanged(kAutoRefreshSeconds.name());
    }
}

TimeDisplay AppSettings::timeDisplay() const
{
    return read(*m_settings, kTimeDisplay);
}

void AppSettings::setTimeDisplay(TimeDisplay t)
{
    if (write(*m_settings, kTimeDisplay, t)) {
        emit timeDisplayChanged(t);
        emit settingChanged(kTimeDisplay.name());
    }
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return read(*m_settings, kMainWindowGeometry);
}

void AppSettings::setMainWindowGeometry(const QByteArray &g)
{
    if (write(*m_settings, kMainWindowGeometry, g))
        emit settingChanged(kMainWindowGeometry.name());
}

QByteArray AppSettings::mainWindowState() const
{
    return read(*m_settings, kMainWindowState);
}

void AppSettings::setMainWindowState(const QByteArray &s)
{
    if (write(*m_settings, kMainWindowState, s))
        emit settingChanged(kMainWindowState.name());
}

namespace {
QString rateKey(const QString &profileId, const char *which)
{
    return QStringLiteral("rates/") + profileId + QLatin1Char('/') + QLatin1String(which);
}
} // namespace

int AppSettings::rateThresholdPerMinute(const QString &profileId) const
{
    return qMax(0, m_settings->value(rateKey(profileId, "per_minute"), 0).toInt());
}

int AppSettings::rateThresholdPerHour(const QString &profileId) const
{
    return qMax(0, m_settings->value(rateKey(profileId, "per_hour"), 0).toInt());
}

void AppSettings::setRateThresholds(const QString &profileId, int perMinute, int perHour)
{
    if (profileId.isEmpty())
        return;
    perMinute = qMax(0, perMinute);
    perHour = qMax(0, perHour);
    if (perMinute == rateThresholdPerMinute(profileId) && perHour == rateThresholdPerHour(profileId))
        return;
    m_settings->setValue(rateKey(profileId, "per_minute"), perMinute);
    m_settings->setValue(rateKey(profileId, "per_hour"), perHour);
    m_settings->sync();
    emit rateThresholdsChanged(profileId);
    emit settingChanged(rateKey(profileId, "per_minute"));
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace zaindari
