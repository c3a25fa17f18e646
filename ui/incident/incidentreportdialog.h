#pragma once
// The incident report of one containment (issue 8): the evidence read from the logs
// (IncidentEvidenceJob: failed logins, login from a new IP, burst start), the detection time
// when the containment came from an alert, and every containment step, rendered by
// IncidentReport::toHtml() in the UI language. Exported to HTML or PDF (A4, QPdfWriter), and
// saved on its own next to the console's audit log (reports/ beside audit.jsonl) with an audit
// entry saying where. A second tab holds the notice for the affected person in Basque and
// Spanish, ready to copy.

#include "incident/containmentplan.h"
#include "incident/incidentreport.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace zaindari {

class MtaSessions;
struct EvidenceSummary;

class IncidentReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncidentReportDialog(const ContainmentResult &result, QWidget *parent = nullptr);
    ~IncidentReportDialog() override;

    void setDetectedAt(const QDateTime &utc) { m_detectedAt = utc; }
    void setProfileLabel(const QString &label) { m_profile = label; }
    // The console's audit log (empty: AuditLog::defaultPath()); reports are kept beside it.
    void setAuditLogPath(const QString &path) { m_auditPath = path; }

    // Reads the evidence over `mta` (the first host's session) and builds the report; without
    // `mta` the report is built at once from the containment alone, saying so.
    void start(MtaSessions *mta, const QString &mtaLogPath, const QString &zimbraAuditLogPath,
               int perMinuteThreshold);

    bool isReady() const { return m_ready; }
    const IncidentReport &report() const { return m_report; }
    QString html() const { return m_html; }
    QString savedPath() const { return m_savedPath; }
    QString problem() const { return m_problem; }
    QTextBrowser *view() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }

    bool exportHtml(const QString &file, QString *error = nullptr) const;
    bool exportPdf(const QString &file, QString *error = nullptr) const;

    // <folder of the audit log>/reports
    static QString reportsFolder(const QString &auditLogPath);
    // incident-ikasle12_tartanga.test-20261130T011500Z.html
    static QString reportFileName(const QString &account, const QDateTime &utc);

signals:
    // The report is shown (and saved, when `savedPath` is not empty).
    void reportReady(const QString &savedPath);

private:
    void buildUi();
    QWidget *buildNoticeTab();
    void onEvidence(const EvidenceSummary &evidence, const QString &problem);
    void saveBesideAuditLog();
    void exportAs(bool pdf);

    ContainmentResult m_result;
    QDateTime m_detectedAt;
    QString m_profile;
    QString m_auditPath;
    IncidentReport m_report;
    QString m_html;
    QString m_savedPath;
    QString m_problem;
    bool m_ready = false;

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_html_ = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace zaindari
