#pragma once
// GUI-facing jobs of the Send-rates page.
//
// RatesFileJob: analyses a saved log (plain/.gz) on a worker thread. start(), cancel(),
// progressed(permille), one finished() with the result. The GUI thread never parses.
//
// LiveRatesMonitor: follows the server's log over an SshSession (LogFollower) and keeps a
// RatesAnalysis current; emits reportUpdated() (throttled) and alertRaised() for each new
// detector alert after the read-back window. It parses on the thread it lives on; move it
// (with its session) to a worker thread if the read-back is large.

#include "logfollower.h"
#include "ratesanalysis.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace zaindari {

struct RatesFileResult
{
    bool ok = false;
    bool canceled = false;
    QString errorMessage; // translated
    RatesReport report;
    RateSeries series; // per minute over the report's window
    QVector<RateAlert> alerts;
};

class RatesFileJob : public QObject
{
    Q_OBJECT
public:
    RatesFileJob(const QString &path, qint64 sinceSeconds, const RatesOptions &options = {},
                 QObject *parent = nullptr);
    ~RatesFileJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(int permille);
    void finished(const zaindari::RatesFileResult &result);

private:
    QString m_path;
    qint64 m_since;
    RatesOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread *m_thread = nullptr;
};

class LiveRatesMonitor : public QObject
{
    Q_OBJECT
public:
    LiveRatesMonitor(SshSession *session, const LogFollowOptions &follow, const RatesOptions &options = {},
                     QObject *parent = nullptr);

    void start();
    void cancel();
    const RatesAnalysis &analysis() const { return *m_analysis; }
    RatesReport report(qint64 sinceSeconds, int limit = 0) const;
    RateSeries series(qint64 sinceSeconds, int bucketSeconds, const QString &account = {}) const;
    LogPosition position() const { return m_follower.position(); }
    void setReportInterval(int ms) { m_throttle.setInterval(ms); }

Q_SIGNALS:
    void backlogFinished();
    void reportUpdated(); // new lines arrived (at most once per report interval)
    void alertRaised(const zaindari::RateAlert &alert);
    void errorOccurred(zaindari::SshError error, const QString &message, const QString &detail);
    void finished(bool ok, const QString &message);

private:
    std::unique_ptr<RatesAnalysis> m_analysis;
    LogFollower m_follower;
    QTimer m_throttle;
    bool m_live = false;
};

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::RatesFileResult)
