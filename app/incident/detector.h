#pragma once
// Captured-account detection on send rates: per-login thresholds (messages per minute and per
// hour) and a per-login baseline (its usual hourly peak). Fed with submissions in log-time
// order, it answers at once, so replaying a saved log gives the same alerts, at the same log
// times, as watching it live.

#include "mta/ratestypes.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>
#include <unordered_map>

namespace zaindari {

struct DetectorThresholds
{
    int perMinute = 30; // messages in any 60 s
    int perHour = 300; // messages in any 3600 s
};

struct DetectorConfig
{
    DetectorThresholds defaults;
    QHash<QString, DetectorThresholds> perLogin; // keyed by account, exact match
    // A login whose last hour exceeds factor x its usual hourly peak is flagged, provided the
    // hour holds at least baselineMinimum messages (a login that usually sends 2 an hour and
    // now sends 11 is not an incident).
    double baselineFactor = 5.0;
    int baselineMinimum = 60;
    // After an alert the same login is quiet for this long unless its rate doubles.
    int cooldownSeconds = 600;
};

class RateDetector
{
public:
    explicit RateDetector(DetectorConfig config = {});

    const DetectorConfig &config() const { return m_config; }
    void setConfig(const DetectorConfig &config) { m_config = config; }
    void setBaseline(const QString &account, double usualHourlyPeak);
    void clear();

    // One message accepted for `account` at log time t (UTC s). key: a stable small integer
    // for the account (the analyzer's sender index); an alert when a threshold is crossed.
    std::optional<RateAlert> submitted(qint64 t, int key, const QString &account);

    // Messages of `key` in the 60 s / 3600 s ending at t (t >= the last submission).
    int countInLastMinute(int key, qint64 t) const;
    int countInLastHour(int key, qint64 t) const;

private:
    struct State
    {
        std::deque<qint64> times; // submissions within the last hour, ascending
        qint64 lastAlert = 0;
        double lastAlertRate = 0;
        bool alerted = false;
    };
    DetectorThresholds thresholdsFor(const QString &account) const;

    DetectorConfig m_config;
    QHash<QString, double> m_baselines;
    std::unordered_map<int, State> m_states;
};

} // namespace zaindari
