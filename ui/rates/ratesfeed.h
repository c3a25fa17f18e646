#pragma once
// The data side of the Send-rates page. Two LogFollowers (the MTA log and Zimbra's audit.log)
// run on the GUI thread, where they only relay bytes from the SSH session's own worker thread;
// every byte is parsed on this feed's worker thread (RatesAnalysis + AuditLogAnalyzer), and a
// RatesSnapshot, computed there too, comes back by queued signal at most once a second. The
// GUI thread never parses and never waits.

#include "incident/detector.h"
#include "mta/auditlog.h"
#include "mta/logfollower.h"
#include "mta/queuetypes.h"
#include "mta/ratestypes.h"
#include "ssh/sshtypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace zaindari {

class RatesWorker;
class SshSession;
struct QueueLoginGroup;

// What the page shows, computed on the worker for the chosen window.
struct RatesSnapshot
{
    quint64 generation = 0;
    qint64 windowSeconds = 3600;
    int bucketSeconds = 60;
    QString account; // the drill-down login ("" = none)
    RatesReport report;
    RateSeries series; // everybody
    RateSeries accountSeries; // the drill-down login
    LoginFailuresReport logins;
    QVector<AuthEvent> authEvents; // failures and successes in the window, oldest first
};

class RatesFeed : public QObject
{
    Q_OBJECT
public:
    explicit RatesFeed(QObject *parent = nullptr);
    ~RatesFeed() override;

    // Reads back `backlogSeconds` of both logs, then follows them. Restarts from scratch.
    void start(SshSession *session, const QString &mtaLog, const QString &auditLog, qint64 backlogSeconds,
               const DetectorConfig &config, int localOffset);
    void cancel();
    bool isRunning() const;
    bool isBacklogDone() const { return m_backlogDone; }
    qint64 bytesReceived() const { return m_mtaBytes + m_auditBytes; }

    void setView(qint64 windowSeconds, int bucketSeconds, const QString &account);
    // New thresholds apply to lines read from now on (the detector answers in log order).
    void setDetectorConfig(const DetectorConfig &config);
    const RatesSnapshot &snapshot() const { return m_snapshot; }
    // Joins a queue listing with the logins the log read so far names (on the worker);
    // answers with queueLoginsJoined().
    void requestQueueLogins(std::shared_ptr<const QueueListing> listing);

Q_SIGNALS:
    void snapshotUpdated();
    void progressed(qint64 bytesReceived);
    void backlogFinished();
    // A login crossed a threshold after the read-back, or during the read-back's last hour.
    void alertRaised(const zaindari::RateAlert &alert);
    void errorOccurred(const QString &message, const QString &detail);
    void finished(bool ok, const QString &message);
    void queueLoginsJoined(const QVector<zaindari::QueueLoginGroup> &groups);

private:
    void onSnapshot(const zaindari::RatesSnapshot &snapshot);
    void checkBacklog();
    void stopFollowers();

    QThread *m_thread;
    RatesWorker *m_worker; // lives on m_thread
    QPointer<LogFollower> m_mta;
    QPointer<LogFollower> m_audit;
    RatesSnapshot m_snapshot;
    quint64 m_generation = 0;
    qint64 m_mtaBytes = 0;
    qint64 m_auditBytes = 0;
    bool m_mtaBacklog = false;
    bool m_auditBacklog = false;
    bool m_backlogDone = false;
    qint64 m_window = 3600;
    int m_bucket = 60;
    QString m_account;
};

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::RatesSnapshot)
