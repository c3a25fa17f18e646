#pragma once
// Accounts page (issues 6 and 7): search Zimbra accounts, then the Zimbra and Active Directory
// views of the selected person side by side (matched by mail / UPN), and the containment
// actions. Every action is confirmed with an exact sentence, shows progress, reports the result
// read back from the server and is written to the console's audit log.

#include "pages/page.h"

#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace zaindari {

class AccountsTableModel;
class AdminConnections;
struct AuditEntry;
struct ZimbraAccount;
struct UserStatus;

class MailAccountsPage : public Page
{
    Q_OBJECT
public:
    MailAccountsPage(AdminConnections *connections, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    QString refresh() override;

    // Tests: confirmations answered yes without a dialog; another audit file.
    void setConfirmationsAutoAccepted(bool on) { m_autoConfirm = on; }
    void setAuditLogPath(const QString &path) { m_auditPath = path; }

    void search(const QString &text);
    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_table; }
    AccountsTableModel *resultsModel() const { return m_model; }
    QTextBrowser *zimbraView() const { return m_zimbraView; }
    QTextBrowser *directoryView() const { return m_dirView; }
    QString selectedAccount() const { return m_selected; }
    QString resultText() const;
    bool isBusy() const { return m_busy; }
    QPushButton *zimbraButton(const QString &key) const;
    QPushButton *directoryButton(const QString &key) const;
    QPushButton *containButton() const { return m_contain; }

signals:
    void searchFinished(int count);
    void detailsLoaded(); // both views answered (or failed)
    void actionFinished(const QString &action, bool ok);
    void auditWritten();
    // Issue 8: "Contain…" (Ctrl+Shift+K) on the selected account.
    void containRequested(const QString &account);

protected:
    void retranslateUi() override;

private:
    void buildUi();
    void onSelectionChanged();
    void loadDetails(const QString &name);
    void loadDirectoryDetails(const QString &name, int gen);
    void detailsPartDone();
    void loadDirectoryColumns(const QStringList &names, int from);
    void updateButtons();
    void confirmThen(const QString &title, const QString &text, std::function<void()> run);
    void setBusy(bool busy, const QString &what = QString());
    void showResult(bool ok, const QString &text);
    void writeAudit(const AuditEntry &entry);
    void runZimbraAction(int action);
    void resetZimbraPassword();
    void runDirectoryAction(int action);
    void resetDirectoryPassword();
    QString directoryKey() const;

    AdminConnections *m_conn;
    std::optional<Profile> m_profile;
    QLabel *m_heading;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QPushButton *m_contain = nullptr;
    QTableView *m_table;
    AccountsTableModel *m_model;
    QLabel *m_zimbraTitle;
    QLabel *m_dirTitle;
    QTextBrowser *m_zimbraView;
    QTextBrowser *m_dirView;
    QList<QPushButton *> m_zButtons;
    QList<QPushButton *> m_dButtons;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_result;
    QString m_selected;
    QString m_adUser; // sAMAccountName of the matched AD user
    bool m_zimbraExternal = false;
    bool m_zLoaded = false;
    bool m_dLoaded = false;
    bool m_busy = false;
    bool m_autoConfirm = false;
    QString m_auditPath;
    int m_generation = 0; // detail loads
    int m_searchGen = 0; // searches and their AD columns
};

} // namespace zaindari
