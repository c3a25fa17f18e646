// The actions of the Accounts page: confirm with the exact change, run the core job, report
// what the server holds afterwards, and write one audit-log entry per action.
#include "mailaccountspage.h"

#include "accounts/adminconnections.h"
#include "accounts/passwordresetdialog.h"
#include "audit/auditlog.h"
#include "directory/directoryjob.h"
#include "zimbra/accountjobs.h"
#include "zimbra/zimbraaudit.h"

#include <QPointer>

namespace zaindari {

namespace {
ZimbraAccountAction zimbraAction(int i)
{
    static const ZimbraAccountAction actions[]
        = {ZimbraAccountAction::Lock, ZimbraAccountAction::Unlock, ZimbraAccountAction::EndSessions,
           ZimbraAccountAction::ClearLockout};
    return actions[i];
}

AccountAction directoryAction(int i)
{
    static const AccountAction actions[]
        = {AccountAction::Unlock, AccountAction::Disable, AccountAction::Enable};
    return actions[i];
}

const char *const kDirectoryKeys[] = {"unlock", "disable", "enable"};
} // namespace

void MailAccountsPage::runZimbraAction(int i)
{
    const QString who = m_selected;
    if (who.isEmpty())
        return;
    const ZimbraAccountAction action = zimbraAction(i);
    QString title;
    QString text;
    QString doing;
    switch (action) {
    case ZimbraAccountAction::Lock:
        title = tr("Lock Zimbra account");
        //: %1 is the account
        text = tr("Set the Zimbra status of %1 to “locked”? Nobody can log in to it until an administrator "
                  "unlocks it; mail keeps arriving.")
                   .arg(who);
        doing = tr("Locking %1…").arg(who);
        break;
    case ZimbraAccountAction::Unlock:
        title = tr("Unlock Zimbra account");
        text = tr("Set the Zimbra status of %1 back to “active”?").arg(who);
        doing = tr("Unlocking %1…").arg(who);
        break;
    case ZimbraAccountAction::EndSessions:
        title = tr("End all sessions");
        text = tr("End every open session of %1? Its login tokens become invalid "
                  "(zimbraAuthTokenValidityValue "
                  "is increased) and the account is flushed from the cache of every server; web mail, phones "
                  "and mail programs must log in again.")
                   .arg(who);
        doing = tr("Ending the sessions of %1…").arg(who);
        break;
    case ZimbraAccountAction::ClearLockout:
        title = tr("Clear lockout");
        text = tr("Clear the failed-login lockout of %1? The counted failures are removed and a “lockout” "
                  "status returns to “active”.")
                   .arg(who);
        doing = tr("Clearing the lockout of %1…").arg(who);
        break;
    case ZimbraAccountAction::RemoveForwarding:
        title = tr("Remove forwarding");
        text = tr("Remove every forwarding address of %1 and turn its filters' redirects into “keep”? "
                  "Mail then stays in the mailbox.")
                   .arg(who);
        doing = tr("Removing the forwarding of %1…").arg(who);
        break;
    }
    confirmThen(title, text, [this, who, action, doing] {
        setBusy(true, doing);
        const QString key = QStringLiteral("account.") + zimbraAccountActionKey(action);
        m_conn->withZimbra(
            [this, who, action, key](ZimbraClient *client) {
                auto *job = new ZimbraAccountActionJob(client, who, action, this);
                connect(job, &ZimbraJob::finished, this, [this, job, who, key](const ZimbraError &e) {
                    job->deleteLater();
                    setBusy(false);
                    QString report;
                    if (!e.isError()) {
                        const QString state
                            = explainStatus(job->after(), QDateTime::currentDateTimeUtc()).label;
                        report = job->wasAlreadyDone()
                            //: %1 account, %2 its Zimbra state in words ("Active", "Locked"...)
                            ? tr("Nothing to change for %1: it is already “%2”.").arg(who, state)
                            //: %1 account, %2 its Zimbra state in words ("Active", "Locked"...)
                            : tr("Done: %1 is now “%2” in Zimbra.").arg(who, state);
                    } else {
                        m_conn->noteZimbraError(e);
                        report = e.message;
                    }
                    showResult(!e.isError(), report);
                    writeAudit(zimbraAuditEntry(m_conn->profileName(), key, who, e, report));
                    emit actionFinished(key, !e.isError());
                    loadDetails(who);
                });
                job->start();
            },
            [this, key, who](const QString &why) {
                setBusy(false);
                showResult(false, why);
                emit actionFinished(key, false);
            });
    });
}

void MailAccountsPage::resetZimbraPassword()
{
    const QString who = m_selected;
    if (who.isEmpty())
        return;
    auto *dialog = new PasswordResetDialog(PasswordResetDialog::Target::Zimbra, who, m_zimbraExternal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordResetDialog::directoryResetRequested, this,
            &MailAccountsPage::resetDirectoryPassword);
    connect(dialog, &QDialog::accepted, this, [this, dialog, who] {
        const QString password = dialog->password();
        const bool mustChange = dialog->mustChange();
        const QString key = QStringLiteral("account.reset-password");
        setBusy(true, tr("Setting the Zimbra password of %1…").arg(who));
        m_conn->withZimbra(
            [this, who, password, mustChange, key](ZimbraClient *client) {
                auto *job = new SetPasswordJob(client, who, password, mustChange, this);
                connect(job, &ZimbraJob::finished, this, [this, job, who, key](const ZimbraError &e) {
                    job->deleteLater();
                    setBusy(false);
                    QString report = e.isError()
                        ? e.message
                        : tr("Done: %1 has a new Zimbra password; its sessions ended.").arg(who);
                    if (!e.isError() && job->externalAuth())
                        report += QLatin1Char('\n') + job->externalAuthWarning();
                    if (e.isError())
                        m_conn->noteZimbraError(e);
                    showResult(!e.isError(), report);
                    writeAudit(zimbraAuditEntry(m_conn->profileName(), key, who, e, report));
                    emit actionFinished(key, !e.isError());
                    loadDetails(who);
                });
                job->start();
            },
            [this, key](const QString &why) {
                setBusy(false);
                showResult(false, why);
                emit actionFinished(key, false);
            });
    });
    dialog->open();
}

QString MailAccountsPage::directoryKey() const
{
    return m_adUser.isEmpty() ? m_selected : m_adUser;
}

void MailAccountsPage::runDirectoryAction(int i)
{
    const QString who = directoryKey();
    if (who.isEmpty())
        return;
    const AccountAction action = directoryAction(i);
    QString title;
    QString text;
    switch (action) {
    case AccountAction::Unlock:
        title = tr("Unlock in Active Directory");
        text = tr("Clear the Active Directory lockout of %1 (lockoutTime = 0)? Its wrong-password count is "
                  "reset "
                  "too.")
                   .arg(who);
        break;
    case AccountAction::Disable:
        title = tr("Disable in Active Directory");
        text = tr("Disable the Active Directory account %1? The person can no longer log on anywhere that "
                  "uses the directory, Zimbra included.")
                   .arg(who);
        break;
    default:
        title = tr("Enable in Active Directory");
        text = tr("Enable the Active Directory account %1 again?").arg(who);
        break;
    }
    const QString key = QStringLiteral("directory.") + QLatin1String(kDirectoryKeys[i]);
    confirmThen(title, text, [this, who, action, key, title] {
        setBusy(true, title + QStringLiteral("…"));
        m_conn->withDirectory(
            [this, who, action, key](const DirectoryConfig &config) {
                auto *job = new AccountActionJob(config, who, action, this);
                connect(job, &DirectoryJob::finished, this, [this, job, who, key](const DirectoryOutcome &o) {
                    job->deleteLater();
                    setBusy(false);
                    m_conn->noteDirectoryOutcome(o);
                    //: %1 is the account
                    const QString report
                        = o.ok() ? tr("Done in Active Directory for %1.").arg(who) : o.message;
                    showResult(o.ok(), report);
                    AuditEntry entry;
                    entry.profile = m_conn->profileName();
                    entry.action = key;
                    entry.target = job->user().dn.isEmpty() ? who : job->user().dn;
                    entry.result = o.ok() ? AuditEntry::resultOk() : AuditEntry::resultFailed();
                    entry.detail
                        = o.ok() ? report : o.message + QStringLiteral(" (") + o.detail + QLatin1Char(')');
                    writeAudit(entry);
                    emit actionFinished(key, o.ok());
                    if (!m_selected.isEmpty())
                        loadDetails(m_selected);
                });
                job->start();
            },
            [this, key](const QString &why) {
                setBusy(false);
                showResult(false, why);
                emit actionFinished(key, false);
            });
    });
}

void MailAccountsPage::resetDirectoryPassword()
{
    const QString who = directoryKey();
    if (who.isEmpty() || m_adUser.isEmpty()) {
        showResult(false, tr("This person has no Active Directory account to reset."));
        return;
    }
    auto *dialog = new PasswordResetDialog(PasswordResetDialog::Target::Directory, who, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, who] {
        const QString password = dialog->password();
        const bool mustChange = dialog->mustChange();
        const QString key = QStringLiteral("directory.reset-password");
        setBusy(true, tr("Setting the Active Directory password of %1…").arg(who));
        m_conn->withDirectory(
            [this, who, password, mustChange, key](const DirectoryConfig &config) {
                auto *job = new PasswordResetJob(config, who, password, mustChange, this);
                connect(
                    job, &DirectoryJob::finished, this,
                    [this, job, who, key, mustChange](const DirectoryOutcome &o) {
                        job->deleteLater();
                        setBusy(false);
                        m_conn->noteDirectoryOutcome(o);
                        QString report;
                        if (o.ok())
                            report = mustChange
                                ? tr("Done: %1 has a new Active Directory password and must change it at the "
                                     "next logon.")
                                      .arg(who)
                                : tr("Done: %1 has a new Active Directory password.").arg(who);
                        else if (o.error == DirectoryError::PasswordPolicy)
                            //: %1 is the policy reason from the directory
                            report = tr("Active Directory refused the password: %1").arg(o.message);
                        else
                            report = o.message;
                        showResult(o.ok(), report);
                        AuditEntry entry;
                        entry.profile = m_conn->profileName();
                        entry.action = key;
                        entry.target = job->user().dn.isEmpty() ? who : job->user().dn;
                        entry.result = o.ok() ? AuditEntry::resultOk() : AuditEntry::resultFailed();
                        entry.detail = o.ok()
                            ? report
                            : o.message + QStringLiteral(" (") + o.detail + QLatin1Char(')');
                        writeAudit(entry);
                        emit actionFinished(key, o.ok());
                        if (!m_selected.isEmpty())
                            loadDetails(m_selected);
                    });
                job->start();
            },
            [this, key](const QString &why) {
                setBusy(false);
                showResult(false, why);
                emit actionFinished(key, false);
            });
    });
    dialog->open();
}

} // namespace zaindari
