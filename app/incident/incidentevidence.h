#pragma once
// The evidence half of an incident report's timeline, for one account: its first failed logins
// and the IPs they came from (Zimbra's audit.log), its first successful login from an IP it had
// not used before in the log, and the start of its burst (the first minute in which it sent more
// than the per-minute threshold, from the MTA log's sasl_username lines). The detection time
// and the containment steps are added by the caller (IncidentReport::build).
//
// buildIncidentEvidence() is pure (tests feed it files); IncidentEvidenceJob reads the tails of
// both logs over the first MTA host's SSH session first.

#include "incidentreport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace zaindari {

class MtaSessions;

struct EvidenceSummary
{
    QList<TimelineEvent> events; // sorted by time
    int failedLogins = 0;
    QStringList failedIps;
    QString newIp; // the IP of the first login from an address not seen before, if any
    qint64 burstStart = 0; // UTC s, 0 when no minute crossed the threshold
    int messagesSent = 0; // accepted from the login in the MTA log
};

// `localOffsetSeconds`: syslog times without a zone are local time on the host.
EvidenceSummary buildIncidentEvidence(const QByteArray &mtaLog, const QByteArray &auditLog,
                                      const QString &account, int perMinuteThreshold,
                                      int localOffsetSeconds = 0);

class IncidentEvidenceJob : public QObject
{
    Q_OBJECT
public:
    IncidentEvidenceJob(MtaSessions *mta, const QString &mtaLogPath, const QString &auditLogPath,
                        const QString &account, int perMinuteThreshold, QObject *parent = nullptr);
    void setTailBytes(qint64 bytes) { m_tail = bytes; }
    void start();

signals:
    // `problem`: translated, empty when both logs were read.
    void finished(const zaindari::EvidenceSummary &evidence, const QString &problem);

private:
    MtaSessions *m_mta;
    QString m_mtaLog;
    QString m_auditLog;
    QString m_account;
    int m_threshold;
    qint64 m_tail = 32LL * 1024 * 1024;
};

} // namespace zaindari
