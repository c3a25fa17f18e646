#include "detector.h"

#include <algorithm>

namespace zaindari {

RateDetector::RateDetector(DetectorConfig config)
    : m_config(std::move(config))
{ }

void RateDetector::setBaseline(const QString &account, double usualHourlyPeak)
{
    m_baselines.insert(account, usualHourlyPeak);
}

void RateDetector::clear()
{
    m_states.clear();
}

DetectorThresholds RateDetector::thresholdsFor(const QString &account) const
{
    const auto it = m_config.perLogin.constFind(account);
    return it == m_config.perLogin.constEnd() ? m_config.defaults : *it;
}

namespace {
int countSince(const std::deque<qint64> &times, qint64 from)
{
    return int(times.end() - std::lower_bound(times.begin(), times.end(), from));
}
} // namespace

int RateDetector::countInLastMinute(int key, qint64 t) const
{
    const auto it = m_states.find(key);
    return it == m_states.end() ? 0 : countSince(it->second.times, t - 59);
}

int RateDetector::countInLastHour(int key, qint64 t) const
{
    const auto it = m_states.find(key);
    return it == m_states.end() ? 0 : countSince(it->second.times, t - 3599);
}

std::optional<RateAlert> RateDetector::submitted(qint64 t, int key, const QString &account)
{
    State &s = m_states[key];
    // Log lines of different processes can be a second out of order: keep the deque sorted.
    if (s.times.empty() || s.times.back() <= t)
        s.times.push_back(t);
    else
        s.times.insert(std::upper_bound(s.times.begin(), s.times.end(), t), t);
    while (!s.times.empty() && s.times.front() < t - 3599)
        s.times.pop_front();

    const DetectorThresholds th = thresholdsFor(account);
    const int minute = countSince(s.times, t - 59);
    const int hour = int(s.times.size());

    RateAlert alert;
    if (th.perMinute > 0 && minute > th.perMinute) {
        alert.rate = minute;
        alert.threshold = th.perMinute;
        alert.window = QStringLiteral("minute");
    } else if (th.perHour > 0 && hour > th.perHour) {
        alert.rate = hour;
        alert.threshold = th.perHour;
        alert.window = QStringLiteral("hour");
    } else {
        const double base = m_baselines.value(account, 0);
        const double limit = std::max(base * m_config.baselineFactor, double(m_config.baselineMinimum));
        if (base > 0 && hour > limit) {
            alert.rate = hour;
            alert.threshold = limit;
            alert.window = QStringLiteral("baseline");
        } else {
            return std::nullopt;
        }
    }
    if (s.alerted && t - s.lastAlert < m_config.cooldownSeconds && alert.rate < 2 * s.lastAlertRate)
        return std::nullopt;
    s.alerted = true;
    s.lastAlert = t;
    s.lastAlertRate = alert.rate;
    alert.t = t;
    alert.account = account;
    alert.action = QStringLiteral("flag");
    return alert;
}

} // namespace zaindari
