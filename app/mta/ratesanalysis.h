#pragma once
// The send-rates pipeline in one object: MTA log lines -> MailLogAnalyzer (join by queue id,
// per-minute counts) -> RateDetector (alerts in log time). Used by the offline path
// (`--input`, RatesJob), the live monitor (LiveRatesMonitor) and the CLI, so all three count
// the same way. Not thread-safe: one thread feeds and asks.

#include "incident/detector.h"
#include "loganalyzer.h"
#include "ratestypes.h"

#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <string>
#include <unordered_map>

namespace zaindari {

struct RatesOptions
{
    DetectorConfig detector;
    qint64 now = 0; // reference "now" (UTC s) for year inference; 0 = the system clock
    int localOffset = 0; // the log host's zone for stamps without one (seconds east of UTC)
};

class RatesAnalysis
{
public:
    explicit RatesAnalysis(const RatesOptions &options = {});
    RatesAnalysis(const RatesAnalysis &) = delete; // the analyzer's hook points at this
    RatesAnalysis &operator=(const RatesAnalysis &) = delete;

    // Anchors year inference on the newest entry (offline) or on now (live).
    void anchor(const maillog::LogStamp &newest);
    void anchorNow();

    void feed(std::string_view chunk); // complete lines; a partial tail is kept for next time
    void finish(); // flushes a last line without a newline

    // Called for every alert, in log order.
    void setAlertHook(std::function<void(const RateAlert &)> hook) { m_alertHook = std::move(hook); }

    // `since` seconds back from `until` (0 = everything); until 0 = the newest entry.
    RatesReport report(qint64 sinceSeconds, int limit = 0, qint64 until = 0) const;
    RateSeries series(qint64 sinceSeconds, int bucketSeconds, const QString &account = {},
                      qint64 until = 0) const;
    const QVector<RateAlert> &alerts() const { return m_alerts; }
    const MailLogAnalyzer &analyzer() const { return m_analyzer; }
    RateDetector &detector() { return m_detector; }

private:
    void onSubmitted(qint64 t, int key, const SenderIdentity &who);

    RatesOptions m_options;
    MailLogAnalyzer m_analyzer;
    RateDetector m_detector;
    QVector<RateAlert> m_alerts;
    std::unordered_map<int, qint64> m_baselineAt; // sender -> log time its baseline was taken
    std::function<void(const RateAlert &)> m_alertHook;
    std::string m_carry;
};

// Reads a saved log (plain, .gz, "-") into `analysis`, anchored on its newest entry.
// False with a translated sentence in *error when the file cannot be read.
bool analyzeLogFile(const QString &path, RatesAnalysis *analysis, QString *error,
                    const std::atomic<bool> *cancel = nullptr,
                    const std::function<void(quint64 done, quint64 total)> &progress = {});

} // namespace zaindari
