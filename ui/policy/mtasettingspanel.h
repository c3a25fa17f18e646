#pragma once
// MTA settings and statistics (issue 6): zimbraMtaRelayHost globally and per MTA server, edited
// with Postfix relay syntax checked before anything is sent (isValidRelayHost, the same check
// RelayHostJob makes), confirmed, read back and written to the audit log as "relayhost.set";
// and the server's message counts per hour from GetLoggerStatsRequest (zmmtastats, mta_count),
// with a note when Zimbra answers that the logger is not enabled. Uses the Lockout policy
// page's AdminConnections, so passwords and certificate questions are handled in one place.

#include "zimbra/policyjobs.h"

#include <QWidget>

#include <functional>

class QChartView;
class QDateTimeAxis;
class QGroupBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace zaindari {

class AdminConnections;

class MtaSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MtaSettingsPanel(AdminConnections *connections, QWidget *parent = nullptr);

    void refresh();
    void setConfirmationsAutoAccepted(bool on) { m_autoConfirm = on; }
    void setAuditLogPath(const QString &path) { m_auditPath = path; }
    void retranslateUi();

    QTableWidget *relayTable() const { return m_table; }
    QLineEdit *relayEdit() const { return m_edit; }
    QPushButton *applyButton() const { return m_apply; }
    const RelayHostInfo &relayInfo() const { return m_info; }
    QString messageText() const;
    QString statsNoteText() const;
    // Messages per hour as charted: (epoch seconds of the hour, count).
    const QList<QPair<qint64, double>> &hourlyCounts() const { return m_hourly; }

signals:
    void relayLoaded(bool ok);
    // The edited value failed the syntax check: nothing was sent.
    void relayRejected(const QString &reason);
    void relayApplied(bool ok);
    void statsLoaded(bool ok);

private:
    void buildUi();
    void loadRelay();
    void loadStats();
    void showRelay();
    void onRowSelected();
    void applyRelay();
    void showStats(const LoggerStatsJob &job);
    void showMessage(bool ok, const QString &text);
    void confirmThen(const QString &title, const QString &text, std::function<void()> run);
    QString selectedServer() const; // empty: the global row

    AdminConnections *m_conn;
    RelayHostInfo m_info;
    QList<QPair<qint64, double>> m_hourly;
    bool m_autoConfirm = false;
    bool m_loggerDisabled = false;
    QString m_auditPath;

    QGroupBox *m_relayBox;
    QLabel *m_relayNote;
    QTableWidget *m_table;
    QLabel *m_editLabel;
    QLineEdit *m_edit;
    QPushButton *m_apply;
    QLabel *m_message;
    QGroupBox *m_statsBox;
    QLabel *m_statsNote;
    QChartView *m_view;
    QLineSeries *m_series;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QPushButton *m_reload;
};

} // namespace zaindari
