#pragma once
// The Send-rates page (issue 5): who sends how much, right now. A chart of messages per minute
// or per hour with deferred and bounced recipients, the top-logins table (flagged logins
// highlighted), a drill-down chart for the selected login, the failed-logins panel, the
// session's alert list and the per-profile detector thresholds. The data comes from RatesFeed
// (log followed over the Queues page's SSH session, parsed on a worker thread).

#include "mta/ratestypes.h"
#include "pages/page.h"

#include <QDateTime>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace zaindari {

class FailedLoginsPanel;
class HighlightProxy;
class RatesChart;
class RatesFeed;
class RatesModel;
class SshConnectionController;

class RatesPage : public Page
{
    Q_OBJECT
public:
    enum Tab { RatesTab, FailedLoginsTab, AlertsTab };

    // `connection`: the SSH sessions of the current profile, shared with the Queues page.
    explicit RatesPage(SshConnectionController *connection, QWidget *parent = nullptr);
    ~RatesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    QString refresh() override;

    // Connects (if needed) and reads the window back, then follows the logs.
    void startMonitoring();
    void cancel();
    bool isReading() const { return m_reading; }
    bool isMonitoring() const;
    // Selects a login in the table (drill-down) and shows the rates tab; false if not listed.
    bool showAccount(const QString &account);

    RatesFeed *feed() const { return m_feed; }
    RatesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RatesChart *chart() const { return m_chart; }
    RatesChart *drillDownChart() const { return m_drill; }
    FailedLoginsPanel *failedLogins() const { return m_failed; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *windowCombo() const { return m_window; }
    QComboBox *bucketCombo() const { return m_bucket; }
    QTreeWidget *alertList() const { return m_alerts; }
    QString statusText() const;
    const QVector<RateAlert> &alerts() const { return m_alertLog; }

Q_SIGNALS:
    // A login was flagged (live, or during the read-back's last hour).
    void alertRaised(const zaindari::RateAlert &alert);
    void openAccountRequested(const QString &account);
    // Issue 8: "Contain…" on an alert; `detectedAt` is the alert's time (UTC).
    void containRequested(const QString &account, const QDateTime &detectedAt);
    // The first complete picture after a (re)start.
    void backlogLoaded();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void startFeed();
    void onSnapshot();
    void onAlert(const RateAlert &alert);
    void onSelectionChanged();
    void applyView();
    void loadThresholds();
    void saveThresholds();
    void setStatus(const QString &text, bool error = false);
    QString selectedAccount() const;
    qint64 windowSeconds() const;
    int bucketSeconds() const;

    SshConnectionController *m_conn;
    RatesFeed *m_feed;
    RatesModel *m_model;
    QSortFilterProxyModel *m_sort;
    HighlightProxy *m_highlight;
    std::optional<Profile> m_profile;

    QLabel *m_heading = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_bucketLabel = nullptr;
    QComboBox *m_bucket = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    RatesChart *m_chart = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    RatesChart *m_drill = nullptr;
    FailedLoginsPanel *m_failed = nullptr;
    QLabel *m_thresholdsHint = nullptr;
    QLabel *m_perMinuteLabel = nullptr;
    QSpinBox *m_perMinute = nullptr;
    QLabel *m_perHourLabel = nullptr;
    QSpinBox *m_perHour = nullptr;
    QPushButton *m_applyThresholds = nullptr;
    QLabel *m_alertsLabel = nullptr;
    QTreeWidget *m_alerts = nullptr;

    QVector<RateAlert> m_alertLog;
    QString m_statusText;
    QString m_drillAccount;
    bool m_reading = false;
    bool m_waitingForSessions = false;
    bool m_started = false;
};

} // namespace zaindari
