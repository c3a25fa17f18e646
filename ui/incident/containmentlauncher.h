#pragma once
// Opens the containment of one account from anywhere in the console (a send-rate alert, the
// Accounts page, a queue group): a ContainmentDialog at once, then the backends gathered
// asynchronously from the shared connections — the Zimbra admin client and the directory
// configuration (AdminConnections, which asks for passwords and certificates) and the MTA
// hosts' SSH sessions (SshConnectionController, shared with the Queues and Send-rates pages).
// A backend that cannot be opened is named in the dialog; its steps fail and say so.
// Also opens the incident report of a finished containment.

#include "incident/containmentplan.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace zaindari {

class AdminConnections;
class AlertBanner;
class ContainmentDialog;
class IncidentReportDialog;
class MailAccountsPage;
class MailQueuesPage;
class RatesPage;
class SshConnectionController;

class ContainmentLauncher : public QObject
{
    Q_OBJECT
public:
    ContainmentLauncher(AdminConnections *admin, SshConnectionController *ssh, QWidget *window);

    // Tests: another audit log for the report (the runner's steps follow it too).
    void setAuditLogPath(const QString &path) { m_auditPath = path; }
    QString auditLogPath() const { return m_auditPath; }

    // The login of an alert or a queue group may be bare ("ikasle3"): completed with the
    // profile's mail domain. `detectedAt`: when the alert fired (UTC), for the report.
    ContainmentDialog *contain(const QString &account, const QDateTime &detectedAt = {});
    IncidentReportDialog *openReport(const ContainmentResult &result, const QDateTime &detectedAt);
    // Lets the technician pick a report saved beside the audit log and opens it.
    void openSavedReport();

    // Connects the entry points' containRequested signals to contain().
    // The profile changed: the open containment dialogs hold the old profile's connections.
    // Those not running close; a running one is cancelled after its current step.
    void closeForProfileChange();
    QList<ContainmentDialog *> openDialogs() const;

    void connectEntryPoints(RatesPage *rates, AlertBanner *banner, MailAccountsPage *accounts,
                            MailQueuesPage *queues);

signals:
    void dialogOpened(zaindari::ContainmentDialog *dialog);
    void reportOpened(zaindari::IncidentReportDialog *dialog);

private:
    void gatherBackends(ContainmentDialog *dialog);

    AdminConnections *m_admin;
    SshConnectionController *m_ssh;
    QPointer<QWidget> m_window;
    QString m_auditPath;
    QList<QPointer<ContainmentDialog>> m_dialogs;
};

} // namespace zaindari
