#pragma once
// `watch --auto-contain` (issue 8): decides when a flagged login is contained and runs the
// containments one after another through ContainmentRunner, while the watch keeps following
// the log (everything here is asynchronous; nothing waits on the network).
//
// A login is contained once per watch run, when the detector has flagged it and its messages
// in the last 60 s reach the profile's own automatic threshold (ContainSettings), which is
// independent of the alert threshold.

#include "containbackends.h"

#include "mta/ratesanalysis.h"
#include "profiles/profile.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace zaindari::cli {

class Output;

class AutoContainer : public QObject
{
    Q_OBJECT
public:
    AutoContainer(const Output &out, const Profile &profile, const ContainmentBackends &backends,
                  RatesAnalysis *analysis, QObject *parent = nullptr);

    // The action for an alert the watch is about to print: "contain" when this alert starts a
    // containment (the alert then carries the login's minute rate and the automatic
    // threshold), else the detector's own "flag". `live`: the log is being followed.
    RateAlert onAlert(const RateAlert &alert, bool live);
    // The read-back is in (log time of its newest entry). A login flagged by the read-back is
    // contained only on what the watch sees after it: as many new messages as the threshold
    // within the first minute, then a minute that lies wholly after the read-back. A burst
    // that ended before the watch started is never contained on start-up.
    void setLive(qint64 newest);
    // After each chunk of new log lines: flagged logins whose rate has since reached the
    // automatic threshold. Returns the "contain" alerts to print (each already started).
    QList<RateAlert> check();

    bool idle() const { return !m_runner && m_pending.isEmpty(); }
    int failures() const { return m_failures; }

signals:
    void becameIdle();

private:
    int keyFor(const QString &account);
    int minuteRate(const QString &account, qint64 t);
    RateAlert containAlert(const QString &account, qint64 t, int rate);
    void start(const QString &login);
    void next();
    void report(const ContainmentResult &result, const ContainmentOptions &options);

    const Output &m_out;
    Profile m_profile;
    ContainmentBackends m_backends;
    RatesAnalysis *m_analysis;
    QHash<QString, int> m_keys; // account -> analyzer sender index
    QSet<QString> m_flagged; // flagged, not (yet) at the automatic threshold
    QSet<QString> m_flaggedBeforeLive; // flagged by the read-back
    QHash<QString, int> m_hourAtLive; // their messages in the hour before the read-back ended
    qint64 m_liveSince = 0;
    QSet<QString> m_handled; // contained (or tried) in this run: never twice
    QStringList m_pending;
    ContainmentRunner *m_runner = nullptr;
    int m_failures = 0;
};

} // namespace zaindari::cli
