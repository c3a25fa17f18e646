#pragma once
// Failed logins from Zimbra's audit.log: per account (table, with the success-from-new-address
// and distributed-attack call-outs highlighted), per source address, and over time for the
// selected account or address.

#include "mta/auditlog.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableView;
class QTreeWidget;
class QValueAxis;

namespace zaindari {

class HighlightProxy;
class LoginFailuresModel;

class FailedLoginsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FailedLoginsPanel(QWidget *parent = nullptr);

    void setData(const LoginFailuresReport &report, const QVector<AuthEvent> &events, qint64 windowSeconds,
                 int bucketSeconds);
    void clear();

    LoginFailuresModel *model() const { return m_model; }
    QTableView *accountsView() const { return m_accounts; }
    QTreeWidget *addressesView() const { return m_ips; }
    QString calloutText() const;
    // For tests: the points of the failures curve.
    int failurePoints() const;
    double failureTotal() const;

Q_SIGNALS:
    void accountActivated(const QString &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCallouts();
    void updateChart();
    QString selectedAccount() const;
    QString selectedAddress() const;

    LoginFailuresModel *m_model;
    HighlightProxy *m_proxy;
    QLabel *m_callouts;
    QLabel *m_accountsLabel;
    QLabel *m_ipsLabel;
    QTableView *m_accounts;
    QTreeWidget *m_ips;
    QChart *m_chart;
    QChartView *m_chartView;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_failures;
    QLineSeries *m_successes;
    LoginFailuresReport m_report;
    QVector<AuthEvent> m_events;
    qint64 m_window = 3600;
    int m_bucket = 60;
    bool m_byAddress = false; // the chart follows the address list's selection
};

} // namespace zaindari
