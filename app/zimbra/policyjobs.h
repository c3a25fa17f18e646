#pragma once
// Lockout policy (classes of service), relay host and logger statistics.
// Zimbra has no global or domain lockout policy: the attributes live on COS and account only
// (section 8). "Everywhere" therefore means every COS; LockoutPolicyJob does that when no COS
// name is given.

#include "zimbrajob.h"

#include <optional>

namespace zaindari {

class CosListJob : public ZimbraJob
{
    Q_OBJECT
public:
    explicit CosListJob(ZimbraClient *client, QObject *parent = nullptr);
    const QList<CosInfo> &classes() const { return m_classes; }

protected:
    void run() override;

private:
    QList<CosInfo> m_classes;
};

struct LockoutChange
{
    std::optional<bool> enabled;
    std::optional<int> maxFailures;
    std::optional<QString> failureLifetime; // Zimbra duration
    std::optional<QString> duration; // Zimbra duration
    bool isEmpty() const { return !enabled && !maxFailures && !failureLifetime && !duration; }
    // The preset of issue 6: 5 failures within 6 minutes lock for 10 minutes.
    static LockoutChange recommended();
    // Translated sentence for the first invalid value, or empty.
    QString validate() const;
};

class LockoutPolicyJob : public ZimbraJob
{
    Q_OBJECT
public:
    // `cosName` empty: every class of service.
    LockoutPolicyJob(ZimbraClient *client, const QString &cosName, const LockoutChange &change,
                     QObject *parent = nullptr);
    const QList<CosInfo> &updated() const { return m_updated; } // read back after the change

protected:
    void run() override;

private:
    void applyNext(int i);
    QString m_cosName;
    LockoutChange m_change;
    QList<CosInfo> m_targets;
    QList<CosInfo> m_updated;
};

// zimbraMtaRelayHost, globally (GetConfig) and per MTA server (GetAllServers service="mta").
struct RelayHostInfo
{
    QString global;
    QList<QPair<QString, QString>> servers; // server name -> own value ("" = inherits)
    QHash<QString, QString> serverIds; // server name -> zimbraId
};

class RelayHostJob : public ZimbraJob
{
    Q_OBJECT
public:
    // Read only.
    explicit RelayHostJob(ZimbraClient *client, QObject *parent = nullptr);
    // Write then read back. `server` empty: the global value. `value` empty removes it.
    RelayHostJob(ZimbraClient *client, const QString &server, const QString &value,
                 QObject *parent = nullptr);
    const RelayHostInfo &info() const { return m_info; }

protected:
    void run() override;

private:
    void read();
    bool m_write = false;
    QString m_server;
    QString m_value;
    RelayHostInfo m_info;
};

struct StatPoint
{
    qint64 t = 0; // epoch seconds (start of the RRD step)
    QHash<QString, double> values; // counter -> per-second rate
};

// GetLoggerStatsRequest data mode (section 10.1): group zmmtastats, counters like mta_count.
class LoggerStatsJob : public ZimbraJob
{
    Q_OBJECT
public:
    LoggerStatsJob(ZimbraClient *client, const QString &host, const QStringList &counters,
                   const QString &start = QStringLiteral("now-48h"),
                   const QString &end = QStringLiteral("now"),
                   const QString &group = QStringLiteral("zmmtastats"), QObject *parent = nullptr);
    const QList<StatPoint> &points() const { return m_points; }
    bool loggerDisabled() const { return m_disabled; } // <note>Logger is not enabled</note>
    // Per-row counts: value x step (the RRD step, the smallest gap between rows). With fewer than
    // two rows the step comes from `fallbackStep` (see rrdStepFor); 0 gives no counts.
    static QList<QPair<qint64, double>> toCounts(const QList<StatPoint> &points, const QString &counter,
                                                 qint64 fallbackStep = 0);
    // The archive step zmrrdfetch -c picks for a window: the finest of 30 s, 5 min, 1 h, 1 d
    // that gives fewer than 500 rows (section 10.1).
    static qint64 rrdStepFor(qint64 windowSeconds);
    // The window of this job in seconds when start/end are "now", "now-N<unit>" or epochs; 0 if not.
    qint64 windowSeconds() const;

protected:
    void run() override;

private:
    QString m_host;
    QStringList m_counters;
    QString m_start;
    QString m_end;
    QString m_group;
    QList<StatPoint> m_points;
    bool m_disabled = false;
};

} // namespace zaindari
