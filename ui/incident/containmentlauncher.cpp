#include "containmentlauncher.h"

#include "accounts/adminconnections.h"
#include "accounts/mailaccountspage.h"
#include "common/settings.h"
#include "containmentdialog.h"
#include "incident/detector.h"
#include "incidentreportdialog.h"
#include "queues/mailqueuespage.h"
#include "queues/queuegroupspanel.h"
#include "queues/sshconnectioncontroller.h"
#include "rates/alertbanner.h"
#include "rates/queueloginpanel.h"
#include "rates/ratespage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace zaindari {

ContainmentLauncher::ContainmentLauncher(AdminConnections *admin, SshConnectionController *ssh,
                                         QWidget *window)
    : QObject(window)
    , m_admin(admin)
    , m_ssh(ssh)
    , m_window(window)
{ }

ContainmentDialog *ContainmentLauncher::contain(const QString &login, const QDateTime &detectedAt)
{
    const std::optional<Profile> profile = m_admin->profile() ? m_admin->profile() : m_ssh->profile();
    QString account = login.trimmed();
    if (profile && !account.contains(QLatin1Char('@'))) {
        const QString full = profile->accountAddress(account);
        if (!full.isEmpty())
            account = full;
    }
    auto *dialog = new ContainmentDialog(account, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDetectedAt(detectedAt);
    connect(dialog, &ContainmentDialog::reportRequested, this,
            [this](const ContainmentResult &r, const QDateTime &t) { openReport(r, t); });
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
    dialog->show();
    emit dialogOpened(dialog);
    gatherBackends(dialog);
    return dialog;
}

void ContainmentLauncher::gatherBackends(ContainmentDialog *dialog)
{
    struct Gathered
    {
        ContainmentBackends backends;
        QStringList notes;
        int pending = 1; // released at the end of this function, so a synchronous answer cannot finish early
    };
    auto g = std::make_shared<Gathered>();
    const std::optional<Profile> profile = m_admin->profile() ? m_admin->profile() : m_ssh->profile();
    if (profile) {
        g->backends.profileLabel = profile->name;
        g->backends.mtaLogPath = profile->ssh.mtaLogPath;
    }
    g->backends.auditLogPath = m_auditPath;
    const QPointer<ContainmentDialog> target(dialog);
    auto release = [g, target] {
        if (--g->pending == 0 && target)
            target->setBackends(g->backends, g->notes);
    };
    if (m_admin->hasZimbra()) {
        ++g->pending;
        m_admin->withZimbra(
            [g, release](ZimbraClient *c) {
                g->backends.zimbra = c;
                release();
            },
            [g, release](const QString &why) {
                //: %1 says why the Zimbra admin connection is not available
                g->notes << tr("Zimbra: %1").arg(why);
                release();
            });
    } else {
        g->notes << tr("Zimbra: this profile has no admin endpoint; the Zimbra steps will fail.");
    }
    if (m_admin->hasDirectory()) {
        ++g->pending;
        m_admin->withDirectory(
            [g, release](const DirectoryConfig &c) {
                g->backends.directory = c;
                release();
            },
            [g, release](const QString &why) {
                //: %1 says why the directory connection is not available
                g->notes << tr("Directory: %1").arg(why);
                release();
            });
    }
    if (m_ssh->hasHosts()) {
        ++g->pending;
        auto once = std::make_shared<bool>(false);
        auto conns = std::make_shared<QList<QMetaObject::Connection>>();
        auto finish = [this, g, release, once, conns](bool ok, const QString &why) {
            if (*once)
                return;
            *once = true;
            for (const QMetaObject::Connection &c : std::as_const(*conns))
                disconnect(c);
            if (ok)
                g->backends.mta = m_ssh->sessions();
            else
                //: %1 says why the SSH sessions are not available
                g->notes << tr("MTA hosts: %1").arg(why);
            release();
        };
        *conns << connect(m_ssh, &SshConnectionController::sessionsReady, this,
                          [finish] { finish(true, {}); })
               << connect(m_ssh, &SshConnectionController::sessionsUnavailable, this,
                          [finish](const QString &why) { finish(false, why); });
        m_ssh->prepare();
    } else {
        g->notes << tr("MTA hosts: this profile has none; the submission and queue steps will fail.");
    }
    release();
}

QList<ContainmentDialog *> ContainmentLauncher::openDialogs() const
{
    QList<ContainmentDialog *> out;
    for (const QPointer<ContainmentDialog> &d : m_dialogs)
        if (d)
            out << d.data();
    return out;
}

void ContainmentLauncher::closeForProfileChange()
{
    for (ContainmentDialog *d : openDialogs()) {
        if (d->state() == ContainmentDialog::State::Running)
            d->cancelRun();
        else if (d->state() != ContainmentDialog::State::Undoing)
            d->close();
    }
}

IncidentReportDialog *ContainmentLauncher::openReport(const ContainmentResult &result,
                                                      const QDateTime &detectedAt)
{
    auto *dialog = new IncidentReportDialog(result, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDetectedAt(detectedAt);
    dialog->setAuditLogPath(m_auditPath);
    const std::optional<Profile> profile = m_ssh->profile() ? m_ssh->profile() : m_admin->profile();
    int perMinute = 0;
    if (profile) {
        dialog->setProfileLabel(profile->name);
        perMinute = AppSettings::instance().rateThresholdPerMinute(profile->id);
    }
    if (perMinute <= 0)
        perMinute = DetectorConfig().defaults.perMinute;
    dialog->show();
    emit reportOpened(dialog);
    MtaSessions *mta = m_ssh->sessions();
    const SshSettings ssh = profile ? profile->ssh : SshSettings();
    dialog->start(mta, ssh.mtaLogPath, ssh.auditLogPath, perMinute);
    return dialog;
}

void ContainmentLauncher::openSavedReport()
{
    const QString folder = IncidentReportDialog::reportsFolder(m_auditPath);
    QDir().mkpath(folder);
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Open a saved incident report"), folder,
                                                      tr("Incident reports (*.html)"));
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void ContainmentLauncher::connectEntryPoints(RatesPage *rates, AlertBanner *banner,
                                             MailAccountsPage *accounts, MailQueuesPage *queues)
{
    auto open = [this](const QString &account, const QDateTime &t) { contain(account, t); };
    if (rates)
        connect(rates, &RatesPage::containRequested, this, open);
    if (banner)
        connect(banner, &AlertBanner::containRequested, this, open);
    if (accounts)
        connect(accounts, &MailAccountsPage::containRequested, this,
                [this](const QString &account) { contain(account); });
    if (queues) {
        if (auto *groups = queues->findChild<QueueGroupsPanel *>())
            connect(groups, &QueueGroupsPanel::containRequested, this,
                    [this](const QString &account) { contain(account); });
        if (auto *logins = queues->findChild<QueueLoginPanel *>())
            connect(logins, &QueueLoginPanel::containRequested, this,
                    [this](const QString &account) { contain(account); });
    }
}

} // namespace zaindari
